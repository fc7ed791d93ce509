import type {
  Action,
  BudgetLine,
  BusinessGoal,
  ContentItem,
  CorrectiveAction,
  Experiment,
  FunnelStage,
  Kpi,
  Localized,
  Objective,
  PlanHeader,
  RaciAssignment,
  SpendEntry,
  Strategy,
  SwotItem,
} from '../plan.js';
import { f, m, noun, type Noun } from './grammar.js';
import type { SectionName } from './types.js';

/** What one row of each part of the plan is called. */
export const nouns: Record<SectionName, Noun> = {
  plan: noun(m('plan', 'plan'), 'plans', 'plans'),
  positioning: noun(m('positionnement', 'positioning'), 'positionnements', 'positionings'),
  budget: noun(m('budget', 'budget'), 'budgets', 'budgets'),
  people: noun(f('personne', 'person'), 'personnes', 'people'),
  businessGoals: noun(m('objectif commercial', 'business goal'), 'objectifs commerciaux', 'business goals'),
  funnelStages: noun(f("étape de l'entonnoir", 'funnel stage'), "étapes de l'entonnoir", 'funnel stages'),
  personas: noun(m('persona', 'persona'), 'personas', 'personas'),
  swotItems: noun(m('élément SWOT', 'SWOT item'), 'éléments SWOT', 'SWOT items'),
  objectives: noun(m('objectif', 'objective'), 'objectifs', 'objectives'),
  okrObjectives: noun(m('objectif OKR', 'OKR objective'), 'objectifs OKR', 'OKR objectives'),
  keyResults: noun(m('résultat clé', 'key result'), 'résultats clés', 'key results'),
  checkIns: noun(m("point d'étape", 'check-in'), "points d'étape", 'check-ins'),
  strategies: noun(f('stratégie', 'strategy'), 'stratégies', 'strategies'),
  tactics: noun(f('tactique', 'tactic'), 'tactiques', 'tactics'),
  actions: noun(f('action', 'action'), 'actions', 'actions'),
  raciAssignments: noun(f('affectation RACI', 'RACI assignment'), 'affectations RACI', 'RACI assignments'),
  actionDependencies: noun(f('dépendance', 'dependency'), 'dépendances', 'dependencies'),
  contentItems: noun(m('contenu', 'content item'), 'contenus', 'content items'),
  budgetLines: noun(f('ligne budgétaire', 'budget line'), 'lignes budgétaires', 'budget lines'),
  spendEntries: noun(f('dépense', 'spend entry'), 'dépenses', 'spend entries'),
  budgetScenarios: noun(m('scénario budgétaire', 'budget scenario'), 'scénarios budgétaires', 'budget scenarios'),
  scenarioAllocations: noun(
    f('allocation de scénario', 'scenario allocation'),
    'allocations de scénario',
    'scenario allocations',
  ),
  kpis: noun(m('KPI', 'KPI'), 'KPI', 'KPIs'),
  kpiTargets: noun(f('cible', 'target'), 'cibles', 'targets'),
  measurements: noun(f('mesure', 'measurement'), 'mesures', 'measurements'),
  correctiveActions: noun(f('action corrective', 'corrective action'), 'actions correctives', 'corrective actions'),
  experiments: noun(f('expérimentation', 'experiment'), 'expérimentations', 'experiments'),
  experimentVariants: noun(f('variante', 'variant'), 'variantes', 'variants'),
  experimentResults: noun(m('résultat', 'result'), 'résultats', 'results'),
};

type ValueLabels<V extends string> = Readonly<Record<V, Localized>>;
const l = (fr: string, en: string): Localized => ({ fr, en });

