/**
 * The analysis in plain words, in French and English: one sentence per variant (its relative lift
 * with the interval, and its chance to beat the control), then one on the traffic split.
 * A lift whose interval contains 0 is "no clear difference", whatever its sign: the reader should
 * not act on noise. Percentages carry as many decimals as the interval's width makes meaningful.
 */
import type { Localized } from '../plan.js';
import { formatFixed, inBothLanguages, withPercentSign, type Language } from '../shared/format.js';
import type { AbTestAnalysis, Comparison } from './types.js';

export function describeAnalysis(analysis: AbTestAnalysis): Localized {
  return inBothLanguages((language) =>
    [
      ...analysis.comparisons.map((comparison, i) => describeComparison(analysis, comparison, i, language)),
      describeSampleRatio(analysis, language),
    ].join(' '),
  );
}

function describeComparison(
  analysis: AbTestAnalysis,
  comparison: Comparison,
  index: number,
  language: Language,
): string {
  const fr = language === 'fr';
  const chance = chanceToBeatControl(analysis, comparison);
  const chanceText =
    chance === null
      ? ''
      : fr
        ? ` ; probabilité de battre le témoin : ${chancePercent(chance, language)}`
        : `; chance to beat control ${chancePercent(chance, language)}`;
  const { estimate, ci } = comparison.relative;
  if (!comparison.defined || estimate === null || ci === null) {
    const explanation = comparison.explanation?.[language] ?? '';
    const head = fr ? `${comparison.variant} : pas encore de verdict.` : `${comparison.variant}: no verdict yet.`;
    const tail =
      chance === null
        ? ''
        : fr
          ? ` Probabilité de battre le témoin : ${chancePercent(chance, language)}.`
          : ` Chance to beat control: ${chancePercent(chance, language)}.`;
    return `${head} ${explanation}${tail}`.replace(/\s+$/, '');
  }
  const decimals = decimalsFor((ci[1] - ci[0]) / 2);
  const pct = (value: number) => percent(value, decimals, language);
  const level = withPercentSign(formatFixed((1 - analysis.alpha) * 100, language, 2, ''), language);
  const interval = fr ? `IC à ${level} : ${pct(ci[0])} à ${pct(ci[1])}` : `${level} CI ${pct(ci[0])} to ${pct(ci[1])}`;
  const noun =
    analysis.metric === 'proportion' ? (fr ? 'la conversion' : 'conversion') : fr ? 'la moyenne' : 'the mean';
  let verdict: string;
  if (ci[0] > 0)
    verdict = fr
      ? `${comparison.variant} améliore ${noun} de ${pct(estimate)} (${interval})`
      : `${comparison.variant} improves ${noun} by ${pct(estimate)} (${interval})`;
  else if (ci[1] < 0)
    verdict = fr
      ? `${comparison.variant} dégrade ${noun} de ${pct(-estimate)} (${interval})`
      : `${comparison.variant} worsens ${noun} by ${pct(-estimate)} (${interval})`;
  else {
    const signed = (estimate > 0 ? '+' : '') + pct(estimate);
    verdict = fr
      ? `${comparison.variant} : pas de différence nette avec le témoin (${signed}, ${interval})`
      : `${comparison.variant}: no clear difference from the control (${signed}, ${interval})`;
  }
  return `${verdict}${chanceText}${multiplicityNote(analysis, index, ci, language)}.`;
}

/** The Beta chance for conversions (it holds even where the t interval does not), else the normal one. */
function chanceToBeatControl(analysis: AbTestAnalysis, comparison: Comparison): number | null {
  if (analysis.metric === 'proportion' && comparison.bayes) return comparison.bayes.chanceToBeatControl;
  return comparison.gaussianBayes?.chanceToWin ?? null;
}

/**
 * With several variants, a difference that is significant alone may not survive Holm's correction
 * for the number of comparisons: say so, rather than let one lucky variant read as a winner.
 */
function multiplicityNote(analysis: AbTestAnalysis, index: number, ci: [number, number], language: Language): string {
  const holm = analysis.adjusted?.holm[index];
  const significantAlone = ci[0] > 0 || ci[1] < 0;
  if (!significantAlone || holm === null || holm === undefined || holm < analysis.alpha) return '';
  const family = analysis.adjusted?.holm.filter((p) => p !== null).length ?? 0;
  return language === 'fr'
    ? ` ; mais pas significatif une fois corrigé pour ${family} comparaisons (Holm, p ${pValueText(holm, language)})`
    : `; but not significant once corrected for ${family} comparisons (Holm, p ${pValueText(holm, language)})`;
}

function describeSampleRatio(analysis: AbTestAnalysis, language: Language): string {
  const fr = language === 'fr';
  if (!analysis.srm.detected) return fr ? 'Pas de déséquilibre de répartition.' : 'No sample-ratio problem.';
  const p = pValueText(analysis.srm.pValue, language);
  return fr
    ? `Déséquilibre de répartition : le trafic ne suit pas la répartition prévue (p ${p}), l'affectation est peut-être défaillante ; corrigez-la avant de vous fier à ces résultats.`
    : `Sample-ratio mismatch: the traffic does not follow the planned split (p ${p}), so the assignment may be broken; fix it before trusting these results.`;
}

/** Decimals that the interval's half-width (a fraction) makes meaningful, in percentage points. */
function decimalsFor(halfWidth: number): number {
  const points = halfWidth * 100;
  return points >= 5 ? 0 : points >= 0.5 ? 1 : 2;
}

/**
 * A fraction as a percentage with `decimals` decimals — more (up to 2) when a value that is not 0
 * would otherwise read as 0 %, which for an interval's bound looks like a certainty it is not.
 */
function percent(value: number, decimals: number, language: Language): string {
  let places = decimals;
  while (places < 2 && value !== 0 && Number((value * 100).toFixed(places)) === 0) places++;
  return withPercentSign(formatFixed(value * 100, language, places, language === 'fr' ? ' ' : ','), language);
}

/** A chance in whole per cent, never rounded to a certainty it is not. */
function chancePercent(chance: number, language: Language): string {
  const fr = language === 'fr';
  // A posterior probability is never exactly 0 or 1, even when it rounds there in floating point.
  if (chance > 0.99) return fr ? 'plus de 99 %' : 'over 99%';
  if (chance < 0.01) return fr ? 'moins de 1 %' : 'under 1%';
  return percent(chance, 0, language);
}

/** "= 0.0023" or "< 0.0001", with the language's decimal mark. */
function pValueText(p: number, language: Language): string {
  const text = p < 0.0001 ? '< 0.0001' : `= ${Number(p.toPrecision(2))}`;
  return language === 'fr' ? text.replace('.', ',') : text;
}
