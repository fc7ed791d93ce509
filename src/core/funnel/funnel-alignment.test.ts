import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { BusinessGoal, FunnelStage, PlanFacts } from '../plan.js';
import { funnelAlignment } from './funnel-alignment.js';

/** A plan with only business goals and funnel stages: the rest is empty. */
function facts(businessGoals: BusinessGoal[], funnelStages: FunnelStage[]): PlanFacts {
  const plan = { key: 'p', name: 'P', status: 'active', currency: 'EUR', locale: 'fr' } as const;
  const empty = Object.fromEntries(
    ['people', 'personas', 'swotItems', 'objectives', 'okrObjectives', 'keyResults', 'checkIns', 'strategies']
      .concat(['tactics', 'actions', 'raciAssignments', 'actionDependencies', 'contentItems', 'budgetLines'])
      .concat(['spendEntries', 'budgetScenarios', 'scenarioAllocations', 'kpis', 'kpiTargets', 'measurements'])
      .concat(['correctiveActions', 'experiments', 'experimentVariants', 'experimentResults'])
      .map((name) => [name, []]),
  );
  return { ...empty, plan, businessGoals, funnelStages } as unknown as PlanFacts;
}

const goal = (key: string, o: Partial<BusinessGoal>): BusinessGoal => ({ key, title: key, kind: 'revenue', ...o });
const stage = (goalKey: string, key: string, o: Partial<FunnelStage>): FunnelStage => ({
  key,
  businessGoal: goalKey,
  name: key,
  kind: 'volume',
  ...o,
});
const nbsp = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const pct = { kind: 'rate', unit: '%' } as const;

describe('funnelAlignment — implied against required change', () => {
  /*
   * Worked by hand (implied = Π target/baseline of the stages − 1; required = target/baseline − 1):
   * - method: leads 1000 → 1300 (×1.3), conversion 10 % → 11 % (×1.1): 1.43 − 1 = +43 % ≥ +20 %.
   *   Funnel outcome 1000 × 0.10 = 100 → 1300 × 0.11 = 143 (the % rate counts as value/100).
   * - exact: volume 50 → 60 = +20 % against 100 → 120 = +20 %: covered at the boundary.
   * - fraction: 1000 × 0.02 = 20 → 1000 × 0.025 = 25 (a rate without "%" is used as written): +25 %.
   * - falling, covered: cost 1000 → 800 (−20 %); cost per lead 1 → 0.75 with 1000 leads: −25 % ≤ −20 %.
   * - falling, short: cost per lead 1 → 0.9: −10 % > −20 % → 10 points short.
   * - rising, short: ×1.1 × 1.1 = +21 % against +30 % → 9 points short.
   */
  it.each([
    ['method', 100, 120, [{ v: [1000, 1300] }, { v: [10, 11], ...pct }], 'covered', 0.43, 0.2, 100, 143],
    ['exact', 100, 120, [{ v: [50, 60] }], 'covered', 0.2, 0.2, 50, 60],
    ['fraction', 10, 12, [{ v: [1000, 1000] }, { v: [0.02, 0.025], kind: 'rate' }], 'covered', 0.25, 0.2, 20, 25],
    [
      'falling, covered',
      1000,
      800,
      [{ v: [1000, 1000] }, { v: [1, 0.75], kind: 'value' }],
      'covered',
      -0.25,
      -0.2,
      1000,
      750,
    ],
    [
      'falling, short',
      1000,
      800,
      [{ v: [1000, 1000] }, { v: [1, 0.9], kind: 'value' }],
      'shortfall',
      -0.1,
      -0.2,
      1000,
      900,
    ],
    ['rising, short', 100, 130, [{ v: [100, 110] }, { v: [10, 11], ...pct }], 'shortfall', 0.21, 0.3, 10, 12.1],
  ] as const)('%s → %s', (_name, baseline, target, stages, status, implied, required, funnelBase, funnelTarget) => {
    const stageRows = stages.map((s, i) =>
      stage('g', `s${i}`, {
        kind: 'kind' in s ? s.kind : 'volume',
        unit: 'unit' in s ? s.unit : null,
        baselineValue: s.v[0],
        targetValue: s.v[1],
      }),
    );
    const [report] = funnelAlignment(facts([goal('g', { baseline, target })], stageRows));
    expect(report?.status).toBe(status);
    expect(report?.impliedChange).toBeCloseTo(implied, 12);
    expect(report?.requiredChange).toBeCloseTo(required, 12);
    expect(report?.funnelBaseline).toBeCloseTo(funnelBase, 9);
    expect(report?.funnelTarget).toBeCloseTo(funnelTarget, 9);
  });

  it('writes the method’s example as a sentence', () => {
    const [report] = funnelAlignment(
      facts(
        [goal('ca', { baseline: 100, target: 120 })],
        [
          stage('ca', 'leads', { name: 'Leads qualifiés', baselineValue: 1000, targetValue: 1300 }),
          stage('ca', 'conv', { name: 'Conversion des leads', ...pct, baselineValue: 10, targetValue: 11 }),
        ],
      ),
    );
    expect(nbsp(report?.summary.fr)).toBe(
      'Vos cibles impliquent +43 % de chiffre d’affaires pour un objectif de +20 % : couvert.',
    );
    expect(report?.summary.en).toBe('Your targets imply +43% revenue for a goal of +20%: covered.');
    expect(report?.gap).toBeNull();
    expect(report?.stageNeeds).toEqual([]);
  });
});

