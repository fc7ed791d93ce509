import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-document.js';
import { emptyPlan } from '../../core/shared/empty-plan.js';
import { addDays, daysBetween, shiftPlanDates } from './shift-dates.js';

describe('calendar days', () => {
  it.each([
    ['2027-01-01', 0, '2027-01-01'],
    ['2027-01-31', 1, '2027-02-01'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2027-03-28', 1, '2027-03-29'], // across the change to summer time in France
    ['2027-01-01', -1, '2026-12-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});

describe('shiftPlanDates', () => {
  const template = {
    schema: 'jalon/plan@1',
    ...emptyPlan({
      plan: {
        key: 'p',
        name: 'P',
        status: 'active',
        currency: 'EUR',
        locale: 'fr',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      },
      actions: [
        {
          key: 'a',
          tactic: 't',
          title: 'A',
          status: 'todo',
          priority: 'medium',
          isMilestone: false,
          startDate: '2027-02-01',
          dueDate: null,
        },
      ],
      measurements: [{ kpi: 'k', date: '2027-01-04', value: 3, source: 'manual' }],
    }),
  } as unknown as PlanDocument;

  it('moves the plan’s period and every dated field by the same number of days, and nothing else', () => {
    // 2027-01-01 → 2027-03-15 is 31 + 28 + 14 = 73 days; 2027-12-31 + 73 lands on 2028-03-13 (2028 is a leap year).
    const shifted = shiftPlanDates(template, 73);
    expect(shifted.plan).toMatchObject({ startDate: '2027-03-15', endDate: '2028-03-13' });
    expect(shifted.actions[0]).toMatchObject({ startDate: '2027-04-15', dueDate: null, title: 'A' });
    expect(shifted.measurements[0]).toEqual({ kpi: 'k', date: '2027-03-18', value: 3, source: 'manual' });
    expect(template.plan.startDate).toBe('2027-01-01');
  });
});
