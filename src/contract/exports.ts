import { z } from 'zod';
import { idSchema, localeSchema } from './common.js';
import { isoDate } from './fields.js';

/** Formats of `GET /plans/{plan}/export` (the YAML/JSON plan document has its own route). */
export const exportFormats = ['pdf', 'xlsx', 'ics', 'pptx', 'md'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormatName = z.infer<typeof exportFormatSchema>;

export const exportQuery = z.object({
  format: exportFormatSchema,
  /** Language of the file; the plan's own language by default. */
  lang: localeSchema.optional(),
  /** `YYYY-MM-DD`: the day statuses are computed for; the server's date by default. */
  today: isoDate.optional(),
});

/** A plan's calendar subscription, as listed: never its secret. */
export const calendarFeedSchema = z.object({
  id: idSchema,
  createdAt: z.string(),
  /** Name of the person who created it; null for an API token or a deleted account. */
  createdBy: z.string().nullable(),
  /** Set once revoked: the feed's URL then answers 404. */
  revokedAt: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** A new subscription: the only time its secret URL is shown. */
export const createdCalendarFeedSchema = calendarFeedSchema.extend({
  /** The secret part of the URL (`jcal_…`). Store it like a password: anyone holding it reads the calendar. */
  token: z.string(),
  /** `https://…/api/v1/calendar/jcal_….ics`, to paste into a calendar application. */
  url: z.string(),
  /** The same URL with the `webcal://` scheme, which opens the subscription dialog of most calendar applications. */
  webcalUrl: z.string(),
});
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;
