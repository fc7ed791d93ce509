import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  isDay,
  isoWeek,
  isoWeekday,
  monthGrid,
  shiftAnchor,
  startOfWeek,
  visibleRange,
  weekDays,
} from './dateGrid';

describe('addDays', () => {
  it.each([
    ['2026-03-10', 1, '2026-03-11'],
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    // Across the spring daylight-saving change in Europe (29 March 2026): still whole days.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-03-10', -7, '2026-03-03'],
    ['2026-12-28', 7, '2027-01-04'],
  ])('%s %+d → %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('weeks start on Monday', () => {
  it.each([
    ['2026-03-02', 1], // a Monday
    ['2026-03-08', 7], // a Sunday
    ['1970-01-01', 4], // a Thursday
    ['1969-12-29', 1],
  ])('%s is ISO weekday %d', (day, weekday) => {
    expect(isoWeekday(day)).toBe(weekday);
  });

  it.each([
    ['2026-03-04', '2026-03-02'],
    ['2026-03-08', '2026-03-02'],
    ['2026-03-09', '2026-03-09'],
    ['2026-01-01', '2025-12-29'],
  ])('week of %s starts on %s', (day, monday) => {
    expect(startOfWeek(day)).toBe(monday);
  });

  it('lists the seven days of a week across a month end', () => {
    expect(weekDays('2026-04-01')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-02', 2026, 10],
    ['2024-12-30', 2025, 1], // a Monday that belongs to the next year's first week
    ['2021-01-03', 2020, 53], // a Sunday that belongs to the previous year's last week
    ['2020-12-31', 2020, 53],
    ['2026-12-31', 2026, 53],
    ['2027-01-04', 2027, 1],
  ])('%s is week %d-%d', (day, year, week) => {
    expect(isoWeek(day)).toEqual({ year, week });
  });
});

describe('months', () => {
  it.each([
    ['2026-03', 1, '2026-04'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-01', -13, '2024-12'],
  ])('%s %+d months → %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([
    ['2026-02', 28],
    ['2028-02', 29],
    ['2026-04', 30],
    ['2026-12', 31],
  ])('%s has %d days', (month, days) => {
    expect(daysInMonth(month)).toBe(days);
  });
});

describe('monthGrid', () => {
  it('shows March 2026 (1st on a Sunday) in six Monday-first weeks, with the spill-over days of February and April', () => {
    const weeks = monthGrid('2026-03');
    expect(weeks.map((w) => w.week)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(weeks[0]!.days[0]).toBe('2026-02-23');
    expect(weeks[0]!.days[6]).toBe('2026-03-01');
    expect(weeks.at(-1)!.days).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]!.days[0]).toBe('2027-02-01');
    expect(weeks[3]!.days[6]).toBe('2027-02-28');
  });

  it('numbers weeks across a year end by their ISO year', () => {
    const weeks = monthGrid('2021-01');
    expect(weeks[0]).toMatchObject({ year: 2020, week: 53 });
    expect(weeks[1]).toMatchObject({ year: 2021, week: 1 });
  });

  it('covers every day of the month exactly once, each row Monday to Sunday', () => {
    for (const month of ['2026-01', '2026-02', '2026-06', '2026-11', '2028-02']) {
      const days = monthGrid(month).flatMap((w) => w.days);
      const own = days.filter((day) => day.startsWith(month));
      expect(own).toHaveLength(daysInMonth(month));
      expect(new Set(days).size).toBe(days.length);
      monthGrid(month).forEach((w) => expect(w.days.map(isoWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7]));
    }
  });
});

describe('navigation', () => {
  it('shows the whole grid of a month, and Monday to Sunday of a week', () => {
    expect(visibleRange('month', '2026-03-17')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(visibleRange('week', '2026-03-17')).toEqual({ from: '2026-03-16', to: '2026-03-22' });
  });

  it.each([
    ['month', '2026-03-17', 1, '2026-04-01'],
    ['month', '2026-01-31', -1, '2025-12-01'],
    ['week', '2026-03-17', 1, '2026-03-24'],
    ['week', '2026-01-02', -1, '2025-12-26'],
  ] as const)('%s view from %s, step %d → %s', (view, anchor, step, expected) => {
    expect(shiftAnchor(view, anchor, step)).toBe(expected);
  });
});

describe('isDay', () => {
  it.each([
    ['2026-03-10', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-04-31', false],
    ['2026-3-1', false],
    ['', false],
    [null, false],
  ])('%j → %j', (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });
});
