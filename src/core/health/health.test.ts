import { describe, expect, it } from 'vitest';
import type { Action, Experiment, Objective, PlanFacts } from '../plan.js';
import { emptyPlan } from '../shared/empty-plan.js';
import { healthScore, planHealth } from './health.js';
import type { Finding } from './findings.js';

/** An empty plan for 2027, to which each case adds just what it tests. */
function plan(extra: Partial<PlanFacts> = {}): PlanFacts {
  return emptyPlan({
    plan: {
      key: 'p',
      name: 'P',
      status: 'active',
      currency: 'EUR',
      locale: 'fr',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    },
    people: [
      { key: 'camille', name: 'Camille', weeklyCapacityHours: 35 },
      { key: 'hugo', name: 'Hugo', weeklyCapacityHours: 35 },
    ],
    businessGoals: [{ key: 'ca', title: 'CA +20 %', kind: 'revenue' }],
    tactics: [{ key: 't', strategy: 's', name: 'Tactique' }],
    ...extra,
  });
}

const smartObjective: Objective = {
  key: 'o',
  title: 'Augmenter le trafic organique de 20 % d’ici le 31 décembre 2027 grâce au SEO',
  type: 'acquisition',
  metric: 'Sessions',
  baseline: 1000,
  target: 1200,
  deadline: '2027-12-31',
  businessGoals: ['ca'],
};

const action = (key: string, extra: Partial<Action> = {}): Action => ({
  key,
  tactic: 't',
  title: `Action ${key}`,
  status: 'todo',
  priority: 'medium',
  isMilestone: false,
  startDate: '2027-02-01',
  dueDate: '2027-02-10',
  ...extra,
});

