import { strategyChannels } from '../contract/collections.js';
import { planDocumentVersion, type PlanDocument } from '../contract/plan-document.js';

/**
 * Synthetic but realistic plans (a French PAC: goals with a funnel, personas, SWOT, SMART
 * objectives, OKRs, strategies → tactics → actions with RACI, budget, KPIs with daily
 * measurements, experiments) for demos, tests and benchmarks. `large` is the performance
 * reference of DESIGN.md §7. The output is a pure function of the options: its own seeded PRNG,
 * no clock, and every field with a default is written out, so the document is already in the
 * form `planDocumentSchema.parse` returns.
 */

export type PlanSize = 'small' | 'large';

export interface GenerateOptions {
  size: PlanSize;
  /** Integer in [0, 2^32). */
  seed: number;
  /** First day of the plan, `YYYY-MM-DD` (default 2025-01-01). */
  startDate?: string;
}

type Item = Record<string, unknown>;
type Channel = (typeof strategyChannels)[number];

interface SizeSpec {
  periodDays: number;
  measurementDays: number;
  /** "Today" for statuses, check-ins and spend, as a day offset into the plan. */
  asOfDay: number;
  people: number;
  revenueGoals: number;
  otherGoals: number;
  personas: number;
  swotPerQuadrant: number;
  objectives: number;
  okrs: number;
  strategies: number;
  tacticsPerStrategy: number;
  actions: number;
  dependencyRate: number;
  contentItems: number;
  budgetLines: number;
  scenarios: number;
  kpis: number;
  correctiveActions: number;
  experiments: number;
}

const sizes: Record<PlanSize, SizeSpec> = {
  small: {
    periodDays: 365,
    measurementDays: 90,
    asOfDay: 89,
    people: 8,
    revenueGoals: 1,
    otherGoals: 1,
    personas: 3,
    swotPerQuadrant: 2,
    objectives: 4,
    okrs: 2,
    strategies: 3,
    tacticsPerStrategy: 3,
    actions: 30,
    dependencyRate: 0.5,
    contentItems: 12,
    budgetLines: 10,
    scenarios: 2,
    kpis: 10,
    correctiveActions: 3,
    experiments: 2,
  },
  // Three years of daily series; "today" sits three quarters into the plan so that every status occurs.
  large: {
    periodDays: 1096,
    measurementDays: 1096,
    asOfDay: 821,
    people: 60,
    revenueGoals: 3,
    otherGoals: 3,
    personas: 12,
    swotPerQuadrant: 10,
    objectives: 24,
    okrs: 12,
    strategies: 12,
    tacticsPerStrategy: 8,
    actions: 2000,
    dependencyRate: 0.65,
    contentItems: 1000,
    budgetLines: 500,
    scenarios: 4,
    kpis: 200,
    correctiveActions: 40,
    experiments: 40,
  },
};

// ---------------------------------------------------------------------------------------------
// Randomness, dates and keys

/** mulberry32: tiny, fast, and the same sequence on every platform. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const count = Math.min(n, copy.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

const dayMs = 86_400_000;

/** Day offsets from the plan's first day ↔ `YYYY-MM-DD`, memoised (the large plan asks ~250,000 times). */
class Calendar {
  private readonly cache = new Map<number, string>();
  constructor(
    readonly startMs: number,
    readonly days: number,
  ) {}
  date(offset: number): string {
    let text = this.cache.get(offset);
    if (text === undefined) {
      text = new Date(this.startMs + offset * dayMs).toISOString().slice(0, 10);
      this.cache.set(offset, text);
    }
    return text;
  }
  /** 0 = Sunday. */
  weekday(offset: number): number {
    return new Date(this.startMs + offset * dayMs).getUTCDay();
  }
  /** Offset of the same day-of-month `months` later (clamped to the month's last day). */
  addMonths(months: number): number {
    const start = new Date(this.startMs);
    const y = start.getUTCFullYear();
    const m = start.getUTCMonth() + months;
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return Math.round((Date.UTC(y, m, Math.min(start.getUTCDate(), last)) - this.startMs) / dayMs);
  }
}

/** `Rédiger l'article « Éclairer un salon »` → `rediger-l-article-eclairer-un-salon`. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}

/** Unique slugs within one collection: the second "seo" becomes "seo-2". */
class Keys {
  private readonly used = new Set<string>();
  make(text: string): string {
    const base = slugify(text);
    let key = base;
    for (let n = 2; this.used.has(key); n++) key = `${base}-${n}`;
    this.used.add(key);
    return key;
  }
}

