import type {
  BudgetLineEntity,
  BudgetScenarioEntity,
  BudgetSettingsRecord,
  ScenarioAllocationEntity,
  SpendEntryEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import type { PlanFacts } from '../../../core/plan.js';
import { emptyPlan } from '../../../core/shared/empty-plan.js';
import type { Plan } from '../../api/types';

/**
 * The method's budget table (pac-method.fr.txt, « Allouer un budget ») as API entities: content
 * 10 000 € at 3:1, social ads 5 000 € at 2:1, email 2 000 € at 5:1, in a 20 000 € envelope with a
 * 10 % reserve. Test data only.
 */

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

export const plan: Plan = {
  id: 'p1',
  workspaceId: 'ws1',
  key: 'pac-2026',
  name: 'PAC 2026',
  description: null,
  status: 'active',
  currency: 'EUR',
  locale: 'fr',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  ...stamp,
};

const strategy = (id: string, key: string, name: string, channel: StrategyEntity['channel']): StrategyEntity => ({
  id,
  key,
  position: 0,
  name,
  channel,
  description: null,
  objectiveIds: [],
  personaIds: [],
  swotItemIds: [],
  ...stamp,
});

export const strategies: StrategyEntity[] = [
  strategy('s1', 'contenu', 'Marketing de contenu', 'content'),
  strategy('s2', 'social', 'Publicité sur les réseaux sociaux', 'social'),
  strategy('s3', 'email', 'Email marketing', 'email'),
];

export const tactics: TacticEntity[] = [
  { id: 't1', key: 'blog', position: 0, name: 'Articles de blog', description: null, strategyId: 's1', ...stamp },
  { id: 't2', key: 'newsletter', position: 1, name: 'Newsletter', description: null, strategyId: 's3', ...stamp },
];

const line = (
  fields: Partial<BudgetLineEntity> & Pick<BudgetLineEntity, 'id' | 'key' | 'label'>,
): BudgetLineEntity => ({
  position: 0,
  category: 'other',
  plannedAmount: 0,
  committedAmount: 0,
  expectedRoi: null,
  minAmount: null,
  maxAmount: null,
  strategyId: null,
  tacticId: null,
  ...stamp,
  ...fields,
});

export const lines: BudgetLineEntity[] = [
  line({
    id: 'l1',
    key: 'bl-contenu',
    label: 'Rédaction d’articles',
    category: 'content',
    strategyId: 's1',
    tacticId: 't1',
    plannedAmount: 1_000_000,
    expectedRoi: 3,
  }),
  line({
    id: 'l2',
    key: 'bl-social',
    label: 'Campagnes Instagram',
    category: 'advertising',
    strategyId: 's2',
    plannedAmount: 500_000,
    expectedRoi: 2,
  }),
  line({
    id: 'l3',
    key: 'bl-email',
    label: 'Outil d’emailing',
    category: 'tools',
    tacticId: 't2',
    plannedAmount: 200_000,
    expectedRoi: 5,
  }),
];

const entry = (
  id: string,
  budgetLineId: string,
  date: string,
  amount: number,
  kind: SpendEntryEntity['kind'],
): SpendEntryEntity => ({ id, position: 0, budgetLineId, date, amount, kind, note: null, ...stamp });

export const entries: SpendEntryEntity[] = [
  entry('e1', 'l1', '2026-01-15', 300_000, 'actual'),
  entry('e2', 'l1', '2026-02-03', 200_000, 'committed'),
  entry('e3', 'l2', '2026-02-10', 550_000, 'actual'),
];

export const settings: BudgetSettingsRecord = {
  totalAmount: 2_000_000,
  contingencyPercent: 10,
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
};

export const scenarios: BudgetScenarioEntity[] = [
  {
    id: 'sc1',
    key: 'plus-emailing',
    position: 0,
    name: 'Plus d’emailing',
    description: null,
    totalAmount: null,
    ...stamp,
  },
];

export const allocations: ScenarioAllocationEntity[] = [
  { id: 'a1', position: 0, scenarioId: 'sc1', budgetLineId: 'l3', amount: 400_000, ...stamp },
  { id: 'a2', position: 1, scenarioId: 'sc1', budgetLineId: 'l2', amount: 300_000, ...stamp },
];

export interface BudgetData {
  lines: BudgetLineEntity[];
  entries: SpendEntryEntity[];
  scenarios: BudgetScenarioEntity[];
  allocations: ScenarioAllocationEntity[];
  settings: BudgetSettingsRecord;
}

export const fullData: BudgetData = { lines, entries, scenarios, allocations, settings };

/** The same data as the engine reads it (references by key), for the core to compute the reports. */
export function factsOf(data: BudgetData): PlanFacts {
  const keyOf = <T extends { id: string; key: string }>(items: readonly T[], id: string | null) =>
    items.find((item) => item.id === id)?.key ?? null;
  return emptyPlan({
    plan: { key: plan.key, name: plan.name, status: 'active', currency: plan.currency, locale: 'fr' },
    ...(data.settings.version > 0
      ? {
          budget: { totalAmount: data.settings.totalAmount, contingencyPercent: data.settings.contingencyPercent },
        }
      : {}),
    strategies: strategies.map((s) => ({
      key: s.key,
      name: s.name,
      channel: s.channel,
      objectives: [],
      personas: [],
      swotItems: [],
    })),
    tactics: tactics.map((t) => ({ key: t.key, name: t.name, strategy: keyOf(strategies, t.strategyId) ?? '' })),
    budgetLines: data.lines.map((l) => ({
      key: l.key,
      label: l.label,
      category: l.category,
      strategy: keyOf(strategies, l.strategyId),
      tactic: keyOf(tactics, l.tacticId),
      plannedAmount: l.plannedAmount,
      committedAmount: l.committedAmount,
      expectedRoi: l.expectedRoi,
      minAmount: l.minAmount,
      maxAmount: l.maxAmount,
    })),
    spendEntries: data.entries.map((e) => ({
      budgetLine: keyOf(data.lines, e.budgetLineId) ?? '',
      date: e.date,
      amount: e.amount,
      kind: e.kind,
      note: e.note,
    })),
    budgetScenarios: data.scenarios.map((s) => ({
      key: s.key,
      name: s.name,
      description: s.description,
      totalAmount: s.totalAmount,
    })),
    scenarioAllocations: data.allocations.map((a) => ({
      scenario: keyOf(data.scenarios, a.scenarioId) ?? '',
      budgetLine: keyOf(data.lines, a.budgetLineId) ?? '',
      amount: a.amount,
    })),
  });
}
