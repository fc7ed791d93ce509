import type { TFunction } from 'i18next';
import { longDate } from '../../../core/schedule/texts.js';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import type { DateProblem } from './constraints';

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

const FIELD_CODES = [
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'custom',
  'end_before_start',
  'dependency_cycle',
] as const;
type FieldCode = (typeof FIELD_CODES)[number];
const isFieldCode = (code: string | undefined): code is FieldCode => FIELD_CODES.includes(code as FieldCode);

/**
 * The server's reason for refusing a write: its own words when they are in the UI language,
 * else a translation of its reason codes, else a message chosen from the status.
 */
export function refusalText(t: TFunction, error: unknown, language: Language): string {
  if (!isApiError(error)) return errorMessage(t, error);
  const sameLanguage = error.language.split('-')[0]?.toLowerCase() === language;
  const reasons = error.errors.map((item) => {
    if (sameLanguage) return item.message;
    return isFieldCode(item.code) ? t(`form.codes.${item.code}`) : t('form.rejected');
  });
  if (reasons.length > 0) return [...new Set(reasons)].join(' ');
  if (error.detail && sameLanguage && error.status < 500) return error.detail;
  return errorMessage(t, error);
}
