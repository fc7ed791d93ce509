import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, requireDay } from './days.js';

describe('dayOf', () => {
  // Brute force: every day from 1899-12-25 to 2101-01-05 against the JavaScript Date's own count
  // (Date.UTC / 86 400 000), which is how the formula must agree, leap years and centuries included.
  it('agrees with Date.UTC on every day of two centuries', () => {
    const first = Date.UTC(1899, 11, 25) / 86_400_000;
    const last = Date.UTC(2101, 0, 5) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayOf(text) !== day) throw new Error(`${text}: ${dayOf(text)} instead of ${day}`);
    }
  });

  it.each(['2027-02-29', '2100-02-29', '2027-13-01', '2027-04-31', '2027-00-10', '2027-1-10', '', 'demain'])(
    'rejects %s',
    (text) => {
      expect(dayOf(text)).toBeNull();
    },
  );

  it.each([
    ['2028-02-29', 21243],
    ['2000-02-29', 11016],
    ['1970-01-01', 0],
  ])('reads %s as day %i, and back', (text, day) => {
    expect(dayOf(text)).toBe(day);
    expect(formatDay(day)).toBe(text);
  });
});

describe('formatDay', () => {
  it('writes every day of two centuries as Date.toISOString does', () => {
    const first = Date.UTC(1899, 11, 25) / 86_400_000;
    const last = Date.UTC(2101, 0, 5) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (formatDay(day) !== text) throw new Error(`${day}: ${formatDay(day)} instead of ${text}`);
    }
  });

  it.each([
    [-1, '1969-12-31'],
    [59, '1970-03-01'],
    [-719_468, '0000-03-01'],
    [2_932_896, '9999-12-31'],
  ])('writes day %i as %s', (day, text) => {
    expect(formatDay(day)).toBe(text);
    expect(dayOf(text)).toBe(day);
  });
});

describe('requireDay', () => {
  it('returns the day number of a real date', () => {
    expect(requireDay('1970-01-11', 'today')).toBe(10);
  });

  it('names the field when the date is not real', () => {
    expect(() => requireDay('2027-02-30', 'today')).toThrow('today must be a date as YYYY-MM-DD, got "2027-02-30"');
  });
});
