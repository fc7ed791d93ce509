import type { Ctx, Item, PersonRef } from './context.js';
import { Keys, slugify } from './keys.js';
import { round } from './numbers.js';
import { fill, list } from './text.js';
import { firstNames, jobTitles, lastNames, regions, swotTitles } from './vocabulary.js';
import type { Company } from './vocabulary.companies.js';
import { archetypes, type Archetype } from './vocabulary.personas.js';

export function buildPeople(ctx: Ctx): { items: Item[]; refs: PersonRef[] } {
  const { rng, spec, company } = ctx;
  const keys = new Keys();
  const firsts = rng.sample(firstNames, firstNames.length);
  const lasts = rng.sample(lastNames, lastNames.length);
  const items: Item[] = [];
  const refs: PersonRef[] = [];
  for (let i = 0; i < spec.people; i++) {
    const first = firsts[i % firsts.length] as string;
    const last = lasts[(i + 7 * Math.floor(i / firsts.length)) % lasts.length] as string;
    const jobTitle = i < jobTitles.length ? (jobTitles[i] as string) : rng.pick(jobTitles.slice(5));
    const external = jobTitle.startsWith('Agence');
    const key = keys.make(`${first} ${last}`);
    items.push({
      key,
      name: `${first} ${last}`,
      email: `${slugify(first)}.${slugify(last)}@${external ? 'agence-rp.example' : company.domain}`,
      jobTitle,
      weeklyCapacityHours: external ? 14 : rng.chance(0.15) ? 28 : 35,
    });
    refs.push({ key, lead: i < 5 });
  }
  return { items, refs };
}

const revenueGoals = [
  ['ca-en-ligne', 'Augmenter le chiffre d’affaires en ligne de {p} %'],
  ['ca-b2b', 'Augmenter le chiffre d’affaires B2B de {p} %'],
  ['ca-belgique', 'Développer le chiffre d’affaires en Belgique de {p} %'],
] as const;
const otherGoals: Item[] = [
  {
    key: 'marche-suisse',
    title: 'Ouvrir le marché suisse',
    kind: 'market',
    metric: 'Clients actifs en Suisse',
    unit: 'clients',
    baseline: 0,
    target: 800,
  },
  {
    key: 'notoriete',
    title: 'Devenir une marque de référence en France',
    kind: 'awareness',
    metric: 'Notoriété assistée',
    unit: '%',
    baseline: 15,
    target: 25,
  },
  {
    key: 'marge-brute',
    title: 'Améliorer la marge brute de 3 points',
    kind: 'profit',
    metric: 'Marge brute',
    unit: '%',
    baseline: 38,
    target: 41,
  },
];

/** A revenue goal and its funnel, whose targets multiply out to more than the goal. */
function buildRevenueGoal(ctx: Ctx, index: number): { goal: Item; stages: Item[] } {
  const { rng } = ctx;
  const [key, title] = revenueGoals[index % revenueGoals.length] as readonly [string, string];
  const p = rng.pick([15, 20, 25, 30]);
  const sessions = rng.int(20, 120) * 10_000;
  const visitRate = round(rng.float(1.5, 4), 2);
  const leadRate = round(rng.float(8, 20), 1);
  const basket = round(rng.float(60, 250));
  const sessions2 = round(sessions * (1 + (0.6 * p) / 100));
  const visitRate2 = round(visitRate * 1.1, 2);
  const leadRate2 = round(leadRate * 1.05, 1);
  const basket2 = round(basket * 1.03, 2);
  const leads = round((sessions * visitRate) / 100);
  const leads2 = round((sessions2 * visitRate2) / 100);
  const clients = round((leads * leadRate) / 100);
  const clients2 = round((leads2 * leadRate2) / 100);
  const baseline = round(clients * basket, -3);
  const stage = (suffix: string, name: string, kind: string, unit: string, from: number, to: number): Item => ({
    key: `${key}-${suffix}`,
    businessGoal: key,
    name,
    kind,
    unit,
    baselineValue: from,
    targetValue: to,
  });
  return {
    goal: {
      key,
      title: fill(title, { p: String(p) }),
      description: `Objectif annuel voté en comité de direction ; suivi mensuel par le funnel ${ctx.company.name}.`,
      kind: 'revenue',
      metric: 'Chiffre d’affaires annuel',
      unit: '€',
      baseline,
      target: round(baseline * (1 + p / 100), -3),
      deadline: ctx.cal.date(ctx.end),
    },
    stages: [
      stage('sessions', 'Sessions sur le site', 'volume', 'sessions / an', sessions, sessions2),
      stage('taux-lead', 'Taux de conversion visite → lead', 'rate', '%', visitRate, visitRate2),
      stage('leads', 'Leads', 'volume', 'leads / an', leads, leads2),
      stage('taux-client', 'Taux de conversion lead → client', 'rate', '%', leadRate, leadRate2),
      stage('clients', 'Clients', 'volume', 'clients / an', clients, clients2),
      stage('panier', 'Panier moyen', 'value', '€', basket, basket2),
    ],
  };
}

