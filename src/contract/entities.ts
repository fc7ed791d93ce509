import { z } from 'zod';
import type { CollectionDef } from './collections.js';
import {
  documentRefName,
  entityKey,
  linkEntries,
  refEntries,
  scalarEntries,
  scalarInputSchema,
  scalarOutputSchema,
  scalarPatchSchema,
  type ScalarField,
} from './fields.js';
import { idSchema, versionSchema } from './common.js';

/** API and document schemas of a collection, derived from its field declarations. */

function scalarShape(def: CollectionDef, make: (f: ScalarField) => z.ZodType): Record<string, z.ZodType> {
  return Object.fromEntries(scalarEntries(def.fields).map(([name, f]) => [name, make(f)]));
}

/** Order among the collection's rows, smallest first (lists and plan documents follow it). */
const positionSchema = z.number().int().min(0).max(1_000_000);

// Schemas are built once per collection: route registration and validation reuse them.
const cache = new Map<string, z.ZodType>();
function memo<T extends z.ZodType>(name: string, kind: string, build: () => T): T {
  const id = `${kind}:${name}`;
  const hit = cache.get(id);
  if (hit) return hit as T;
  const built = build();
  cache.set(id, built);
  return built;
}

/** Body of `POST /plans/{plan}/<collection>`; without a key, the server derives one from the title. */
export function createSchema(def: CollectionDef) {
  return memo(def.name, 'create', () =>
    z
      .object({
        ...(def.keyed ? { key: entityKey.optional() } : {}),
        ...scalarShape(def, scalarInputSchema),
        ...Object.fromEntries(
          refEntries(def.fields).map(([name, f]) => [name, f.required ? idSchema : idSchema.nullable().optional()]),
        ),
        ...Object.fromEntries(linkEntries(def.fields).map(([name]) => [name, z.array(idSchema).max(500).default([])])),
      })
      .strict(),
  );
}

/** Body of `PATCH /plans/{plan}/<collection>/{id}`: any subset of fields plus the version read. */
export function updateSchema(def: CollectionDef) {
  return memo(def.name, 'update', () =>
    z
      .object({
        version: versionSchema,
        ...(def.keyed ? { key: entityKey.optional() } : {}),
        position: positionSchema.optional(),
        ...scalarShape(def, scalarPatchSchema),
        ...Object.fromEntries(
          refEntries(def.fields).map(([name, f]) => [
            name,
            f.required ? idSchema.optional() : idSchema.nullable().optional(),
          ]),
        ),
        ...Object.fromEntries(linkEntries(def.fields).map(([name]) => [name, z.array(idSchema).max(500).optional()])),
      })
      .strict(),
  );
}

/** An entity as the API returns it. */
export function entitySchema(def: CollectionDef) {
  return memo(def.name, 'entity', () =>
    z.object({
      id: z.string(),
      ...(def.keyed ? { key: z.string() } : {}),
      position: z.number().int(),
      ...scalarShape(def, scalarOutputSchema),
      ...Object.fromEntries(
        refEntries(def.fields).map(([name, f]) => [name, f.required ? z.string() : z.string().nullable()]),
      ),
      ...Object.fromEntries(linkEntries(def.fields).map(([name]) => [name, z.array(z.string())])),
      version: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  );
}

/** An entity inside a plan document: references by key (`tactic: seo-articles`), no ids. */
export function documentItemSchema(def: CollectionDef) {
  return memo(def.name, 'document', () =>
    z
      .object({
        ...(def.keyed ? { key: entityKey } : {}),
        ...scalarShape(def, scalarInputSchema),
        ...Object.fromEntries(
          refEntries(def.fields).map(([name, f]) => [
            documentRefName(name),
            f.required ? entityKey : entityKey.nullable().optional(),
          ]),
        ),
        ...Object.fromEntries(
          linkEntries(def.fields).map(([name]) => [documentRefName(name), z.array(entityKey).max(500).default([])]),
        ),
      })
      .strict(),
  );
}
