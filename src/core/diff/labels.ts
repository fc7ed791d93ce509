import type { BudgetSettings, PlanFacts, PlanHeader, Positioning } from '../plan.js';
import { f, fp, m, mp, type FieldLabel } from './grammar.js';
import type { ListSectionName } from './types.js';

/**
 * The name of every field of every part of a plan, in French and English, lower case as it reads
 * inside a sentence (« Objectif « Leads » : cible 20 → 15 »). The types below make a missing or
 * misspelt field a compile error; a test checks the same against a real document.
 */
type LabelsOf<T> = { readonly [K in keyof T]-?: FieldLabel };
type RowOf<S extends ListSectionName> = PlanFacts[S][number];

export type SectionLabels = { readonly [S in ListSectionName]: LabelsOf<RowOf<S>> } & {
  readonly plan: LabelsOf<PlanHeader>;
  readonly positioning: LabelsOf<Positioning>;
  readonly budget: LabelsOf<BudgetSettings>;
};

// Fields shared by many entities, so that one word is used for one idea everywhere.
const key = f('clé', 'key');
const title = m('titre', 'title');
const name = m('nom', 'name');
const description = f('description', 'description');
const kind = m('type', 'kind');
const metric = m('indicateur', 'metric');
const unit = f('unité', 'unit');
const baseline = f('valeur de départ', 'baseline');
const target = f('cible', 'target');
const deadline = f('échéance', 'deadline');
const startDate = f('date de début', 'start date');
const endDate = f('date de fin', 'end date');
const status = m('statut', 'status');
const owner = m('responsable', 'owner');
const weight = m('poids', 'weight');
const date = f('date', 'date');
const value = f('valeur', 'value');
const note = f('note', 'note');
const amount = m('montant', 'amount');
const targetValue = f('valeur cible', 'target value');
const strategy = f('stratégie', 'strategy');
const tactic = f('tactique', 'tactic');
const budgetLine = f('ligne budgétaire', 'budget line');
const kpi = m('KPI', 'KPI');
const objective = m('objectif', 'objective');
const keyResult = m('résultat clé', 'key result');
const channel = m('canal', 'channel');

