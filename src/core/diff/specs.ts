import type { BudgetSettings, PlanFacts, PlanHeader, Positioning } from '../plan.js';
import {
  boolean,
  choice,
  code,
  date,
  hours,
  keyed,
  links,
  list,
  longText,
  money,
  name,
  number,
  own,
  percent,
  ref,
  text,
  unitOf,
  words,
  type SectionSpec,
} from './field-kinds.js';
import type { ListSectionName } from './types.js';
import * as values from './vocabulary.js';

export type { FieldSpec, SectionSpec, UnitSource } from './field-kinds.js';

/** How the diff reads every field of the header, the settings and each collection. */
type RowOf<S extends ListSectionName> = PlanFacts[S][number];

export const planSpec: SectionSpec<PlanHeader> = {
  identity: [],
  fields: {
    name,
    description: longText,
    status: choice(values.planStatuses),
    currency: code,
    locale: choice(values.planLocales),
    startDate: date,
    endDate: date,
  },
};

export const positioningSpec: SectionSpec<Positioning> = {
  identity: [],
  fields: { targetAudience: longText, category: text, differentiator: longText, proof: longText, statement: longText },
};

export const budgetSpec: SectionSpec<BudgetSettings> = {
  identity: [],
  fields: { totalAmount: money, contingencyPercent: percent },
};

