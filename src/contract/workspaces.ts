import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth.js';
import { roleSchema, versionSchema } from './common.js';

export const workspaceNameSchema = z.string().trim().min(1, 'Required').max(200);

export const createWorkspaceBody = z.object({ name: workspaceNameSchema }).strict();
export const updateWorkspaceBody = z.object({ name: workspaceNameSchema, version: versionSchema }).strict();

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  version: z.number().int(),
  createdAt: z.string(),
});

/** An admin adds an existing user by email, or creates the account by also giving a name and password. */
export const addMemberBody = z
  .object({
    email: emailSchema,
    role: roleSchema,
    name: z.string().trim().min(1).max(200).optional(),
    password: passwordSchema.optional(),
  })
  .strict();

export const updateMemberBody = z.object({ role: roleSchema, version: versionSchema }).strict();

export const tokenRoleSchema = z.enum(['admin', 'editor', 'viewer']);

export const createTokenBody = z
  .object({
    name: z.string().trim().min(1, 'Required').max(100),
    role: tokenRoleSchema,
    expiresAt: z.iso
      .datetime()
      .refine((value) => new Date(value).getTime() > Date.now(), 'The expiry must be in the future')
      .optional(),
  })
  .strict();

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: tokenRoleSchema,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/** Returned once, at creation: the secret is never shown again. */
export const createdTokenSchema = tokenSchema.extend({ token: z.string() });
