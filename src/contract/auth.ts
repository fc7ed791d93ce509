import { z } from 'zod';
import { localeSchema, roleSchema } from './common.js';

export const passwordSchema = z.string().min(12, 'Use at least 12 characters').max(200, 'Use at most 200 characters');

export const emailSchema = z.string().trim().toLowerCase().max(320).email('Enter a valid email address');

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema.nullable(),
  isAdmin: z.boolean(),
});

export const loginBody = z.object({ email: emailSchema, password: z.string().min(1, 'Required').max(200) });

export const setupBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1, 'Required').max(200),
  workspaceName: z.string().trim().min(1, 'Required').max(200),
  /** Also load the demo plan (a case study with six months of history), in this language. */
  demoPlan: z.enum(['fr', 'en']).optional(),
});

export const updateMeBody = z
  .object({ locale: localeSchema.optional(), name: z.string().trim().min(1).max(200).optional() })
  .strict();

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const meSchema = z.object({
  user: userSchema.nullable(),
  token: z.object({ id: z.string(), name: z.string(), workspaceId: z.string(), role: roleSchema }).nullable(),
  memberships: z.array(z.object({ workspace: z.object({ id: z.string(), name: z.string() }), role: roleSchema })),
});
