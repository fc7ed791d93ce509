import { describe, expect, it } from 'vitest';
import { isCalendarDate, isNumberOrEmpty, parseDecimal, textOrNull, todayLocal } from './values';

describe('textOrNull', () => {
  it.each([
    ['  Lyon ', 'Lyon'],
    ['Lyon', 'Lyon'],
    ['', null],
    [' \n\t', null],
  ])('%j → %j', (input, expected) => {
    expect(textOrNull(input)).toBe(expected);
  });
});

describe('parseDecimal', () => {
  it.each<[number | string | null | undefined, number | null]>([
    [12, 12],
    [0, 0],
    ['', null],
    [null, null],
    [undefined, null],
    ['-', null],
    ['.', null],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3', -3],
    ['-3,5', -3.5],
    ['1 200', 1200],
    ['12 500', 12500],
    ['12\u202f500,25', 12500.25],
    ['abc', null],
    ['1,2,3', null],
    ['1e3', null],
    [Number.NaN, null],
  ])('%j → %j', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });
});

describe('isNumberOrEmpty', () => {
  it.each([
    ['', true],
    ['  ', true],
    [null, true],
    [42, true],
    ['4,2', true],
    ['x', false],
  ] as const)('%j → %j', (value, expected) => {
    expect(isNumberOrEmpty(value)).toBe(expected);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-12-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-04-31', false],
    ['31/12/2026', false],
    ['', false],
  ])('%j → %j', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('todayLocal', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0), '2026-01-05'],
    [new Date(2026, 0, 5, 23, 59), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(2027, 8, 9, 12), '2027-09-09'],
  ])('%s → %s', (date, expected) => {
    expect(todayLocal(date)).toBe(expected);
  });
});
