import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatNumber, formatQuantity } from './format.js';

// Expected strings written by hand from the conventions: French groups thousands with a space
// and uses a decimal comma, the euro after the amount; English groups with commas, a decimal
// point, the symbol before the amount.
describe('formatNumber', () => {
  it.each([
    { value: 0, fr: '0', en: '0' },
    { value: 20, fr: '20', en: '20' },
    { value: 1234, fr: '1 234', en: '1,234' },
    { value: 219000, fr: '219 000', en: '219,000' },
    { value: 1234567.5, fr: '1 234 567,5', en: '1,234,567.5' },
    { value: -2.25, fr: '-2,25', en: '-2.25' },
    { value: 0.1 + 0.2, fr: '0,3', en: '0.3' }, // 0.30000000000000004 rounded to 6 decimals
    { value: -0.0000001, fr: '0', en: '0' }, // rounds to zero: no "-0"
  ])('$value', ({ value, fr, en }) => {
    expect([formatNumber(value, 'fr'), formatNumber(value, 'en')]).toEqual([fr, en]);
  });
});

describe('formatMoney (integer minor units)', () => {
  it.each([
    { cents: 200000, currency: 'EUR', fr: '2 000 €', en: '€2,000' },
    { cents: 123450, currency: 'EUR', fr: '1 234,50 €', en: '€1,234.50' },
    { cents: 5, currency: 'EUR', fr: '0,05 €', en: '€0.05' },
    { cents: -150000, currency: 'EUR', fr: '-1 500 €', en: '-€1,500' },
    { cents: 99900, currency: 'USD', fr: '999 $', en: '$999' },
    { cents: 1000000, currency: 'GBP', fr: '10 000 £', en: '£10,000' },
    { cents: 250000, currency: 'CHF', fr: '2 500 CHF', en: 'CHF 2,500' },
    { cents: 5000, currency: 'JPY', fr: '5 000 JPY', en: 'JPY 5,000' }, // the yen has no cents
  ])('$cents $currency', ({ cents, currency, fr, en }) => {
    expect([formatMoney(cents, currency, 'fr'), formatMoney(cents, currency, 'en')]).toEqual([fr, en]);
  });
});

describe('formatQuantity (the unit rule)', () => {
  it.each([
    { value: 20, unit: null, fr: '20', en: '20' },
    { value: 20, unit: '%', fr: '20 %', en: '20%' },
    { value: 2.5, unit: 'percent', fr: '2,5 %', en: '2.5%' },
    { value: 20, unit: '+%', fr: '+20 %', en: '+20%' },
    { value: -5, unit: '+ %', fr: '-5 %', en: '-5%' },
    { value: 0, unit: '+%', fr: '0 %', en: '0%' },
    { value: 800000, unit: 'EUR', fr: '800 000 €', en: '€800,000' },
    { value: 12.6, unit: '€', fr: '12,60 €', en: '€12.60' },
    { value: 40000, unit: 'sessions', fr: '40 000 sessions', en: '40,000 sessions' },
    { value: 35, unit: 'h', fr: '35 h', en: '35 h' },
  ])('$value $unit', ({ value, unit, fr, en }) => {
    expect([formatQuantity(value, unit, 'fr'), formatQuantity(value, unit, 'en')]).toEqual([fr, en]);
  });
});

describe('formatCount', () => {
  const days = { one: { fr: 'jour', en: 'day' }, many: { fr: 'jours', en: 'days' } };
  // French keeps the singular below two; English only for exactly one.
  it.each([
    { value: 0, fr: '0 jour', en: '0 days' },
    { value: 1, fr: '1 jour', en: '1 day' },
    { value: 1.5, fr: '1,5 jour', en: '1.5 days' },
    { value: 2, fr: '2 jours', en: '2 days' },
  ])('$value', ({ value, fr, en }) => {
    expect([formatCount(value, days, 'fr'), formatCount(value, days, 'en')]).toEqual([fr, en]);
  });
});