const round = (value: number, decimals = 0): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
/** Euros → cents, rounded to `step` euros. */
const cents = (euros: number, step = 100): number => Math.round(euros / step) * step * 100;
const euroText = (value: number): string => `${Math.round(value).toLocaleString('fr-FR')} €`.replace(/\s/g, ' ');

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** `'a|b|c'` → `['a', 'b', 'c']`: keeps long word lists on a few lines. */
function list(text: string): string[] {
  return text.split('|');
}

interface Company {
  name: string;
  domain: string;
  category: string;
  audience: string;
  differentiator: string;
  proof: string;
  topics: string[];
  events: string[];
}

const companies: Company[] = [
  {
    name: 'Atelier Lumen',
    domain: 'atelier-lumen.example',
    category: 'luminaires design fabriqués en France',
    audience: 'les urbains de 28 à 50 ans qui aménagent leur logement',
    differentiator: 'des luminaires réparables, garantis dix ans et assemblés à Lyon',
    proof: '4,8/5 sur 2 300 avis clients et le label Entreprise du Patrimoine Vivant',
    topics: [
      'Bien choisir sa suspension',
      'Éclairer un salon',
      'Lumière et bien-être',
      'Les ampoules LED expliquées',
      'Tendances déco de l’année',
      'Éclairage de cuisine',
      'Luminaires d’extérieur',
      'Créer une ambiance chaleureuse',
      'Éclairage et télétravail',
      'Réparer plutôt que jeter',
    ],
    events: ['Maison&Objet', 'Salon du Made in France', 'Salon Habitat Lyon'],
  },
  {
    name: 'Verdure & Co',
    domain: 'verdure-co.example',
    category: 'cosmétiques bio et solides',
    audience: 'les femmes et les hommes de 25 à 45 ans attentifs à leur impact',
    differentiator: 'des soins certifiés bio, sans emballage plastique, formulés en Drôme',
    proof: 'la certification Cosmos Organic et 40 000 clientes fidèles',
    topics: [
      'Routine de soin du visage',
      'Cosmétiques solides',
      'Décrypter une liste INCI',
      'Peaux sensibles',
      'Soin des cheveux bouclés',
      'Zéro déchet dans la salle de bain',
      'Protection solaire minérale',
      'Huiles végétales',
      'Routine soin pour homme',
      'Coffrets cadeaux',
    ],
    events: ['Salon Marjolaine', 'Salon Vivre Autrement', 'Natexpo'],
  },
  {
    name: 'Nordik Vélo',
    domain: 'nordik-velo.example',
    category: 'vélos à assistance électrique',
    audience: 'les actifs périurbains qui veulent laisser la voiture',
    differentiator: 'des vélos assemblés à Lille, livrés réglés et entretenus à domicile',
    proof: '12 000 vélos livrés et un taux de panne inférieur à 2 %',
    topics: [
      'Choisir son vélo électrique',
      'Vélotaf en hiver',
      'Entretien de la batterie',
      'Forfait mobilités durables',
      'Vélo cargo en famille',
      'Sécurité à vélo en ville',
      'Itinéraires cyclables',
      'Aides à l’achat d’un VAE',
      'Vélo et télétravail',
      'Assurance vélo',
    ],
    events: ['Salon du Cycle', 'Vélo in Paris', 'Fête du vélo de Lille'],
  },
];

const firstNames = list(
  'Camille|Léa|Hugo|Chloé|Lucas|Manon|Louis|Inès|Jules|Sarah|Gabriel|Emma|Arthur|Jade|Nathan|Louise|Théo|Zoé|' +
    'Raphaël|Alice|Paul|Lina|Noah|Clara|Tom|Anaïs|Adam|Margaux|Maël|Elsa',
);
const lastNames = list(
  'Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|' +
    'David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|Faure',
);
// The first titles lead (Accountable); the others mostly do (Responsible) or advise.
const jobTitles = list(
  'Directrice marketing|Directeur commercial|Responsable acquisition|Responsable contenu|Responsable CRM|' +
    'Community manager|Chargé de référencement|Traffic manager|Rédactrice web|Graphiste|Chargée d’événementiel|' +
    'Data analyst|Chef de produit|Vidéaste|Attachée de presse (agence)',
);
const months = list('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre');
const regions = list(
  'Île-de-France|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine|Occitanie|Hauts-de-France|Grand Est|Bretagne|' +
    'Pays de la Loire|Belgique|Suisse|Provence-Alpes-Côte d’Azur|Normandie',
);