describe('funnelAlignment — a shortfall and what each stage alone would need', () => {
  /*
   * Revenue 800 000 → 1 040 000 EUR: +30 %. Sessions 40 000 → 44 000, conversion 2 % → 2.2 %, basket
   * 45 → 45 EUR: implied 1.1 × 1.1 − 1 = +21 %. Gap 9 points, 800 000 × 0.09 = 72 000 EUR.
   * Each stage alone must grow by 1.30 / 1.21 = 1.0743802: sessions 44 000 → 47 272.73 (shown 47 273,
   * rounded up so that it covers), conversion 2.2 → 2.3636 (shown 2.4), basket 45 → 48.347 (shown 48.4).
   */
  const [report] = funnelAlignment(
    facts(
      [goal('ca', { baseline: 800000, target: 1040000, unit: 'EUR' })],
      [
        stage('ca', 'sessions', { name: 'Sessions', baselineValue: 40000, targetValue: 44000 }),
        stage('ca', 'conv', { name: 'Taux de conversion', ...pct, baselineValue: 2, targetValue: 2.2 }),
        stage('ca', 'basket', { name: 'Panier moyen', kind: 'value', unit: 'EUR', baselineValue: 45, targetValue: 45 }),
      ],
    ),
  );

  it('gives the gap in points and in euros', () => {
    expect(report?.status).toBe('shortfall');
    expect(report?.gap?.points).toBeCloseTo(9, 9);
    expect(report?.gap?.outcome).toBeCloseTo(72000, 6);
    expect(report?.gap?.unit).toBe('EUR');
    expect(nbsp(report?.summary.fr)).toBe(
      'Vos cibles impliquent +21 % de chiffre d’affaires pour un objectif de +30 % : il manque 9 points, soit 72 000 EUR.',
    );
    expect(report?.summary.en).toBe(
      'Your targets imply +21% revenue for a goal of +30%: 9 points short, i.e. 72,000 EUR.',
    );
  });

  it.each([
    ['sessions', 44000, 47272.727273, 'Portez « Sessions » de 44 000 à 47 273 pour couvrir l’objectif.'],
    ['conv', 2.2, 2.363636, 'Portez « Taux de conversion » de 2,2 % à 2,4 % pour couvrir l’objectif.'],
    ['basket', 45, 48.347107, 'Portez « Panier moyen » de 45 EUR à 48,4 EUR pour couvrir l’objectif.'],
  ])('%s: %f → %f', (key, from, to, fr) => {
    const need = report?.stageNeeds.find((n) => n.stage === key);
    expect(need?.from).toBe(from);
    expect(need?.to).toBeCloseTo(to, 5);
    expect(need?.change).toBeCloseTo(0.0743802, 6);
    expect(need?.reachable).toBe(true);
    expect(nbsp(need?.message.fr)).toBe(fr);
  });

  it('says it in English too', () => {
    expect(report?.stageNeeds[1]?.message.en).toBe('Raise “Taux de conversion” from 2.2% to 2.4% to cover the goal.');
  });
});

