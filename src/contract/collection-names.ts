/**
 * The URL names of the collections, as `collections.ts` declares them (a contract test checks
 * they agree). Imports nothing, so the web app can read them without loading the contract's zod.
 */

/** URL names (`/plans/{plan}/<name>`) of the plan's collections, in the order of `planCollections`. */
export const planCollectionNames = [
  'business-goals',
  'funnel-stages',
  'personas',
  'swot-items',
  'objectives',
  'okr-objectives',
  'key-results',
  'check-ins',
  'strategies',
  'tactics',
  'actions',
  'raci-assignments',
  'action-dependencies',
  'content-items',
  'budget-lines',
  'spend-entries',
  'budget-scenarios',
  'scenario-allocations',
  'kpis',
  'kpi-targets',
  'measurements',
  'corrective-actions',
  'experiments',
  'experiment-variants',
  'experiment-results',
] as const;
export type PlanCollectionName = (typeof planCollectionNames)[number];

/** URL names of the one-per-plan records, in the order of `planSingletons`. */
export const planSingletonNames = ['positioning', 'budget-settings'] as const;
export type PlanSingletonName = (typeof planSingletonNames)[number];

/** People belong to the workspace, not to a plan. */
export const peopleCollectionName = 'people';

/** Every collection name the API knows: the plan's collections, its singletons, then people. */
export const collectionNames = [...planCollectionNames, ...planSingletonNames, peopleCollectionName] as const;
export type CollectionName = (typeof collectionNames)[number];
