import { z } from 'zod';
import { idSchema, versionSchema } from './common.js';
import { experimentDecisions, correctiveActionStatuses } from './enums.js';
import { isoDate } from './fields.js';

/**
 * A/B tests from the outside: the analysis of raw counts (`bin/jalon abtest analyze`, `POST
 * /abtest/analyze`), the sample-size calculator, the daily results an experiment receives and the
 * decision that closes it. The analysis itself is described in `src/core/abtest/types.ts`.
 */

/** Most arms a test may have: more would be a multi-armed bandit, not a plan's A/B test. */
export const maxArms = 20;

const count = z.number().int('A whole number').min(0, 'Zero or more');
const weight = z.number().finite().min(0, 'Zero or more').optional();
const name = z.string().trim().min(1, 'Required').max(200);

const proportionArm = z.object({ name, users: count, conversions: count, weight }).strict();
const meanArm = z
  .object({ name, n: count, mean: z.number().finite(), sd: z.number().finite().min(0, 'Zero or more'), weight })
  .strict();

export const abTestInputSchema = z
  .object({
    metric: z.enum(['proportion', 'mean']),
    alpha: z.number().gt(0, 'Above 0').max(0.5, 'At most 0.5').optional(),
    arms: z
      .array(z.union([proportionArm, meanArm]))
      .min(2, 'At least two arms')
      .max(maxArms),
    sequential: z
      .object({ tuning: z.number().finite().positive('Above 0').optional() })
      .strict()
      .optional(),
    prior: z
      .union([
        z.literal('flat'),
        z.object({ mean: z.number().finite(), sd: z.number().finite().positive('Above 0') }).strict(),
      ])
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.arms.forEach((arm, index) => {
      const isProportion = 'users' in arm;
      if (isProportion !== (input.metric === 'proportion')) {
        const shape = input.metric === 'proportion' ? '{name, users, conversions}' : '{name, n, mean, sd}';
        ctx.addIssue({ code: 'custom', path: ['arms', index], message: `A ${input.metric} arm is ${shape}` });
      }
      if ('users' in arm && arm.conversions > arm.users) {
        ctx.addIssue({ code: 'custom', path: ['arms', index, 'conversions'], message: 'More conversions than users' });
      }
      if (seen.has(arm.name))
        ctx.addIssue({ code: 'custom', path: ['arms', index, 'name'], message: 'Name used twice' });
      seen.add(arm.name);
    });
  });

export const sampleSizeBody = z
  .object({
    baseline: z.number().gt(0, 'Above 0').lt(1, 'Below 1'),
    mde: z.number().finite(),
    absolute: z.boolean().optional(),
    alpha: z.number().gt(0, 'Above 0').max(0.5, 'At most 0.5').optional(),
    power: z.number().min(0.5, 'At least 0.5').lt(1, 'Below 1').optional(),
    arms: z.number().int().min(2, 'At least two arms').max(maxArms).optional(),
    dailyTraffic: z.number().finite().positive('Above 0').optional(),
  })
  .strict();

export const sampleSizeAnswer = z.object({
  perArm: z.number().int(),
  total: z.number().int(),
  days: z.number().int().nullable(),
});

/** Most daily rows one request may carry. */
export const maxResultRows = 5_000;

export const experimentResultRow = z
  .object({
    variantId: idSchema,
    date: isoDate,
    users: count,
    conversions: count.nullable().optional(),
    mean: z.number().finite().nullable().optional(),
    sd: z.number().finite().min(0, 'Zero or more').nullable().optional(),
  })
  .strict()
  .refine((row) => row.conversions == null || row.conversions <= row.users, {
    path: ['conversions'],
    message: 'More conversions than users',
  });

export const experimentResultsBody = z
  .object({ results: z.array(experimentResultRow).min(1, 'At least one row').max(maxResultRows) })
  .strict();

export const experimentDecisionBody = z
  .object({
    version: versionSchema,
    decision: z.enum(experimentDecisions),
    /** Why: the decision record is worth little without it. */
    decisionNote: z.string().trim().min(1, 'Required').max(5000),
    decidedById: idSchema.nullable().optional(),
    decidedAt: isoDate.optional(),
    /** The linked KPI's new baseline (the new normal once a variant ships). */
    kpiBaseline: z.number().finite().optional(),
    /** An entry in the linked KPI's corrective-actions log. */
    correctiveAction: z
      .object({
        title: z.string().trim().min(1, 'Required').max(500),
        description: z.string().max(5000).nullable().optional(),
        ownerId: idSchema.nullable().optional(),
        deadline: isoDate.nullable().optional(),
        status: z.enum(correctiveActionStatuses).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SampleSizeBody = z.infer<typeof sampleSizeBody>;
export type ExperimentResultsBody = z.infer<typeof experimentResultsBody>;
export type ExperimentDecisionBody = z.infer<typeof experimentDecisionBody>;