// The words for the values of every enumerated field. French adjectives agree with the entity
// they describe (an action is « terminée », a content item « publié »).
export const planStatuses: ValueLabels<PlanHeader['status']> = {
  draft: l('brouillon', 'draft'),
  active: l('actif', 'active'),
  archived: l('archivé', 'archived'),
};
export const planLocales: ValueLabels<PlanHeader['locale']> = {
  fr: l('français', 'French'),
  en: l('anglais', 'English'),
};
export const businessGoalKinds: ValueLabels<BusinessGoal['kind']> = {
  revenue: l("chiffre d'affaires", 'revenue'),
  market: l('marché', 'market'),
  awareness: l('notoriété', 'awareness'),
  profit: l('rentabilité', 'profit'),
  other: l('autre', 'other'),
};
export const funnelStageKinds: ValueLabels<FunnelStage['kind']> = {
  volume: l('volume', 'volume'),
  rate: l('taux', 'rate'),
  value: l('valeur', 'value'),
};
export const swotQuadrants: ValueLabels<SwotItem['quadrant']> = {
  strength: l('force', 'strength'),
  weakness: l('faiblesse', 'weakness'),
  opportunity: l('opportunité', 'opportunity'),
  threat: l('menace', 'threat'),
};
export const objectiveTypes: ValueLabels<Objective['type']> = {
  awareness: l('notoriété', 'awareness'),
  acquisition: l('acquisition', 'acquisition'),
  loyalty: l('fidélisation', 'loyalty'),
  engagement: l('engagement', 'engagement'),
};
export const strategyChannels: ValueLabels<Strategy['channel']> = {
  content: l('contenu', 'content'),
  seo: l('SEO', 'SEO'),
  sea: l('SEA', 'SEA'),
  social: l('réseaux sociaux', 'social media'),
  influence: l('influence', 'influence'),
  email: l('e-mail', 'email'),
  events: l('événements', 'events'),
  partnerships: l('partenariats', 'partnerships'),
  other: l('autre', 'other'),
};
export const actionStatuses: ValueLabels<Action['status']> = {
  todo: l('à faire', 'to do'),
  in_progress: l('en cours', 'in progress'),
  done: l('terminée', 'done'),
  blocked: l('bloquée', 'blocked'),
  cancelled: l('annulée', 'cancelled'),
};
export const priorities: ValueLabels<Action['priority']> = {
  low: l('basse', 'low'),
  medium: l('moyenne', 'medium'),
  high: l('haute', 'high'),
};
// French teams use the English RACI words too.
export const raciRoles: ValueLabels<RaciAssignment['role']> = {
  R: l('Responsible', 'Responsible'),
  A: l('Accountable', 'Accountable'),
  C: l('Consulted', 'Consulted'),
  I: l('Informed', 'Informed'),
};
export const contentStatuses: ValueLabels<ContentItem['status']> = {
  idea: l('idée', 'idea'),
  draft: l('brouillon', 'draft'),
  review: l('en relecture', 'in review'),
  scheduled: l('programmé', 'scheduled'),
  published: l('publié', 'published'),
};
export const budgetCategories: ValueLabels<BudgetLine['category']> = {
  staff: l('personnel', 'staff'),
  advertising: l('publicité', 'advertising'),
  tools: l('outils', 'tools'),
  content: l('contenu', 'content'),
  events: l('événements', 'events'),
  other: l('autre', 'other'),
};
/** Reads after « dépense » / before "spend": « dépense réelle », "actual spend". */
export const spendKinds: ValueLabels<SpendEntry['kind']> = {
  committed: l('engagée', 'committed'),
  actual: l('réelle', 'actual'),
};
export const kpiDirections: ValueLabels<Kpi['direction']> = {
  increase: l('à la hausse', 'increase'),
  decrease: l('à la baisse', 'decrease'),
};
export const kpiAggregations: ValueLabels<Kpi['aggregation']> = {
  sum: l('somme', 'sum'),
  average: l('moyenne', 'average'),
  last: l('dernière valeur', 'last value'),
};
export const correctiveStatuses: ValueLabels<CorrectiveAction['status']> = {
  planned: l('prévue', 'planned'),
  in_progress: l('en cours', 'in progress'),
  done: l('terminée', 'done'),
  abandoned: l('abandonnée', 'abandoned'),
};
export const metricTypes: ValueLabels<Experiment['metricType']> = {
  conversion: l('conversion', 'conversion'),
  continuous: l('continue', 'continuous'),
};
export const experimentStatuses: ValueLabels<Experiment['status']> = {
  draft: l('brouillon', 'draft'),
  running: l('en cours', 'running'),
  stopped: l('arrêtée', 'stopped'),
  decided: l('décidée', 'decided'),
};
export const experimentDecisions: ValueLabels<NonNullable<Experiment['decision']>> = {
  ship_variant: l('déployer la variante', 'ship the variant'),
  keep_control: l('garder le témoin', 'keep the control'),
  iterate: l('à itérer', 'iterate'),
};
