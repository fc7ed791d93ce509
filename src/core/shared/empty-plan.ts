import type { PlanFacts } from '../plan.js';

/** A plan with nothing in it, plus `parts`: where hand-written cases start. */
export function emptyPlan(parts: Partial<PlanFacts> = {}): PlanFacts {
  return {
    plan: { key: 'plan-2027', name: 'Plan 2027', status: 'draft', currency: 'EUR', locale: 'fr' },
    people: [],
    businessGoals: [],
    funnelStages: [],
    personas: [],
    swotItems: [],
    objectives: [],
    okrObjectives: [],
    keyResults: [],
    checkIns: [],
    strategies: [],
    tactics: [],
    actions: [],
    raciAssignments: [],
    actionDependencies: [],
    contentItems: [],
    budgetLines: [],
    spendEntries: [],
    budgetScenarios: [],
    scenarioAllocations: [],
    kpis: [],
    kpiTargets: [],
    measurements: [],
    correctiveActions: [],
    experiments: [],
    experimentVariants: [],
    experimentResults: [],
    ...parts,
  };
}
