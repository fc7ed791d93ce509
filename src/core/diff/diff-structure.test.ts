import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import { generatePlanDocument } from '../../io/plan-generator/index.js';
import type { PlanFacts } from '../plan.js';
import { diffPlans, summariseDiff } from './diff-plans.js';
import {
  action,
  budgetLine,
  dailyMeasurements,
  edit,
  emptyPlan,
  kpi,
  objective,
  person,
  strategy,
} from './test-plans.js';
import type { Change } from './types.js';

const withoutMessages = (changes: Change[]) => changes.map(({ message: _message, ...rest }) => rest);

describe('the data of each change', () => {
  // Expected records written by hand from the Change contract in types.ts.
  const base = emptyPlan({
    people: [person('camille', 'Camille')],
    objectives: [objective('leads', 'Leads', { target: 20 })],
    strategies: [strategy('seo', 'SEO')],
    actions: [action('audit', 'Audit SEO')],
    budgetLines: [budgetLine('email', 'Email', 500000), budgetLine('sea', 'SEA', 1000000)],
    kpis: [kpi('trafic', 'Trafic')],
    spendEntries: [
      { budgetLine: 'sea', date: '2027-01-31', kind: 'actual', amount: 100000 },
      { budgetLine: 'sea', date: '2027-01-31', kind: 'actual', amount: 50000 },
    ],
  });
  it.each<{ name: string; change: (p: PlanFacts) => void; expected: Omit<Change, 'message'>[] }>([
    {
      name: 'a field',
      change: (p) => (p.objectives[0]!.target = 15),
      expected: [{ kind: 'changed', collection: 'objectives', key: 'leads', field: 'target', before: 20, after: 15 }],
    },
    {
      name: 'a link',
      change: (p) => p.strategies[0]!.objectives.push('leads'),
      expected: [{ kind: 'added', collection: 'strategies', key: 'seo', field: 'objectives', after: 'leads' }],
    },
    {
      name: 'a RACI row, keyed action/person/role',
      change: (p) => p.raciAssignments.push({ action: 'audit', person: 'camille', role: 'A' }),
      expected: [
        {
          kind: 'added',
          collection: 'raciAssignments',
          key: 'audit/camille/A',
          after: { action: 'audit', person: 'camille', role: 'A' },
        },
      ],
    },
    {
      name: 'a move',
      change: (p) => {
        p.budgetLines[0]!.plannedAmount = 700000;
        p.budgetLines[1]!.plannedAmount = 800000;
      },
      expected: [
        {
          kind: 'moved',
          collection: 'budgetLines',
          key: 'sea',
          field: 'plannedAmount',
          before: 'sea',
          after: 'email',
          amount: 200000,
        },
      ],
    },
    {
      name: 'a summary of a series, keyed by its parent',
      change: (p) => p.measurements.push(...dailyMeasurements('trafic', 1, 5)),
      expected: [{ kind: 'added', collection: 'measurements', key: 'trafic', count: 5 }],
    },
    {
      name: 'the second of two twin spend entries',
      change: (p) => (p.spendEntries[1]!.amount = 60000),
      expected: [
        {
          kind: 'changed',
          collection: 'spendEntries',
          key: 'sea/2027-01-31/actual/#2',
          field: 'amount',
          before: 50000,
          after: 60000,
        },
      ],
    },
  ])('$name', ({ change, expected }) => {
    expect(withoutMessages(diffPlans(base, edit(base, change)).changes)).toEqual(expected);
  });
});

describe('order', () => {
  it('by collection in document order, then by key, whatever the order of the rows', () => {
    const before = emptyPlan({
      objectives: [objective('b-leads', 'Leads'), objective('a-trafic', 'Trafic')],
      kpis: [kpi('panier', 'Panier')],
    });
    const after = edit(before, (p) => {
      p.kpis[0]!.tolerancePercent = 5;
      p.objectives[0]!.target = 1;
      p.objectives[1]!.target = 2;
      p.budget = { totalAmount: 100, contingencyPercent: 10 };
      p.plan.status = 'active';
    });
    const order = diffPlans(before, after).changes.map((c) => `${c.collection}:${c.key ?? ''}:${c.field}`);
    expect(order).toEqual([
      'plan::status',
      'budget::totalAmount',
      'budget::contingencyPercent',
      'objectives:a-trafic:target',
      'objectives:b-leads:target',
      'kpis:panier:tolerancePercent',
    ]);
  });

  it('summariseDiff gives the messages of one language in the same order', () => {
    const before = emptyPlan({ objectives: [objective('leads', 'Leads')] });
    const after = edit(before, (p) => p.strategies.push(strategy('seo', 'SEO')));
    expect(summariseDiff(diffPlans(before, after), 'fr')).toEqual(['Stratégie « SEO » ajoutée']);
    expect(summariseDiff(diffPlans(before, after), 'en')).toEqual(['Strategy “SEO” added']);
  });
});

function fixture(): PlanFacts {
  const parsed = parsePlanDocument(readFileSync('test/fixtures/plan-full.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('The fixture no longer parses');
  return parsed.document as unknown as PlanFacts;
}

/** The same plan with every collection emptied (header and settings kept). */
function emptied(plan: PlanFacts): PlanFacts {
  return edit(plan, (p) => {
    for (const [name, value] of Object.entries(p))
      if (Array.isArray(value)) (p as unknown as Record<string, unknown[]>)[name] = [];
  });
}

const rowCount = (plan: PlanFacts) =>
  Object.values(plan).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);

describe('whole plans', () => {
  it('a plan compared with a copy of itself, or with its rows in reverse order, has no change', () => {
    const plan = fixture();
    const reversed = edit(plan, (p) => {
      for (const value of Object.values(p)) if (Array.isArray(value)) value.reverse();
      for (const s of p.strategies) s.objectives.reverse();
    });
    expect(diffPlans(plan, structuredClone(plan)).changes).toEqual([]);
    expect(diffPlans(plan, reversed).changes).toEqual([]);
  });

  // The fixture has at most three rows of a series per parent, so nothing is summarised: every
  // row of every collection is one change. The count comes from the document itself.
  it('every row of the fixture is added once from an empty plan, and removed once back', () => {
    const plan = fixture();
    const added = diffPlans(emptied(plan), plan).changes;
    const removed = diffPlans(plan, emptied(plan)).changes;
    expect(added.length).toBe(rowCount(plan));
    expect(added.every((c) => c.kind === 'added')).toBe(true);
    expect(removed.length).toBe(rowCount(plan));
    expect(removed.every((c) => c.kind === 'removed')).toBe(true);
  });

  it('finds two corrected measurements among hundreds in reverse order', () => {
    const plan = generatePlanDocument({ size: 'small', seed: 7 }) as unknown as PlanFacts;
    const [first, last] = [plan.measurements[10]!, plan.measurements.at(-10)!];
    const next = edit(plan, (p) => {
      p.measurements.reverse();
      p.measurements[9]!.value += 1; // was at -10
      p.measurements.at(-11)!.value += 1; // was at index 10
    });
    const found = diffPlans(plan, next).changes.map((c) => `${c.collection} ${c.key} ${c.field}`);
    const expected = [first, last].map((m) => `measurements ${m.kpi}/${m.date}/${m.source} value`);
    expect(found.sort()).toEqual(expected.sort());
  });
});
