import { describe, expect, it } from 'vitest';
import type { Action, Person, RaciAssignment } from '../plan.js';
import { checkRaci } from './raci.js';

const action = (key: string, extra: Partial<Action> = {}): Action => ({
  key,
  tactic: 't',
  title: `Titre ${key}`,
  status: 'todo',
  priority: 'medium',
  isMilestone: false,
  ...extra,
});

const people: Person[] = [
  { key: 'camille', name: 'Camille Martin', weeklyCapacityHours: 35 },
  { key: 'hugo', name: 'Hugo Petit', weeklyCapacityHours: 35 },
  { key: 'lea', name: 'Léa Roux', weeklyCapacityHours: 35 },
];

/** `'A:camille R:hugo'` → assignments of action `x`. */
const raci = (text: string, actionKey = 'x'): RaciAssignment[] =>
  text
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [role, person] = pair.split(':') as [RaciAssignment['role'], string];
      return { action: actionKey, person, role };
    });

describe('checkRaci', () => {
  // The rule read off the method: exactly one distinct A and at least one R, per action. Each row
  // gives the roles of one action `x` and the codes (with people) expected, worked out by hand.
  it.each([
    ['A:camille R:hugo', [], 'one A, one R'],
    ['A:camille R:camille', [], 'the same person may be A and R'],
    ['A:camille A:camille R:hugo', [], 'a person listed twice as A is still one A'],
    ['A:camille R:hugo R:lea C:lea I:hugo', [], 'several R, C and I are fine'],
    ['R:hugo', ['no_accountable'], 'no A'],
    ['A:camille A:hugo R:lea', ['several_accountable camille,hugo'], 'two A'],
    ['A:camille C:lea I:hugo', ['no_responsible'], 'C and I do not count as R'],
    ['', ['no_accountable', 'no_responsible'], 'no assignment at all'],
    ['C:lea', ['no_accountable', 'no_responsible'], 'only a C'],
  ])('%s → %j (%s)', (roles, expected) => {
    const findings = checkRaci([action('x')], raci(roles), people);
    expect(findings.map((f) => [f.code, f.people.join(',')].join(' ').trim())).toEqual(expected);
    expect(findings.every((f) => f.action === 'x')).toBe(true);
  });

  it('skips cancelled actions and keeps the order of the actions', () => {
    const actions = [action('b'), action('gone', { status: 'cancelled' }), action('a', { status: 'done' })];
    // Assignments of other actions must not leak: b has an A and R given to a.
    const assignments = [...raci('A:camille', 'b'), ...raci('R:hugo', 'a')];
    const findings = checkRaci(actions, assignments, people);
    expect(findings.map((f) => `${f.action} ${f.code}`)).toEqual(['b no_responsible', 'a no_accountable']);
  });

  // Messages written out in full, as a reader should see them.
  it.each([
    [
      'R:hugo',
      'L’action « Titre x » n’a pas d’Accountable (A, la personne qui rend des comptes) : il en faut exactement un.',
      'Action “Titre x” has no Accountable (A, the person who answers for it): it needs exactly one.',
    ],
    [
      'A:camille A:hugo A:inconnu R:lea',
      'L’action « Titre x » a plusieurs Accountable (A) : Camille Martin, Hugo Petit et inconnu ; il en faut exactement un.',
      'Action “Titre x” has several Accountable people (A): Camille Martin, Hugo Petit and inconnu; it needs exactly one.',
    ],
    [
      'A:camille',
      'L’action « Titre x » n’a pas de Responsable (R, qui réalise le travail) : il en faut au moins un.',
      'Action “Titre x” has no Responsible (R, who does the work): it needs at least one.',
    ],
  ])('message for %s', (roles, fr, en) => {
    expect(checkRaci([action('x')], raci(roles), people).map((f) => f.message)).toEqual([{ fr, en }]);
  });
});
