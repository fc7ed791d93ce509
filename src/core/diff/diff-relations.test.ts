import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '../plan.js';
import { diffPlans, summariseDiff } from './diff-plans.js';
import { action, budgetLine, dailyMeasurements, edit, emptyPlan, kpi, person } from './test-plans.js';

interface Case {
  name: string;
  before: PlanFacts;
  after: PlanFacts;
  fr: string[];
  en: string[];
}

function check({ before, after, fr, en }: Case) {
  const diff = diffPlans(before, after);
  expect(summariseDiff(diff, 'fr')).toEqual(fr);
  expect(summariseDiff(diff, 'en')).toEqual(en);
}

// Every expected message below is written by hand, the way a person would report the edit.
const team = emptyPlan({
  people: [person('camille', 'Camille')],
  actions: [action('audit', 'Audit SEO'), action('brief', 'Brief rédactionnel')],
});

describe('RACI and dependencies', () => {
  it.each<Case>([
    {
      name: 'a role given',
      before: team,
      after: edit(team, (p) => p.raciAssignments.push({ action: 'audit', person: 'camille', role: 'A' })),
      fr: ['Camille devient Accountable de « Audit SEO »'],
      en: ['Camille becomes Accountable for “Audit SEO”'],
    },
    {
      name: 'a role swapped for another: one line each, by key (audit/camille/A before …/R)',
      before: edit(team, (p) => p.raciAssignments.push({ action: 'audit', person: 'camille', role: 'R' })),
      after: edit(team, (p) => p.raciAssignments.push({ action: 'audit', person: 'camille', role: 'A' })),
      fr: ['Camille devient Accountable de « Audit SEO »', "Camille n'est plus Responsible de « Audit SEO »"],
      en: ['Camille becomes Accountable for “Audit SEO”', 'Camille is no longer Responsible for “Audit SEO”'],
    },
    {
      name: 'a dependency made, another undone',
      before: edit(team, (p) => p.actionDependencies.push({ predecessor: 'brief', successor: 'audit', lagDays: 0 })),
      after: edit(team, (p) => p.actionDependencies.push({ predecessor: 'audit', successor: 'brief', lagDays: 0 })),
      fr: [
        'Action « Brief rédactionnel » dépend désormais de « Audit SEO »',
        'Action « Audit SEO » ne dépend plus de « Brief rédactionnel »',
      ],
      en: [
        'Action “Brief rédactionnel” now depends on “Audit SEO”',
        'Action “Audit SEO” no longer depends on “Brief rédactionnel”',
      ],
    },
    {
      name: 'a lag changed',
      before: edit(team, (p) => p.actionDependencies.push({ predecessor: 'audit', successor: 'brief', lagDays: 2 })),
      after: edit(team, (p) => p.actionDependencies.push({ predecessor: 'audit', successor: 'brief', lagDays: 1 })),
      fr: ['Dépendance de « Brief rédactionnel » envers « Audit SEO » : décalage 2 jours → 1 jour'],
      en: ['Dependency of “Brief rédactionnel” on “Audit SEO”: lag 2 days → 1 day'],
    },
  ])('$name', check);
});

const tracked = emptyPlan({ kpis: [kpi('trafic', 'Trafic organique', { unit: 'sessions' })] });
const withMeasurements = (count: number) =>
  edit(tracked, (p) => p.measurements.push(...dailyMeasurements('trafic', 1, count)));

const okrs = emptyPlan({
  kpis: [kpi('trafic', 'Trafic organique', { unit: 'sessions' })],
  okrObjectives: [{ key: 'okr', title: 'Marque préférée' }],
  keyResults: [
    { key: 'kr', okrObjective: 'okr', title: 'Engagement', unit: '%', startValue: 2, targetValue: 2.5, weight: 1 },
  ],
});
const budget = emptyPlan({
  budgetLines: [budgetLine('sea', 'SEA', 1000000), budgetLine('email', 'Email', 500000)],
  budgetScenarios: [{ key: 'plus-email', name: "Plus d'email" }],
  scenarioAllocations: [{ scenario: 'plus-email', budgetLine: 'email', amount: 300000 }],
});
const experiment = emptyPlan({
  experiments: [
    { key: 'landing', name: 'Landing', metricType: 'conversion', status: 'running', alpha: 0.05, power: 0.8 },
  ],
  experimentVariants: [{ key: 'b', experiment: 'landing', name: 'Titre bénéfice', isControl: false, weight: 1 }],
});

