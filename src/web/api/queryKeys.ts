export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  /** The plan template library (it changes only with a new release of the server). */
  templates: ['templates'] as const,
  me: ['me'] as const,
  /** Every page of a workspace's plan list, to invalidate them together. */
  allPlans: (workspaceId: string) => ['workspaces', workspaceId, 'plans'] as const,
  plans: (workspaceId: string, page: number) => ['workspaces', workspaceId, 'plans', page] as const,
  plan: (planId: string) => ['plans', planId] as const,
  planHealth: (planId: string) => ['plans', planId, 'health'] as const,
  budgetSummary: (planId: string) => ['plans', planId, 'budget-summary'] as const,
  kpiStatus: (planId: string) => ['plans', planId, 'kpi-status'] as const,
  /** A collection or singleton of the plan (`business-goals`, `positioning`…). */
  collection: (planId: string, name: string) => ['plans', planId, 'content', name] as const,
  /** A report the engine computes from the plan (`alignment`, `smart`, `okr-scores`…). */
  report: (planId: string, name: string) => ['plans', planId, 'report', name] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
};
