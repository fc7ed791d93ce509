import { z } from 'zod';
import { idSchema } from './common.js';
import { isoDate } from './fields.js';

/**
 * The measurement batch API: scripts and automation tools push a KPI's values with an API
 * token. Idempotent (upsert by KPI, date and source) and all or nothing.
 */

/** Most items one request may carry; split larger histories into several requests. */
export const maxBatchItems = 10_000;

export const measurementBatchItemSchema = z
  .object({
    date: isoDate,
    value: z.number().finite(),
    note: z.string().max(500).nullable().optional(),
  })
  .strict();

export const measurementBatchBody = z
  .object({
    /** Where the values come from; one measurement per KPI, date and source. */
    source: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(100)
      .regex(/^[^\r\n\t]*$/, 'A source is one line of text')
      .default('api'),
    items: z.array(measurementBatchItemSchema).max(maxBatchItems, `At most ${maxBatchItems} items per request`),
  })
  .strict()
  .superRefine((body, ctx) => {
    // Two values for one day of one source: which one is meant cannot be guessed.
    const firstIndex = new Map<string, number>();
    body.items.forEach((item, index) => {
      const earlier = firstIndex.get(item.date);
      if (earlier === undefined) firstIndex.set(item.date, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'date'],
          message: `Same date as items.${earlier}: send one value per day and source`,
        });
    });
  })
  .meta({
    example: {
      source: 'looker-studio',
      items: [
        { date: '2027-03-01', value: 1250 },
        { date: '2027-03-02', value: 1312.5, note: 'Campagne de printemps' },
      ],
    },
  });
export type MeasurementBatchBody = z.infer<typeof measurementBatchBody>;

export const measurementBatchResultSchema = z
  .object({
    kpiId: idSchema,
    kpiKey: z.string(),
    source: z.string(),
    /** Items in the request. */
    received: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    /** Already stored with the same value and note: left untouched (a repeated request changes nothing). */
    unchanged: z.number().int(),
  })
  .meta({
    example: {
      kpiId: '0195f7a2-6c1e-7d3a-9b1f-2a4c6e8f0a1b',
      kpiKey: 'trafic-organique',
      source: 'looker-studio',
      received: 2,
      inserted: 2,
      updated: 0,
      unchanged: 0,
    },
  });
export type MeasurementBatchResult = z.infer<typeof measurementBatchResultSchema>;
