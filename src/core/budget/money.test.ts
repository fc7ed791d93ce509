import { describe, expect, it } from 'vitest';
import { allocatableAmount, contingencyReserve, formatMoney, formatPercent, formatRoi } from './money.js';

describe('contingency reserve', () => {
  // Worked by hand: reserve = total × percent / 100 rounded to the cent, allocatable = total − reserve.
  // 19 000 € × 10 % = 1 900 €; 1 000,01 € × 7,5 % = 75,00075 € → 75,00 €; 333,33 € × 15 % = 49,9995 € → 50,00 €.
  const cases = [
    { total: 1_900_000, percent: 10, reserve: 190_000, allocatable: 1_710_000 },
    { total: 100_001, percent: 7.5, reserve: 7_500, allocatable: 92_501 },
    { total: 33_333, percent: 15, reserve: 5_000, allocatable: 28_333 },
    { total: 500_000, percent: 0, reserve: 0, allocatable: 500_000 },
    { total: 0, percent: 10, reserve: 0, allocatable: 0 },
  ];
  it.each(cases)('$total cents at $percent % keeps $reserve aside', ({ total, percent, reserve, allocatable }) => {
    const settings = { totalAmount: total, contingencyPercent: percent };
    expect(contingencyReserve(settings)).toBe(reserve);
    expect(allocatableAmount(settings)).toBe(allocatable);
  });
});

describe('formatMoney', () => {
  // Written by hand in each language's usual typography (cents shown only when not zero).
  const cases = [
    { cents: 120_000, currency: 'EUR', fr: '1 200 €', en: '€1,200' },
    { cents: 1_710_000, currency: 'EUR', fr: '17 100 €', en: '€17,100' },
    { cents: 123_456_789, currency: 'EUR', fr: '1 234 567,89 €', en: '€1,234,567.89' },
    { cents: 5, currency: 'EUR', fr: '0,05 €', en: '€0.05' },
    { cents: 0, currency: 'EUR', fr: '0 €', en: '€0' },
    { cents: -250_050, currency: 'EUR', fr: '-2 500,50 €', en: '-€2,500.50' },
    { cents: 99_900, currency: 'USD', fr: '999 $', en: '$999' },
    { cents: 100_000, currency: 'SEK', fr: '1 000 SEK', en: '1,000 SEK' },
  ];
  it.each(cases)('$cents $currency', ({ cents, currency, fr, en }) => {
    expect(formatMoney(cents, currency, 'fr')).toBe(fr);
    expect(formatMoney(cents, currency, 'en')).toBe(en);
  });
});

describe('formatRoi and formatPercent', () => {
  // The method's table writes ROI as "3:1"; decimals by hand, two at most.
  const rois = [
    { roi: 3, en: '3:1', fr: '3:1' },
    { roi: 2.5, en: '2.5:1', fr: '2,5:1' },
    { roi: 0.75, en: '0.75:1', fr: '0,75:1' },
    { roi: 1.234, en: '1.23:1', fr: '1,23:1' },
    { roi: 0, en: '0:1', fr: '0:1' },
  ];
  it.each(rois)('ROI $roi', ({ roi, en, fr }) => {
    expect(formatRoi(roi)).toBe(en);
    expect(formatRoi(roi, 'en')).toBe(en);
    expect(formatRoi(roi, 'fr')).toBe(fr);
  });

  const percents = [
    { value: 10, fr: '10 %', en: '10%' },
    { value: 7.5, fr: '7,5 %', en: '7.5%' },
  ];
  it.each(percents)('$value percent', ({ value, fr, en }) => {
    expect(formatPercent(value, 'fr')).toBe(fr);
    expect(formatPercent(value, 'en')).toBe(en);
  });
});
