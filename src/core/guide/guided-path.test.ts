import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { Action, Kpi, Objective, PlanFacts } from '../plan.js';
import { emptyPlan } from '../shared/empty-plan.js';
import { guidedPath } from './guided-path.js';
import type { GuideStepId } from './types.js';

const TODAY = '2027-03-01';

function fixturePlan(): PlanFacts {
  const parsed = parsePlanDocument(
    readFileSync(new URL('../../../test/fixtures/plan-full.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document as unknown as PlanFacts;
}

/** An empty plan for 2027, to which each case adds just what it tests. */
const plan = (parts: Partial<PlanFacts> = {}): PlanFacts =>
  emptyPlan({
    plan: { key: 'p', name: 'P', status: 'active', currency: 'EUR', locale: 'fr', startDate: '2027-01-01' },
    ...parts,
  });

const doneSteps = (facts: PlanFacts) =>
  guidedPath(facts, TODAY)
    .stages.flatMap((s) => s.steps)
    .filter((s) => s.done)
    .map((s) => s.id);

const step = (facts: PlanFacts, id: GuideStepId) => {
  const found = guidedPath(facts, TODAY)
    .stages.flatMap((s) => s.steps)
    .find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

/** A goal with no figures: it lets objectives link to it without doing the business-goal step. */
const bareGoal = { key: 'ca', title: 'CA +20 %', kind: 'revenue' as const };

const objective = (key: string, extra: Partial<Objective> = {}): Objective => ({
  key,
  title: `Objectif ${key}`,
  type: 'acquisition',
  businessGoals: [],
  ...extra,
});

/** The method's kind of objective: specific, measured, reachable, tied to a goal and dated. */
const smartObjective = objective('o', {
  title: 'Augmenter le trafic organique de 20 % d’ici le 31 décembre 2027 grâce au SEO',
  metric: 'Sessions',
  baseline: 1000,
  target: 1200,
  deadline: '2027-12-31',
  businessGoals: ['ca'],
});

const action = (key: string, extra: Partial<Action> = {}): Action => ({
  key,
  tactic: 't',
  title: `Action ${key}`,
  status: 'todo',
  priority: 'medium',
  isMilestone: false,
  ...extra,
});

const kpi = (key: string, extra: Partial<Kpi> = {}): Kpi => ({
  key,
  name: `KPI ${key}`,
  direction: 'increase',
  aggregation: 'last',
  tolerancePercent: 10,
  ...extra,
});

/** Judged on 2027-02-25: expected 1000 + 200 × 55/364 ≈ 1030; 800 is 22 % short, beyond twice the tolerance. */
const offTrack = {
  kpis: [kpi('k', { baseline: 1000, target: 1200, targetDate: '2027-12-31' })],
  measurements: [{ kpi: 'k', date: '2027-02-25', value: 800, source: 'ga4' }],
};

const people = [
  { key: 'camille', name: 'Camille', weeklyCapacityHours: 35 },
  { key: 'hugo', name: 'Hugo', weeklyCapacityHours: 35 },
];

describe('guidedPath', () => {
  it('has nothing done on an empty plan, and counts every step', () => {
    const path = guidedPath(plan(), TODAY);
    expect(path.stages.map((s) => s.id)).toEqual(['foundations', 'objectives', 'action-plan', 'tracking']);
    expect(path).toMatchObject({ done: 0, total: 15, complete: false });
    expect(path.stages.flatMap((s) => s.steps).every((s) => !s.done)).toBe(true);
  });

  // Each row: the least a plan needs for a step, and the steps that makes done (read off each step's title).
  it.each<[string, Partial<PlanFacts>, GuideStepId[]]>([
    [
      'a business goal with a baseline, a target and a deadline',
      { businessGoals: [{ ...bareGoal, baseline: 800, target: 960, deadline: '2027-12-31' }] },
      ['business-goal'],
    ],
    [
      'a funnel with a volume, a rate and a value stage',
      {
        businessGoals: [bareGoal],
        funnelStages: [
          { key: 'v', businessGoal: 'ca', name: 'Visites', kind: 'volume' },
          { key: 'r', businessGoal: 'ca', name: 'Conversion', kind: 'rate' },
          { key: 'p', businessGoal: 'ca', name: 'Panier', kind: 'value' },
        ],
      },
      ['funnel'],
    ],
    [
      'a persona',
      {
        personas: [
          {
            key: 'claire',
            name: 'Claire',
            values: [],
            interests: [],
            motivations: [],
            painPoints: [],
            preferredChannels: [],
            sources: [],
          },
        ],
      },
      ['persona'],
    ],
    [
      'a SWOT item in each quadrant',
      {
        swotItems: (['strength', 'weakness', 'opportunity', 'threat'] as const).map((quadrant) => ({
          key: quadrant,
          quadrant,
          title: quadrant,
          weight: 3,
        })),
      },
      ['swot'],
    ],
    ['a positioning statement', { positioning: { statement: 'Pour les familles…' } }, ['positioning']],
    [
      'an objective linked to a business goal, not SMART',
      { businessGoals: [bareGoal], objectives: [objective('o', { businessGoals: ['ca'] })] },
      ['objectives-linked'],
    ],
    [
      // The SMART check's "relevant" criterion asks for the link too.
      'a SMART objective',
      { businessGoals: [bareGoal], objectives: [smartObjective] },
      ['objectives-linked', 'smart-objectives'],
    ],
    [
      'an OKR with a key result',
      {
        okrObjectives: [{ key: 'okr', title: 'Marque préférée' }],
        keyResults: [{ key: 'kr', okrObjective: 'okr', title: 'Engagement', startValue: 2, targetValue: 3, weight: 1 }],
      },
      ['okr'],
    ],
    [
      'an objective measured by a KPI with a target',
      { objectives: [objective('o')], kpis: [kpi('k', { objective: 'o', target: 1200 })] },
      ['kpis'],
    ],
    [
      'an objective served by a strategy',
      {
        objectives: [objective('o')],
        strategies: [{ key: 's', name: 'SEO', channel: 'seo', objectives: ['o'], personas: [], swotItems: [] }],
      },
      ['strategies'],
    ],
    [
      'a tactic with a dated action, nobody assigned',
      { tactics: [{ key: 't', strategy: 's', name: 'Blog' }], actions: [action('a', { dueDate: '2027-04-01' })] },
      ['dated-actions'],
    ],
    [
      'an undated action with one A and one R',
      {
        people,
        actions: [action('a')],
        raciAssignments: [
          { action: 'a', person: 'camille', role: 'A' },
          { action: 'a', person: 'hugo', role: 'R' },
        ],
      },
      ['raci'],
    ],
    [
      'a budget envelope with a line',
      {
        budget: { totalAmount: 1_000_000, contingencyPercent: 10 },
        budgetLines: [{ key: 'b', label: 'Contenu', category: 'content', plannedAmount: 500_000, committedAmount: 0 }],
      },
      ['budget'],
    ],
    [
      // No target, so nothing can be off track: tracking has started and needs no correction.
      'a KPI measured, with no target',
      { kpis: [kpi('k')], measurements: [{ kpi: 'k', date: '2027-02-28', value: 5, source: 'manual' }] },
      ['measurements', 'corrective-actions'],
    ],
    ['a KPI off track that nobody acts on', offTrack, ['measurements']],
    [
      'a KPI off track with a corrective action planned',
      { ...offTrack, correctiveActions: [{ key: 'c', kpi: 'k', title: 'Optimisation SEO', status: 'planned' }] },
      ['measurements', 'corrective-actions'],
    ],
  ])('%s', (_name, parts, expected) => {
    expect(doneSteps(plan(parts))).toEqual(expected);
  });

  it.each<[string, Partial<PlanFacts>, GuideStepId]>([
    [
      'a business goal without a deadline',
      { businessGoals: [{ ...bareGoal, baseline: 800, target: 960 }] },
      'business-goal',
    ],
    ['a positioning with only blanks', { positioning: { statement: '   ' } }, 'positioning'],
    ['an OKR without key results', { okrObjectives: [{ key: 'okr', title: 'Marque préférée' }] }, 'okr'],
    [
      'an objective whose KPI has no target',
      { objectives: [objective('o')], kpis: [kpi('k', { objective: 'o' })] },
      'kpis',
    ],
    [
      'an action with two Accountable people',
      {
        people,
        actions: [action('a')],
        raciAssignments: [
          { action: 'a', person: 'camille', role: 'A' },
          { action: 'a', person: 'hugo', role: 'A' },
          { action: 'a', person: 'hugo', role: 'R' },
        ],
      },
      'raci',
    ],
    [
      'budget lines without an envelope',
      { budgetLines: [{ key: 'b', label: 'Contenu', category: 'content', plannedAmount: 1, committedAmount: 0 }] },
      'budget',
    ],
    [
      'a corrective action already done on an off-track KPI',
      { ...offTrack, correctiveActions: [{ key: 'c', kpi: 'k', title: 'Optimisation SEO', status: 'done' }] },
      'corrective-actions',
    ],
  ])('is not satisfied by %s', (_name, parts, id) => {
    expect(step(plan(parts), id).done).toBe(false);
  });

  it('counts what is done where a step counts things', () => {
    const facts = plan({
      businessGoals: [bareGoal],
      funnelStages: [{ key: 'v', businessGoal: 'ca', name: 'Visites', kind: 'volume' }],
      swotItems: [{ key: 's', quadrant: 'strength', title: 'Bio', weight: 3 }],
      objectives: [objective('a', { businessGoals: ['ca'] }), objective('b'), objective('c')],
      tactics: [
        { key: 't', strategy: 's', name: 'Blog' },
        { key: 'u', strategy: 's', name: 'Vidéo' },
      ],
      actions: [action('a', { dueDate: '2027-04-01' }), action('b', { tactic: 'u' })],
    });
    expect(step(facts, 'funnel').progress).toEqual({ done: 1, of: 3 });
    expect(step(facts, 'swot').progress).toEqual({ done: 1, of: 4 });
    expect(step(facts, 'objectives-linked').progress).toEqual({ done: 1, of: 3 });
    expect(step(facts, 'dated-actions').progress).toEqual({ done: 1, of: 2 });
    expect(step(facts, 'raci').progress).toEqual({ done: 0, of: 2 });
    expect(step(facts, 'persona').progress).toBeNull();
  });

  it('leaves cancelled actions out of the RACI and the dated actions', () => {
    const facts = plan({
      tactics: [{ key: 't', strategy: 's', name: 'Blog' }],
      actions: [action('a', { dueDate: '2027-04-01' }), action('b', { status: 'cancelled' })],
      people,
      raciAssignments: [
        { action: 'a', person: 'camille', role: 'A' },
        { action: 'a', person: 'hugo', role: 'R' },
      ],
    });
    expect(step(facts, 'raci')).toMatchObject({ done: true, progress: { done: 1, of: 1 } });
    expect(step(facts, 'dated-actions').done).toBe(true);
  });

  it('has most steps done on the example plan, and gives each step its texts and screen', () => {
    const path = guidedPath(fixturePlan(), TODAY);
    const steps = path.stages.flatMap((s) => s.steps);
    // Not done: the OKR's KPI is not an objective's, and two of the three KPIs have no measurement yet.
    expect(steps.filter((s) => !s.done).map((s) => s.id)).toEqual(['kpis', 'measurements']);
    expect(path).toMatchObject({ done: 13, total: 15, complete: false });
    for (const s of steps) {
      for (const text of [s.title, s.why, s.how]) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('is complete once the example plan measures every objective and every KPI', () => {
    const facts = fixturePlan();
    const complete: PlanFacts = {
      ...facts,
      kpis: [...facts.kpis, kpi('followers', { objective: 'followers-instagram', baseline: 8000, target: 9200 })],
      measurements: [
        ...facts.measurements,
        { kpi: 'engagement-instagram', date: '2027-02-28', value: 2.2, source: 'manual' },
        { kpi: 'followers', date: '2027-02-28', value: 8800, source: 'manual' },
      ],
    };
    expect(guidedPath(complete, TODAY)).toMatchObject({ done: 15, total: 15, complete: true });
  });
});