export function buildGoals(ctx: Ctx): { goals: Item[]; stages: Item[] } {
  const goals: Item[] = [];
  const stages: Item[] = [];
  for (let i = 0; i < ctx.spec.revenueGoals; i++) {
    const built = buildRevenueGoal(ctx, i);
    goals.push(built.goal);
    stages.push(...built.stages);
  }
  for (let i = 0; i < ctx.spec.otherGoals; i++) {
    const goal = otherGoals[i % otherGoals.length] as Item;
    goals.push({
      ...goal,
      key: i < otherGoals.length ? goal.key : `${String(goal.key)}-${i}`,
      description: 'But de l’entreprise décliné en objectifs marketing SMART.',
      deadline: ctx.cal.date(ctx.end),
    });
  }
  return { goals, stages };
}

export function buildPersonas(ctx: Ctx): Item[] {
  const order = ctx.rng.sample(archetypes, archetypes.length);
  const keys = new Keys();
  const items: Item[] = [];
  for (let i = 0; i < ctx.spec.personas; i++) {
    const a = order[i % order.length] as Archetype;
    const lap = Math.floor(i / order.length);
    const region = regions[(i * 5) % regions.length] as string;
    const name = lap === 0 ? a.name : `${a.name} (${region})`;
    items.push({
      key: keys.make(lap === 0 ? (a.name.split(',')[0] ?? a.name) : `${a.name.split(',')[0]} ${region}`),
      name,
      summary: a.summary,
      ageRange: a.ageRange,
      gender: a.gender,
      income: a.income,
      location: lap === 0 ? a.location : region,
      occupation: a.occupation,
      lifestyle: a.lifestyle,
      values: list(a.values),
      interests: list(a.interests),
      motivations: list(a.motivations),
      painPoints: list(a.painPoints),
      preferredChannels: list(a.preferredChannels),
      sources: list(a.sources),
    });
  }
  return items;
}

const swotNotes = {
  strength: 'Atout à mettre en avant dans nos messages et nos preuves.',
  weakness: 'Point faible à corriger ou à contourner dans le plan.',
  opportunity: 'Tendance de marché à saisir avant nos concurrents.',
  threat: 'Risque à surveiller, avec un plan de repli.',
};

export function buildSwot(ctx: Ctx): { items: Item[]; useful: string[] } {
  const keys = new Keys();
  const items: Item[] = [];
  const useful: string[] = [];
  for (const quadrant of ['strength', 'weakness', 'opportunity', 'threat'] as const) {
    for (const title of ctx.rng.sample(swotTitles[quadrant], ctx.spec.swotPerQuadrant)) {
      const key = keys.make(title);
      items.push({ key, quadrant, title, description: swotNotes[quadrant], weight: ctx.rng.int(1, 5) });
      if (quadrant === 'strength' || quadrant === 'opportunity') useful.push(key);
    }
  }
  return { items, useful };
}

export function buildPositioning(company: Company): Item {
  return {
    targetAudience: `${company.audience[0]?.toUpperCase()}${company.audience.slice(1)}.`,
    category: company.category,
    differentiator: `${company.differentiator}.`,
    proof: `${company.proof}.`,
    statement:
      `Pour ${company.audience}, ${company.name} propose des ${company.category} : ` +
      `${company.differentiator}. La preuve : ${company.proof}.`,
  };
}