describe('funnelAlignment — needs that go down or out of reach', () => {
  // Cost 1000 → 800 (−20 %) with cost per lead 1 → 0.9 (−10 %): each stage × 0.8/0.9. Leads
  // 1000 → 888.9, shown rounded down to 888; cost per lead 0.9 → 0.8.
  it('asks to bring a stage down for a falling goal', () => {
    const [report] = funnelAlignment(
      facts(
        [goal('cost', { kind: 'other', metric: 'Coût d’acquisition', baseline: 1000, target: 800 })],
        [
          stage('cost', 'leads', { name: 'Leads', baselineValue: 1000, targetValue: 1000 }),
          stage('cost', 'cpl', { name: 'Coût par lead', kind: 'value', baselineValue: 1, targetValue: 0.9 }),
        ],
      ),
    );
    expect(report?.gap?.points).toBeCloseTo(10, 9);
    expect(report?.gap?.outcome).toBeCloseTo(100, 9);
    expect(nbsp(report?.summary.fr)).toBe(
      'Vos cibles impliquent -10 % sur « Coût d’acquisition » pour un objectif de -20 % : il manque 10 points, soit 100.',
    );
    expect(nbsp(report?.stageNeeds[0]?.message.fr)).toBe('Ramenez « Leads » de 1 000 à 888 pour couvrir l’objectif.');
    expect(report?.stageNeeds[1]?.message.en).toBe('Bring “Coût par lead” down from 0.9 to 0.8 to cover the goal.');
  });

  // 100 → 300 (+200 %) with a rate 50 % → 60 % (+20 %): each stage × 3/1.2 = 2.5; the rate would
  // need 150 %: out of reach; the volume 100 → 250 is not.
  it('flags a rate that would have to pass 100 %', () => {
    const [report] = funnelAlignment(
      facts(
        [goal('g', { kind: 'market', title: 'Nouveau marché', baseline: 100, target: 300 })],
        [
          stage('g', 'vol', { name: 'Visiteurs', baselineValue: 100, targetValue: 100 }),
          stage('g', 'rate', { name: 'Taux', ...pct, baselineValue: 50, targetValue: 60 }),
        ],
      ),
    );
    expect(report?.stageNeeds.map((n) => [n.to, n.reachable])).toEqual([
      [250, true],
      [150, false],
    ]);
    expect(nbsp(report?.stageNeeds[1]?.message.fr)).toBe(
      'Il faudrait porter « Taux » de 60 % à 150 % : hors d’atteinte à lui seul.',
    );
    expect(report?.summary.en).toMatch(/^Your targets imply \+20% on the goal “Nouveau marché” for a goal of \+200%/);
  });
});

describe('funnelAlignment — goals it cannot judge', () => {
  it('reports a goal without a funnel', () => {
    const [report] = funnelAlignment(facts([goal('g', { title: 'CA', baseline: 100, target: 120 })], []));
    expect(report?.status).toBe('no_funnel');
    expect(report?.requiredChange).toBeCloseTo(0.2, 12);
    expect(report?.impliedChange).toBeNull();
    expect(report?.summary.fr).toMatch(/^Aucun entonnoir pour « CA »/);
  });

  it('says which values are missing', () => {
    const [report] = funnelAlignment(
      facts(
        [goal('g', { title: 'CA', target: 120 }), goal('other', {})],
        [
          stage('g', 'a', { name: 'Sessions', baselineValue: 100 }),
          stage('g', 'b', { name: 'Taux', ...pct, baselineValue: 0, targetValue: 2 }),
          stage('elsewhere', 'c', { baselineValue: 1, targetValue: 2 }),
        ],
      ),
    );
    expect(report?.status).toBe('incomplete');
    expect(report?.missing.map((m) => [m.stage, m.field, m.problem])).toEqual([
      [null, 'baseline', 'missing'],
      ['a', 'targetValue', 'missing'],
      ['b', 'baselineValue', 'not_positive'],
    ]);
    expect(report?.summary.fr).toBe(
      'Entonnoir de « CA » incomplet : valeur de départ de l’objectif manquante, valeur cible de « Sessions » manquante et valeur de départ de « Taux » nulle ou négative.',
    );
    expect(report?.summary.en).toBe(
      'Funnel of “CA” incomplete: the goal’s baseline missing, target of “Sessions” missing and baseline of “Taux” zero or negative.',
    );
  });
});

describe('funnelAlignment on the example plan', () => {
  // ca-plus-30: 800 000 → 1 040 000 (+30 %); sessions ×1.5, conversion 2 → 2.2 (×1.1), basket 45 → 47:
  // 1.5 × 1.1 × 47/45 − 1 = 1.65 × 1.0444444 − 1 = +72.33 % → covered.
  it('finds the +30 % goal covered', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '../../../test/fixtures/plan-full.yaml'), 'utf8');
    const parsed = parsePlanDocument(text);
    if (!parsed.ok) throw new Error('the example plan must parse');
    const [report] = funnelAlignment(parsed.document as PlanFacts);
    expect(report?.status).toBe('covered');
    expect(report?.impliedChange).toBeCloseTo(0.7233333, 6);
    expect(nbsp(report?.summary.fr)).toBe(
      'Vos cibles impliquent +72,3 % de chiffre d’affaires pour un objectif de +30 % : couvert.',
    );
  });
});
