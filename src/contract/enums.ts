/**
 * The contract's lists of choices, in the order the method presents them. This file imports
 * nothing, so the web app can import it without pulling zod (and the rest of the contract) into
 * the browser bundle; `collections.ts` builds its fields from these lists. (The collection names
 * are in `collection-names.ts`, apart, so the one screen that needs them does not load these.)
 */

export const businessGoalKinds = ['revenue', 'market', 'awareness', 'profit', 'other'] as const;
export type BusinessGoalKind = (typeof businessGoalKinds)[number];

/** Volume (sessions, leads…), rate (a conversion between two volumes) or value (average basket). */
export const funnelStageKinds = ['volume', 'rate', 'value'] as const;
export type FunnelStageKind = (typeof funnelStageKinds)[number];

/** Internal (strengths, weaknesses) then external (opportunities, threats). */
export const swotQuadrants = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof swotQuadrants)[number];

export const objectiveTypes = ['awareness', 'acquisition', 'loyalty', 'engagement'] as const;
export type ObjectiveType = (typeof objectiveTypes)[number];

export const strategyChannels = [
  'content',
  'seo',
  'sea',
  'social',
  'influence',
  'email',
  'events',
  'partnerships',
  'other',
] as const;
export type StrategyChannel = (typeof strategyChannels)[number];

export const actionStatuses = ['todo', 'in_progress', 'done', 'blocked', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionPriorities = ['low', 'medium', 'high'] as const;
export type ActionPriority = (typeof actionPriorities)[number];

export const raciRoles = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof raciRoles)[number];

export const contentItemStatuses = ['idea', 'draft', 'review', 'scheduled', 'published'] as const;
export type ContentItemStatus = (typeof contentItemStatuses)[number];

export const budgetCategories = ['staff', 'advertising', 'tools', 'content', 'events', 'other'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

export const spendEntryKinds = ['committed', 'actual'] as const;
export type SpendEntryKind = (typeof spendEntryKinds)[number];

export const kpiDirections = ['increase', 'decrease'] as const;
export type KpiDirection = (typeof kpiDirections)[number];

export const kpiAggregations = ['sum', 'average', 'last'] as const;
export type KpiAggregation = (typeof kpiAggregations)[number];

export const correctiveActionStatuses = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type CorrectiveActionStatus = (typeof correctiveActionStatuses)[number];

export const experimentMetricTypes = ['conversion', 'continuous'] as const;
export type ExperimentMetricType = (typeof experimentMetricTypes)[number];

export const experimentStatuses = ['draft', 'running', 'stopped', 'decided'] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

export const experimentDecisions = ['ship_variant', 'keep_control', 'iterate'] as const;
export type ExperimentDecision = (typeof experimentDecisions)[number];
