import { z } from 'zod';
import {
  peopleCollection,
  planCollections,
  planSingletons,
  collectionByName,
  type CollectionDef,
} from './collections.js';
import { documentItemSchema } from './entities.js';
import { documentRefName, entityKey, linkEntries, refEntries, scalarEntries, scalarInputSchema } from './fields.js';
import type { PlanFacts } from '../core/plan.js';
import { planFields } from './plans.js';

/**
 * `jalon/plan@1`: a whole plan as one human-writable document. Entities refer to each other by
 * `key` (slug) rather than database id, so a document moves between workspaces and databases.
 * This schema is the single source of truth for its shape.
 */
export const planDocumentVersion = 'jalon/plan@1';

const planHeader = z.object({ key: entityKey, ...planFields }).strict();

function singletonSchema(def: CollectionDef) {
  return z
    .object(Object.fromEntries(scalarEntries(def.fields).map(([name, f]) => [name, scalarInputSchema(f)])))
    .strict();
}

const [positioningDef, budgetDef] = planSingletons as [CollectionDef, CollectionDef];

const shape = {
  schema: z.literal(planDocumentVersion, { message: `Expected "schema: ${planDocumentVersion}"` }),
  plan: planHeader,
  positioning: singletonSchema(positioningDef).optional(),
  budget: singletonSchema(budgetDef).optional(),
  people: z.array(documentItemSchema(peopleCollection)).default([]),
  ...Object.fromEntries(planCollections.map((def) => [def.docKey, z.array(documentItemSchema(def)).default([])])),
};

type DocItem = Record<string, unknown>;

const camelCase = (column: string): string => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Keys are unique per collection, and every reference names an existing key of its target. */
function checkCrossReferences(doc: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const keysOf = new Map<string, Set<string>>();
  for (const def of [peopleCollection, ...planCollections]) {
    if (!def.keyed) continue;
    const keys = new Set<string>();
    ((doc[def.docKey] as DocItem[]) ?? []).forEach((item, index) => {
      const key = item.key as string;
      if (keys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [def.docKey, index, 'key'],
          message: `Duplicate key "${key}" in ${def.docKey}`,
        });
      }
      keys.add(key);
    });
    keysOf.set(def.name, keys);
  }
  for (const def of planCollections) {
    // Rows identified by a combination of fields (a measurement by KPI, date and source…) must
    // not repeat: the database would refuse the second one.
    const natural = (def.naturalKey ?? []).map((column) => documentRefName(camelCase(column)));
    const seen = new Set<string>();
    ((doc[def.docKey] as DocItem[]) ?? []).forEach((item, index) => {
      if (natural.length > 0) {
        const identity = JSON.stringify(natural.map((prop) => item[prop]));
        if (seen.has(identity)) {
          ctx.addIssue({
            code: 'custom',
            path: [def.docKey, index],
            message: `Duplicate ${def.label}: another one has the same ${natural.join(', ')}`,
          });
        }
        seen.add(identity);
      }
      for (const [name, ref] of refEntries(def.fields)) {
        const prop = documentRefName(name);
        const value = item[prop];
        if (typeof value === 'string' && !keysOf.get(ref.collection)?.has(value)) {
          const target = collectionByName(ref.collection);
          ctx.addIssue({
            code: 'custom',
            path: [def.docKey, index, prop],
            message: `No ${target?.label ?? ref.collection} with key "${value}" in ${target?.docKey ?? ref.collection}`,
          });
        }
      }
      for (const [name, link] of linkEntries(def.fields)) {
        const prop = documentRefName(name);
        ((item[prop] as string[]) ?? []).forEach((value, i) => {
          if (!keysOf.get(link.collection)?.has(value)) {
            const target = collectionByName(link.collection);
            ctx.addIssue({
              code: 'custom',
              path: [def.docKey, index, prop, i],
              message: `No ${target?.label ?? link.collection} with key "${value}" in ${target?.docKey ?? link.collection}`,
            });
          }
        });
      }
    });
  }
}

export const planDocumentSchema = z.object(shape).strict().superRefine(checkCrossReferences);

/** The parsed document: its shape is spelled out, for core's rules, in `core/plan.ts`. */
export type PlanDocument = PlanFacts & { schema: typeof planDocumentVersion };
export type PlanDocumentItem = DocItem;
