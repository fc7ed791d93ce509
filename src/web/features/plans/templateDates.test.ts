import { describe, expect, it } from 'vitest';
import { firstDayOfNextMonth, isCalendarDate, shiftedEndDate } from './templateDates';

describe('firstDayOfNextMonth', () => {
  it.each([
    [new Date(2026, 10, 27), '2026-12-01'],
    [new Date(2026, 11, 31, 23, 59), '2027-01-01'],
    [new Date(2027, 0, 1), '2027-02-01'],
  ])('%s → %s', (today, expected) => {
    expect(firstDayOfNextMonth(today)).toBe(expected);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2027-02-28', true],
    ['2028-02-29', true],
    ['2027-02-30', false],
    ['2027-2-1', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('shiftedEndDate', () => {
  const template = { startDate: '2027-01-01', endDate: '2027-12-31' };

  it.each([
    ['2027-01-01', '2027-12-31'],
    ['2026-12-01', '2027-11-30'],
    ['2027-03-01', '2028-02-28'],
  ])('a plan starting on %s ends on %s (every date moves by the same days)', (start, end) => {
    expect(shiftedEndDate(template, start)).toBe(end);
  });

  it('has no end for an open-ended template or an invalid start', () => {
    expect(shiftedEndDate({ startDate: '2027-01-01', endDate: null }, '2027-03-01')).toBeNull();
    expect(shiftedEndDate(template, '2027-13-01')).toBeNull();
  });
});
