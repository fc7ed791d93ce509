import { describe, expect, it } from 'vitest';
import type { ActionDependencyEntity } from '../../../contract/entity-types.js';
import { ApiError } from '../../api/client';
import { actionBody, actionValues, amountProblem, dueBeforeStart, formatMoney, toMinorUnits } from './actionForms';
import { cycleRefusalText, dependencyCycle, predecessorChange, predecessorsOf } from './dependencies';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const dep = (id: string, predecessorId: string, successorId: string): ActionDependencyEntity => ({
  id,
  position: 0,
  lagDays: 0,
  predecessorId,
  successorId,
  ...stamp,
});

describe('action form', () => {
  it('sends the cost in minor units and empty fields as null', () => {
    const values = { ...actionValues(null, 't1', []), title: '  Salon  ', estimatedCost: '1 500,5', effortHours: '' };
    expect(actionBody(values)).toEqual({
      title: 'Salon',
      description: null,
      tacticId: 't1',
      status: 'todo',
      priority: 'medium',
      startDate: null,
      dueDate: null,
      isMilestone: false,
      estimatedCost: 150_050,
      effortHours: null,
    });
  });

  it.each([
    [0.1 + 0.2, 30],
    [19.99, 1999],
    [1500, 150_000],
  ])('%s → %s cents', (major, minor) => {
    expect(toMinorUnits(major)).toBe(minor);
  });

  it.each([
    ['', null],
    ['12,5', null],
    ['-3', 'negative'],
    ['abc', 'notANumber'],
  ] as const)('amount %j → %j', (value, expected) => {
    expect(amountProblem(value)).toBe(expected);
  });

  it.each([
    ['2026-03-02', '2026-03-01', true],
    ['2026-03-02', '2026-03-02', false],
    [null, '2026-03-01', false],
  ])('start %s, due %s → before: %s', (start, due, expected) => {
    expect(dueBeforeStart(start, due)).toBe(expected);
  });

  it('formats money in the plan’s currency', () => {
    expect(formatMoney(150_000, 'EUR', 'fr')).toMatch(/^1\s500\s€$/);
    expect(formatMoney(150_050, 'USD', 'en')).toBe('$1,500.50');
  });
});

describe('dependencies', () => {
  const deps = [dep('d1', 'a1', 'a2'), dep('d2', 'a2', 'a3'), dep('d3', 'a4', 'a3')];

  it('reads an action’s predecessors and what saving a new list changes', () => {
    const current = predecessorsOf(deps, 'a3');
    expect(Object.fromEntries(current)).toEqual({ a2: 'd2', a4: 'd3' });
    expect(predecessorChange(current, ['a4', 'a1'])).toEqual({ add: ['a1'], remove: ['d2'] });
  });

  it('finds the loop a new predecessor would close, and none when the old link it replaces goes', () => {
    // a1 → a2 → a3: a1 waiting for a3 closes the loop.
    expect(dependencyCycle(deps, 'a1', ['a3'])).toEqual(['a3', 'a1', 'a2', 'a3']);
    expect(dependencyCycle(deps, 'a1', ['a4'])).toBeNull();
    // a2 already leads to a3, so a2 cannot wait for a3 (its own predecessors are what is replaced).
    expect(dependencyCycle(deps, 'a2', ['a3'])).toEqual(['a3', 'a2', 'a3']);
  });

  it('puts the server’s cycle refusal in the UI language', () => {
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      errors: [
        { path: 'successorId', message: 'This dependency would create a cycle: A → B → A', code: 'dependency_cycle' },
      ],
    });
    expect(cycleRefusalText(error, 'fr')).toBe('Cette dépendance créerait un cycle : A → B → A');
    expect(cycleRefusalText(error, 'en')).toBe('This dependency would create a cycle: A → B → A');
    expect(cycleRefusalText(new ApiError({ status: 400, title: 'Invalid request' }), 'fr')).toBeNull();
  });
});
