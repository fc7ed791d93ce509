import { describe, expect, it } from 'vitest';
import { dayOf, formatDay } from '../../core/shared/days.js';
import type { DateFormat } from '../../contract/imports.js';
import { detectDecimalSeparator, guessDateFormat, numberValue, parseDate, parseNumber } from './values.js';

const value = (text: string, decimal: '.' | ',' | null = null) => {
  const read = parseNumber(text, decimal);
  return read === null || typeof read === 'string' ? read : read.value;
};

describe('parseNumber', () => {
  it.each([
    // [cell, decimal separator of the column, value]
    ['1234', null, 1234],
    ['1234.5', '.', 1234.5],
    ['1234,5', ',', 1234.5],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56', ',', 1234.56], // no-break space (French Excel)
    ['1\u202f234\u202f567,8', ',', 1234567.8], // narrow no-break space (French typography)
    ['1.234.567,89', ',', 1234567.89],
    ['1,234,567.89', '.', 1234567.89],
    ["1'234.50", '.', 1234.5], // Swiss
    ['9,380', '.', 9380], // Google Ads: grouped and quoted
    ['4,838.80', '.', 4838.8],
    ['1,23,456', '.', 123456], // Indian lakh grouping (INR)
    ['0,5', null, 0.5],
    ['12,5', null, 12.5],
    ['1.234,5', null, 1234.5],
    ['1,234.5', null, 1234.5],
    ['-12', null, -12],
    ['−12,5', ',', -12.5], // U+2212 minus
    ['(1 234,00)', ',', -1234], // accounting
    ['12-', null, -12], // trailing minus
    ['1.5E-7', '.', 1.5e-7],
    ['.5', '.', 0.5],
  ] as const)('%j (decimal %j) → %j', (cell, decimal, expected) => {
    expect(value(cell, decimal)).toBe(expected);
  });

  it.each([
    ['12,5 %', ',', 12.5],
    ['12,5\u00a0%', null, 12.5],
    ['2.81%', '.', 2.81],
    ['-3.5%', '.', -3.5],
    ['0%', null, 0],
  ] as const)('percentage %j stays in % units → %j', (cell, decimal, expected) => {
    expect(parseNumber(cell, decimal)).toEqual({ value: expected, percent: true, currency: null });
  });

  it.each([
    ['€1,234.50', '.', 1234.5, 'EUR'],
    ['1 234,50 €', ',', 1234.5, 'EUR'],
    ['-€12', null, -12, 'EUR'],
    ['€-12', null, -12, 'EUR'],
    ['$ 99.90', '.', 99.9, 'USD'],
    ['£1,286.58', '.', 1286.58, 'GBP'],
    ['₹5,000.00', '.', 5000, 'INR'],
    ['EUR 12,40', ',', 12.4, 'EUR'],
    ['12.40 USD', '.', 12.4, 'USD'],
    ["CHF 1'000.00", '.', 1000, 'CHF'],
  ] as const)('currency %j → %j %s', (cell, decimal, expected, currency) => {
    expect(parseNumber(cell, decimal)).toEqual({ value: expected, percent: false, currency });
  });

  it.each([' --', '--', '-', '—', 'n/a', 'N/A', '', '   ', '\u00a0'])('placeholder %j is an empty cell', (cell) => {
    expect(parseNumber(cell, null)).toBeNull();
  });

  it.each(['< 10%', '> 90%', '<10%'])('%j is a bound, not a value', (cell) => {
    expect(parseNumber(cell, '.')).toBe('bound_not_value');
  });

  it.each([
    ['abc', null],
    ['12,34,5', '.'], // bad grouping
    ['1.5', ','], // a point in a decimal-comma column is grouping, and "5" is no group of three
    ['1 2', ','],
    ['12%%', null],
    ['Total', null],
    ['2024-01-31', null],
  ] as const)('%j (decimal %j) is not a number', (cell, decimal) => {
    expect(parseNumber(cell, decimal)).toBe('invalid_number');
  });

  it('reads numbers from spreadsheets as they are', () => {
    expect(parseNumber(0.906, null)).toEqual({ value: 0.906, percent: false, currency: null });
    expect(parseNumber(null, null)).toBeNull();
  });

  it('numberValue agrees with parseNumber on the hot path shapes', () => {
    for (const [cell, decimal] of [
      ['9,380', '.'],
      ['2.81%', '.'],
      ['12,5 %', ','],
      ['1234,5', ','],
      ['-0.25', '.'],
      ['€1,234.50', '.'],
      [' --', '.'],
      ['< 10%', '.'],
    ] as const) {
      const full = parseNumber(cell, decimal);
      expect(numberValue(cell, decimal), cell).toEqual(full === null || typeof full === 'string' ? full : full.value);
    }
  });

  it('numberValue agrees with parseNumber on every short string of digits, signs and separators', () => {
    // Every string of up to five of these characters: the hot path's shapes, their near misses
    // (a group of two, a lone separator, a second %) and what only the general parser reads.
    const characters = ['0', '1', '5', ',', '.', '-', '%', ' '];
    let strings = [''];
    const disagreements: string[] = [];
    for (let length = 1; length <= 5; length++) {
      strings = strings.flatMap((s) => characters.map((c) => s + c));
      for (const text of strings) {
        for (const decimal of ['.', ',', null] as const) {
          // -0 and 0 count as the same (parseNumber's fast path keeps the sign of -0, its general path not).
          if (numberValue(text, decimal) !== value(text, decimal)) disagreements.push(`${text} (${decimal})`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['1,234,567.5', '.', 1_234_567.5],
    ['-9,380', '.', -9380],
    ['123456789012345', '.', 123_456_789_012_345],
    ['0,123', null, 0.123], // a zero before the comma: a decimal, not grouping
    ['0,123', '.', 123],
    ['12,5 %', ',', 12.5],
  ] as const)('numberValue(%j, %j) is %d', (text, decimal, expected) => {
    expect(numberValue(text, decimal)).toBe(expected);
  });
});

describe('detectDecimalSeparator', () => {
  it.each([
    [['1,5', '12', '3,25'], ','],
    [['1.5', '12', '3.25'], '.'],
    [['1 234,5', '12'], ','],
    [['1.234.567', '2'], ','], // points repeated: grouping, so the decimal is a comma
    [['9,380', '1,286.58'], '.'],
    [['0,123'], ','],
    [['12', '40'], null],
    [['9,380', '1,234'], null], // could be either: no evidence
  ] as const)('%j → %j', (cells, expected) => {
    expect(detectDecimalSeparator([...cells])).toBe(expected);
  });
});

const day = (iso: string) => dayOf(iso);

describe('parseDate', () => {
  it.each([
    ['2024-01-31', 'iso', '2024-01-31'],
    ['1000-01-01', 'iso', '1000-01-01'],
    ['2024-02-29', 'iso', '2024-02-29'],
    ['2024/1/5', 'iso', '2024-01-05'],
    ['2026-05-19T15:15:37-0400', 'iso', '2026-05-19'], // Meta timestamps: the local date
    ['20240131', 'ymd-compact', '2024-01-31'],
    ['31/01/2024', 'dmy', '2024-01-31'],
    ['31.01.2024', 'dmy', '2024-01-31'],
    ['5-1-24', 'dmy', '2024-01-05'],
    ['01/31/2024', 'mdy', '2024-01-31'],
    ['Jan 31, 2024', 'month-name', '2024-01-31'],
    ['January 31 2024', 'month-name', '2024-01-31'],
    ['31 Jan 2024', 'month-name', '2024-01-31'],
    ['31-Jan-2024', 'month-name', '2024-01-31'],
    ['31 janvier 2024', 'month-name', '2024-01-31'],
    ['1er février 2024', 'month-name', '2024-02-01'],
    ['15 févr. 2024', 'month-name', '2024-02-15'],
    ['lundi 5 août 2024', 'month-name', '2024-08-05'],
    ['3 décembre 2024', 'month-name', '2024-12-03'],
    ['31 de enero de 2024', 'month-name', '2024-01-31'],
    ['45322', 'excel-serial', '2024-01-31'],
  ] as const)('%j as %s → %s', (text, format, expected) => {
    const parsed = parseDate(text, format as DateFormat);
    expect(typeof parsed === 'number' ? formatDay(parsed) : parsed).toBe(expected);
  });

  it('counts GA4 day offsets from the table’s start date', () => {
    const baseDay = day('2023-09-23');
    expect(formatDay(parseDate('0000', 'day-offset', { baseDay }) as number)).toBe('2023-09-23');
    expect(formatDay(parseDate('0027', 'day-offset', { baseDay }) as number)).toBe('2023-10-20');
    expect(parseDate('0001', 'day-offset', {})).toBeUndefined();
  });

  it.each([
    ['2024-02-30', 'iso'],
    ['2023-02-29', 'iso'],
    ['0999-12-31', 'iso'], // before the year 1000: surely not a date
    ['2024-13-01', 'iso'],
    ['31/02/2024', 'dmy'],
    ['13/31/2024', 'mdy'],
    ['20241301', 'ymd-compact'],
    ['Feb 30, 2024', 'month-name'],
    ['Feb 14 - Feb 20', 'month-name'], // GA4 cohort labels: no year
    ['hello', 'iso'],
  ] as const)('%j is not a %s date', (text, format) => {
    expect(parseDate(text, format)).toBeUndefined();
  });

  it('reads an empty cell as no date', () => {
    expect(parseDate('', 'iso')).toBeNull();
    expect(parseDate(null, 'dmy')).toBeNull();
  });
});

describe('guessDateFormat', () => {
  it('tells day-first from month-first over the whole column', () => {
    expect(guessDateFormat('Date', ['01/02/2024', '05/02/2024', '13/02/2024'], {})).toEqual({
      format: 'dmy',
      confidence: 1,
      ambiguous: false,
    });
    expect(guessDateFormat('Date', ['01/02/2024', '01/05/2024', '01/31/2024'], {})).toEqual({
      format: 'mdy',
      confidence: 1,
      ambiguous: false,
    });
  });

  it('says when day and month could be either way round (and reads day first)', () => {
    expect(guessDateFormat('Date', ['01/02/2024', '03/04/2024'], {})).toEqual({
      format: 'dmy',
      confidence: 1,
      ambiguous: true,
    });
  });

  it('gives the share of cells the format reads as its confidence', () => {
    expect(guessDateFormat('Jour', ['2024-01-01', '2024-01-02', 'oops', '2024-01-04'], {})).toEqual({
      format: 'iso',
      confidence: 0.75,
      ambiguous: false,
    });
  });

  it('reads YYYYMMDD only when every value is a plausible date', () => {
    expect(guessDateFormat('Date', ['20240131', '20240201'], {})?.format).toBe('ymd-compact');
    expect(guessDateFormat('Order id', ['12345678', '20240201'], {})?.format).not.toBe('ymd-compact');
  });

  it('reads spreadsheet day numbers under a date header only', () => {
    expect(guessDateFormat('Date', ['45322', '45323'], {})?.format).toBe('excel-serial');
    expect(guessDateFormat('Sessions', ['45322', '45323'], {})).toBeNull();
  });

  it('reads GA4 `Nth day` columns as offsets from the start date', () => {
    expect(guessDateFormat('Nth day', ['0000', '0001'], { baseDay: day('2023-09-23') })?.format).toBe('day-offset');
    expect(guessDateFormat('Día N', ['0000'], { baseDay: day('2023-04-24') })?.format).toBe('day-offset');
  });
});
