import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { PlanFacts, ScenarioAllocation } from '../plan.js';
import { buildScenarioAllocation, compareScenarios, copyScenario } from './scenarios.js';

/**
 * The example plan: content 10 000 € at 3:1, social ads 5 000 € at 2:1, email 2 000 € at 5:1, a
 * total of 19 000 € with a 10 % reserve, and the scenario "plus-email" (total 17 000 €) that
 * moves 1 000 € from social ads (4 000 €) to email (3 000 €).
 */
function fixturePlan(): PlanFacts {
  const parsed = parsePlanDocument(
    readFileSync(new URL('../../../test/fixtures/plan-full.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

/** The example plan with a second scenario, "cut", with no total of its own. */
function planWithCut(allocations: ScenarioAllocation[]): PlanFacts {
  const facts = fixturePlan();
  return {
    ...facts,
    budgetScenarios: [...facts.budgetScenarios, { key: 'cut', name: 'Réduire le contenu' }],
    scenarioAllocations: [...facts.scenarioAllocations, ...allocations],
  };
}

describe('buildScenarioAllocation', () => {
  // By hand from the fixture: lines absent from a scenario keep their planned amount.
  it('fills lines the scenario does not list with their planned amount', () => {
    expect(buildScenarioAllocation(fixturePlan(), 'plus-email')).toEqual([
      { budgetLine: 'bl-contenu', amount: 1_000_000, source: 'plan' },
      { budgetLine: 'bl-social', amount: 400_000, source: 'scenario' },
      { budgetLine: 'bl-email', amount: 300_000, source: 'scenario' },
    ]);
  });

  it('takes the last allocation of a line listed twice and ignores unknown lines', () => {
    const facts = planWithCut([
      { scenario: 'cut', budgetLine: 'bl-contenu', amount: 800_000 },
      { scenario: 'cut', budgetLine: 'bl-contenu', amount: 600_000 },
      { scenario: 'cut', budgetLine: 'bl-gone', amount: 1 },
    ]);
    expect(buildScenarioAllocation(facts, 'cut').map((cell) => [cell.budgetLine, cell.amount])).toEqual([
      ['bl-contenu', 600_000],
      ['bl-social', 500_000],
      ['bl-email', 200_000],
    ]);
  });
});

describe('compareScenarios', () => {
  const facts = planWithCut([{ scenario: 'cut', budgetLine: 'bl-contenu', amount: 600_000 }]);
  const comparison = compareScenarios(facts, ['plus-email', 'cut', 'nope']);

  // By hand, amount and amount × ROI per line; deltas against the current plan.
  // plus-email: social 4 000 € × 2 = 8 000 € (−1 000 €, −2 000 €), email 3 000 € × 5 = 15 000 € (+1 000 €, +5 000 €).
  // cut: content 6 000 € × 3 = 18 000 € (−4 000 €, −12 000 €).
  const cells = [
    { line: 'bl-contenu', scenario: 0, amount: 1_000_000, expectedReturn: 3_000_000, delta: 0, returnDelta: 0 },
    {
      line: 'bl-social',
      scenario: 0,
      amount: 400_000,
      expectedReturn: 800_000,
      delta: -100_000,
      returnDelta: -200_000,
    },
    { line: 'bl-email', scenario: 0, amount: 300_000, expectedReturn: 1_500_000, delta: 100_000, returnDelta: 500_000 },
    {
      line: 'bl-contenu',
      scenario: 1,
      amount: 600_000,
      expectedReturn: 1_800_000,
      delta: -400_000,
      returnDelta: -1_200_000,
    },
    { line: 'bl-email', scenario: 1, amount: 200_000, expectedReturn: 1_000_000, delta: 0, returnDelta: 0 },
  ];
  it.each(cells)('$line in scenario #$scenario', ({ line, scenario, ...expected }) => {
    const row = comparison.lines.find((candidate) => candidate.key === line);
    expect(row?.scenarios[scenario]).toMatchObject(expected);
  });

  // Totals by hand. Current: 17 000 €, return 50 000 €, envelope 19 000 € − 1 900 € = 17 100 €.
  // plus-email: 17 000 €, return 30 000 + 8 000 + 15 000 = 53 000 € (+3 000 €); its own total 17 000 €
  //   − 10 % = 15 300 € allocatable, so 1 700 € over. cut: 13 000 €, return 18 000 + 10 000 + 10 000
  //   = 38 000 € (−12 000 €); the plan's total applies: 17 100 € allocatable, not over.
  it('totals each column with its own envelope', () => {
    expect(comparison.current).toMatchObject({ allocated: 1_700_000, expectedReturn: 5_000_000, overAllocation: null });
    const [plusEmail, cut] = comparison.scenarios;
    expect(plusEmail).toMatchObject({
      key: 'plus-email',
      allocated: 1_700_000,
      expectedReturn: 5_300_000,
      delta: 0,
      returnDelta: 300_000,
      envelope: { totalAmount: 1_700_000, reserve: 170_000, allocatable: 1_530_000 },
      overAllocation: { excess: 170_000 },
    });
    expect(cut).toMatchObject({
      key: 'cut',
      allocated: 1_300_000,
      expectedReturn: 3_800_000,
      delta: -400_000,
      returnDelta: -1_200_000,
      envelope: { totalAmount: 1_900_000, allocatable: 1_710_000, unallocated: 410_000 },
      overAllocation: null,
    });
  });

  it('reports keys that match no scenario', () => {
    expect(comparison.scenarios.map((column) => column.key)).toEqual(['plus-email', 'cut']);
    expect(comparison.unknownScenarioKeys).toEqual(['nope']);
  });
});

describe('copyScenario', () => {
  const facts = fixturePlan();

  it('copies a scenario total and explicit allocations under the new key', () => {
    const result = copyScenario(facts, 'plus-email', { key: 'plus-email-2', name: 'Variante' });
    expect(result).toEqual({
      ok: true,
      scenario: {
        key: 'plus-email-2',
        name: 'Variante',
        description: "Déplacer 1 000 € du social vers l'email",
        totalAmount: 1_700_000,
      },
      allocations: [
        { scenario: 'plus-email-2', budgetLine: 'bl-social', amount: 400_000 },
        { scenario: 'plus-email-2', budgetLine: 'bl-email', amount: 300_000 },
      ],
    });
  });

  it('gives a copy the same allocation as its source', () => {
    const result = copyScenario(facts, 'plus-email', { key: 'copy', name: 'Copie' });
    if (!result.ok) throw new Error('copy failed');
    const withCopy: PlanFacts = {
      ...facts,
      budgetScenarios: [...facts.budgetScenarios, result.scenario],
      scenarioAllocations: [...facts.scenarioAllocations, ...result.allocations],
    };
    const amounts = (key: string) => buildScenarioAllocation(withCopy, key).map((cell) => cell.amount);
    expect(amounts('copy')).toEqual(amounts('plus-email'));
  });

  it('snapshots the current plan: every line at its planned amount, the plan total', () => {
    const result = copyScenario(facts, null, { key: 'baseline', name: 'Plan actuel', description: 'Point de départ' });
    expect(result).toEqual({
      ok: true,
      scenario: { key: 'baseline', name: 'Plan actuel', description: 'Point de départ', totalAmount: 1_900_000 },
      allocations: [
        { scenario: 'baseline', budgetLine: 'bl-contenu', amount: 1_000_000 },
        { scenario: 'baseline', budgetLine: 'bl-social', amount: 500_000 },
        { scenario: 'baseline', budgetLine: 'bl-email', amount: 200_000 },
      ],
    });
  });

  const refusals = [
    { source: 'nope', key: 'new', fr: "Aucun scénario n'a la clé « nope ».", en: 'No scenario has the key "nope".' },
    {
      source: null,
      key: 'plus-email',
      fr: 'Un scénario porte déjà la clé « plus-email ».',
      en: 'A scenario already has the key "plus-email".',
    },
  ];
  it.each(refusals)('refuses source $source → $key', ({ source, key, fr, en }) => {
    expect(copyScenario(facts, source, { key, name: 'X' })).toEqual({ ok: false, error: { fr, en } });
  });

  it('leaves the plan untouched', () => {
    const before = JSON.stringify(facts);
    copyScenario(facts, 'plus-email', { key: 'other', name: 'Autre' });
    expect(JSON.stringify(facts)).toBe(before);
  });
});
