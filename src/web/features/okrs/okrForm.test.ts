import { describe, expect, it } from 'vitest';
import type { CheckInEntity, KeyResultEntity, OkrObjectiveEntity } from '../../../contract/entity-types.js';
import {
  checkInBody,
  confidenceFromPercent,
  keyResultBody,
  keyResultValues,
  localOkrReport,
  okrBody,
  okrValues,
  recentCheckIns,
  weightShares,
} from './okrForm';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

const okr: OkrObjectiveEntity = {
  id: 'okr1',
  key: 'marque-preferee',
  position: 0,
  title: 'Devenir la marque préférée des jeunes adultes',
  description: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  ownerId: null,
  objectiveId: null,
  ...stamp,
};

function keyResult(id: string, fields: Partial<KeyResultEntity> = {}): KeyResultEntity {
  return {
    id,
    key: id,
    position: 0,
    title: id,
    metric: null,
    unit: null,
    startValue: 0,
    targetValue: 100,
    currentValue: null,
    weight: 1,
    okrObjectiveId: 'okr1',
    ...stamp,
    ...fields,
  };
}

function checkIn(id: string, keyResultId: string, date: string, value: number, confidence: number | null = null) {
  return {
    id,
    position: 0,
    date,
    value,
    confidence,
    note: null,
    keyResultId,
    ...stamp,
    createdAt: `${date}T09:00:00Z`,
  } satisfies CheckInEntity;
}

describe('confidenceFromPercent', () => {
  it.each<[number | null, number | null]>([
    [null, null],
    [0, 0],
    [70, 0.7],
    [100, 1],
    [33.3, 0.333],
    [12.5, 0.125],
  ])('%s percent → %s', (percent, expected) => {
    expect(confidenceFromPercent(percent)).toBe(expected);
  });
});

describe('request bodies', () => {
  it('sends a check-in’s confidence as 0–1 and its value as a number', () => {
    expect(
      checkInBody({ date: '2026-02-15', value: '1\u202f250,5', confidence: '65', note: '  Campagne lancée ' }, 'kr1'),
    ).toEqual({ keyResultId: 'kr1', date: '2026-02-15', value: 1250.5, confidence: 0.65, note: 'Campagne lancée' });
    expect(checkInBody({ date: '2026-02-15', value: 3, confidence: '', note: '' }, 'kr1')).toEqual({
      keyResultId: 'kr1',
      date: '2026-02-15',
      value: 3,
      confidence: null,
      note: null,
    });
  });

  it('gives a key result the API’s defaults when start and weight are left empty', () => {
    const values = { ...keyResultValues(null), title: ' Trafic ', targetValue: '40', startValue: '', weight: '' };
    expect(keyResultBody(values, 'okr1')).toEqual({
      okrObjectiveId: 'okr1',
      title: 'Trafic',
      metric: null,
      unit: null,
      startValue: 0,
      targetValue: 40,
      currentValue: null,
      weight: 1,
    });
  });

  it('clears an OKR’s optional fields with null', () => {
    expect(okrBody({ ...okrValues(okr), ownerId: '', objectiveId: null, periodEnd: '' })).toEqual({
      title: okr.title,
      description: null,
      periodStart: '2026-01-01',
      periodEnd: null,
      ownerId: null,
      objectiveId: null,
    });
  });
});

describe('recentCheckIns', () => {
  it('keeps the key result’s check-ins, latest date first', () => {
    const list = [
      checkIn('a', 'kr1', '2026-01-10', 1),
      checkIn('b', 'kr2', '2026-03-01', 2),
      checkIn('c', 'kr1', '2026-02-20', 3),
      checkIn('d', 'kr1', '2026-01-31', 4),
    ];
    expect(recentCheckIns(list, 'kr1').map((c) => c.id)).toEqual(['c', 'd', 'a']);
  });
});

describe('weightShares', () => {
  it.each<[number[], number[]]>([
    [
      [1, 1],
      [0.5, 0.5],
    ],
    [
      [3, 1],
      [0.75, 0.25],
    ],
    [
      [0, 0],
      [0.5, 0.5],
    ],
    [
      [2, 0, 2],
      [0.5, 0, 0.5],
    ],
  ])('%j → %j', (weights, shares) => {
    const krs = weights.map((weight, index) => keyResult(`kr${index}`, { weight }));
    const result = weightShares(krs);
    expect(krs.map((kr) => result.get(kr.id))).toEqual(shares);
  });
});

describe('localOkrReport', () => {
  it('scores key results from their latest check-in and weights them', () => {
    // kr1: 0 → 100, latest check-in 50 → 0.5; kr2: 10 → 20, current value 20 → 1; weights 3 and 1:
    // (0.5 × 3 + 1 × 1) / 4 = 0.625.
    const krs = [
      keyResult('kr1', { weight: 3 }),
      keyResult('kr2', { startValue: 10, targetValue: 20, currentValue: 20 }),
    ];
    const report = localOkrReport(okr, krs, [
      checkIn('a', 'kr1', '2026-01-10', 20, 0.5),
      checkIn('b', 'kr1', '2026-02-10', 50, 0.8),
    ]);
    expect(report.keyResults.map((kr) => [kr.keyResult, kr.score, kr.origin.kind])).toEqual([
      ['kr1', 0.5, 'checkIn'],
      ['kr2', 1, 'currentValue'],
    ]);
    expect(report.score).toBeCloseTo(0.625);
    expect(report.grade).toBe('yellow');
    expect(report.keyResults[0]?.confidence?.latest).toBe(0.8);
  });
});
