import {
  actionPriorities,
  actionStatuses,
  budgetCategories,
  businessGoalKinds,
  contentItemStatuses,
  correctiveActionStatuses,
  experimentDecisions,
  experimentMetricTypes,
  experimentStatuses,
  funnelStageKinds,
  kpiAggregations,
  kpiDirections,
  objectiveTypes,
  raciRoles,
  spendEntryKinds,
  strategyChannels,
  swotQuadrants,
} from './enums.js';
import { field, type Field } from './fields.js';

// The enum lists live in the import-free `enums.ts` (the browser imports them); re-exported here
// for the server code that already imports them from this module.
export { actionStatuses, budgetCategories, objectiveTypes, raciRoles, strategyChannels } from './enums.js';

/**
 * Every collection a plan owns, in dependency order (a collection only references collections
 * listed before it, or `people`, which belong to the workspace). The API routes, the plan
 * document and the generic repository are all derived from this list.
 */
export interface CollectionDef {
  /** URL segment: `/plans/{plan}/<name>`. */
  name: string;
  table: string;
  /** Property of the plan document holding this collection. */
  docKey: string;
  /** Keyed rows carry a stable `key` (slug, unique in the plan) used by cross-references. */
  keyed: boolean;
  fields: Record<string, Field>;
  /** Columns that identify a row among its siblings (besides id), enforced by a unique index. */
  naturalKey?: string[];
  /** Singular label for messages. */
  label: string;
}