const rules = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.rule}:${f.entity?.key ?? '-'}`);

describe('plan health', () => {
  // Each row: a plan with one defect, and the finding(s) it must produce (severity:rule:entity),
  // read off the method's rules by hand.
  it.each<[string, PlanFacts, string[]]>([
    [
      'an objective serving no business goal and measured by no KPI',
      plan({ objectives: [{ ...smartObjective, businessGoals: [] }] }),
      [
        'error:objective_without_goal:o',
        'warning:objective_without_kpi:o',
        'warning:smart_failure:o',
        'info:objective_without_strategy:o',
      ],
    ],
    [
      'a strategy serving no objective',
      plan({ strategies: [{ key: 's', name: 'SEO', channel: 'seo', objectives: [], personas: [], swotItems: [] }] }),
      ['warning:strategy_without_objective:s'],
    ],
    [
      'an action with neither Accountable nor Responsible, nor due date',
      plan({ actions: [action('a', { dueDate: null })] }),
      ['error:raci_no_accountable:a', 'error:raci_no_responsible:a', 'warning:action_without_due_date:a'],
    ],
    [
      'an action dated after the plan’s end',
      plan({
        actions: [action('a', { startDate: '2028-01-05', dueDate: '2028-01-20' })],
        raciAssignments: [
          { action: 'a', person: 'camille', role: 'A' },
          { action: 'a', person: 'hugo', role: 'R' },
        ],
      }),
      ['warning:date_outside_plan:a'],
    ],
    [
      'a budget over its envelope (19 000 € planned, 10 000 € − 10 % reserve allocatable)',
      plan({
        budget: { totalAmount: 1_000_000, contingencyPercent: 10 },
        budgetLines: [
          { key: 'b', label: 'Contenu', category: 'content', plannedAmount: 1_900_000, committedAmount: 0 },
        ],
      }),
      ['error:budget_over_allocated:-'],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(rules(planHealth(facts, '2027-03-01').findings)).toEqual(expected);
  });

  it('names the entity at fault by its API collection, as the web app links to it', () => {
    const facts = plan({
      businessGoals: [{ key: 'ca', title: 'CA +20 %', kind: 'revenue', baseline: 100, target: 120 }],
      funnelStages: [
        { key: 'leads', businessGoal: 'ca', name: 'Leads', kind: 'volume', baselineValue: 100, targetValue: 105 },
      ],
      contentItems: [{ key: 'article', title: 'Article', status: 'idea', publishDate: '2028-02-01' }],
    });
    const entities = planHealth(facts, '2027-03-01').findings.map(
      (f) => f.entity && `${f.entity.collection}:${f.entity.key}`,
    );
    expect(entities).toContain('business-goals:ca');
    expect(entities).toContain('content-items:article');
  });

  it('flags an off-track KPI nobody acts on, and stops once a corrective action is planned', () => {
    // Expected on 2027-03-01: 1000 + (1200 − 1000) × 59/364 ≈ 1032; actual 800 is short by 22 %,
    // beyond twice the 10 % tolerance → off track.
    const facts = plan({
      objectives: [smartObjective],
      kpis: [
        {
          key: 'k',
          name: 'Sessions',
          direction: 'increase',
          aggregation: 'last',
          baseline: 1000,
          target: 1200,
          targetDate: '2027-12-31',
          tolerancePercent: 10,
          objective: 'o',
        },
      ],
      measurements: [{ kpi: 'k', date: '2027-02-25', value: 800, source: 'ga4' }],
    });
    expect(rules(planHealth(facts, '2027-03-01').findings)).toContain('error:off_track_without_corrective_action:k');
    const acted = {
      ...facts,
      correctiveActions: [{ key: 'c', kpi: 'k', title: 'Optimisation SEO', status: 'planned' as const }],
    };
    expect(rules(planHealth(acted, '2027-03-01').findings)).not.toContain(
      'error:off_track_without_corrective_action:k',
    );
  });

  describe('experiments', () => {
    const experiment = (extra: Partial<Experiment> = {}): Experiment => ({
      key: 'x',
      name: 'Titre',
      kpi: 'k',
      metricType: 'conversion',
      status: 'running',
      alpha: 0.05,
      power: 0.8,
      startDate: '2027-02-01',
      endDate: '2027-02-28',
      ...extra,
    });
    const kpi = {
      key: 'k',
      name: 'Conversion',
      direction: 'increase' as const,
      aggregation: 'last' as const,
      tolerancePercent: 10,
    };
    const measured = [{ kpi: 'k', date: '2027-02-28', value: 5, source: 'manual' }];
    const withSplit = (control: number, variant: number, extra: Partial<Experiment> = {}) =>
      plan({
        kpis: [kpi],
        measurements: measured,
        experiments: [experiment(extra)],
        experimentVariants: [
          { key: 'a', experiment: 'x', name: 'A', isControl: true, weight: 1 },
          { key: 'b', experiment: 'x', name: 'B', isControl: false, weight: 1 },
        ],
        experimentResults: [
          { variant: 'a', date: '2027-02-10', users: control, conversions: 0 },
          { variant: 'b', date: '2027-02-10', users: variant, conversions: 0 },
        ],
      });
    const experimentRules = (facts: PlanFacts, today: string) =>
      rules(planHealth(facts, today).findings).filter((r) => r.includes('experiment'));

    // A 50/50 split: 5 000 against 5 300 gives χ² = 300²/(2·5 150) ≈ 8.74, p ≈ 0.0031 (scipy.stats.chisquare):
    // not flagged; 5 000 against 5 400 gives χ² ≈ 15.38, p ≈ 8.8e-5: flagged.
    it.each<[string, PlanFacts, string, string[]]>([
      ['a running test within its dates', withSplit(5000, 5300), '2027-02-20', []],
      [
        'a running test past its end with no decision',
        withSplit(5000, 5000),
        '2027-03-01',
        ['warning:experiment_without_decision:x'],
      ],
      [
        'a decided test past its end',
        withSplit(5000, 5000, { status: 'decided', decision: 'ship_variant' }),
        '2027-03-01',
        [],
      ],
      ['a broken traffic split', withSplit(5000, 5400), '2027-02-20', ['warning:experiment_sample_ratio_mismatch:x']],
      ['a draft test is not checked for its split', withSplit(5000, 5400, { status: 'draft' }), '2027-03-01', []],
      ['a test moving no KPI', withSplit(5000, 5000, { kpi: null }), '2027-02-20', ['info:experiment_without_kpi:x']],
    ])('%s', (_, facts, today, expected) => {
      expect(experimentRules(facts, today)).toEqual(expected);
    });
  });

  it('warns when a KPI has not been measured for more than 30 days', () => {
    const kpi = {
      key: 'k',
      name: 'Leads',
      direction: 'increase' as const,
      aggregation: 'last' as const,
      tolerancePercent: 10,
    };
    const measured = (date: string) =>
      plan({ kpis: [kpi], measurements: [{ kpi: 'k', date, value: 1, source: 'manual' }] });
    // 2027-01-29 → 2027-03-01 is 2 + 28 + 1 = 31 days; 2027-01-30 is 30 days: exactly 30 is still recent.
    expect(rules(planHealth(measured('2027-01-29'), '2027-03-01').findings)).toContain(
      'warning:kpi_without_recent_data:k',
    );
    expect(rules(planHealth(measured('2027-01-30'), '2027-03-01').findings)).not.toContain(
      'warning:kpi_without_recent_data:k',
    );
  });

  it('gives a clean plan 100 and says so in both languages for each finding', () => {
    expect(planHealth(plan(), '2027-03-01')).toEqual({
      score: 100,
      counts: { error: 0, warning: 0, info: 0 },
      findings: [],
    });
    const findings = planHealth(plan({ actions: [action('a')] }), '2027-03-01').findings;
    for (const f of findings) {
      expect(f.message.fr.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.message.fr).not.toBe(f.message.en);
    }
  });

  // Score = 100 − 10 per error − 3 per warning, never below 0.
  it.each([
    [[], 100],
    [['error'], 90],
    [['error', 'warning', 'warning', 'info'], 84],
    [Array(11).fill('error'), 0],
  ] as const)('healthScore(%j) = %i', (severities, score) => {
    const findings = severities.map((severity) => ({
      rule: 'r',
      severity,
      message: { fr: 'x', en: 'x' },
      entity: null,
    }));
    expect(healthScore(findings)).toBe(score);
  });
});
