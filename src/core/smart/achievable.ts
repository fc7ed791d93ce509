import type { Localized, Objective } from '../plan.js';
import { formatDate, formatNumber, formatSigned, withUnit, type Language } from './format.js';
import { daysBetween, latestValue, leastSquaresSlopePerDay, type DatedValue } from './series.js';
import type { SmartCheck, SmartContext } from './types.js';

/** Past this multiple of the observed trend, the pace a target needs is no longer realistic. */
export const MAX_PACE_OVER_TREND = 3;

/** How the pace a target needs compares with the trend of the measurements. */
export type PaceComparison =
  | { kind: 'reached'; latest: DatedValue }
  | { kind: 'noTimeLeft'; latest: DatedValue }
  | { kind: 'trend'; latest: DatedValue; neededPerDay: number; observedPerDay: number; points: number };

/**
 * Needed pace: from the latest value to the target, over the days from the latest measurement
 * to the deadline. Observed pace: least-squares slope of the whole series. The direction of the
 * objective is baseline → target, or first measurement → target when there is no baseline.
 */
export function comparePace(
  target: number,
  deadline: string,
  baseline: number | null | undefined,
  series: readonly DatedValue[],
): PaceComparison | null {
  const latest = latestValue(series);
  const observedPerDay = leastSquaresSlopePerDay(series);
  if (!latest || observedPerDay === null) return null;
  const earliest = series.reduce((a, b) => (b.date < a.date ? b : a));
  const start = baseline != null && baseline !== target ? baseline : earliest.value;
  const direction = Math.sign(target - start) || Math.sign(target - latest.value);
  if ((target - latest.value) * direction <= 0) return { kind: 'reached', latest };
  const days = daysBetween(latest.date, deadline);
  if (days <= 0) return { kind: 'noTimeLeft', latest };
  const neededPerDay = (target - latest.value) / days;
  return { kind: 'trend', latest, neededPerDay, observedPerDay, points: series.length };
}

/** True when the needed pace goes with the trend and is at most 3 times it. */
export function isPaceRealistic(neededPerDay: number, observedPerDay: number): boolean {
  const direction = Math.sign(neededPerDay);
  const observed = observedPerDay * direction;
  return observed > 0 && Math.abs(neededPerDay) <= MAX_PACE_OVER_TREND * observed;
}

/** Achievable: the deadline is still ahead and, given measurements, the pace is within reach. */
export function checkAchievable(objective: Objective, context: SmartContext): SmartCheck {
  const { deadline, target, baseline, unit } = objective;
  if (deadline && deadline < context.today) {
    return {
      status: 'fail',
      message: {
        fr: `L'échéance (${formatDate(deadline, 'fr')}) est passée : fixez une nouvelle échéance, ou clôturez l'objectif en notant le résultat obtenu.`,
        en: `The deadline (${formatDate(deadline, 'en')}) has passed: set a new one, or close the objective and record what was achieved.`,
      },
    };
  }
  const series = context.kpiSeries ?? [];
  const comparison = target != null && deadline ? comparePace(target, deadline, baseline, series) : null;
  if (!comparison || target == null || !deadline) return notChecked(target != null, Boolean(deadline), series);
  const value = (n: number, language: Language): string => withUnit(formatNumber(n, language), unit);
  const latest = comparison.latest;
  if (comparison.kind === 'reached') {
    return {
      status: 'pass',
      message: {
        fr: `La cible (${value(target, 'fr')}) est déjà atteinte : ${value(latest.value, 'fr')} le ${formatDate(latest.date, 'fr')}. Une cible plus ambitieuse est peut-être possible.`,
        en: `The target (${value(target, 'en')}) is already met: ${value(latest.value, 'en')} on ${formatDate(latest.date, 'en')}. A more ambitious target may be possible.`,
      },
    };
  }
  if (comparison.kind === 'noTimeLeft') {
    return {
      status: 'warn',
      message: {
        fr: `La dernière mesure (${formatDate(latest.date, 'fr')}) est datée de l'échéance ou après, et la cible n'est pas atteinte : revoyez l'échéance.`,
        en: `The latest measurement (${formatDate(latest.date, 'en')}) is dated on or after the deadline, and the target is not met: review the deadline.`,
      },
    };
  }
  return paceCheck(comparison, target, deadline, unit);
}