export const planCollections: CollectionDef[] = [
  {
    name: 'business-goals',
    table: 'business_goals',
    docKey: 'businessGoals',
    label: 'business goal',
    keyed: true,
    fields: {
      title: field.text({ required: true, max: 300 }),
      description: field.longText(),
      kind: field.enum(businessGoalKinds, { default: 'revenue' }),
      metric: field.text(),
      unit: field.text({ max: 40 }),
      baseline: field.number(),
      target: field.number(),
      deadline: field.date(),
    },
  },
  {
    name: 'funnel-stages',
    table: 'funnel_stages',
    docKey: 'funnelStages',
    label: 'funnel stage',
    keyed: true,
    fields: {
      businessGoalId: field.ref('business-goals', { required: true }),
      name: field.text({ required: true, max: 200 }),
      // volume (sessions, leads…), rate (a conversion between two volumes) or value (average basket).
      kind: field.enum(funnelStageKinds, { default: 'volume' }),
      unit: field.text({ max: 40 }),
      baselineValue: field.number(),
      targetValue: field.number(),
    },
  },
  {
    name: 'personas',
    table: 'personas',
    docKey: 'personas',
    label: 'persona',
    keyed: true,
    fields: {
      name: field.text({ required: true, max: 200 }),
      summary: field.longText(),
      ageRange: field.text({ max: 40 }),
      gender: field.text({ max: 40 }),
      income: field.text({ max: 100 }),
      location: field.text({ max: 200 }),
      occupation: field.text({ max: 200 }),
      lifestyle: field.longText(),
      values: field.list(),
      interests: field.list(),
      motivations: field.list(),
      painPoints: field.list(),
      preferredChannels: field.list(),
      sources: field.list(),
    },
  },
  {
    name: 'swot-items',
    table: 'swot_items',
    docKey: 'swotItems',
    label: 'SWOT item',
    keyed: true,
    fields: {
      quadrant: field.enum(swotQuadrants, { required: true }),
      title: field.text({ required: true, max: 300 }),
      description: field.longText(),
      weight: field.int({ min: 1, max: 5, default: 3 }),
    },
  },
  {
    name: 'objectives',
    table: 'objectives',
    docKey: 'objectives',
    label: 'objective',
    keyed: true,
    fields: {
      title: field.text({ required: true, max: 500 }),
      description: field.longText(),
      type: field.enum(objectiveTypes, { required: true }),
      metric: field.text(),
      unit: field.text({ max: 40 }),
      baseline: field.number(),
      target: field.number(),
      startDate: field.date(),
      deadline: field.date(),
      businessGoalIds: field.links('business-goals', 'objective_business_goals', 'objective_id', 'business_goal_id'),
    },
  },
  {
    name: 'okr-objectives',
    table: 'okr_objectives',
    docKey: 'okrObjectives',
    label: 'OKR objective',
    keyed: true,
    fields: {
      title: field.text({ required: true, max: 500 }),
      description: field.longText(),
      periodStart: field.date(),
      periodEnd: field.date(),
      ownerId: field.ref('people'),
      objectiveId: field.ref('objectives'),
    },
  },
  {
    name: 'key-results',
    table: 'key_results',
    docKey: 'keyResults',
    label: 'key result',
    keyed: true,
    fields: {
      okrObjectiveId: field.ref('okr-objectives', { required: true }),
      title: field.text({ required: true, max: 500 }),
      metric: field.text(),
      unit: field.text({ max: 40 }),
      startValue: field.number({ default: 0 }),
      targetValue: field.number({ required: true }),
      currentValue: field.number(),
      weight: field.number({ min: 0, max: 100, default: 1 }),
    },
  },
  {
    name: 'check-ins',
    table: 'check_ins',
    docKey: 'checkIns',
    label: 'check-in',
    keyed: false,
    fields: {
      keyResultId: field.ref('key-results', { required: true }),
      date: field.date({ required: true }),
      value: field.number({ required: true }),
      confidence: field.number({ min: 0, max: 1 }),
      note: field.longText(),
    },
  },
  {
    name: 'strategies',
    table: 'strategies',
    docKey: 'strategies',
    label: 'strategy',
    keyed: true,
    fields: {
      name: field.text({ required: true, max: 300 }),
      channel: field.enum(strategyChannels, { default: 'other' }),
      description: field.longText(),
      objectiveIds: field.links('objectives', 'strategy_objectives', 'strategy_id', 'objective_id'),
      personaIds: field.links('personas', 'strategy_personas', 'strategy_id', 'persona_id'),
      swotItemIds: field.links('swot-items', 'strategy_swot_items', 'strategy_id', 'swot_item_id'),
    },
  },
  {
    name: 'tactics',
    table: 'tactics',
    docKey: 'tactics',
    label: 'tactic',
    keyed: true,
    fields: {
      strategyId: field.ref('strategies', { required: true }),
      name: field.text({ required: true, max: 300 }),
      description: field.longText(),
    },
  },
  {
    name: 'actions',
    table: 'actions',
    docKey: 'actions',
    label: 'action',
    keyed: true,
    fields: {
      tacticId: field.ref('tactics', { required: true }),
      title: field.text({ required: true, max: 500 }),
      description: field.longText(),
      status: field.enum(actionStatuses, { default: 'todo' }),
      priority: field.enum(actionPriorities, { default: 'medium' }),
      startDate: field.date(),
      dueDate: field.date(),
      isMilestone: field.bool(),
      estimatedCost: field.money(),
      effortHours: field.number({ min: 0 }),
    },
  },
  {
    name: 'raci-assignments',
    table: 'raci_assignments',
    docKey: 'raciAssignments',
    label: 'RACI assignment',
    keyed: false,
    naturalKey: ['action_id', 'person_id', 'role'],
    fields: {
      actionId: field.ref('actions', { required: true }),
      personId: field.ref('people', { required: true }),
      role: field.enum(raciRoles, { required: true }),
    },
  },
  {
    name: 'action-dependencies',
    table: 'action_dependencies',
    docKey: 'actionDependencies',
    label: 'action dependency',
    keyed: false,
    naturalKey: ['predecessor_id', 'successor_id'],
    fields: {
      predecessorId: field.ref('actions', { required: true }),
      successorId: field.ref('actions', { required: true }),
      lagDays: field.int({ min: -365, max: 365, default: 0 }),
    },
  },
  {
    name: 'content-items',
    table: 'content_items',
    docKey: 'contentItems',
    label: 'content item',
    keyed: true,
    fields: {
      title: field.text({ required: true, max: 500 }),
      actionId: field.ref('actions'),
      personaId: field.ref('personas'),
      ownerId: field.ref('people'),
      channel: field.text({ max: 100 }),
      format: field.text({ max: 100 }),
      status: field.enum(contentItemStatuses, { default: 'idea' }),
      publishDate: field.date(),
      notes: field.longText(),
    },
  },
  {
    name: 'budget-lines',
    table: 'budget_lines',
    docKey: 'budgetLines',
    label: 'budget line',
    keyed: true,
    fields: {
      label: field.text({ required: true, max: 300 }),
      category: field.enum(budgetCategories, { required: true }),
      strategyId: field.ref('strategies'),
      tacticId: field.ref('tactics'),
      plannedAmount: field.money({ default: 0 }),
      committedAmount: field.money({ default: 0 }),
      // Expected return per unit spent: 3 means the method's "3:1".
      expectedRoi: field.number({ min: 0 }),
      minAmount: field.money(),
      maxAmount: field.money(),
    },
  },
  {
    name: 'spend-entries',
    table: 'spend_entries',
    docKey: 'spendEntries',
    label: 'spend entry',
    keyed: false,
    fields: {
      budgetLineId: field.ref('budget-lines', { required: true }),
      date: field.date({ required: true }),
      amount: field.money({ required: true }),
      kind: field.enum(spendEntryKinds, { default: 'actual' }),
      note: field.text(),
    },
  },
  {
    name: 'budget-scenarios',
    table: 'budget_scenarios',
    docKey: 'budgetScenarios',
    label: 'budget scenario',
    keyed: true,
    fields: {
      name: field.text({ required: true, max: 200 }),
      description: field.longText(),
      totalAmount: field.money(),
    },
  },
  {
    name: 'scenario-allocations',
    table: 'scenario_allocations',
    docKey: 'scenarioAllocations',
    label: 'scenario allocation',
    keyed: false,
    naturalKey: ['scenario_id', 'budget_line_id'],
    fields: {
      scenarioId: field.ref('budget-scenarios', { required: true }),
      budgetLineId: field.ref('budget-lines', { required: true }),
      amount: field.money({ required: true }),
    },
  },
  {
    name: 'kpis',
    table: 'kpis',
    docKey: 'kpis',
    label: 'KPI',
    keyed: true,
    fields: {
      name: field.text({ required: true, max: 300 }),
      description: field.longText(),
      unit: field.text({ max: 40 }),
      direction: field.enum(kpiDirections, { default: 'increase' }),
      aggregation: field.enum(kpiAggregations, { default: 'last' }),
      baseline: field.number(),
      target: field.number(),
      targetDate: field.date(),
      // Relative gap to the target path (in %) beyond which the KPI is "at risk" rather than "on track".
      tolerancePercent: field.number({ min: 0, max: 100, default: 10 }),
      objectiveId: field.ref('objectives'),
      keyResultId: field.ref('key-results'),
      strategyId: field.ref('strategies'),
    },
  },
  {
    name: 'kpi-targets',
    table: 'kpi_targets',
    docKey: 'kpiTargets',
    label: 'KPI target',
    keyed: false,
    naturalKey: ['kpi_id', 'date'],
    fields: {
      kpiId: field.ref('kpis', { required: true }),
      date: field.date({ required: true }),
      value: field.number({ required: true }),
    },
  },
  {
    name: 'measurements',
    table: 'measurements',
    docKey: 'measurements',
    label: 'measurement',
    keyed: false,
    naturalKey: ['kpi_id', 'date', 'source'],
    fields: {
      kpiId: field.ref('kpis', { required: true }),
      date: field.date({ required: true }),
      value: field.number({ required: true }),
      source: field.text({ max: 100, default: 'manual' }),
      note: field.text(),
    },
  },
  {
    name: 'corrective-actions',
    table: 'corrective_actions',
    docKey: 'correctiveActions',
    label: 'corrective action',
    keyed: true,
    fields: {
      kpiId: field.ref('kpis', { required: true }),
      title: field.text({ required: true, max: 500 }),
      description: field.longText(),
      ownerId: field.ref('people'),
      deadline: field.date(),
      status: field.enum(correctiveActionStatuses, { default: 'planned' }),
      outcome: field.longText(),
    },
  },
  {
    name: 'experiments',
    table: 'experiments',
    docKey: 'experiments',
    label: 'experiment',
    keyed: true,
    fields: {
      name: field.text({ required: true, max: 300 }),
      hypothesis: field.longText(),
      kpiId: field.ref('kpis'),
      objectiveId: field.ref('objectives'),
      strategyId: field.ref('strategies'),
      metricType: field.enum(experimentMetricTypes, { default: 'conversion' }),
      status: field.enum(experimentStatuses, { default: 'draft' }),
      startDate: field.date(),
      endDate: field.date(),
      alpha: field.number({ min: 0.0001, max: 0.5, default: 0.05 }),
      // Planning: the control's expected rate, the smallest relative effect worth detecting, the
      // power wanted, the sample per arm that follows, and the KPI whose daily value is the traffic.
      baselineRate: field.number({ min: 0, max: 1 }),
      minimumEffect: field.number({ min: -1, max: 10 }),
      power: field.number({ min: 0.5, max: 0.999, default: 0.8 }),
      plannedSampleSize: field.int({ min: 1 }),
      trafficKpiId: field.ref('kpis'),
      decision: field.enum(experimentDecisions),
      decisionNote: field.longText(),
      decidedById: field.ref('people'),
      decidedAt: field.date(),
    },
  },
  {
    name: 'experiment-variants',
    table: 'experiment_variants',
    docKey: 'experimentVariants',
    label: 'experiment variant',
    keyed: true,
    fields: {
      experimentId: field.ref('experiments', { required: true }),
      name: field.text({ required: true, max: 200 }),
      isControl: field.bool(),
      weight: field.number({ min: 0, default: 1 }),
      description: field.longText(),
    },
  },
  {
    name: 'experiment-results',
    table: 'experiment_results',
    docKey: 'experimentResults',
    label: 'experiment result',
    keyed: false,
    naturalKey: ['variant_id', 'date'],
    fields: {
      variantId: field.ref('experiment-variants', { required: true }),
      date: field.date({ required: true }),
      users: field.int({ min: 0, required: true }),
      conversions: field.int({ min: 0 }),
      mean: field.number(),
      sd: field.number({ min: 0 }),
    },
  },
];

