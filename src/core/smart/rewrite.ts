import type { Localized, Objective } from '../plan.js';
import { formatDate, formatNumber, formatPercent, quoteEn, quoteFr, withUnit, type Language } from './format.js';
import type { TextFindings } from './types.js';

/**
 * The method's sentence pattern, « Augmenter [indicateur] de [X %] d'ici le [date] grâce à
 * [levier] », with the brackets the objective's fields can fill already filled. The lever is
 * always left for the user: only they know it.
 */
export function suggestRewrite(objective: Objective, found: TextFindings): Localized {
  return { fr: rewriteIn('fr', objective, found), en: rewriteIn('en', objective, found) };
}

const WORDS = {
  fr: {
    increase: 'Augmenter',
    decrease: 'Réduire',
    indicator: '[indicateur]',
    amount: '[X %]',
    by: 'de',
    fromTo: (from: string, to: string) => `de ${from} à ${to}`,
    bringTo: (indicator: string, to: string) => `Porter ${indicator} à ${to}`,
    deadline: (date: string) => `d'ici le ${date}`,
    date: '[date]',
    lever: 'grâce à [levier]',
  },
  en: {
    increase: 'Increase',
    decrease: 'Reduce',
    indicator: '[indicator]',
    amount: '[X%]',
    by: 'by',
    fromTo: (from: string, to: string) => `from ${from} to ${to}`,
    bringTo: (indicator: string, to: string) => `Bring ${indicator} to ${to}`,
    deadline: (date: string) => `by ${date}`,
    date: '[date]',
    lever: 'through [lever]',
  },
} as const;

function rewriteIn(language: Language, objective: Objective, found: TextFindings): string {
  const words = WORDS[language];
  const { baseline, target, unit, deadline } = objective;
  const metric = objective.metric?.trim();
  const indicator = metric ? (language === 'fr' ? quoteFr(metric) : quoteEn(metric)) : words.indicator;
  const when = words.deadline(deadline ? formatDate(deadline, language) : words.date);
  const value = (n: number): string => withUnit(formatNumber(n, language), unit);
  if (target != null && baseline != null && baseline !== 0 && baseline !== target) {
    const verb = target < baseline ? words.decrease : words.increase;
    const percent = formatPercent((Math.abs(target - baseline) / Math.abs(baseline)) * 100, language);
    const range = words.fromTo(value(baseline), value(target));
    return `${verb} ${indicator} ${words.by} ${percent} (${range}) ${when} ${words.lever}`;
  }
  if (target != null) return `${words.bringTo(indicator, value(target))} ${when} ${words.lever}`;
  const verb = found.asksForLess ? words.decrease : words.increase;
  return `${verb} ${indicator} ${words.by} ${words.amount} ${when} ${words.lever}`;
}
