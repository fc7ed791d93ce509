import { describe, expect, it } from 'vitest';
import {
  alignmentByGoal,
  DRAFT_ID,
  formatRelativeChange,
  formatValue,
  previewGoal,
  previewStage,
  stagesOf,
  toCoreStage,
  toPlanFacts,
  type GoalInput,
  type StageInput,
} from './alignment';
import { moveStage } from './stageOrder';

const goal = (id: string, o: Partial<GoalInput> = {}): GoalInput => ({
  id,
  key: `key-${id}`,
  title: `Goal ${id}`,
  description: null,
  kind: 'revenue',
  metric: null,
  unit: null,
  baseline: 100,
  target: 120,
  deadline: null,
  ...o,
});

const stage = (id: string, goalId: string, o: Partial<StageInput> = {}): StageInput => ({
  id,
  key: `key-${id}`,
  position: 0,
  businessGoalId: goalId,
  name: `Stage ${id}`,
  kind: 'volume',
  unit: null,
  baselineValue: 1,
  targetValue: 1,
  ...o,
});

/** The method's example: revenue +20 %, leads 1000 → 1300 (+30 %), conversion 10 % → 11 % (+10 %). */
const methodGoal = goal('g1', { title: 'CA 2026', baseline: 100, target: 120 });
const leads = stage('s1', 'g1', { name: 'Leads qualifiés', position: 3, baselineValue: 1000, targetValue: 1300 });
const conversion = stage('s2', 'g1', {
  name: 'Conversion des leads',
  position: 5,
  kind: 'rate',
  unit: '%',
  baselineValue: 10,
  targetValue: 11,
});
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('entity → core conversion', () => {
  it('links a stage to its goal by the goal’s key', () => {
    expect(toCoreStage(leads, 'ca-2026')).toEqual({
      key: 'key-s1',
      businessGoal: 'ca-2026',
      name: 'Leads qualifiés',
      kind: 'volume',
      unit: null,
      baselineValue: 1000,
      targetValue: 1300,
    });
  });

  it('keeps only the stages of known goals, in the plan’s order', () => {
    const orphan = stage('s9', 'gone');
    const facts = toPlanFacts([methodGoal], [conversion, orphan, leads]);
    expect(facts.businessGoals.map((g) => g.key)).toEqual(['key-g1']);
    expect(facts.funnelStages.map((s) => [s.key, s.businessGoal])).toEqual([
      ['key-s1', 'key-g1'],
      ['key-s2', 'key-g1'],
    ]);
  });

  it.each([
    ['by position', [stage('a', 'g', { position: 2 }), stage('b', 'g', { position: 1 })], ['b', 'a']],
    ['by id on a tie', [stage('b', 'g', { position: 1 }), stage('a', 'g', { position: 1 })], ['a', 'b']],
    ['other goals left out', [stage('a', 'g', { position: 1 }), stage('x', 'h', { position: 0 })], ['a']],
  ])('orders a goal’s stages %s', (_name, rows, ids) => {
    expect(stagesOf('g', rows).map((s) => s.id)).toEqual(ids);
  });
});

describe('alignment by goal (known answers)', () => {
  /*
   * By hand: implied = Π(target/baseline) − 1, required = target/baseline − 1.
   * - method: 1.3 × 1.1 − 1 = +43 % ≥ +20 % → covered.
   * - short: 100 → 110 (×1.1) and 10 → 11 % (×1.1): +21 % < +30 % → shortfall, one need per stage.
   * - falling: cost 1000 → 800 (−20 %), cost per lead 1 → 0.75 with 1000 leads: −25 % ≤ −20 % → covered.
   * - no stages → no funnel; a stage without target → incomplete.
   */
  it.each([
    ['method', methodGoal, [leads, conversion], 'covered', 0.43, 0.2, 0],
    [
      'short',
      goal('g1', { baseline: 100, target: 130 }),
      [
        stage('a', 'g1', { baselineValue: 100, targetValue: 110 }),
        stage('b', 'g1', { kind: 'rate', unit: '%', baselineValue: 10, targetValue: 11 }),
      ],
      'shortfall',
      0.21,
      0.3,
      2,
    ],
    [
      'falling',
      goal('g1', { kind: 'other', baseline: 1000, target: 800 }),
      [
        stage('a', 'g1', { baselineValue: 1000, targetValue: 1000 }),
        stage('b', 'g1', { kind: 'value', baselineValue: 1, targetValue: 0.75 }),
      ],
      'covered',
      -0.25,
      -0.2,
      0,
    ],
    ['no funnel', methodGoal, [], 'no_funnel', null, 0.2, 0],
    ['incomplete', methodGoal, [stage('a', 'g1', { targetValue: null })], 'incomplete', null, 0.2, 0],
  ] as const)('%s → %s', (_name, g, stages, status, implied, required, needs) => {
    const report = alignmentByGoal([g], stages).get(g.id);
    expect(report?.status).toBe(status);
    if (implied === null) expect(report?.impliedChange).toBeNull();
    else expect(report?.impliedChange).toBeCloseTo(implied, 9);
    expect(report?.requiredChange).toBeCloseTo(required, 9);
    expect(report?.stageNeeds).toHaveLength(needs);
  });

  it('writes the method’s example in both languages', () => {
    const report = alignmentByGoal([methodGoal], [leads, conversion]).get('g1');
    expect(plain(report?.summary.fr)).toBe(
      'Vos cibles impliquent +43 % de chiffre d’affaires pour un objectif de +20 % : couvert.',
    );
    expect(report?.summary.en).toBe('Your targets imply +43% revenue for a goal of +20%: covered.');
  });

  it('checks each goal against its own stages only', () => {
    const second = goal('g2', { baseline: 100, target: 200 });
    const reports = alignmentByGoal(
      [methodGoal, second],
      [leads, conversion, stage('c', 'g2', { baselineValue: 10, targetValue: 15 })],
    );
    expect(reports.get('g1')?.status).toBe('covered');
    expect(reports.get('g2')?.status).toBe('shortfall');
    expect(reports.get('g2')?.impliedChange).toBeCloseTo(0.5, 9);
  });
});

