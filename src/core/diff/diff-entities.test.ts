import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '../plan.js';
import { diffPlans, summariseDiff } from './diff-plans.js';
import { action, edit, emptyPlan, kpi, objective, person, strategy, tactic } from './test-plans.js';

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
const trafic = objective('trafic-organique', 'Trafic organique', { target: 20 });
const withTrafic = emptyPlan({ objectives: [trafic] });
const audit = action('audit-seo', 'Audit SEO', { dueDate: '2027-03-01' });
const withAudit = emptyPlan({
  tactics: [tactic('tactique', 'seo', 'Recherche'), tactic('articles', 'seo', 'Articles')],
  actions: [audit],
});

describe('entity fields', () => {
  it.each<Case>([
    { name: 'identical plans say nothing', before: withTrafic, after: edit(withTrafic, () => {}), fr: [], en: [] },
    {
      name: 'a target without unit',
      before: withTrafic,
      after: edit(withTrafic, (p) => (p.objectives[0]!.target = 15)),
      fr: ['Objectif « Trafic organique » : cible 20 → 15'],
      en: ['Objective “Trafic organique”: target 20 → 15'],
    },
    {
      name: 'a target in a growth-rate unit keeps its sign',
      before: emptyPlan({ objectives: [{ ...trafic, unit: '+%' }] }),
      after: emptyPlan({ objectives: [{ ...trafic, unit: '+%', target: 15 }] }),
      fr: ['Objectif « Trafic organique » : cible +20 % → +15 %'],
      en: ['Objective “Trafic organique”: target +20% → +15%'],
    },
    {
      name: 'a baseline set in the unit of the objective',
      before: emptyPlan({ objectives: [{ ...trafic, unit: 'sessions' }] }),
      after: emptyPlan({ objectives: [{ ...trafic, unit: 'sessions', baseline: 40000 }] }),
      fr: ['Objectif « Trafic organique » : valeur de départ (vide) → 40 000 sessions'],
      en: ['Objective “Trafic organique”: baseline (empty) → 40,000 sessions'],
    },
    {
      name: 'a deadline moved',
      before: withAudit,
      after: edit(withAudit, (p) => (p.actions[0]!.dueDate = '2027-04-15')),
      fr: ['Action « Audit SEO » : échéance 2027-03-01 → 2027-04-15'],
      en: ['Action “Audit SEO”: deadline 2027-03-01 → 2027-04-15'],
    },
    {
      name: 'enumerated values read as words, in field order',
      before: withAudit,
      after: edit(withAudit, (p) => Object.assign(p.actions[0]!, { priority: 'high', status: 'in_progress' })),
      fr: ['Action « Audit SEO » : statut à faire → en cours', 'Action « Audit SEO » : priorité moyenne → haute'],
      en: ['Action “Audit SEO”: status to do → in progress', 'Action “Audit SEO”: priority medium → high'],
    },
    {
      name: 'a reference reads as the name of what it points to',
      before: withAudit,
      after: edit(withAudit, (p) => (p.actions[0]!.tactic = 'articles')),
      fr: ['Action « Audit SEO » : tactique « Recherche » → « Articles »'],
      en: ['Action “Audit SEO”: tactic “Recherche” → “Articles”'],
    },
    {
      name: 'money, booleans and hours',
      before: withAudit,
      after: edit(withAudit, (p) =>
        Object.assign(p.actions[0]!, { isMilestone: true, estimatedCost: 150050, effortHours: 24 }),
      ),
      fr: [
        'Action « Audit SEO » : jalon non → oui',
        'Action « Audit SEO » : coût estimé (vide) → 1 500,50 €',
        'Action « Audit SEO » : charge (vide) → 24 h',
      ],
      en: [
        'Action “Audit SEO”: milestone no → yes',
        'Action “Audit SEO”: estimated cost (empty) → €1,500.50',
        'Action “Audit SEO”: effort (empty) → 24 h',
      ],
    },
    {
      name: 'a tolerance and a weekly capacity',
      before: emptyPlan({ kpis: [kpi('trafic', 'Trafic')], people: [person('camille', 'Camille')] }),
      after: emptyPlan({
        kpis: [kpi('trafic', 'Trafic', { tolerancePercent: 5 })],
        people: [{ ...person('camille', 'Camille'), weeklyCapacityHours: 28 }],
      }),
      fr: ['Personne « Camille » : capacité hebdomadaire 35 h → 28 h', 'KPI « Trafic » : tolérance 10 % → 5 %'],
      en: ['Person “Camille”: weekly capacity 35 h → 28 h', 'KPI “Trafic”: tolerance 10% → 5%'],
    },
    {
      name: 'a rename, then the other changes under the new name',
      before: withAudit,
      after: edit(withAudit, (p) => Object.assign(p.actions[0]!, { title: 'Audit SEO complet', status: 'done' })),
      fr: [
        'Action « Audit SEO » renommée en « Audit SEO complet »',
        'Action « Audit SEO complet » : statut à faire → terminée',
      ],
      en: ['Action “Audit SEO” renamed to “Audit SEO complet”', 'Action “Audit SEO complet”: status to do → done'],
    },
    {
      name: 'long texts are not quoted: added, changed, removed',
      before: emptyPlan({
        actions: [action('a', 'Audit'), action('b', 'Brief', { description: 'Ancien' })],
        contentItems: [{ key: 'c', title: 'Article', status: 'idea', notes: 'À relire' }],
      }),
      after: emptyPlan({
        actions: [action('a', 'Audit', { description: 'Nouveau' }), action('b', 'Brief')],
        contentItems: [{ key: 'c', title: 'Article', status: 'idea', notes: 'Relu' }],
      }),
      fr: [
        'Action « Audit » : description ajoutée',
        'Action « Brief » : description supprimée',
        'Contenu « Article » : notes modifiées',
      ],
      en: [
        'Action “Audit”: description added',
        'Action “Brief”: description removed',
        'Content item “Article”: notes changed',
      ],
    },
  ])('$name', check);
});

