import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatPoints, formatWithUnit } from './format.js';

// Expected strings written by hand; "_" stands for the no-break space French uses.
const show = (text: string) => text.replace(/\u00a0/g, '_');

describe('number formatting', () => {
  it.each([
    [1234567.891, 'fr', 1, '1_234_567,9'],
    [1234567.891, 'en', 1, '1,234,567.9'],
    [2.2, 'fr', 4, '2,2'],
    [-0.04, 'en', 1, '0'],
    [-12.36, 'fr', 1, '-12,4'],
    [999, 'en', 0, '999'],
    [1000, 'fr', 0, '1_000'],
  ] as const)('formatNumber(%f, %s, %i) = %s', (value, lang, decimals, expected) => {
    expect(show(formatNumber(value, lang, decimals))).toBe(expected);
  });

  it.each([
    [0.43000000000000016, 'fr', '+43_%'],
    [0.43000000000000016, 'en', '+43%'],
    [-0.2, 'fr', '-20_%'],
    [0.7233333, 'en', '+72.3%'],
    [0, 'en', '0%'],
  ] as const)('formatChange(%f, %s) = %s', (change, lang, expected) => {
    expect(show(formatChange(change, lang))).toBe(expected);
  });

  it.each([
    ['2,4', '%', 'fr', '2,4_%'],
    ['48.4', 'EUR', 'en', '48.4 EUR'],
    ['12', null, 'fr', '12'],
  ] as const)('formatWithUnit(%s, %s, %s) = %s', (text, unit, lang, expected) => {
    expect(show(formatWithUnit(text, unit, lang))).toBe(expected);
  });

  // French keeps the singular below 2 (« 1,5 point »), English only for exactly 1.
  it.each([
    [9.000000000000002, 'fr', '9_points'],
    [1.5, 'fr', '1,5_point'],
    [1.5, 'en', '1.5 points'],
    [1, 'en', '1 point'],
  ] as const)('formatPoints(%f, %s) = %s', (points, lang, expected) => {
    expect(show(formatPoints(points, lang))).toBe(expected);
  });
});
