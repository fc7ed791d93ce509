import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { Kpi, Objective, PlanFacts } from '../plan.js';
import { lintPlanObjectives, trackingKpi } from './lint.js';

function fixturePlan(): PlanFacts {
  const parsed = parsePlanDocument(
    readFileSync(new URL('../../../test/fixtures/plan-full.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document as unknown as PlanFacts;
}

const statuses = (facts: PlanFacts, today: string) =>
  lintPlanObjectives(facts, today).map((r) => ({
    objective: r.objective,
    statuses: Object.values(r.criteria)
      .map((c) => c.status[0])
      .join(''),
    passed: r.passed,
  }));

describe('lintPlanObjectives on the example plan', () => {
  // trafic-organique is tracked by the KPI of the same name: 41 200 on 2027-01-31, 42 900 on
  // 2027-02-28, a trend of 1 700 / 28 ≈ 60.7 a day; reaching 60 000 by 2027-12-31 (306 days after
  // the latest measurement) needs 17 100 / 306 ≈ 55.9 a day: within reach.
  // followers-instagram has no KPI of its own; its deadline is 2027-03-31.
  it('on 2027-03-01 every objective passes every criterion', () => {
    expect(statuses(fixturePlan(), '2027-03-01')).toEqual([
      { objective: 'trafic-organique', statuses: 'ppppp', passed: true },
      { objective: 'followers-instagram', statuses: 'ppppp', passed: true },
    ]);
    const [traffic] = lintPlanObjectives(fixturePlan(), '2027-03-01');
    expect(traffic?.criteria.achievable.message.en).toContain('over 2 measurements');
  });

  it('on 2027-04-01 the Instagram deadline has passed', () => {
    expect(statuses(fixturePlan(), '2027-04-01')[1]).toEqual({
      objective: 'followers-instagram',
      statuses: 'ppfpp',
      passed: false,
    });
  });

  it('warns once the traffic target needs more than three times the trend', () => {
    const facts = fixturePlan();
    // 42 900 + 3 × 60.71 × 306 ≈ 98 640: a target of 100 000 is past the limit.
    facts.objectives = facts.objectives.map((o) => (o.key === 'trafic-organique' ? { ...o, target: 100000 } : o));
    facts.kpis = facts.kpis.map((k) => (k.key === 'trafic-organique' ? { ...k, target: 100000 } : k));
    expect(statuses(facts, '2027-03-01')[0]?.statuses).toBe('ppwpp');
  });
});

describe('trackingKpi', () => {
  const objective = { key: 'o', target: 500 } as Objective;
  const kpi = (key: string, linkedTo: string | null, target: number | null = null) =>
    ({ key, objective: linkedTo, target }) as Kpi;
  // The only KPI of the objective; or among several, the only one with the objective's target.
  it.each([
    [[], null],
    [[kpi('a', 'other')], null],
    [[kpi('a', 'o')], 'a'],
    [[kpi('a', 'o', 100), kpi('b', 'o', 500)], 'b'],
    [[kpi('a', 'o', 500), kpi('b', 'o', 500)], null],
    [[kpi('a', 'o'), kpi('b', 'o')], null],
  ])('%j → %s', (kpis, expected) => {
    expect(trackingKpi(objective, kpis)?.key ?? null).toBe(expected);
  });
});
