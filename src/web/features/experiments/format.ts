import type { Language } from '../objectives/format';

/**
 * Figures of an A/B test for a reader in the UI language: rates and lifts as percentages
 * (« 12,5 % » / "12.5%"), p-values as decimals, counts with the language's separators.
 */

const DASH = '—';

/** A 0–1 share as a percentage with up to `digits` decimals: « 4,8 % » / "4.8%". */
export function formatPercent(share: number | null | undefined, language: Language, digits = 1): string {
  if (share === null || share === undefined) return DASH;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A relative change with its sign: « +12,5 % », « −3 % ». */
export function formatLift(share: number | null | undefined, language: Language): string {
  if (share === null || share === undefined) return DASH;
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  })
    .format(share)
    .replace('-', '−');
}

/** The smallest p-value written out; below it, « < 0,001 ». */
const P_FLOOR = 0.001;

export function formatPValue(p: number | null | undefined, language: Language): string {
  if (p === null || p === undefined) return DASH;
  const format = (value: number) =>
    new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
  return p < P_FLOOR ? `< ${format(P_FLOOR)}` : format(p);
}

/** A whole count: « 12 500 » / "12,500". */
export function formatCount(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return DASH;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** A mean or standard deviation: up to two decimals. */
export function formatMean(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return DASH;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A version's name, marked as the control unless its name already says so (« A (témoin) »). */
export function versionLabel(name: string, isControl: boolean, controlWord: string): string {
  if (!isControl || name.toLocaleLowerCase().includes(controlWord.toLocaleLowerCase())) return name;
  return `${name} (${controlWord})`;
}
