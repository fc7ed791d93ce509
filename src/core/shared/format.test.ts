import { describe, expect, it } from 'vitest';
import { formatFixed, formatTwoDecimals, groupThousands, quote, withPercentSign, writtenDate } from './format.js';

describe('groupThousands', () => {
  it.each([
    ['1', ' ', '1'],
    ['999', ',', '999'],
    ['1000', ',', '1,000'],
    ['1200000', ' ', '1 200 000'],
  ])('groups %s with "%s" as %s', (digits, separator, expected) => {
    expect(groupThousands(digits, separator)).toBe(expected);
  });
});

describe('formatFixed', () => {
  it.each([
    [12345.6, 'fr', 6, ' ', '12 345,6'],
    [12345.6, 'en', 6, ',', '12,345.6'],
    [2.25, 'en', 1, ',', '2.3'],
    [-0.04, 'en', 1, ',', '0'],
    [-1.5, 'fr', 0, ' ', '-2'],
    [1000, 'fr', 2, '.', '1.000'],
  ] as const)('writes %d (%s, %i decimals, "%s") as %s', (value, language, decimals, separator, expected) => {
    expect(formatFixed(value, language, decimals, separator)).toBe(expected);
  });
});

describe('formatTwoDecimals', () => {
  it.each([
    [2.5, 'fr', '2,5'],
    [2.345, 'en', '2.35'],
    [1200, 'fr', '1200'],
    [-0.125, 'en', '-0.12'],
  ] as const)('writes %d in %s as %s', (value, language, expected) => {
    expect(formatTwoDecimals(value, language)).toBe(expected);
  });
});

describe('small writing helpers', () => {
  it.each([
    [withPercentSign('10', 'fr'), '10 %'],
    [withPercentSign('10', 'en'), '10%'],
    [quote('texte', 'fr'), '« texte »'],
    [quote('text', 'en'), '“text”'],
    [writtenDate('2027', '04', '01', 'fr'), '1er avril 2027'],
    [writtenDate('2027', '04', '01', 'en'), '1 April 2027'],
    [writtenDate('2025', '08', '14', 'fr'), '14 août 2025'],
    [writtenDate('2025', '13', '14', 'en'), '14 13 2025'],
  ])('writes %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