describe('live preview with the values being typed', () => {
  it.each([
    // Goal target typed: +43 % implied against 120 → +20 % (covered), 150 → +50 % (short by 7 points).
    [120, 'covered', 0.2],
    [150, 'shortfall', 0.5],
    [143, 'covered', 0.43],
    [null, 'incomplete', null],
  ] as const)('goal target %s → %s', (target, status, required) => {
    const report = previewGoal([methodGoal], [leads, conversion], { ...methodGoal, target });
    expect(report.status).toBe(status);
    if (required === null) expect(report.requiredChange).toBeNull();
    else expect(report.requiredChange).toBeCloseTo(required, 9);
  });

  it('previews a goal being created, without stages yet', () => {
    const draft = goal(DRAFT_ID, { key: DRAFT_ID, title: 'Nouveau marché', baseline: 50, target: 60 });
    const report = previewGoal([methodGoal], [leads, conversion], draft);
    expect(report.status).toBe('no_funnel');
    expect(report.requiredChange).toBeCloseTo(0.2, 9);
  });

  it.each([
    // Conversion target typed: 1.3 × 11/10 = +43 % covered; 1.3 × 9/10 = +17 % short of +20 %.
    [11, 'covered', 0.43],
    [9, 'shortfall', 0.17],
    [null, 'incomplete', null],
  ] as const)('stage target %s → %s', (targetValue, status, implied) => {
    const report = previewStage([methodGoal], [leads, conversion], { ...conversion, targetValue });
    expect(report?.status).toBe(status);
    if (implied === null) expect(report?.impliedChange).toBeNull();
    else expect(report?.impliedChange).toBeCloseTo(implied, 9);
  });

  it('adds a stage being created to its goal’s funnel', () => {
    // Leads alone: +30 % ≥ +20 %. Adding a basket 50 → 45 EUR: 1.3 × 0.9 − 1 = +17 % → short.
    const basket = stage(DRAFT_ID, 'g1', {
      key: DRAFT_ID,
      position: 99,
      kind: 'value',
      unit: 'EUR',
      baselineValue: 50,
      targetValue: 45,
    });
    expect(previewStage([methodGoal], [leads], { ...basket, targetValue: 65 })?.status).toBe('covered');
    const report = previewStage([methodGoal], [leads], basket);
    expect(report?.status).toBe('shortfall');
    expect(report?.impliedChange).toBeCloseTo(0.17, 9);
    expect(report?.stageNeeds.map((n) => n.stage)).toEqual(['key-s1', DRAFT_ID]);
  });
});

describe('formatting', () => {
  it.each([
    [100, 120, 'fr', '+20 %'],
    [100, 120, 'en', '+20%'],
    [1000, 800, 'fr', '-20 %'],
    [10, 11.5, 'en', '+15%'],
    [100, 100, 'en', '0%'],
    [0, 10, 'fr', null],
    [null, 10, 'fr', null],
    [100, null, 'en', null],
  ] as const)('change %s → %s in %s = %s', (baseline, target, lang, expected) => {
    expect(plain(formatRelativeChange(baseline, target, lang) ?? undefined) ?? null).toBe(expected);
  });

  it.each([
    [1200000, 'EUR', 'fr', '1 200 000 EUR'],
    [1200000, 'EUR', 'en', '1,200,000 EUR'],
    [2.5, '%', 'fr', '2,5 %'],
    [2.5, '%', 'en', '2.5%'],
    [0.0225, null, 'en', '0.0225'],
    [null, 'EUR', 'fr', null],
  ] as const)('value %s %s in %s = %s', (value, unit, lang, expected) => {
    expect(plain(formatValue(value, unit, lang) ?? undefined) ?? null).toBe(expected);
  });
});

describe('moving a stage', () => {
  const rows = [
    { id: 'a', version: 1, position: 3 },
    { id: 'b', version: 4, position: 5 },
    { id: 'c', version: 2, position: 9 },
  ];
  it.each([
    [
      'b up: a and b swap positions',
      1,
      -1,
      [
        { id: 'b', version: 4, position: 3 },
        { id: 'a', version: 1, position: 5 },
      ],
    ],
    [
      'a down',
      0,
      1,
      [
        { id: 'b', version: 4, position: 3 },
        { id: 'a', version: 1, position: 5 },
      ],
    ],
    [
      'c up',
      2,
      -1,
      [
        { id: 'c', version: 2, position: 5 },
        { id: 'b', version: 4, position: 9 },
      ],
    ],
    ['a up: already first', 0, -1, []],
    ['c down: already last', 2, 1, []],
  ] as const)('%s', (_name, index, delta, expected) => {
    expect(moveStage(rows, index, delta)).toEqual(expected);
  });

  it('numbers the stages again when two share a position', () => {
    const tied = [
      { id: 'a', version: 1, position: 2 },
      { id: 'b', version: 1, position: 2 },
      { id: 'c', version: 1, position: 7 },
    ];
    // Moving c up gives a, c, b on the slots 2, 3, 4: a keeps 2, c takes 3, b takes 4.
    expect(moveStage(tied, 2, -1)).toEqual([
      { id: 'c', version: 1, position: 3 },
      { id: 'b', version: 1, position: 4 },
    ]);
  });
});
