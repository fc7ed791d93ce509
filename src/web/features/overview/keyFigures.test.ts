import { describe, expect, it } from 'vitest';
import { entityHref, knownCollection } from './entityLinks';
import { budgetUsedPercent, lateActions, openActions } from './keyFigures';

type Status = 'todo' | 'in_progress' | 'done' | 'blocked' | 'cancelled';
const action = (key: string, dueDate: string | null, status: Status) => ({ key, dueDate, status });

describe('lateActions', () => {
  const actions = [
    action('yesterday-todo', '2026-03-09', 'todo'),
    action('yesterday-blocked', '2026-03-09', 'blocked'),
    action('yesterday-done', '2026-03-09', 'done'),
    action('yesterday-cancelled', '2026-03-09', 'cancelled'),
    action('today', '2026-03-10', 'in_progress'),
    action('tomorrow', '2026-03-11', 'todo'),
    action('undated', null, 'todo'),
    action('last-year', '2025-12-31', 'in_progress'),
  ];

  it.each([
    ['2026-03-10', ['yesterday-todo', 'yesterday-blocked', 'last-year']],
    ['2026-03-12', ['yesterday-todo', 'yesterday-blocked', 'today', 'tomorrow', 'last-year']],
    ['2025-12-31', []],
  ])('as of %s', (today, expected) => {
    expect(lateActions(actions, today).map((a) => a.key)).toEqual(expected);
  });

  it('counts open actions', () => {
    expect(openActions(actions).map((a) => a.key)).toEqual([
      'yesterday-todo',
      'yesterday-blocked',
      'today',
      'tomorrow',
      'undated',
      'last-year',
    ]);
  });
});

describe('budgetUsedPercent', () => {
  it.each<[number, number | null, number | null]>([
    [500_000, 900_000, 56],
    [900_000, 900_000, 100],
    [1_200_000, 900_000, 133],
    [0, 900_000, 0],
    [500_000, 0, null],
    [500_000, null, null],
  ])('%d planned of %s', (planned, allocatable, expected) => {
    expect(budgetUsedPercent(planned, allocatable)).toBe(expected);
  });
});

describe('entity links', () => {
  it.each<[string, string | null]>([
    ['objectives', 'objectives'],
    ['business-goals', 'business-goals'],
    ['content-items', 'content-items'],
    ['businessGoals', null],
    ['nonsense', null],
  ])('%s is the collection %s', (name, expected) => {
    expect(knownCollection(name)).toBe(expected);
  });

  it.each<[string, string, string | null]>([
    ['objectives', 'obj-ca', '/w/ws1/p/p1/objectives#entity-obj-ca'],
    ['business-goals', 'ca-2026', '/w/ws1/p/p1/goals#entity-ca-2026'],
    ['key-results', 'kr-1', '/w/ws1/p/p1/okrs#entity-kr-1'],
    ['swot-items', 's', '/w/ws1/p/p1/swot#entity-s'],
    ['strategies', 'seo', '/w/ws1/p/p1/actions#entity-seo'],
    ['actions', 'a', '/w/ws1/p/p1/actions#entity-a'],
    ['corrective-actions', 'ca', '/w/ws1/p/p1/tracking#entity-ca'],
    ['people', 'ada', null],
  ])('%s %s links to %s', (collection, key, expected) => {
    expect(entityHref('ws1', 'p1', collection, key)).toBe(expected);
  });
});