/** Every collection, in document order: the order of the diff's output. */
export const listSpecs: { readonly [S in ListSectionName]: SectionSpec<RowOf<S>> } = {
  people: { identity: keyed, fields: { name, email: code, jobTitle: text, weeklyCapacityHours: hours } },
  businessGoals: {
    identity: keyed,
    fields: {
      title: name,
      description: longText,
      kind: choice(values.businessGoalKinds),
      metric: text,
      unit: text,
      baseline: own,
      target: own,
      deadline: date,
    },
  },
  funnelStages: {
    identity: keyed,
    fields: {
      businessGoal: ref('businessGoals'),
      name,
      kind: choice(values.funnelStageKinds),
      unit: text,
      baselineValue: own,
      targetValue: own,
    },
  },
  personas: {
    identity: keyed,
    fields: {
      name,
      summary: longText,
      ageRange: text,
      gender: text,
      income: text,
      location: text,
      occupation: text,
      lifestyle: longText,
      values: list,
      interests: list,
      motivations: list,
      painPoints: list,
      preferredChannels: list,
      sources: list,
    },
  },
  swotItems: {
    identity: keyed,
    fields: { quadrant: choice(values.swotQuadrants), title: name, description: longText, weight: number },
  },
  objectives: {
    identity: keyed,
    fields: {
      title: name,
      description: longText,
      type: choice(values.objectiveTypes),
      metric: text,
      unit: text,
      baseline: own,
      target: own,
      startDate: date,
      deadline: date,
      businessGoals: links('businessGoals'),
    },
  },
  okrObjectives: {
    identity: keyed,
    fields: {
      owner: ref('people'),
      objective: ref('objectives'),
      title: name,
      description: longText,
      periodStart: date,
      periodEnd: date,
    },
  },
  keyResults: {
    identity: keyed,
    fields: {
      okrObjective: ref('okrObjectives'),
      title: name,
      metric: text,
      unit: text,
      startValue: own,
      targetValue: own,
      currentValue: own,
      weight: number,
    },
  },
  checkIns: {
    identity: ['keyResult', 'date'],
    fields: {
      keyResult: ref('keyResults'),
      date,
      value: unitOf('keyResult', 'keyResults'),
      confidence: number,
      note: longText,
    },
    series: { field: 'keyResult', section: 'keyResults' },
    headline: 'value',
  },
  strategies: {
    identity: keyed,
    fields: {
      name,
      channel: choice(values.strategyChannels),
      description: longText,
      objectives: links('objectives'),
      personas: links('personas'),
      swotItems: links('swotItems'),
    },
  },
  tactics: { identity: keyed, fields: { strategy: ref('strategies'), name, description: longText } },
  actions: {
    identity: keyed,
    fields: {
      tactic: ref('tactics'),
      title: name,
      description: longText,
      status: choice(values.actionStatuses),
      priority: choice(values.priorities),
      startDate: date,
      dueDate: date,
      isMilestone: boolean,
      estimatedCost: money,
      effortHours: hours,
    },
  },
  raciAssignments: {
    identity: ['action', 'person', 'role'],
    fields: { action: ref('actions'), person: ref('people'), role: choice(values.raciRoles) },
  },
  actionDependencies: {
    identity: ['predecessor', 'successor'],
    fields: {
      predecessor: ref('actions'),
      successor: ref('actions'),
      lagDays: words({ fr: 'jour', en: 'day' }, { fr: 'jours', en: 'days' }),
    },
  },
  contentItems: {
    identity: keyed,
    fields: {
      action: ref('actions'),
      persona: ref('personas'),
      owner: ref('people'),
      title: name,
      channel: text,
      format: text,
      status: choice(values.contentStatuses),
      publishDate: date,
      notes: longText,
    },
  },
  budgetLines: {
    identity: keyed,
    fields: {
      strategy: ref('strategies'),
      tactic: ref('tactics'),
      label: name,
      category: choice(values.budgetCategories),
      plannedAmount: money,
      committedAmount: money,
      expectedRoi: number,
      minAmount: money,
      maxAmount: money,
    },
  },
  // Several entries may share a line, a date and a kind; the diff numbers such twins in order.
  spendEntries: {
    identity: ['budgetLine', 'date', 'kind'],
    fields: {
      budgetLine: ref('budgetLines'),
      date,
      amount: money,
      kind: choice(values.spendKinds),
      note: longText,
    },
    series: { field: 'budgetLine', section: 'budgetLines' },
    headline: 'amount',
    twins: true,
  },
  budgetScenarios: { identity: keyed, fields: { name, description: longText, totalAmount: money } },
  scenarioAllocations: {
    identity: ['scenario', 'budgetLine'],
    fields: { scenario: ref('budgetScenarios'), budgetLine: ref('budgetLines'), amount: money },
    headline: 'amount',
  },
  kpis: {
    identity: keyed,
    fields: {
      objective: ref('objectives'),
      keyResult: ref('keyResults'),
      strategy: ref('strategies'),
      name,
      description: longText,
      unit: text,
      direction: choice(values.kpiDirections),
      aggregation: choice(values.kpiAggregations),
      baseline: own,
      target: own,
      targetDate: date,
      tolerancePercent: percent,
    },
  },
  kpiTargets: {
    identity: ['kpi', 'date'],
    fields: { kpi: ref('kpis'), date, value: unitOf('kpi', 'kpis') },
    series: { field: 'kpi', section: 'kpis' },
    headline: 'value',
  },
  measurements: {
    identity: ['kpi', 'date', 'source'],
    fields: { kpi: ref('kpis'), date, value: unitOf('kpi', 'kpis'), source: text, note: longText },
    series: { field: 'kpi', section: 'kpis' },
    headline: 'value',
  },
  correctiveActions: {
    identity: keyed,
    fields: {
      kpi: ref('kpis'),
      owner: ref('people'),
      title: name,
      description: longText,
      deadline: date,
      status: choice(values.correctiveStatuses),
      outcome: longText,
    },
  },
  experiments: {
    identity: keyed,
    fields: {
      kpi: ref('kpis'),
      name,
      hypothesis: longText,
      metricType: choice(values.metricTypes),
      status: choice(values.experimentStatuses),
      startDate: date,
      endDate: date,
      alpha: number,
      objective: ref('objectives'),
      strategy: ref('strategies'),
      baselineRate: number,
      minimumEffect: number,
      power: number,
      plannedSampleSize: number,
      trafficKpi: ref('kpis'),
      decision: choice(values.experimentDecisions),
      decisionNote: longText,
      decidedBy: ref('people'),
      decidedAt: date,
    },
  },
  experimentVariants: {
    identity: keyed,
    fields: { experiment: ref('experiments'), name, isControl: boolean, weight: number, description: longText },
  },
  experimentResults: {
    identity: ['variant', 'date'],
    fields: {
      variant: ref('experimentVariants'),
      date,
      users: words({ fr: 'utilisateur', en: 'user' }, { fr: 'utilisateurs', en: 'users' }),
      conversions: number,
      mean: number,
      sd: number,
    },
    series: { field: 'variant', section: 'experimentVariants' },
    headline: 'users',
  },
};

export const listSectionNames = Object.keys(listSpecs) as ListSectionName[];