/** One-per-plan records, read and replaced as a whole at `/plans/{plan}/<name>`. */
export const planSingletons: CollectionDef[] = [
  {
    name: 'positioning',
    table: 'positionings',
    docKey: 'positioning',
    label: 'positioning',
    keyed: false,
    fields: {
      targetAudience: field.longText(),
      category: field.text(),
      differentiator: field.longText(),
      proof: field.longText(),
      statement: field.longText(),
    },
  },
  {
    name: 'budget-settings',
    table: 'budget_settings',
    docKey: 'budget',
    label: 'budget settings',
    keyed: false,
    fields: {
      totalAmount: field.money({ default: 0 }),
      contingencyPercent: field.number({ min: 0, max: 100, default: 10 }),
    },
  },
];

/** People belong to the workspace (members or outside stakeholders) and are referenced by plans. */
export const peopleCollection: CollectionDef = {
  name: 'people',
  table: 'people',
  docKey: 'people',
  label: 'person',
  keyed: true,
  fields: {
    name: field.text({ required: true, max: 200 }),
    email: field.text({ max: 320 }),
    jobTitle: field.text({ max: 200 }),
    weeklyCapacityHours: field.number({ min: 0, max: 168, default: 35 }),
  },
};

const byName = new Map([...planCollections, ...planSingletons, peopleCollection].map((c) => [c.name, c]));

export function collectionByName(name: string): CollectionDef | undefined {
  return byName.get(name);
}
