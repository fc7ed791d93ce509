import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types';
import { canManageMember, grantableRoles } from './roles';

describe('grantableRoles', () => {
  it.each<[Role | undefined, Role[]]>([
    ['owner', ['owner', 'admin', 'editor', 'viewer']],
    ['admin', ['admin', 'editor', 'viewer']],
    ['editor', []],
    ['viewer', []],
    [undefined, []],
  ])('%s may grant %j', (caller, expected) => {
    expect(grantableRoles(caller)).toEqual(expected);
  });
});

describe('canManageMember', () => {
  it.each<[Role | undefined, Role, boolean]>([
    ['owner', 'owner', true],
    ['owner', 'viewer', true],
    ['admin', 'owner', false],
    ['admin', 'admin', true],
    ['admin', 'viewer', true],
    ['editor', 'viewer', false],
    ['viewer', 'viewer', false],
    [undefined, 'viewer', false],
  ])('%s managing a %s: %s', (caller, member, expected) => {
    expect(canManageMember(caller, member)).toBe(expected);
  });
});