describe('entities added and removed', () => {
  it.each<Case>([
    {
      name: 'a strategy added, an objective removed (participles agree)',
      before: emptyPlan({ objectives: [objective('leads', 'Leads')] }),
      after: emptyPlan({ strategies: [strategy('influence', 'Influence')] }),
      fr: ['Objectif « Leads » supprimé', 'Stratégie « Influence » ajoutée'],
      en: ['Objective “Leads” removed', 'Strategy “Influence” added'],
    },
  ])('$name', check);
});

const linkTargets = [objective('leads', 'Leads'), objective('trafic', 'Trafic organique')];
const seo = strategy('seo', 'SEO', { objectives: ['trafic'] });
const claire = {
  key: 'claire',
  name: 'Claire',
  values: [],
  interests: ['cuisine', 'yoga'],
  motivations: [],
  painPoints: [],
  preferredChannels: [],
  sources: [],
};

describe('links and lists', () => {
  it.each<Case>([
    {
      name: 'many-to-many links made and undone',
      before: emptyPlan({ objectives: linkTargets, strategies: [seo] }),
      after: emptyPlan({ objectives: linkTargets, strategies: [{ ...seo, objectives: ['leads'] }] }),
      fr: ['Stratégie « SEO » : objectif « Leads » lié', 'Stratégie « SEO » : objectif « Trafic organique » délié'],
      en: ['Strategy “SEO”: objective “Leads” linked', 'Strategy “SEO”: objective “Trafic organique” unlinked'],
    },
    {
      name: 'links in another order are the same links',
      before: emptyPlan({ objectives: linkTargets, strategies: [{ ...seo, objectives: ['leads', 'trafic'] }] }),
      after: emptyPlan({ objectives: linkTargets, strategies: [{ ...seo, objectives: ['trafic', 'leads'] }] }),
      fr: [],
      en: [],
    },
    {
      name: 'words added to and removed from a persona',
      before: emptyPlan({ personas: [claire] }),
      after: emptyPlan({ personas: [{ ...claire, interests: ['cuisine', 'voyage'] }] }),
      fr: [
        "Persona « Claire » : ajout de « voyage » aux centres d'intérêt",
        "Persona « Claire » : retrait de « yoga » des centres d'intérêt",
      ],
      en: ['Persona “Claire”: “voyage” added to interests', 'Persona “Claire”: “yoga” removed from interests'],
    },
    {
      name: 'a persona list only reordered',
      before: emptyPlan({ personas: [claire] }),
      after: emptyPlan({ personas: [{ ...claire, interests: ['yoga', 'cuisine'] }] }),
      fr: ["Persona « Claire » : ordre des centres d'intérêt modifié"],
      en: ['Persona “Claire”: order of interests changed'],
    },
  ])('$name', check);
});

describe('plan header, positioning and budget settings', () => {
  const dated = edit(emptyPlan(), (p) => (p.budget = { totalAmount: 1900000, contingencyPercent: 10 }));
  it.each<Case>([
    {
      name: 'header: rename, status, dates',
      before: emptyPlan(),
      after: edit(emptyPlan(), (p) =>
        Object.assign(p.plan, { name: 'Plan 2028', status: 'active', startDate: '2028-01-01' }),
      ),
      fr: [
        'Plan « Plan 2027 » renommé en « Plan 2028 »',
        'Plan « Plan 2028 » : statut brouillon → actif',
        'Plan « Plan 2028 » : date de début (vide) → 2028-01-01',
      ],
      en: [
        'Plan “Plan 2027” renamed to “Plan 2028”',
        'Plan “Plan 2028”: status draft → active',
        'Plan “Plan 2028”: start date (empty) → 2028-01-01',
      ],
    },
    {
      name: 'positioning written for the first time',
      before: emptyPlan(),
      after: edit(emptyPlan(), (p) => (p.positioning = { category: 'Épicerie bio', statement: 'Pour les familles…' })),
      fr: ['Positionnement : catégorie (vide) → « Épicerie bio »', 'Positionnement : énoncé de positionnement ajouté'],
      en: ['Positioning: category (empty) → “Épicerie bio”', 'Positioning: positioning statement added'],
    },
    {
      name: 'budget settings need no subject',
      before: dated,
      after: edit(dated, (p) => (p.budget = { totalAmount: 2000000, contingencyPercent: 15 })),
      fr: ['Budget total : 19 000 € → 20 000 €', 'Réserve pour imprévus : 10 % → 15 %'],
      en: ['Total budget: €19,000 → €20,000', 'Contingency reserve: 10% → 15%'],
    },
    {
      name: 'each side speaks its own currency',
      before: dated,
      after: edit(dated, (p) => (p.plan.currency = 'USD')),
      fr: ['Plan « Plan 2027 » : devise EUR → USD'],
      en: ['Plan “Plan 2027”: currency EUR → USD'],
    },
    {
      name: 'a new currency and a new total together',
      before: dated,
      after: edit(dated, (p) => {
        p.plan.currency = 'USD';
        p.budget!.totalAmount = 2100000;
      }),
      fr: ['Plan « Plan 2027 » : devise EUR → USD', 'Budget total : 19 000 € → 21 000 $'],
      en: ['Plan “Plan 2027”: currency EUR → USD', 'Total budget: €19,000 → $21,000'],
    },
  ])('$name', check);
});
