import type { TFunction } from 'i18next';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import type { CreateBody } from '../../api/collections';
import { isCalendarDate, textOrNull } from '../../forms/values';
import { requiredError } from '../auth/validation';
import type { ContentStatus } from './calendarModel';
import './texts';

export type ContentValues = {
  title: string;
  publishDate: string;
  status: ContentStatus;
  channel: string;
  format: string;
  actionId: string | null;
  personaId: string | null;
  ownerId: string | null;
  notes: string;
};

/** The form's values for an item, or for a new one (dated `day` when created from a day of the grid). */
export function contentValues(entity: ContentItemEntity | null, day: string | null = null): ContentValues {
  return {
    title: entity?.title ?? '',
    publishDate: entity ? (entity.publishDate ?? '') : (day ?? ''),
    status: entity?.status ?? 'idea',
    channel: entity?.channel ?? '',
    format: entity?.format ?? '',
    actionId: entity?.actionId ?? null,
    personaId: entity?.personaId ?? null,
    ownerId: entity?.ownerId ?? null,
    notes: entity?.notes ?? '',
  };
}

export function validateContent(t: TFunction, values: ContentValues) {
  return {
    title: requiredError(t, values.title),
    publishDate: values.publishDate && !isCalendarDate(values.publishDate) ? t('calendar.form.invalidDate') : undefined,
  };
}

export function contentBody(values: ContentValues): CreateBody<'content-items'> {
  return {
    title: values.title.trim(),
    publishDate: values.publishDate || null,
    status: values.status,
    channel: textOrNull(values.channel),
    format: textOrNull(values.format),
    actionId: values.actionId || null,
    personaId: values.personaId || null,
    ownerId: values.ownerId || null,
    notes: textOrNull(values.notes),
  };
}
