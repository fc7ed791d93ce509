import type { TFunction } from 'i18next';
import { longDate } from '../../../core/schedule/texts.js';
import type { DateProblem } from './constraints';
import './texts';

export type Language = 'fr' | 'en';

/** A date as people read it in the UI language: « 14 janvier 2027 », “14 January 2027”. */
export const readableDate = (date: string, language: Language): string => longDate(date, language);

/** Why a change of dates is refused, in the UI language, naming the other action and its date. */
export function problemText(
  t: TFunction,
  problem: DateProblem,
  nameOf: (actionId: string) => string,
  language: Language,
): string {
  const date = (value: string) => readableDate(value, language);
  const lag = (lagDays: number) => (lagDays === 0 ? '' : t('gantt.refused.lag', { count: lagDays }));
  switch (problem.kind) {
    case 'missing':
      return problem.field === 'startDate' ? t('gantt.refused.missingStart') : t('gantt.refused.missingDue');
    case 'endBeforeStart':
      return t('gantt.refused.endBeforeStart', { start: date(problem.startDate), due: date(problem.dueDate) });
    case 'startsBeforePredecessor':
      return t('gantt.refused.predecessor', {
        earliest: date(problem.earliestStart),
        other: nameOf(problem.other),
        otherDue: date(problem.otherDue),
        lag: lag(problem.lagDays),
      });
    case 'endsAfterSuccessor':
      return t('gantt.refused.successor', {
        latest: date(problem.latestDue),
        other: nameOf(problem.other),
        otherStart: date(problem.otherStart),
        lag: lag(problem.lagDays),
      });
  }
}