describe('measurements and other series', () => {
  it.each<Case>([
    {
      name: 'thirty measurements added: one line',
      before: tracked,
      after: withMeasurements(30),
      fr: ['30 mesures ajoutées pour « Trafic organique »'],
      en: ['30 measurements added for “Trafic organique”'],
    },
    {
      name: 'three measurements added: still one line each (the limit)',
      before: tracked,
      after: withMeasurements(3),
      fr: [
        'Mesure de « Trafic organique » du 2027-01-01 (ga4) ajoutée : 100 sessions',
        'Mesure de « Trafic organique » du 2027-01-02 (ga4) ajoutée : 100 sessions',
        'Mesure de « Trafic organique » du 2027-01-03 (ga4) ajoutée : 100 sessions',
      ],
      en: [
        'Measurement of “Trafic organique” on 2027-01-01 (ga4) added: 100 sessions',
        'Measurement of “Trafic organique” on 2027-01-02 (ga4) added: 100 sessions',
        'Measurement of “Trafic organique” on 2027-01-03 (ga4) added: 100 sessions',
      ],
    },
    {
      name: 'four removed, one corrected',
      before: withMeasurements(10),
      after: edit(withMeasurements(10), (p) => {
        p.measurements.splice(6, 4);
        p.measurements[1]!.value = 120;
      }),
      fr: [
        '4 mesures supprimées pour « Trafic organique »',
        'Mesure de « Trafic organique » du 2027-01-02 (ga4) : valeur 100 sessions → 120 sessions',
      ],
      en: [
        '4 measurements removed for “Trafic organique”',
        'Measurement of “Trafic organique” on 2027-01-02 (ga4): value 100 sessions → 120 sessions',
      ],
    },
    {
      name: 'four measurements corrected: one line',
      before: withMeasurements(5),
      after: edit(withMeasurements(5), (p) => p.measurements.slice(1).forEach((m) => (m.value = 90))),
      fr: ['4 mesures modifiées pour « Trafic organique »'],
      en: ['4 measurements changed for “Trafic organique”'],
    },
    {
      name: 'five check-ins added: the participle agrees with « points d’étape »',
      before: okrs,
      after: edit(okrs, (p) => {
        for (const day of [1, 8, 15, 22, 29]) {
          p.checkIns.push({ keyResult: 'kr', date: `2027-01-${String(day).padStart(2, '0')}`, value: 2 });
        }
      }),
      fr: ["5 points d'étape ajoutés pour « Engagement »"],
      en: ['5 check-ins added for “Engagement”'],
    },
    {
      name: 'a KPI target and a check-in, in the units of their KPI and key result',
      before: okrs,
      after: edit(okrs, (p) => {
        p.kpiTargets.push({ kpi: 'trafic', date: '2027-06-30', value: 50000 });
        p.checkIns.push({ keyResult: 'kr', date: '2027-02-01', value: 2.1, confidence: 0.7 });
      }),
      fr: [
        "Point d'étape du 2027-02-01 sur « Engagement » ajouté : 2,1 %",
        'Cible de « Trafic organique » au 2027-06-30 ajoutée : 50 000 sessions',
      ],
      en: [
        'Check-in of 2027-02-01 on “Engagement” added: 2.1%',
        'Target for “Trafic organique” on 2027-06-30 added: 50,000 sessions',
      ],
    },
    {
      name: 'a spend entry added, a scenario allocation changed',
      before: budget,
      after: edit(budget, (p) => {
        p.spendEntries.push({ budgetLine: 'sea', date: '2027-01-31', amount: 120000, kind: 'actual' });
        p.scenarioAllocations[0]!.amount = 400000;
      }),
      fr: [
        'Dépense réelle du 2027-01-31 sur « SEA » ajoutée : 1 200 €',
        "Allocation de « Email » dans le scénario « Plus d'email » : montant 3 000 € → 4 000 €",
      ],
      en: [
        'Actual spend of 2027-01-31 on “SEA” added: €1,200',
        "Allocation of “Email” in scenario “Plus d'email”: amount €3,000 → €4,000",
      ],
    },
    {
      name: 'an experiment result added',
      before: experiment,
      after: edit(experiment, (p) =>
        p.experimentResults.push({ variant: 'b', date: '2027-02-15', users: 5000, conversions: 300 }),
      ),
      fr: ['Résultat de « Titre bénéfice » du 2027-02-15 ajouté : 5 000 utilisateurs'],
      en: ['Result of “Titre bénéfice” on 2027-02-15 added: 5,000 users'],
    },
  ])('$name', check);
});