function paceCheck(
  comparison: Extract<PaceComparison, { kind: 'trend' }>,
  target: number,
  deadline: string,
  unit: string | null | undefined,
): SmartCheck {
  const { neededPerDay, observedPerDay, points } = comparison;
  const rate = (n: number, language: Language): string =>
    withUnit(formatSigned(n, language), unit) + (language === 'fr' ? ' par jour' : ' per day');
  const needs: Localized = {
    fr: `Pour atteindre ${withUnit(formatNumber(target, 'fr'), unit)} d'ici le ${formatDate(deadline, 'fr')}, il faut ${rate(neededPerDay, 'fr')}`,
    en: `Reaching ${withUnit(formatNumber(target, 'en'), unit)} by ${formatDate(deadline, 'en')} needs ${rate(neededPerDay, 'en')}`,
  };
  const trend: Localized = {
    fr: `la tendance observée est de ${rate(observedPerDay, 'fr')} (moindres carrés sur ${points} mesures)`,
    en: `the observed trend is ${rate(observedPerDay, 'en')} (least squares over ${points} measurements)`,
  };
  if (isPaceRealistic(neededPerDay, observedPerDay)) {
    return {
      status: 'pass',
      message: { fr: `${needs.fr} ; ${trend.fr} : c'est à portée.`, en: `${needs.en}; ${trend.en}: within reach.` },
    };
  }
  const against = observedPerDay * Math.sign(neededPerDay) <= 0;
  const why: Localized = against
    ? { fr: 'la tendance ne va pas dans ce sens', en: 'the trend does not go that way' }
    : {
        fr: `soit ${formatNumber(neededPerDay / observedPerDay, 'fr')} fois la tendance, plus de ${MAX_PACE_OVER_TREND} fois`,
        en: `that is ${formatNumber(neededPerDay / observedPerDay, 'en')} times the trend, more than ${MAX_PACE_OVER_TREND} times`,
      };
  return {
    status: 'warn',
    message: {
      fr: `${needs.fr} ; ${trend.fr}, ${why.fr}. Revoyez la cible, repoussez l'échéance ou renforcez les moyens.`,
      en: `${needs.en}; ${trend.en}, ${why.en}. Review the target, push back the deadline or add resources.`,
    },
  };
}

/** Nothing contradicts the target, but the lint says what it would need to really check it. */
function notChecked(hasTarget: boolean, hasDeadline: boolean, series: readonly DatedValue[]): SmartCheck {
  const distinctDates = new Set(series.map((p) => p.date)).size;
  const missing: Localized[] = [];
  if (!hasTarget) missing.push({ fr: 'la cible', en: 'the target' });
  if (!hasDeadline) missing.push({ fr: "l'échéance", en: 'the deadline' });
  if (distinctDates < 2)
    missing.push({ fr: "deux mesures de l'indicateur au moins", en: 'at least two measurements of the KPI' });
  const list = (language: Language): string => {
    const words = missing.map((m) => m[language]);
    const last = words.pop() ?? '';
    const and = language === 'fr' ? ' et ' : ' and ';
    return words.length > 0 ? `${words.join(', ')}${and}${last}` : last;
  };
  return {
    status: 'pass',
    message: {
      fr: `Rien n'indique que la cible soit hors de portée. Pour le vérifier face à la tendance, il manque ${list('fr')}.`,
      en: `Nothing suggests the target is out of reach. To check it against the trend, the lint needs ${list('en')}.`,
    },
  };
}
