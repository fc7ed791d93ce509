import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { BudgetLine, PlanFacts, SpendEntry } from '../plan.js';
import { summariseBudget } from './summary.js';

function fixturePlan(): PlanFacts {
  const parsed = parsePlanDocument(
    readFileSync(new URL('../../../test/fixtures/plan-full.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

function budgetLine(key: string, fields: Partial<BudgetLine>): BudgetLine {
  return { key, label: key, category: 'other', plannedAmount: 0, committedAmount: 0, ...fields };
}

function spend(budgetLine: string, date: string, amount: number, kind: SpendEntry['kind']): SpendEntry {
  return { budgetLine, date, amount, kind };
}

/** A plan with two strategies (one tactic each) and the given budget. */
function plan(lines: BudgetLine[], spendEntries: SpendEntry[] = [], budget?: PlanFacts['budget']): PlanFacts {
  const facts = fixturePlan();
  return {
    ...facts,
    budget,
    strategies: [
      { key: 'seo', name: 'Référencement', channel: 'seo', objectives: [], personas: [], swotItems: [] },
      { key: 'email', name: 'Emailing', channel: 'email', objectives: [], personas: [], swotItems: [] },
    ],
    tactics: [
      { key: 'blog', strategy: 'seo', name: 'Blog' },
      { key: 'newsletter', strategy: 'email', name: 'Newsletter' },
    ],
    budgetLines: lines,
    spendEntries,
  };
}

describe('the method budget table', () => {
  // The method's table (pac-method.fr.txt, "Allouer un budget"), worked by hand: expected return =
  // budget × ROI: content 10 000 € × 3 = 30 000 €, social ads 5 000 € × 2 = 10 000 €,
  // email 2 000 € × 5 = 10 000 €; by ROI: email (5), content (3), social ads (2).
  const rows = [
    { key: 'bl-contenu', planned: 1_000_000, roiLabel: '3:1', expectedReturn: 3_000_000, rank: 2 },
    { key: 'bl-social', planned: 500_000, roiLabel: '2:1', expectedReturn: 1_000_000, rank: 3 },
    { key: 'bl-email', planned: 200_000, roiLabel: '5:1', expectedReturn: 1_000_000, rank: 1 },
  ];
  const summary = summariseBudget(fixturePlan());
  it.each(rows)('$key', ({ key, planned, roiLabel, expectedReturn, rank }) => {
    const line = summary.lines.find((candidate) => candidate.key === key);
    expect(line).toMatchObject({ planned, roiLabel, expectedReturn, roiRank: rank });
  });
  it('ranks email, content, social and totals 50 000 € of expected return', () => {
    expect(summary.roiRanking).toEqual(['bl-email', 'bl-contenu', 'bl-social']);
    expect(summary.totals.expectedReturn).toBe(5_000_000);
  });
  it('keeps a 10 % reserve out of the 19 000 € total: 17 100 € allocatable, 17 000 € planned', () => {
    expect(summary.envelope).toEqual({
      totalAmount: 1_900_000,
      contingencyPercent: 10,
      reserve: 190_000,
      allocatable: 1_710_000,
      unallocated: 10_000,
    });
    expect(summary.overAllocation).toBeNull();
  });
});

describe('over-allocation', () => {
  // 19 000 € with a 10 % reserve leaves 17 100 €. The excess is Σ planned − 17 100 € when positive.
  const cases = [
    { planned: [1_130_000, 500_000, 200_000], excess: 120_000 },
    { planned: [1_010_000, 500_000, 200_000], excess: null },
    { planned: [1_010_001, 500_000, 200_000], excess: 1 },
  ];
  it.each(cases)('planned $planned → excess $excess', ({ planned, excess }) => {
    const lines = planned.map((amount, index) => budgetLine(`l${index}`, { plannedAmount: amount }));
    const summary = summariseBudget(plan(lines, [], { totalAmount: 1_900_000, contingencyPercent: 10 }));
    expect(summary.overAllocation?.excess ?? null).toBe(excess);
  });

  it('says by how much, in euros, in both languages', () => {
    const lines = [budgetLine('a', { plannedAmount: 1_130_000 }), budgetLine('b', { plannedAmount: 700_000 })];
    const summary = summariseBudget(plan(lines, [], { totalAmount: 1_900_000, contingencyPercent: 10 }));
    expect(summary.overAllocation?.message).toEqual({
      fr: 'Le budget prévu dépasse de 1 200 € le montant allouable (17 100 € après une réserve de 10 %)',
      en: 'The planned budget exceeds the allocatable amount by €1,200 (€17,100 after a 10% reserve)',
    });
  });

  it('has no envelope and no over-allocation without budget settings', () => {
    const summary = summariseBudget(plan([budgetLine('a', { plannedAmount: 100 })]));
    expect(summary.envelope).toBeNull();
    expect(summary.overAllocation).toBeNull();
  });
});

describe('planned, committed, actual and variance', () => {
  // By hand. committed = the line's committedAmount + its committed entries; actual = its actual
  // entries; variance = actual − planned; % = variance / planned to one decimal.
  // seo-line: planned 10 000 €, committed 4 000 € + 500 € + 250 € = 4 750 €, actual 1 200 € + 300 € = 1 500 €,
  //   variance 1 500 − 10 000 = −8 500 € = −85 %.
  // email-line: planned 3 000 €, actual 3 300 € → +300 € = +10 %. free-line: planned 0 → % null.
  const lines = [
    budgetLine('seo-line', {
      strategy: 'seo',
      tactic: 'blog',
      category: 'content',
      plannedAmount: 1_000_000,
      committedAmount: 400_000,
    }),
    budgetLine('email-line', { tactic: 'newsletter', category: 'tools', plannedAmount: 300_000 }),
    budgetLine('free-line', { category: 'content', plannedAmount: 0 }),
  ];
  const entries = [
    spend('seo-line', '2027-01-31', 120_000, 'actual'),
    spend('seo-line', '2027-01-05', 50_000, 'committed'),
    spend('seo-line', '2027-02-10', 30_000, 'actual'),
    spend('seo-line', '2027-02-11', 25_000, 'committed'),
    spend('email-line', '2027-03-02', 330_000, 'actual'),
    spend('free-line', '2027-02-01', 10_000, 'actual'),
    spend('no-such-line', '2027-04-01', 99_900, 'actual'),
  ];
  const summary = summariseBudget(plan(lines, entries, { totalAmount: 2_000_000, contingencyPercent: 5 }));

  const lineRows = [
    {
      key: 'seo-line',
      planned: 1_000_000,
      committed: 475_000,
      actual: 150_000,
      variance: -850_000,
      variancePercent: -85,
    },
    { key: 'email-line', planned: 300_000, committed: 0, actual: 330_000, variance: 30_000, variancePercent: 10 },
    { key: 'free-line', planned: 0, committed: 0, actual: 10_000, variance: 10_000, variancePercent: null },
  ];
  it.each(lineRows)('line $key', ({ key, ...expected }) => {
    expect(summary.lines.find((line) => line.key === key)).toMatchObject(expected);
  });

  it('adds lines up, leaving out spend on lines that do not exist', () => {
    // 1 300 000 planned; 475 000 committed; 150 000 + 330 000 + 10 000 = 490 000 actual; −810 000 = −62.3 %.
    expect(summary.totals).toMatchObject({
      planned: 1_300_000,
      committed: 475_000,
      actual: 490_000,
      variance: -810_000,
      variancePercent: -62.3,
    });
  });

  it('puts committed and actual spend in the month of the entry, never the planned amount', () => {
    // January: committed 500 €, actual 1 200 €; February: committed 250 €, actual 300 € + 100 €;
    // March: actual 3 300 €; April's entry belongs to no line. The line's own 4 000 € committed has no month.
    expect(summary.byMonth).toEqual([
      { month: '2027-01', committed: 50_000, actual: 120_000 },
      { month: '2027-02', committed: 25_000, actual: 40_000 },
      { month: '2027-03', committed: 0, actual: 330_000 },
    ]);
  });

  it('puts a line with only a tactic under the tactic strategy', () => {
    // email-line names only the newsletter tactic, whose strategy is "email"; free-line has neither.
    expect(summary.byStrategy.map((group) => [group.key, group.planned, group.actual])).toEqual([
      ['seo', 1_000_000, 150_000],
      ['email', 300_000, 330_000],
      [null, 0, 10_000],
    ]);
    expect(summary.byStrategy[2]?.label).toEqual({ fr: 'Sans stratégie', en: 'No strategy' });
    expect(summary.lines.find((line) => line.key === 'email-line')?.strategy).toBe('email');
  });

  it('totals by tactic and by category', () => {
    expect(summary.byTactic.map((group) => [group.key, group.planned])).toEqual([
      ['blog', 1_000_000],
      ['newsletter', 300_000],
      [null, 0],
    ]);
    expect(summary.byCategory.map((group) => [group.key, group.label.en, group.committed, group.actual])).toEqual([
      ['tools', 'Tools', 0, 330_000],
      ['content', 'Content creation', 475_000, 160_000],
    ]);
  });
});

describe('ROI ranking', () => {
  // By hand: highest ROI first; equal ROIs in label order; lines without ROI are not ranked.
  const lines = [
    budgetLine('posters', { label: 'Bannières', expectedRoi: 3, plannedAmount: 100 }),
    budgetLine('flyers', { label: 'Affiches', expectedRoi: 3, plannedAmount: 100 }),
    budgetLine('unknown', { label: 'Salon', plannedAmount: 100 }),
    budgetLine('emails', { label: 'Emails', expectedRoi: 4.5, plannedAmount: 1_001 }),
  ];
  const summary = summariseBudget(plan(lines));
  it('orders by ROI then label', () => {
    expect(summary.roiRanking).toEqual(['emails', 'flyers', 'posters']);
  });
  it('leaves lines without ROI unranked and without expected return', () => {
    expect(summary.lines.find((line) => line.key === 'unknown')).toMatchObject({
      roiRank: null,
      roiLabel: null,
      expectedReturn: null,
    });
  });
  it('rounds the expected return to the cent (10,01 € × 4,5 = 45,045 € → 45,05 €)', () => {
    expect(summary.lines.find((line) => line.key === 'emails')?.expectedReturn).toBe(4_505);
  });
});