export const fieldLabels: SectionLabels = {
  plan: {
    key,
    name,
    description,
    status,
    currency: f('devise', 'currency'),
    locale: f('langue', 'language'),
    startDate,
    endDate,
  },
  positioning: {
    targetAudience: f('cible', 'target audience'),
    category: f('catégorie', 'category'),
    differentiator: m('élément différenciant', 'differentiator'),
    proof: fp('preuves', 'proof'),
    statement: m('énoncé de positionnement', 'positioning statement'),
  },
  budget: {
    totalAmount: m('budget total', 'total budget'),
    contingencyPercent: f('réserve pour imprévus', 'contingency reserve'),
  },
  people: {
    key,
    name,
    email: m('e-mail', 'email'),
    jobTitle: m('poste', 'job title'),
    weeklyCapacityHours: f('capacité hebdomadaire', 'weekly capacity'),
  },
  businessGoals: { key, title, description, kind, metric, unit, baseline, target, deadline },
  funnelStages: {
    key,
    businessGoal: m('objectif commercial', 'business goal'),
    name,
    kind,
    unit,
    baselineValue: baseline,
    targetValue,
  },
  personas: {
    key,
    name,
    summary: m('résumé', 'summary'),
    ageRange: f("tranche d'âge", 'age range'),
    gender: m('genre', 'gender'),
    income: mp('revenus', 'income'),
    location: f('localisation', 'location'),
    occupation: f('profession', 'occupation'),
    lifestyle: m('style de vie', 'lifestyle'),
    // List fields are plural: the messages say « ajout de « yoga » aux centres d'intérêt ».
    values: fp('valeurs', 'values'),
    interests: mp("centres d'intérêt", 'interests'),
    motivations: fp('motivations', 'motivations'),
    painPoints: mp('points de douleur', 'pain points'),
    preferredChannels: mp('canaux préférés', 'preferred channels'),
    sources: fp('sources', 'sources'),
  },
  swotItems: { key, quadrant: m('quadrant', 'quadrant'), title, description, weight },
  objectives: {
    key,
    title,
    description,
    type: kind,
    metric,
    unit,
    baseline,
    target,
    startDate,
    deadline,
    businessGoals: mp('objectifs commerciaux', 'business goals'),
  },
  okrObjectives: {
    key,
    owner,
    objective,
    title,
    description,
    periodStart: m('début de période', 'period start'),
    periodEnd: f('fin de période', 'period end'),
  },
  keyResults: {
    key,
    okrObjective: m('objectif OKR', 'OKR objective'),
    title,
    metric,
    unit,
    startValue: baseline,
    targetValue,
    currentValue: f('valeur actuelle', 'current value'),
    weight,
  },
  checkIns: { keyResult, date, value, confidence: f('confiance', 'confidence'), note },
  strategies: {
    key,
    name,
    channel,
    description,
    objectives: mp('objectifs', 'objectives'),
    personas: mp('personas', 'personas'),
    swotItems: mp('éléments SWOT', 'SWOT items'),
  },
  tactics: { key, strategy, name, description },
  actions: {
    key,
    tactic,
    title,
    description,
    status,
    priority: f('priorité', 'priority'),
    startDate,
    dueDate: deadline,
    isMilestone: m('jalon', 'milestone'),
    estimatedCost: m('coût estimé', 'estimated cost'),
    effortHours: f('charge', 'effort'),
  },
  raciAssignments: { action: f('action', 'action'), person: f('personne', 'person'), role: m('rôle', 'role') },
  actionDependencies: {
    predecessor: m('prédécesseur', 'predecessor'),
    successor: m('successeur', 'successor'),
    lagDays: m('décalage', 'lag'),
  },
  contentItems: {
    key,
    action: f('action', 'action'),
    persona: m('persona', 'persona'),
    owner,
    title,
    channel,
    format: m('format', 'format'),
    status,
    publishDate: f('date de publication', 'publish date'),
    notes: fp('notes', 'notes'),
  },
  budgetLines: {
    key,
    strategy,
    tactic,
    label: m('libellé', 'label'),
    category: f('catégorie', 'category'),
    plannedAmount: m('montant prévu', 'planned amount'),
    committedAmount: m('montant engagé', 'committed amount'),
    expectedRoi: m('ROI attendu', 'expected ROI'),
    minAmount: m('montant minimum', 'minimum amount'),
    maxAmount: m('montant maximum', 'maximum amount'),
  },
  spendEntries: { budgetLine, date, amount, kind, note },
  budgetScenarios: { key, name, description, totalAmount: m('montant total', 'total amount') },
  scenarioAllocations: { scenario: m('scénario', 'scenario'), budgetLine, amount },
  kpis: {
    key,
    objective,
    keyResult,
    strategy,
    name,
    description,
    unit,
    direction: m('sens', 'direction'),
    aggregation: f('agrégation', 'aggregation'),
    baseline,
    target,
    targetDate: f('date cible', 'target date'),
    tolerancePercent: f('tolérance', 'tolerance'),
  },
  kpiTargets: { kpi, date, value },
  measurements: { kpi, date, value, source: f('source', 'source'), note },
  correctiveActions: { key, kpi, owner, title, description, deadline, status, outcome: m('résultat', 'outcome') },
  experiments: {
    key,
    kpi,
    name,
    hypothesis: f('hypothèse', 'hypothesis'),
    metricType: m('type de métrique', 'metric type'),
    status,
    startDate,
    endDate,
    alpha: m('seuil alpha', 'alpha'),
    objective,
    strategy,
    baselineRate: m('taux de référence', 'baseline rate'),
    minimumEffect: m('effet minimal détectable', 'minimum detectable effect'),
    power: f('puissance', 'power'),
    plannedSampleSize: f('taille d’échantillon prévue', 'planned sample size'),
    trafficKpi: m('indicateur de trafic', 'traffic KPI'),
    decision: f('décision', 'decision'),
    decisionNote: f('note de décision', 'decision note'),
    decidedBy: f('décideur', 'decided by'),
    decidedAt: f('date de décision', 'decision date'),
  },
  experimentVariants: {
    key,
    experiment: f('expérimentation', 'experiment'),
    name,
    isControl: m('témoin', 'control'),
    weight,
    description,
  },
  experimentResults: {
    variant: f('variante', 'variant'),
    date,
    users: mp('utilisateurs', 'users'),
    conversions: fp('conversions', 'conversions'),
    mean: f('moyenne', 'mean'),
    sd: m('écart type', 'standard deviation'),
  },
};
