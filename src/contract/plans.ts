import { z } from 'zod';
import { versionSchema, localeSchema } from './common.js';
import { entityKey, isoDate } from './fields.js';

export const planStatuses = ['draft', 'active', 'archived'] as const;

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Use an ISO 4217 currency code such as EUR');

/** The fields of a plan, shared by the create body and the plan document's header. */
export const planFields = {
  name: z.string().trim().min(1, 'Required').max(200),
  description: z.string().max(20_000).nullable().optional(),
  status: z.enum(planStatuses).default('draft'),
  currency: currencySchema.default('EUR'),
  locale: localeSchema.default('fr'),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
};

function endAfterStart(v: { startDate?: string | null; endDate?: string | null }): boolean {
  return !v.startDate || !v.endDate || v.endDate >= v.startDate;
}
const endMessage = { message: 'The end date must not be before the start date', path: ['endDate'] };

export const createPlanBody = z
  .object({ key: entityKey.optional(), ...planFields })
  .strict()
  .refine(endAfterStart, endMessage);

export const updatePlanBody = z
  .object({
    version: versionSchema,
    key: entityKey.optional(),
    name: planFields.name.optional(),
    description: planFields.description,
    status: z.enum(planStatuses).optional(),
    currency: currencySchema.optional(),
    locale: localeSchema.optional(),
    startDate: planFields.startDate,
    endDate: planFields.endDate,
  })
  .strict()
  .refine(endAfterStart, endMessage);

export const planSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(planStatuses),
  currency: z.string(),
  locale: localeSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Plan = z.infer<typeof planSchema>;

/** A slug for keys: "Plan 2025 — Lancement" → "plan-2025-lancement". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'plan';
}
