import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { CheckIn, KeyResult, Kpi, Measurement, PlanFacts } from '../plan.js';
import { scoreKeyResult, scoreOkrObjective, scorePlanOkrs } from './score.js';

function fixturePlan(): PlanFacts {
  const parsed = parsePlanDocument(
    readFileSync(new URL('../../../test/fixtures/plan-full.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document as unknown as PlanFacts;
}

const costPerLead: KeyResult = {
  key: 'kr-cpl',
  okrObjective: 'o',
  title: 'Ramener le coût par lead de 12 € à 10,80 €',
  startValue: 12,
  targetValue: 10.8,
  weight: 1,
};
const cplKpi: Kpi = {
  key: 'cout-par-lead',
  keyResult: 'kr-cpl',
  name: 'Coût par lead',
  direction: 'decrease',
  aggregation: 'last',
  tolerancePercent: 10,
};
const measure = (date: string, value: number): Measurement => ({ kpi: 'cout-par-lead', date, value, source: 'manual' });
const checkIn = (date: string, value: number, confidence: number): CheckIn => ({
  keyResult: 'kr-cpl',
  date,
  value,
  confidence,
});

describe('scoreKeyResult on a decreasing target (cost per lead 12 → 10.8)', () => {
  // progress = (value − 12) / (10.8 − 12), by hand; score clamps it to 0–1.
  it.each<[string, Measurement[], CheckIn[], number, number, number, string]>([
    ['worse than at the start', [measure('2027-02-28', 12.6)], [], 12.6, -0.5, 0, 'red'],
    ['half way', [measure('2027-03-31', 11.4)], [], 11.4, 0.5, 0.5, 'yellow'],
    ['three quarters', [measure('2027-04-30', 11.1)], [], 11.1, 0.75, 0.75, 'green'],
    ['beyond the target', [measure('2027-05-31', 10.2)], [], 10.2, 1.5, 1, 'green'],
    [
      'latest of several measurements',
      [measure('2027-03-31', 11.4), measure('2027-02-28', 12.6)],
      [],
      11.4,
      0.5,
      0.5,
      'yellow',
    ],
    [
      'from a check-in when the KPI has no measurement',
      [],
      [checkIn('2027-03-15', 11.64, 0.6)],
      11.64,
      0.3,
      0.3,
      'red',
    ],
  ])('%s', (_label, measurements, checkIns, value, progress, score, grade) => {
    const result = scoreKeyResult(costPerLead, { kpis: [cplKpi], measurements, checkIns });
    expect(result.value).toBeCloseTo(value, 12);
    expect(result.progress).toBeCloseTo(progress, 12);
    expect(result.score).toBeCloseTo(score, 12);
    expect(result.grade).toBe(grade);
  });

  it('holds a level with the KPI direction when start equals target', () => {
    // Keep the cost per lead at 10.8 or less: 10.5 is fine for a decreasing KPI.
    const hold = { ...costPerLead, startValue: 10.8 };
    expect(
      scoreKeyResult(hold, { kpis: [cplKpi], measurements: [measure('2027-03-31', 10.5)], checkIns: [] }).score,
    ).toBe(1);
    expect(
      scoreKeyResult(hold, { kpis: [cplKpi], measurements: [measure('2027-03-31', 11)], checkIns: [] }).score,
    ).toBe(0);
  });

  it('reports the confidence trend of its check-ins', () => {
    // 0.8 → 0.5 in 30 days: falling; the check-in values do not count, the KPI's does.
    const result = scoreKeyResult(costPerLead, {
      kpis: [cplKpi],
      measurements: [measure('2027-03-31', 11.4)],
      checkIns: [checkIn('2027-03-01', 11.9, 0.8), checkIn('2027-03-31', 11.7, 0.5)],
    });
    expect(result.value).toBe(11.4);
    expect(result.confidence).toMatchObject({ latest: 0.5, direction: 'falling', checkIns: 2 });
  });
});

describe('scoreOkrObjective', () => {
  const okr = { key: 'o', title: 'Devenir la marque préférée des jeunes adultes' };
  const kr = (key: string, score: number, weight: number, okrObjective = 'o') =>
    ({ keyResult: key, okrObjective, score, weight }) as Parameters<typeof scoreOkrObjective>[1][number];
  // Weighted means by hand.
  it.each([
    ['no key result', [], null, null, false],
    ['(0.2 × 2 + 0 × 1) / 3', [kr('a', 0.2, 2), kr('b', 0, 1)], 0.4 / 3, 'red', false],
    ['(0.5 × 1 + 0.4 × 1) / 2', [kr('a', 0.5, 1), kr('b', 0.4, 1)], 0.45, 'yellow', false],
    ['(0.8 × 2 + 0.6 × 1) / 3', [kr('a', 0.8, 2), kr('b', 0.6, 1)], 2.2 / 3, 'green', true],
    ['(1 × 1 + 0.55 × 2) / 3 = 0.7 exactly', [kr('a', 1, 1), kr('b', 0.55, 2)], 0.7, 'green', true],
    ['key results of another objective are left out', [kr('a', 1, 1), kr('b', 0, 5, 'other')], 1, 'green', true],
  ] as const)('%s', (_label, keyResults, score, grade, onTarget) => {
    const report = scoreOkrObjective(okr, [...keyResults]);
    if (score === null) expect(report.score).toBeNull();
    else expect(report.score).toBeCloseTo(score, 12);
    expect(report.grade).toBe(grade);
    expect(report.onTarget).toBe(onTarget);
  });
});

describe('scorePlanOkrs on the example plan', () => {
  // kr-engagement (weight 2): 2 → 2.5; its KPI has no measurement, its check-in of 2027-02-01
  // says 2.1 → 0.1 / 0.5 = 0.2. kr-mentions (weight 1): 0 → 100, nothing recorded → 0.
  // Objective: (0.2 × 2 + 0 × 1) / 3 = 0.1333…, red.
  it('scores the plan as written', () => {
    const [report] = scorePlanOkrs(fixturePlan());
    expect(report?.okrObjective).toBe('marque-preferee');
    expect(report?.score).toBeCloseTo(0.4 / 3, 12);
    expect(report?.grade).toBe('red');
    expect(report?.keyResults.map((kr) => [kr.keyResult, kr.origin.kind, kr.value])).toEqual([
      ['kr-engagement', 'checkIn', 2.1],
      ['kr-mentions', 'startValue', 0],
    ]);
    expect(report?.keyResults[0]?.confidence).toMatchObject({ latest: 0.7, direction: 'flat', checkIns: 1 });
  });

  // A measurement of 2.4 for the engagement KPI → 0.4 / 0.5 = 0.8; 60 mentions typed → 0.6.
  // Objective: (0.8 × 2 + 0.6 × 1) / 3 = 0.7333…, green, on target.
  it('takes the KPI measurement and the typed value once they exist', () => {
    const facts = fixturePlan();
    facts.measurements.push({ kpi: 'engagement-instagram', date: '2027-03-01', value: 2.4, source: 'api' });
    facts.keyResults = facts.keyResults.map((kr) => (kr.key === 'kr-mentions' ? { ...kr, currentValue: 60 } : kr));
    const [report] = scorePlanOkrs(facts);
    expect(report?.score).toBeCloseTo(2.2 / 3, 12);
    expect(report?.grade).toBe('green');
    expect(report?.onTarget).toBe(true);
    expect(report?.keyResults[0]?.origin).toEqual({
      kind: 'kpi',
      kpi: 'engagement-instagram',
      date: '2027-03-01',
      readings: 1,
    });
  });

  it('gives an objective without key results no score, and ignores key results of unknown objectives', () => {
    const facts = fixturePlan();
    facts.okrObjectives.push({ key: 'vide', title: 'Objectif sans résultat clé' });
    facts.keyResults.push({
      key: 'orphan',
      okrObjective: 'inconnu',
      title: 'x',
      startValue: 0,
      targetValue: 1,
      weight: 1,
    });
    const reports = scorePlanOkrs(facts);
    expect(reports.map((r) => [r.okrObjective, r.grade, r.onTarget, r.keyResults.length])).toEqual([
      ['marque-preferee', 'red', false, 2],
      ['vide', null, false, 0],
    ]);
    expect(reports[1]?.score).toBeNull();
  });
});
