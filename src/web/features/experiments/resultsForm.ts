import type { TFunction } from 'i18next';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { ApiError } from '../../api/client';
import { isCalendarDate, parseDecimal, type NumberField } from '../../forms/values';
import { isTranslatedFieldCode, speaksUiLanguage } from '../../i18n/format';
import type { ResultRow } from './experimentsApi';
import { codeText } from './refusal';
import './texts';

/** One arm's figures for the day, as typed: conversions for a conversion test, mean and sd for a continuous one. */
export interface ArmEntry {
  users: NumberField;
  conversions: NumberField;
  mean: NumberField;
  sd: NumberField;
}

export type EntryField = keyof ArmEntry;
/** Errors by arm (variant id), then by field. */
export type EntryErrors = Record<string, Partial<Record<EntryField, string>>>;

export const emptyEntry = (): ArmEntry => ({ users: '', conversions: '', mean: '', sd: '' });

const isBlank = (value: NumberField) => typeof value === 'string' && value.trim() === '';

/** The fields a metric asks for, after the number of units. */
export function entryFields(metricType: ExperimentEntity['metricType']): EntryField[] {
  return metricType === 'conversion' ? ['users', 'conversions'] : ['users', 'mean', 'sd'];
}

/**
 * Checks the day's entries: an arm left wholly blank is skipped, a started one must be complete;
 * counts are whole and not negative, conversions at most the users, a standard deviation not negative.
 */
export function validateEntries(
  t: TFunction,
  metricType: ExperimentEntity['metricType'],
  entries: Record<string, ArmEntry>,
): EntryErrors {
  const fields = entryFields(metricType);
  const errors: EntryErrors = {};
  for (const [variantId, entry] of Object.entries(entries)) {
    if (fields.every((field) => isBlank(entry[field]))) continue;
    const found: Partial<Record<EntryField, string>> = {};
    for (const field of fields) {
      const value = parseDecimal(entry[field]);
      if (isBlank(entry[field])) found[field] = t('form.required');
      else if (value === null) found[field] = t('experiments.results.errors.notANumber');
      else if ((field === 'users' || field === 'conversions') && (!Number.isInteger(value) || value < 0))
        found[field] = t('experiments.results.errors.wholeCount');
      else if (field === 'sd' && value < 0) found[field] = t('experiments.results.errors.sdNegative');
    }
    const users = parseDecimal(entry.users);
    const conversions = parseDecimal(entry.conversions);
    if (
      !found.conversions &&
      fields.includes('conversions') &&
      users !== null &&
      conversions !== null &&
      conversions > users
    )
      found.conversions = t('experiments.results.errors.moreThanUsers');
    if (Object.keys(found).length > 0) errors[variantId] = found;
  }
  return errors;
}

export function dateError(t: TFunction, date: string): string | undefined {
  if (!date) return t('form.required');
  return isCalendarDate(date) ? undefined : t('experiments.form.invalidDate');
}

/** The rows to send: one per arm that was filled in, in the arms' order. */
export function resultRows(
  metricType: ExperimentEntity['metricType'],
  date: string,
  variantIds: readonly string[],
  entries: Record<string, ArmEntry>,
): ResultRow[] {
  const fields = entryFields(metricType);
  return variantIds.flatMap((variantId) => {
    const entry = entries[variantId];
    if (!entry || fields.every((field) => isBlank(entry[field]))) return [];
    const number = (field: EntryField) => parseDecimal(entry[field]) as number;
    return [
      metricType === 'conversion'
        ? { variantId, date, users: number('users'), conversions: number('conversions') }
        : { variantId, date, users: number('users'), mean: number('mean'), sd: number('sd') },
    ];
  });
}

/** A server's field refusal in the UI language: our words for the reasons we know, its own when it speaks that language, else its zod reason code translated. */
export function serverFieldMessage(
  t: TFunction,
  item: { message: string; code?: string | undefined },
  sameLanguage: boolean,
): string {
  return (
    codeText(t, item.code) ??
    (sameLanguage ? item.message : isTranslatedFieldCode(item.code) ? t(`form.codes.${item.code}`) : t('form.rejected'))
  );
}

/**
 * The server's field errors (`results.<row>.<field>`) put back on the arm and field they name,
 * worded in the UI language: our words for the reasons we know, its own when it speaks that
 * language, else its zod reason code translated.
 */
export function serverEntryErrors(
  t: TFunction,
  error: ApiError,
  sent: readonly ResultRow[],
  uiLanguage: string | undefined,
): EntryErrors {
  const sameLanguage = speaksUiLanguage(error, uiLanguage);
  const errors: EntryErrors = {};
  for (const item of error.errors) {
    const match = /results[./](\d+)[./](\w+)$/.exec(item.path);
    const row = match ? sent[Number(match[1])] : undefined;
    const field = match?.[2] as EntryField | undefined;
    if (!row || !field || !['users', 'conversions', 'mean', 'sd'].includes(field)) continue;
    const message = serverFieldMessage(t, item, sameLanguage);
    errors[row.variantId] = { ...errors[row.variantId], [field]: errors[row.variantId]?.[field] ?? message };
  }
  return errors;
}
