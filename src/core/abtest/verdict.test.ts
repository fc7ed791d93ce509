import { describe, expect, it } from 'vitest';
import { analyzeAbTest } from './analyze.js';
import type { AbTestAnalysis, Comparison } from './types.js';
import { describeAnalysis } from './verdict.js';

const noSrm = { chi2: 0.4, df: 1, pValue: 0.53, detected: false };

/** A defined conversion comparison with a given lift, interval and Beta chance (other fields inert). */
function comparison(variant: string, estimate: number, ci: [number, number], chance: number): Comparison {
  const estimateFields = { estimate, se: 0.01, df: 1000, ci, pValue: 0.5 };
  return {
    variant,
    defined: true,
    absolute: estimateFields,
    relative: estimateFields,
    zTest: { z: 1, pValue: 0.5 },
    bayes: { chanceToBeatControl: chance, expectedLossVariant: 0, expectedLossControl: 0 },
    gaussianBayes: { chanceToWin: 0.5, ci, riskControl: 0, riskVariant: 0 },
  };
}

function analysisOf(comparisons: Comparison[], extra: Partial<AbTestAnalysis> = {}): AbTestAnalysis {
  return { metric: 'proportion', alpha: 0.05, srm: noSrm, comparisons, ...extra };
}

describe('describeAnalysis', () => {
  it('says a significant gain with its interval and chance, in both languages', () => {
    expect(describeAnalysis(analysisOf([comparison('B', 0.12, [0.03, 0.21], 0.98)]))).toEqual({
      fr: 'B améliore la conversion de 12 % (IC à 95 % : 3 % à 21 %) ; probabilité de battre le témoin : 98 %. Pas de déséquilibre de répartition.',
      en: 'B improves conversion by 12% (95% CI 3% to 21%); chance to beat control 98%. No sample-ratio problem.',
    });
  });

  it('says "worsens" for a significant loss, with decimals the interval makes meaningful', () => {
    expect(describeAnalysis(analysisOf([comparison('B', -0.0412, [-0.0684, -0.0139], 0.004)]))).toEqual({
      fr: 'B dégrade la conversion de 4,1 % (IC à 95 % : -6,8 % à -1,4 %) ; probabilité de battre le témoin : moins de 1 %. Pas de déséquilibre de répartition.',
      en: 'B worsens conversion by 4.1% (95% CI -6.8% to -1.4%); chance to beat control under 1%. No sample-ratio problem.',
    });
  });

  it('says "no clear difference" when the interval contains 0, and never shows a bound as 0 % when it is not', () => {
    expect(describeAnalysis(analysisOf([comparison('B', 0.08, [-0.002, 0.162], 0.96)]))).toEqual({
      fr: 'B : pas de différence nette avec le témoin (+8 %, IC à 95 % : -0,2 % à 16 %) ; probabilité de battre le témoin : 96 %. Pas de déséquilibre de répartition.',
      en: 'B: no clear difference from the control (+8%, 95% CI -0.2% to 16%); chance to beat control 96%. No sample-ratio problem.',
    });
  });

  it('never rounds a chance to a certainty', () => {
    const { fr, en } = describeAnalysis(analysisOf([comparison('B', 0.1, [0.09, 0.11], 0.99999)]));
    expect(en).toContain('chance to beat control over 99%');
    expect(fr).toContain('probabilité de battre le témoin : plus de 99 %');
  });

  it('uses the confidence level of α', () => {
    const { fr, en } = describeAnalysis(analysisOf([comparison('B', 0.12, [0.03, 0.21], 0.98)], { alpha: 0.1 }));
    expect(en).toContain('(90% CI 3% to 21%)');
    expect(fr).toContain('(IC à 90 % : 3 % à 21 %)');
  });

  it('warns about a sample-ratio mismatch', () => {
    const srm = { chi2: 16.8, df: 2, pValue: 0.00023, detected: true };
    const { fr, en } = describeAnalysis(analysisOf([comparison('B', 0.12, [0.03, 0.21], 0.98)], { srm }));
    expect(en).toMatch(/Sample-ratio mismatch: .*\(p = 0\.00023\).*fix it before trusting these results\.$/);
    expect(fr).toMatch(/Déséquilibre de répartition : .*\(p = 0,00023\).*avant de vous fier à ces résultats\.$/);
  });

  it('notes a gain that does not survive the correction for several comparisons', () => {
    const analysis = analysisOf(
      [comparison('B', 0.11, [0.01, 0.22], 0.97), comparison('C', 0.02, [-0.08, 0.12], 0.64)],
      { adjusted: { holm: [0.16, 0.7], bh: [0.16, 0.7] } },
    );
    const { fr, en } = describeAnalysis(analysis);
    expect(en).toContain(
      'B improves conversion by 11% (95% CI 1% to 22%); chance to beat control 97%; but not significant once corrected for 2 comparisons (Holm, p = 0.16).',
    );
    expect(fr).toContain('; mais pas significatif une fois corrigé pour 2 comparaisons (Holm, p = 0,16).');
  });

  it('explains an undefined comparison and keeps the Beta chance that still holds', () => {
    const analysis = analyzeAbTest({
      metric: 'proportion',
      arms: [
        { name: 'A', users: 500, conversions: 9 },
        { name: 'B', users: 500, conversions: 0 },
      ],
    });
    const { fr, en } = describeAnalysis(analysis);
    expect(en).toMatch(
      /^B: no verdict yet\. “B” has no conversions yet: .* Chance to beat control: under 1%\. No sample-ratio problem\.$/,
    );
    expect(fr).toMatch(
      /^B : pas encore de verdict\. « B » n'a encore aucune conversion : .* Probabilité de battre le témoin : moins de 1 %\./,
    );
  });

  it('speaks of the mean for a continuous metric, with the normal chance', () => {
    const analysis = analysisOf(
      [
        {
          ...comparison('B', 0.05, [0.01, 0.09], 0.2),
          gaussianBayes: { chanceToWin: 0.993, ci: [0.01, 0.09], riskControl: 0, riskVariant: 0 },
        },
      ],
      {
        metric: 'mean',
      },
    );
    expect(describeAnalysis(analysis).en).toBe(
      'B improves the mean by 5% (95% CI 1% to 9%); chance to beat control over 99%. No sample-ratio problem.',
    );
  });
});
