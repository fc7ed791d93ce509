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
  /** Length of the plan in calendar years. */
  years: number;
  /** "Today" for statuses, check-ins, spend and content, as a day offset into the plan. */
  asOfDay: number;
  /** Days of daily measurements, up to and including "today". */
  measurementDays: number;
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
    years: 1,
    asOfDay: 89,
    measurementDays: 90,
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
  // "Today" sits three quarters into a three-year plan, so that every status occurs; the series hold
  // 1,096 days up to today, the first months being the history before the plan started.
  large: {
    years: 3,
    asOfDay: 821,
    measurementDays: 1096,
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
  constructor(readonly startMs: number) {}
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
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'item';
  // Cut at a word boundary when there is one in the second half.
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Unique slugs within one collection: the second "seo" becomes "seo-2". */
class Keys {
  private readonly used = new Set<string>();
  make(text: string, max = 60): string {
    const base = slugify(text, max);
    let key = base;
    for (let n = 2; this.used.has(key); n++) key = `${base}-${n}`;
    this.used.add(key);
    return key;
  }
}

/** Rounds to `decimals` places; negative `decimals` round to tens, hundreds… */
const round = (value: number, decimals = 0): number => {
  if (decimals < 0) return Math.round(value / 10 ** -decimals) * 10 ** -decimals;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
/** Euros → cents, rounded to `step` euros. */
const cents = (euros: number, step = 100): number => Math.round(euros / step) * step * 100;

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** `'a|b|c'` → `['a', 'b', 'c']`: keeps long word lists on a few lines. */
function list(text: string): string[] {
  return text.split('|');
}

/** Table rows written as `'a; b; c'`, one string per row. */
function rows(...lines: string[]): string[][] {
  return lines.map((line) => line.split(';').map((cell) => cell.trim()));
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
// The first five lead (Accountable); everyone does (Responsible) or advises.
const jobTitles = list(
  'Responsable marketing|Responsable des ventes|Responsable acquisition|Responsable contenu|Responsable CRM|' +
    'Community manager|Spécialiste SEO|Traffic manager|Content manager|Graphiste|Responsable événementiel|' +
    'Data analyst|Product manager|Vidéaste|Agence de relations presse',
);
const months = list('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre');
const regions = list(
  'Île-de-France|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine|Occitanie|Hauts-de-France|Grand Est|Bretagne|' +
    'Pays de la Loire|Belgique|Suisse|Provence-Alpes-Côte d’Azur|Normandie',
);

interface Archetype {
  name: string;
  summary: string;
  ageRange: string;
  gender: string;
  income: string;
  location: string;
  occupation: string;
  lifestyle: string;
  values: string;
  interests: string;
  motivations: string;
  painPoints: string;
  preferredChannels: string;
  sources: string;
}

const archetypes: Archetype[] = [
  {
    name: 'Camille, cadre urbaine pressée',
    summary:
      'Active, exigeante, elle achète en ligne le soir et attend une livraison rapide et des preuves de qualité.',
    ageRange: '30-39',
    gender: 'Femme',
    income: '45 000 – 60 000 € par an',
    location: 'Lyon et grandes métropoles',
    occupation: 'Cheffe de projet dans le numérique',
    lifestyle: 'Vit en appartement, télétravaille deux jours par semaine, fait du yoga et écoute des podcasts.',
    values: 'Efficacité|Qualité|Transparence',
    interests: 'Décoration|Yoga|Podcasts',
    motivations: 'Gagner du temps|Acheter des produits durables',
    painPoints: 'Manque de temps pour comparer|Méfiance envers le greenwashing',
    preferredChannels: 'Instagram|Newsletter|Recherche Google',
    sources: 'Enquête clients (n = 1 250)|Entretiens qualitatifs|Google Analytics 4',
  },
  {
    name: 'Julien, jeune parent périurbain',
    summary: 'Compare longuement avant d’acheter, sensible aux avis et aux promotions, décide en couple.',
    ageRange: '35-44',
    gender: 'Homme',
    income: '35 000 – 50 000 € par an',
    location: 'Couronne périurbaine de Lille et de Nantes',
    occupation: 'Technicien de maintenance',
    lifestyle: 'Deux enfants, maison avec jardin, quinze kilomètres de trajet chaque jour.',
    values: 'Famille|Sécurité|Bon rapport qualité-prix',
    interests: 'Bricolage|Sorties nature|Sport',
    motivations: 'Faire des économies|Simplifier le quotidien',
    painPoints: 'Budget serré|Peur de mal choisir',
    preferredChannels: 'Facebook|YouTube|Magasin',
    sources: 'Données CRM|Avis clients|Entretiens en magasin',
  },
  {
    name: 'Sophie, retraitée active',
    summary: 'Fidèle quand elle est bien conseillée, elle préfère l’email et le téléphone aux réseaux sociaux.',
    ageRange: '60-70',
    gender: 'Femme',
    income: '25 000 – 35 000 € par an',
    location: 'Villes moyennes de l’Ouest',
    occupation: 'Enseignante à la retraite',
    lifestyle: 'Beaucoup de temps libre, voyage hors saison, lit la presse régionale.',
    values: 'Conseil|Proximité|Made in France',
    interests: 'Jardinage|Voyages|Lecture',
    motivations: 'Être bien conseillée|Se faire plaisir',
    painPoints: 'Sites web compliqués|Peur des arnaques en ligne',
    preferredChannels: 'Email|Presse régionale|Bouche-à-oreille',
    sources: 'Panel clients|Enquête téléphonique|Études INSEE',
  },
  {
    name: 'Nadia, acheteuse professionnelle',
    summary: 'Décide en comité sur devis ; il lui faut des références, des délais tenus et un interlocuteur unique.',
    ageRange: '40-55',
    gender: 'Femme',
    income: '55 000 – 75 000 € par an',
    location: 'Île-de-France',
    occupation: 'Responsable achats dans une PME',
    lifestyle: 'Agenda chargé, compare trois devis avant chaque achat, se forme en webinaire.',
    values: 'Fiabilité|Réactivité|Conformité',
    interests: 'Salons professionnels|LinkedIn|Veille sectorielle',
    motivations: 'Réduire les coûts|Sécuriser l’approvisionnement',
    painPoints: 'Délais de livraison|Manque de références B2B',
    preferredChannels: 'LinkedIn|Salons|Webinaires',
    sources: 'Entretiens commerciaux|Données CRM B2B|Étude sectorielle',
  },
  {
    name: 'Lucas, étudiant engagé',
    summary: 'Petit budget mais forte influence : il recommande, partage et attend une marque sincère.',
    ageRange: '18-25',
    gender: 'Homme',
    income: 'Moins de 15 000 € par an',
    location: 'Villes universitaires',
    occupation: 'Étudiant en master',
    lifestyle: 'Colocation, achats de seconde main, très actif sur les réseaux sociaux.',
    values: 'Écologie|Authenticité|Partage',
    interests: 'Musique|Jeux vidéo|Seconde main',
    motivations: 'Consommer de façon responsable|Suivre ses créateurs préférés',
    painPoints: 'Prix élevés|Publicité intrusive',
    preferredChannels: 'TikTok|Instagram|Twitch',
    sources: 'Sondage Instagram|Écoute sociale|Étude Génération Z',
  },
  {
    name: 'Marc, dirigeant de TPE',
    summary: 'Décide seul et vite quand l’offre est simple ; fidèle à ses fournisseurs quand ils tiennent parole.',
    ageRange: '45-60',
    gender: 'Homme',
    income: '60 000 – 90 000 € par an',
    location: 'Petites villes et zones rurales',
    occupation: 'Gérant d’une entreprise de huit salariés',
    lifestyle: 'Travaille cinquante-cinq heures par semaine, membre d’un club d’entrepreneurs.',
    values: 'Indépendance|Pragmatisme|Confiance',
    interests: 'Réseaux d’entrepreneurs|Golf|Actualité économique',
    motivations: 'Développer son chiffre d’affaires|Déléguer',
    painPoints: 'Manque de temps|Offres trop complexes',
    preferredChannels: 'Téléphone|Email|Réseau de la CCI',
    sources: 'Entretiens clients|Chambre de commerce|Données CRM',
  },
];

const swotTitles: Record<'strength' | 'weakness' | 'opportunity' | 'threat', string[]> = {
  strength: list(
    'Produits fabriqués en France|Communauté fidèle sur Instagram|Service client noté 4,7/5|' +
      'Équipe marketing polyvalente|Identité visuelle forte|Site e-commerce rapide|' +
      'Base de 40 000 contacts opt-in|Savoir-faire artisanal reconnu|Prix compétitifs en entrée de gamme|' +
      'Réseau de revendeurs établi',
  ),
  weakness: list(
    'Faible notoriété hors de la région|Budget publicitaire limité|Peu de contenus vidéo|' +
      'Dépendance à un seul fournisseur|Conversion mobile inférieure au marché|Pas de CRM unifié|' +
      'Délais de livraison longs|Site peu optimisé pour le référencement|Gamme peu renouvelée|' +
      'Faible présence sur LinkedIn',
  ),
  opportunity: list(
    'Croissance du marché de l’éco-conception|Essor de la vidéo courte|Demande croissante pour le made in France|' +
      'Ouverture du marché belge|Aides à la transition numérique des TPE|Influenceurs locaux prêts à collaborer|' +
      'Essor du social commerce|Retour des salons en présentiel|Recherche conversationnelle et IA générative|' +
      'Concurrent principal en difficulté',
  ),
  threat: list(
    'Arrivée d’acteurs à bas prix|Hausse du coût des matières premières|Hausse des coûts d’acquisition publicitaire|' +
      'Fin des cookies tiers|Changements d’algorithme des réseaux sociaux|Contrôles RGPD plus stricts|' +
      'Ralentissement de la consommation|Concurrence des places de marché|Pénurie de profils marketing|' +
      'Inflation des coûts logistiques',
  ),
};

type ObjectiveType = 'awareness' | 'acquisition' | 'loyalty' | 'engagement';

interface Indicator {
  title: string;
  type: ObjectiveType;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
}

/** SMART objectives and key results; the title states the target so that the lint finds it. */
const indicators: Indicator[] = rows(
  'awareness; Porter la notoriété assistée de 15 à 25 %; Notoriété assistée; %; 15; 25',
  'awareness; Atteindre 30 000 abonnés Instagram; Abonnés Instagram; abonnés; 18500; 30000',
  'awareness; Obtenir 100 mentions dans la presse et les blogs; Mentions; mentions; 22; 100',
  'acquisition; Augmenter le trafic organique de 20 %; Sessions organiques; sessions / mois; 42000; 50400',
  'acquisition; Générer 600 leads qualifiés par trimestre; Leads qualifiés; leads / trimestre; 410; 600',
  'acquisition; Réduire le coût par lead de 15 %; Coût par lead; €; 42; 35.7',
  'loyalty; Porter le taux de réachat à 90 jours de 22 à 28 %; Taux de réachat à 90 jours; %; 22; 28',
  'loyalty; Ramener le taux de churn mensuel sous 2 %; Taux de churn mensuel; %; 3.1; 2',
  'loyalty; Atteindre un NPS de 50; NPS; points; 34; 50',
  'engagement; Augmenter le taux d’engagement Instagram de 25 %; Taux d’engagement Instagram; %; 2.8; 3.5',
  'engagement; Porter le taux d’ouverture des newsletters à 35 %; Taux d’ouverture; %; 27; 35',
  'engagement; Doubler le temps moyen passé sur le blog; Temps moyen sur le blog; secondes; 55; 110',
).map((row) => {
  const [type, title, metric, unit, baseline, target] = row as [string, string, string, string, string, string];
  return { type: type as ObjectiveType, title, metric, unit, baseline: Number(baseline), target: Number(target) };
});
const objectiveScopes = list(
  '| en Belgique| sur la gamme professionnelle| auprès des 18-25 ans| en Suisse| en boutique',
);

const okrTitles = list(
  'Devenir la marque préférée des jeunes adultes|Faire du blog notre premier canal d’acquisition|' +
    'Réussir le lancement en Belgique|Offrir une expérience client exemplaire|Construire une communauté engagée|' +
    'Industrialiser la génération de leads|Rendre chaque euro publicitaire rentable|' +
    'Faire de nos clients nos ambassadeurs|Devenir la référence du secteur sur Google|Réussir la saison des salons|' +
    'Moderniser notre image de marque|Fidéliser nos meilleurs clients',
);

const channelNames: Record<Channel, [string, string]> = {
  content: ['Marketing de contenu', 'Contenus experts B2B'],
  seo: ['Référencement naturel (SEO)', 'SEO local'],
  sea: ['Publicité sur les moteurs de recherche (SEA)', 'Google Shopping et remarketing'],
  social: ['Réseaux sociaux', 'Publicité sociale'],
  influence: ['Marketing d’influence', 'Programme d’ambassadeurs'],
  email: ['Emailing et marketing automation', 'Programme de fidélité'],
  events: ['Salons et événements', 'Webinaires et ateliers'],
  partnerships: ['Partenariats et co-marketing', 'Affiliation'],
  other: ['Relations presse', 'Parrainage et bouche-à-oreille'],
};
const channelPurposes: Record<Channel, string> = {
  content: 'attirer et convertir grâce à des contenus utiles qui répondent aux questions des personas',
  seo: 'gagner des positions durables sur les requêtes à forte intention d’achat',
  sea: 'capter la demande existante au meilleur coût par acquisition',
  social: 'créer la préférence de marque et animer la communauté',
  influence: 'emprunter la crédibilité de créateurs suivis par nos cibles',
  email: 'faire revenir et racheter les clients existants',
  events: 'rencontrer les prospects et signer sur place',
  partnerships: 'toucher de nouveaux publics via des marques complémentaires',
  other: 'obtenir des retombées gratuites et de la recommandation',
};
/** Tactics of each channel, written `Tactic = action | action…`; `{topic}`, `{month}`, `{event}` vary per action. */
const tacticCatalog: Record<Channel, string[]> = {
  content: [
    'Articles de blog piliers = Rédiger l’article « {topic} » | Mettre à jour l’article « {topic} »',
    'Vidéos tutoriels = Tourner la vidéo « {topic} » | Monter la vidéo « {topic} » | Sous-titrer la vidéo « {topic} »',
    'Livres blancs et guides = Rédiger le guide « {topic} » | Mettre en page le guide « {topic} »',
    'Études de cas clients = Interviewer un client sur « {topic} » | Rédiger l’étude de cas « {topic} »',
    'Infographies = Concevoir l’infographie « {topic} » | Diffuser l’infographie « {topic} »',
  ],
  seo: [
    'Optimisation technique = Corriger les erreurs de la Search Console ({month}) | ' +
      'Améliorer la vitesse mobile ({month}) | Auditer le maillage interne ({month})',
    'Pages piliers = Créer la page pilier « {topic} » | Enrichir la page pilier « {topic} »',
    'Netlinking = Obtenir des liens entrants sur « {topic} » | Publier un article invité sur « {topic} »',
    'Fiches Google Business = Mettre à jour la fiche Google Business ({month}) | Répondre aux avis Google ({month})',
    'Optimisation des fiches produits = Optimiser les fiches produits « {topic} » | Rédiger la FAQ « {topic} »',
  ],
  sea: [
    'Campagnes Search marque = Ajuster les enchères marque ({month}) | Rédiger les annonces marque ({month})',
    'Campagnes Search génériques = Lancer la campagne Search « {topic} » | Analyser les termes de recherche ({month})',
    'Remarketing display = Créer l’audience de remarketing « {topic} » | Décliner les bannières « {topic} »',
    'Campagnes Shopping = Optimiser le flux produits ({month}) | Lancer la campagne Shopping « {topic} »',
  ],
  social: [
    'Calendrier éditorial Instagram = Planifier les publications Instagram de {month} | ' +
      'Publier le carrousel « {topic} »',
    'Page LinkedIn entreprise = Publier l’article LinkedIn « {topic} » | Animer la page LinkedIn ({month})',
    'Publicités Meta = Lancer la campagne Meta « {topic} » | Optimiser les audiences Meta ({month})',
    'Concours = Organiser le concours de {month} | Annoncer les gagnants du concours de {month}',
    'Formats vidéo courts = Tourner trois Reels « {topic} » | Animer un live « {topic} »',
  ],
  influence: [
    'Micro-influenceurs = Sélectionner dix créateurs pour « {topic} » | Envoyer les colis aux créateurs ({month})',
    'Ambassadeurs de marque = Recruter les ambassadeurs de {month} | Animer le groupe d’ambassadeurs ({month})',
    'Placements de produits = Négocier le placement « {topic} » | Mesurer les retombées de {month}',
  ],
  email: [
    'Newsletter mensuelle = Envoyer la newsletter de {month} | Tester l’objet de la newsletter de {month}',
    'Scénarios d’automation = Créer le scénario « {topic} » | Rédiger la séquence de bienvenue « {topic} »',
    'Relance des paniers abandonnés = Optimiser la relance panier ({month}) | ' +
      'Tester un code promo de relance ({month})',
    'Programme de fidélité = Envoyer les offres fidélité de {month} | Nettoyer les contacts inactifs ({month})',
  ],
  events: [
    'Salons professionnels = Réserver le stand au salon {event} | Préparer les supports du salon {event} | ' +
      'Relancer les contacts du salon {event}',
    'Webinaires = Animer le webinaire « {topic} » | Promouvoir le webinaire « {topic} »',
    'Soirées clients = Organiser la soirée clients de {month} | Envoyer les invitations de {month}',
    'Ateliers en boutique = Animer l’atelier « {topic} » | Annoncer l’atelier « {topic} »',
  ],
  partnerships: [
    'Co-marketing = Signer le co-marketing « {topic} » | Lancer l’offre croisée « {topic} »',
    'Affiliation = Recruter dix affiliés ({month}) | Faire le bilan des affiliés de {month}',
    'Distributeurs partenaires = Former les distributeurs sur « {topic} » | Livrer la PLV « {topic} »',
  ],
  other: [
    'Communiqués de presse = Rédiger le communiqué « {topic} » | Organiser un petit-déjeuner presse ({month})',
    'Programme de parrainage = Relancer les parrains ({month}) | Mettre à jour le kit de parrainage ({month})',
    'Marketing de proximité = Distribuer les flyers « {topic} » | Animer le stand du marché de {month}',
  ],
};

const contentChannels: Record<Channel, [string, string[]]> = {
  content: ['Blog', list('Article|Guide|Infographie|Livre blanc|Vidéo')],
  seo: ['Site web', list('Page pilier|Article|FAQ')],
  sea: ['Site web', list('Page d’atterrissage|Annonce')],
  social: ['Instagram', list('Carrousel|Reel|Story|Post|Live')],
  influence: ['Instagram', list('Post sponsorisé|Vidéo partenaire')],
  email: ['Newsletter', list('Newsletter|Email promotionnel|Séquence automatisée')],
  events: ['Événement', list('Webinaire|Présentation de salon')],
  partnerships: ['Partenaire', list('Article invité|Offre croisée')],
  other: ['Presse', list('Communiqué de presse|Dossier de presse')],
};
const angles = list(
  'le guide complet|5 erreurs à éviter|nos conseils d’experts|questions fréquentes|le comparatif|' +
    'témoignage client|avant / après|les chiffres clés|pas à pas|idées reçues',
);

const budgetCategoryLabels = {
  staff: 'Temps interne',
  advertising: 'Achat média',
  tools: 'Outils et licences',
  content: 'Production de contenus',
  events: 'Événements',
  other: 'Frais divers',
} as const;
type BudgetCategory = keyof typeof budgetCategoryLabels;
const budgetRanges: Record<BudgetCategory, [number, number]> = {
  staff: [8_000, 45_000],
  advertising: [5_000, 60_000],
  tools: [1_000, 12_000],
  content: [2_000, 25_000],
  events: [4_000, 40_000],
  other: [1_000, 8_000],
};
const channelCategories: Record<Channel, BudgetCategory[]> = {
  content: ['content', 'staff', 'tools'],
  seo: ['tools', 'staff', 'content'],
  sea: ['advertising', 'advertising', 'tools'],
  social: ['advertising', 'content', 'staff'],
  influence: ['content', 'advertising', 'other'],
  email: ['tools', 'staff', 'content'],
  events: ['events', 'staff', 'other'],
  partnerships: ['other', 'staff', 'advertising'],
  other: ['staff', 'other', 'events'],
};

interface KpiTemplate {
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  aggregation: 'sum' | 'average' | 'last';
  /** Daily level at the start of the plan, drawn in this range. */
  base: [number, number];
  /** Relative change aimed at by the end of the plan. */
  change: number;
  decimals: number;
  source: string;
  channel: Channel;
  type: ObjectiveType;
}

// name; unit; direction; aggregation; daily level at the start (range); change aimed at; decimals; source; channel; type
const kpiTemplates: KpiTemplate[] = rows(
  'Sessions organiques; sessions; increase; sum; 800-5000; 0.2; 0; ga4; seo; acquisition',
  'Leads qualifiés (MQL); leads; increase; sum; 15-80; 0.3; 0; crm; content; acquisition',
  'Coût par lead; €; decrease; average; 18-60; -0.15; 2; google-ads; sea; acquisition',
  'Taux de conversion e-commerce; %; increase; average; 1.2-3.5; 0.1; 2; ga4; sea; acquisition',
  'Abonnés Instagram; abonnés; increase; last; 5000-40000; 0.4; 0; meta; social; awareness',
  'Taux d’engagement Instagram; %; increase; average; 1.5-4.5; 0.25; 2; meta; social; engagement',
  'Taux d’ouverture des emails; %; increase; average; 22-35; 0.1; 1; crm; email; engagement',
  'Chiffre d’affaires en ligne; €; increase; sum; 4000-30000; 0.2; 0; e-commerce; content; acquisition',
  'Taux de rebond; %; decrease; average; 45-65; -0.1; 1; ga4; content; engagement',
  'Taux de réachat à 90 jours; %; increase; average; 18-30; 0.15; 1; crm; email; loyalty',
  'Panier moyen; €; increase; average; 55-140; 0.05; 2; e-commerce; email; loyalty',
  'Coût par clic; €; decrease; average; 0.4-1.8; -0.1; 2; google-ads; sea; acquisition',
  'Impressions Google Ads; impressions; increase; sum; 8000-60000; 0.15; 0; google-ads; sea; awareness',
  'Taux de clic des emails; %; increase; average; 1.5-4; 0.15; 2; crm; email; engagement',
  'Désinscriptions newsletter; désinscriptions; decrease; sum; 3-25; -0.2; 0; crm; email; loyalty',
  'Mentions de la marque; mentions; increase; sum; 2-20; 0.5; 0; manual; influence; awareness',
  'Abonnés LinkedIn; abonnés; increase; last; 1500-12000; 0.5; 0; linkedin; social; awareness',
  'NPS; points; increase; last; 25-45; 0.25; 0; manual; other; loyalty',
  'Clics depuis Google; clics; increase; sum; 300-3000; 0.25; 0; search-console; seo; acquisition',
  'Position moyenne sur Google; position; decrease; average; 8-20; -0.25; 1; search-console; seo; awareness',
  'Visites de la fiche Google Business; visites; increase; sum; 40-300; 0.25; 0; google-business-profile; seo; awareness',
  'Ventes via l’affiliation; ventes; increase; sum; 2-20; 0.3; 0; affiliation; partnerships; acquisition',
).map((row) => {
  const [name, unit, direction, aggregation, range, change, decimals, source, channel, type] = row as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [min, max] = range.split('-').map(Number) as [number, number];
  return {
    name,
    unit,
    direction: direction as KpiTemplate['direction'],
    aggregation: aggregation as KpiTemplate['aggregation'],
    base: [min, max],
    change: Number(change),
    decimals: Number(decimals),
    source,
    channel: channel as Channel,
    type: type as ObjectiveType,
  };
});

const correctiveTemplates: Record<Channel, string[]> = {
  content: list('Réécrire les introductions des articles les moins lus|Ajouter des appels à l’action dans les guides'),
  seo: list('Corriger le maillage interne des pages piliers|Relancer la campagne de netlinking'),
  sea: list('Revoir les enchères et exclure les termes non rentables|Refondre la page d’atterrissage'),
  social: list('Passer à trois Reels par semaine|Revoir les horaires de publication'),
  influence: list('Remplacer les créateurs les moins performants|Fournir un code promo par créateur'),
  email: list('Segmenter la base par niveau d’engagement|Tester de nouveaux objets d’email'),
  events: list('Relancer les inscrits par SMS la veille|Changer de créneau horaire'),
  partnerships: list('Revoir la commission des affiliés|Relancer les partenaires inactifs'),
  other: list('Cibler la presse régionale|Doubler la récompense de parrainage'),
};

interface ExperimentTemplate {
  name: string;
  hypothesis: string;
  metricType: 'conversion' | 'continuous';
  /** Name of the KPI the decision feeds, when the plan tracks it. */
  kpi: string;
  variants: string[];
}

const experimentTemplates: ExperimentTemplate[] = [
  {
    name: 'Objet de la newsletter',
    kpi: 'Taux d’ouverture des emails',
    hypothesis: 'Un objet qui pose une question augmente le taux d’ouverture, car il suscite la curiosité.',
    metricType: 'conversion',
    variants: list('Objet actuel|Objet en question|Objet avec prénom'),
  },
  {
    name: 'Bouton d’achat de la fiche produit',
    kpi: 'Taux de conversion e-commerce',
    hypothesis: 'Un bouton « Ajouter au panier » contrasté augmente la conversion, car il est vu plus tôt.',
    metricType: 'conversion',
    variants: list('Bouton actuel|Bouton contrasté'),
  },
  {
    name: 'Livraison offerte dès 60 €',
    kpi: 'Panier moyen',
    hypothesis: 'Un seuil de livraison offerte visible augmente le panier moyen, car il incite à compléter.',
    metricType: 'continuous',
    variants: list('Sans bandeau|Bandeau seuil 60 €'),
  },
  {
    name: 'Formulaire de demande de devis court',
    kpi: 'Leads qualifiés (MQL)',
    hypothesis: 'Réduire le formulaire de 9 à 4 champs augmente les demandes de devis, car il demande moins d’effort.',
    metricType: 'conversion',
    variants: list('Formulaire actuel|Formulaire court'),
  },
  {
    name: 'Page d’atterrissage avec vidéo',
    kpi: 'Taux de conversion e-commerce',
    hypothesis: 'Une vidéo de démonstration augmente la conversion des visiteurs venus du Search, car elle rassure.',
    metricType: 'conversion',
    variants: list('Page actuelle|Page avec vidéo|Page avec avis clients'),
  },
  {
    name: 'Recommandations au panier',
    kpi: 'Panier moyen',
    hypothesis: 'Des produits complémentaires au panier augmentent le panier moyen, car ils évitent un second achat.',
    metricType: 'continuous',
    variants: list('Panier actuel|Panier avec recommandations'),
  },
];

const scenarios: { name: string; description: string; factor: (category: BudgetCategory) => number }[] = [
  { name: 'Scénario central', description: 'Le budget voté, réparti comme prévu.', factor: () => 1 },
  {
    name: 'Scénario prudent',
    description: 'Budget réduit de 15 % : on protège les lignes au meilleur ROI et on coupe l’achat média.',
    factor: (c) => (c === 'advertising' ? 0.7 : c === 'staff' ? 1 : 0.9),
  },
  {
    name: 'Scénario ambitieux',
    description: 'Budget augmenté de 20 % pour accélérer l’acquisition payante et les contenus.',
    factor: (c) => (c === 'advertising' || c === 'content' ? 1.35 : 1.05),
  },
  {
    name: 'Priorité au digital',
    description: 'Les événements physiques sont réduits au profit du SEA et des réseaux sociaux.',
    factor: (c) => (c === 'events' ? 0.4 : c === 'advertising' ? 1.3 : 1),
  },
];

// ---------------------------------------------------------------------------------------------
// Builders: each adds one part of the plan and returns what later parts refer to.

interface Ctx {
  rng: Random;
  cal: Calendar;
  spec: SizeSpec;
  company: Company;
  /** Last day of the plan and "today", as day offsets. */
  end: number;
  asOf: number;
}

interface PersonRef {
  key: string;
  lead: boolean;
}
interface StrategyRef {
  key: string;
  name: string;
  channel: Channel;
}
interface TacticRef {
  key: string;
  name: string;
  strategy: StrategyRef;
  /** Title templates of its actions. */
  actions: string[];
}
interface ActionRef {
  key: string;
  start: number;
  due: number;
  channel: Channel;
}
interface KpiRef {
  key: string;
  name: string;
  unit: string;
  template: KpiTemplate;
  base: number;
  target: number;
  /** Share of the planned progress actually achieved (below 1: behind target). */
  realisation: number;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);

/** Rounds a business figure to a precision that reads naturally for its size. */
function tidy(value: number): number {
  const abs = Math.abs(value);
  return abs >= 1_000 ? round(value, -1) : abs >= 100 ? round(value) : abs >= 10 ? round(value, 1) : round(value, 2);
}

/** 42000.5 → "42 000,5", without depending on the runtime's locale data. */
function frenchNumber(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + (fraction ? `,${fraction}` : '');
}

function monthLabel(ctx: Ctx, day: number): string {
  const date = ctx.cal.date(day);
  return `${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

function buildPeople(ctx: Ctx): { items: Item[]; refs: PersonRef[] } {
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

function buildGoals(ctx: Ctx): { goals: Item[]; stages: Item[] } {
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

function buildPersonas(ctx: Ctx): Item[] {
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

function buildSwot(ctx: Ctx): { items: Item[]; useful: string[] } {
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

function buildPositioning(company: Company): Item {
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

const objectiveTypes: ObjectiveType[] = ['awareness', 'acquisition', 'loyalty', 'engagement'];

/** Awareness objectives serve brand and market goals; the others serve revenue and profit. */
function goalsFor(type: ObjectiveType, goals: Item[]): string[] {
  const brand = type === 'awareness';
  const fitting = goals.filter((g) => (g.kind === 'awareness' || g.kind === 'market') === brand);
  return (fitting.length > 0 ? fitting : goals).map((g) => g.key as string);
}

function buildObjectives(ctx: Ctx, goals: Item[]): { items: Item[]; byType: Map<ObjectiveType, string[]> } {
  const keys = new Keys();
  const items: Item[] = [];
  const byType = new Map<ObjectiveType, string[]>(objectiveTypes.map((t) => [t, []]));
  const firstYearEnd = Math.min(ctx.end, ctx.cal.addMonths(12) - 1);
  for (let i = 0; i < ctx.spec.objectives; i++) {
    const type = objectiveTypes[i % 4] as ObjectiveType;
    const sameType = indicators.filter((o) => o.type === type);
    const o = sameType[Math.floor(i / 4) % sameType.length] as Indicator;
    const title = o.title + (objectiveScopes[Math.floor(i / 12) % objectiveScopes.length] as string);
    const key = keys.make(title);
    const deadline = ctx.cal.date(i % 3 === 1 ? firstYearEnd : ctx.end);
    items.push({
      key,
      title,
      description:
        `Passer de ${frenchNumber(o.baseline)} à ${frenchNumber(o.target)} ${o.unit} ` +
        `(${o.metric.toLowerCase()}) d’ici le ${deadline}, mesuré chaque mois.`,
      type,
      metric: o.metric,
      unit: o.unit,
      baseline: o.baseline,
      target: o.target,
      startDate: ctx.cal.date(0),
      deadline,
      businessGoals: ctx.rng.sample(goalsFor(type, goals), ctx.rng.int(1, 2)),
    });
    byType.get(type)?.push(key);
  }
  return { items, byType };
}

const checkInNotes = list(
  'Bon rythme, à confirmer le mois prochain.|Retard sur la production des contenus.|' +
    'Effet visible de la dernière campagne.|Budget média réduit ce mois-ci.|Tendance encourageante.',
);

function buildCheckIns(ctx: Ctx, kr: Item, from: number, to: number): Item[] {
  const { rng } = ctx;
  const start = kr.startValue as number;
  const target = kr.targetValue as number;
  const pace = rng.float(0.5, 1.15);
  const checkIns: Item[] = [];
  for (let day = from + 13; day <= Math.min(to, ctx.asOf); day += 14) {
    const progress = Math.min(1.2, ((day - from) / Math.max(1, to - from)) * pace + rng.normal() * 0.03);
    const checkIn: Item = {
      keyResult: kr.key,
      date: ctx.cal.date(day),
      value: tidy(start + (target - start) * progress),
      confidence: round(Math.min(0.95, Math.max(0.1, 0.45 * pace + rng.float(0, 0.3))), 2),
    };
    if (rng.chance(0.4)) checkIn.note = rng.pick(checkInNotes);
    checkIns.push(checkIn);
  }
  return checkIns;
}

function buildOkrs(
  ctx: Ctx,
  people: PersonRef[],
  objectiveKeys: string[],
): { okrs: Item[]; keyResults: Item[]; checkIns: Item[] } {
  const { rng, cal } = ctx;
  const keys = new Keys();
  const okrs: Item[] = [];
  const keyResults: Item[] = [];
  const checkIns: Item[] = [];
  const leads = people.filter((p) => p.lead);
  for (let i = 0; i < ctx.spec.okrs; i++) {
    const from = Math.min(cal.addMonths(3 * i), ctx.end);
    const to = Math.min(cal.addMonths(3 * i + 3) - 1, ctx.end);
    const key = keys.make(okrTitles[i % okrTitles.length] as string);
    okrs.push({
      key,
      title: okrTitles[i % okrTitles.length],
      description: `OKR du trimestre commençant le ${cal.date(from)}.`,
      periodStart: cal.date(from),
      periodEnd: cal.date(to),
      owner: (leads[i % leads.length] as PersonRef).key,
      objective: objectiveKeys[i % objectiveKeys.length],
    });
    rng.sample(indicators, 3).forEach((o, n) => {
      const kr: Item = {
        key: `${key}-kr${n + 1}`,
        okrObjective: key,
        title: o.title,
        metric: o.metric,
        unit: o.unit,
        startValue: o.baseline,
        targetValue: o.target,
        weight: rng.pick([1, 1, 1, 2]),
      };
      const done = buildCheckIns(ctx, kr, from, to);
      if (done.length > 0) kr.currentValue = done[done.length - 1]?.value;
      keyResults.push(kr);
      checkIns.push(...done);
    });
  }
  return { okrs, keyResults, checkIns };
}

function buildStrategies(
  ctx: Ctx,
  links: { objectives: string[]; personas: string[]; swot: string[] },
): { items: Item[]; refs: StrategyRef[] } {
  const { rng, spec } = ctx;
  const channels: Channel[] =
    spec.strategies <= 3
      ? ['content', 'seo', rng.pick(['social', 'email', 'sea'] as const)]
      : [...strategyChannels, 'content', 'social', 'sea'];
  const keys = new Keys();
  const items: Item[] = [];
  const refs: StrategyRef[] = [];
  for (let i = 0; i < spec.strategies; i++) {
    const channel = channels[i % channels.length] as Channel;
    const second = channels.indexOf(channel) < i ? 1 : 0;
    const name = channelNames[channel][second];
    const key = keys.make(name);
    items.push({
      key,
      name,
      channel,
      description: `Objectif de la stratégie : ${channelPurposes[channel]}.`,
      objectives: rng.sample(links.objectives, rng.int(1, 3)),
      personas: rng.sample(links.personas, rng.int(1, 2)),
      swotItems: rng.sample(links.swot, rng.int(1, 3)),
    });
    refs.push({ key, name, channel });
  }
  return { items, refs };
}

function buildTactics(ctx: Ctx, strategies: StrategyRef[]): { items: Item[]; refs: TacticRef[] } {
  const keys = new Keys();
  const perChannel = new Map<Channel, number>();
  const items: Item[] = [];
  const refs: TacticRef[] = [];
  for (const strategy of strategies) {
    for (let t = 0; t < ctx.spec.tacticsPerStrategy; t++) {
      const catalog = tacticCatalog[strategy.channel];
      const n = perChannel.get(strategy.channel) ?? 0;
      perChannel.set(strategy.channel, n + 1);
      const [base = '', actions = ''] = (catalog[n % catalog.length] as string).split(' = ');
      const wave = Math.floor(n / catalog.length);
      const name = `${base}${wave > 0 ? ` (vague ${wave + 1})` : ''}`;
      const key = keys.make(name);
      items.push({ key, strategy: strategy.key, name, description: `Déclinaison de « ${strategy.name} ».` });
      refs.push({ key, name, strategy, actions: actions.split(' | ') });
    }
  }
  return { items, refs };
}

const milestoneTitles = list(
  'Jalon : validation du brief « {topic} »|Jalon : lancement « {topic} »|Jalon : bilan de {month}|' +
    'Jalon : mise en ligne « {topic} »',
);
const actionNotes = list(
  'Brief validé en réunion marketing ; livrable à déposer dans le drive partagé.|' +
    'Prévoir une relecture par l’équipe commerciale avant diffusion.|' +
    'Réutiliser les visuels de la campagne précédente.|Dépend de la disponibilité du prestataire.|' +
    'Mesurer l’effet dans le tableau de bord la semaine suivante.',
);

function actionStatus(ctx: Ctx, start: number, due: number): string {
  const { rng, asOf } = ctx;
  if (due < asOf) return rng.chance(0.86) ? 'done' : rng.chance(0.5) ? 'cancelled' : 'blocked';
  if (start <= asOf) return rng.chance(0.85) ? 'in_progress' : 'blocked';
  return rng.chance(0.97) ? 'todo' : 'cancelled';
}

/** One action of `tactic` starting on day `start`; milestones last zero days. */
function buildAction(ctx: Ctx, keys: Keys, tactic: TacticRef, start: number): { item: Item; ref: ActionRef } {
  const { rng, company } = ctx;
  const channel = tactic.strategy.channel;
  const isMilestone = rng.chance(0.08);
  const values = {
    topic: rng.pick(company.topics),
    month: monthLabel(ctx, start),
    event: `${rng.pick(company.events)} ${ctx.cal.date(start).slice(0, 4)}`,
  };
  const title = fill(rng.pick(isMilestone ? milestoneTitles : tactic.actions), values);
  const due = isMilestone ? start : Math.min(ctx.end, start + rng.int(1, 30));
  const key = keys.make(title, 48);
  const item: Item = { key, tactic: tactic.key, title };
  if (rng.chance(0.4)) item.description = rng.pick(actionNotes);
  item.status = actionStatus(ctx, start, due);
  item.priority = rng.pick(['low', 'medium', 'medium', 'high']);
  item.startDate = ctx.cal.date(start);
  item.dueDate = ctx.cal.date(due);
  item.isMilestone = isMilestone;
  if (!isMilestone && rng.chance(0.7)) item.estimatedCost = cents(rng.float(300, 15_000));
  item.effortHours = isMilestone ? 0 : round(rng.float(2, 60) * 2) / 2;
  return { item, ref: { key, start, due, channel } };
}

/** Actions in contiguous blocks per tactic, each block in date order. */
function buildActions(ctx: Ctx, tactics: TacticRef[]): { items: Item[]; refs: ActionRef[] } {
  const keys = new Keys();
  const items: Item[] = [];
  const refs: ActionRef[] = [];
  const total = ctx.spec.actions;
  for (let t = 0; t < tactics.length; t++) {
    const count = Math.floor(((t + 1) * total) / tactics.length) - Math.floor((t * total) / tactics.length);
    const starts = Array.from({ length: count }, () => ctx.rng.int(0, ctx.end - 7)).sort((a, b) => a - b);
    for (const start of starts) {
      const built = buildAction(ctx, keys, tactics[t] as TacticRef, start);
      items.push(built.item);
      refs.push(built.ref);
    }
  }
  return { items, refs };
}

/** Exactly one Accountable (a lead), one or two Responsible, sometimes Consulted and Informed. */
function buildRaci(ctx: Ctx, actions: ActionRef[], people: PersonRef[]): Item[] {
  const { rng } = ctx;
  const leads = people.filter((p) => p.lead);
  const rows: Item[] = [];
  actions.forEach((action, i) => {
    const accountable = rng.pick(leads);
    // Cycling through everyone as Responsible puts every person of the pool in the plan.
    let first = people[i % people.length] as PersonRef;
    if (first === accountable) first = people[(i + 1) % people.length] as PersonRef;
    const others = rng.sample(
      people.filter((p) => p !== accountable && p !== first),
      3,
    );
    const assignments: [PersonRef | undefined, string][] = [
      [accountable, 'A'],
      [first, 'R'],
      [rng.chance(0.3) ? others[0] : undefined, 'R'],
      [rng.chance(0.4) ? others[1] : undefined, 'C'],
      [rng.chance(0.3) ? others[2] : undefined, 'I'],
    ];
    for (const [person, role] of assignments) if (person) rows.push({ action: action.key, person: person.key, role });
  });
  return rows;
}

/** Finish-to-start links from an earlier action to a later one that starts after it ends: never a cycle. */
function buildDependencies(ctx: Ctx, actions: ActionRef[]): Item[] {
  const { rng } = ctx;
  const rows: Item[] = [];
  const seen = new Set<string>();
  for (let j = 1; j < actions.length; j++) {
    if (!rng.chance(ctx.spec.dependencyRate)) continue;
    const successor = actions[j] as ActionRef;
    const wanted = rng.chance(0.2) ? 2 : 1;
    let found = 0;
    for (let attempt = 0; attempt < 6 && found < wanted; attempt++) {
      const i = j - rng.int(1, Math.min(j, 25));
      const predecessor = actions[i] as ActionRef;
      const pair = `${i}>${j}`;
      if (predecessor.due > successor.start || seen.has(pair)) continue;
      seen.add(pair);
      found++;
      rows.push({
        predecessor: predecessor.key,
        successor: successor.key,
        lagDays: Math.min(successor.start - predecessor.due, rng.int(0, 5)),
      });
    }
  }
  return rows;
}

const editorialChannels = new Set<Channel>(['content', 'seo', 'social', 'email', 'influence', 'other']);
const socialNetworks = list('Instagram|LinkedIn|TikTok|Facebook|YouTube');
const contentNotes = list(
  'Angle validé avec l’équipe produit.|Prévoir trois visuels déclinés.|Ajouter un lien vers la page pilier.|' +
    'Relire avec le service juridique (allégations).|Recycler en newsletter le mois suivant.',
);

function contentStatus(ctx: Ctx, day: number): string {
  if (day <= ctx.asOf) return ctx.rng.chance(0.95) ? 'published' : 'review';
  if (day <= ctx.asOf + 14) return ctx.rng.pick(['scheduled', 'scheduled', 'review']);
  return day <= ctx.asOf + 45 ? 'draft' : 'idea';
}

function buildContentItems(ctx: Ctx, actions: ActionRef[], personaKeys: string[], people: PersonRef[]): Item[] {
  const { rng, company } = ctx;
  const editorial = actions.filter((a) => editorialChannels.has(a.channel));
  const pool = editorial.length > 0 ? editorial : actions;
  const keys = new Keys();
  const items: Item[] = [];
  for (let i = 0; i < ctx.spec.contentItems; i++) {
    const action = rng.chance(0.8) ? rng.pick(pool) : undefined;
    const channel: Channel = action?.channel ?? rng.pick(['content', 'social', 'email'] as const);
    const [medium, formats] = contentChannels[channel];
    const format = rng.pick(formats);
    const day = action ? rng.int(action.start, action.due) : rng.int(0, ctx.end);
    const title = `${format} — ${rng.pick(company.topics)} : ${rng.pick(angles)}`;
    const item: Item = { key: keys.make(title, 48), title };
    if (action) item.action = action.key;
    item.persona = rng.pick(personaKeys);
    item.owner = rng.pick(people).key;
    item.channel = channel === 'social' || channel === 'influence' ? rng.pick(socialNetworks) : medium;
    item.format = format;
    item.status = contentStatus(ctx, day);
    item.publishDate = ctx.cal.date(day);
    if (rng.chance(0.3)) item.notes = rng.pick(contentNotes);
    items.push(item);
  }
  return items;
}

interface BudgetLineRef {
  key: string;
  category: BudgetCategory;
  planned: number;
  committed: number;
}

const suppliers: Record<BudgetCategory, string[]> = {
  staff: list('Refacturation interne|Cabinet de recrutement Alto'),
  advertising: list('Google Ireland|Meta Platforms Ireland|LinkedIn Ireland'),
  tools: list('HubSpot|Semrush|Canva|Brevo'),
  content: list('Studio Kairos|Agence Hêtre|Rédaction freelance'),
  events: list('Comexposium|Traiteur Dupré|Location Stand Pro'),
  other: list('Imprimerie Rivoire|La Poste|Goodies & Cie'),
};

function buildBudgetLines(ctx: Ctx, tactics: TacticRef[]): { items: Item[]; refs: BudgetLineRef[] } {
  const { rng } = ctx;
  const keys = new Keys();
  const labels = new Map<string, number>();
  const items: Item[] = [];
  const refs: BudgetLineRef[] = [];
  for (let l = 0; l < ctx.spec.budgetLines; l++) {
    const tactic = tactics[l % tactics.length] as TacticRef;
    const lap = Math.floor(l / tactics.length);
    const preferred = channelCategories[tactic.strategy.channel];
    const category = lap < preferred.length ? (preferred[lap] as BudgetCategory) : rng.pick(preferred);
    let label = `${budgetCategoryLabels[category]} — ${tactic.name}`;
    const seen = labels.get(label) ?? 0;
    labels.set(label, seen + 1);
    if (seen > 0) label += ` (lot ${seen + 1})`;
    const [min, max] = budgetRanges[category];
    const plannedEuros = rng.float(min, max);
    const planned = cents(plannedEuros);
    const committed = Math.min(planned, cents(plannedEuros * rng.float(0.2, 1)));
    const key = keys.make(label, 48);
    const item: Item = {
      key,
      label,
      category,
      strategy: tactic.strategy.key,
      tactic: tactic.key,
      plannedAmount: planned,
      committedAmount: committed,
      expectedRoi: round(rng.float(0.5, 6), 1),
    };
    if (rng.chance(0.4)) {
      item.minAmount = cents(plannedEuros * 0.5);
      item.maxAmount = cents(plannedEuros * 1.5);
    }
    items.push(item);
    refs.push({ key, category, planned, committed });
  }
  return { items, refs };
}

function buildSpendEntries(ctx: Ctx, lines: BudgetLineRef[]): Item[] {
  const { rng } = ctx;
  const rows: Item[] = [];
  const [least, most] = ctx.spec.budgetLines > 50 ? [2, 6] : [1, 3];
  for (const line of lines) {
    const count = rng.int(least, most);
    const spent = (line.committed / 100) * rng.float(0.4, 1);
    const days = Array.from({ length: count }, () => rng.int(0, ctx.asOf)).sort((a, b) => a - b);
    const weights = days.map(() => rng.float(0.5, 1.5));
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    days.forEach((day, n) => {
      const date = ctx.cal.date(day);
      const kind = n === 0 && rng.chance(0.3) ? 'committed' : 'actual';
      const number = `${date.slice(0, 4)}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
      rows.push({
        budgetLine: line.key,
        date,
        amount: cents((spent * (weights[n] as number)) / totalWeight, 1),
        kind,
        note: `${kind === 'committed' ? 'Bon de commande' : 'Facture'} ${rng.pick(suppliers[line.category])} n° ${number}`,
      });
    });
  }
  return rows;
}

function buildScenarios(ctx: Ctx, lines: BudgetLineRef[]): { items: Item[]; allocations: Item[] } {
  const keys = new Keys();
  const items: Item[] = [];
  const allocations: Item[] = [];
  for (const scenario of scenarios.slice(0, ctx.spec.scenarios)) {
    const key = keys.make(scenario.name);
    let total = 0;
    for (const line of lines) {
      const amount = cents((line.planned / 100) * scenario.factor(line.category), 10);
      total += amount;
      allocations.push({ scenario: key, budgetLine: line.key, amount });
    }
    items.push({ key, name: scenario.name, description: scenario.description, totalAmount: total });
  }
  return { items, allocations };
}

const aggregationLabels = { sum: 'total', average: 'moyenne', last: 'dernière valeur' } as const;

function buildKpis(
  ctx: Ctx,
  links: { objectivesByType: Map<ObjectiveType, string[]>; keyResults: string[]; strategies: StrategyRef[] },
): { items: Item[]; refs: KpiRef[] } {
  const { rng } = ctx;
  const keys = new Keys();
  const items: Item[] = [];
  const refs: KpiRef[] = [];
  for (let i = 0; i < ctx.spec.kpis; i++) {
    const t = kpiTemplates[i % kpiTemplates.length] as KpiTemplate;
    const lap = Math.floor(i / kpiTemplates.length);
    const name = lap === 0 ? t.name : `${t.name} — ${regions[(lap - 1) % regions.length]}`;
    // Regional volumes are a fraction of the national ones; rates stay comparable.
    const scale = lap === 0 || t.aggregation === 'average' ? 1 : rng.float(0.08, 0.3);
    const base = round(rng.float(t.base[0], t.base[1]) * scale, t.decimals);
    const target = round(base * (1 + t.change), t.decimals);
    const key = keys.make(name);
    const objectives = links.objectivesByType.get(t.type) ?? [];
    const strategy = links.strategies.find((s) => s.channel === t.channel) ?? rng.pick(links.strategies);
    const item: Item = {
      key,
      name,
      description: `Valeur quotidienne (${aggregationLabels[t.aggregation]} sur la période), source : ${t.source}.`,
      unit: t.unit,
      direction: t.direction,
      aggregation: t.aggregation,
      baseline: base,
      target,
      targetDate: ctx.cal.date(ctx.end),
      tolerancePercent: rng.pick([5, 10, 10, 15]),
    };
    if (objectives.length > 0) item.objective = rng.pick(objectives);
    if (links.keyResults.length > 0 && rng.chance(0.3)) item.keyResult = rng.pick(links.keyResults);
    item.strategy = strategy.key;
    items.push(item);
    refs.push({ key, name, unit: t.unit, template: t, base, target, realisation: round(rng.float(0.55, 1.15), 2) });
  }
  return { items, refs };
}

/** The planned path at the end of each quarter, and at the deadline. */
function buildKpiTargets(ctx: Ctx, kpis: KpiRef[]): Item[] {
  const days: number[] = [];
  for (let q = 1; ; q++) {
    const day = ctx.cal.addMonths(3 * q) - 1;
    if (day >= ctx.end) break;
    days.push(day);
  }
  days.push(ctx.end);
  return kpis.flatMap((k) =>
    days.map((day) => ({
      kpi: k.key,
      date: ctx.cal.date(day),
      value: round(k.base + ((k.target - k.base) * day) / ctx.end, k.template.decimals),
    })),
  );
}

// Relative effect of the weekday (Sunday first) on consumer and on business audiences.
const consumerWeek = [0.1, -0.03, -0.05, -0.04, -0.03, 0, 0.05];
const businessWeek = [-0.35, 0.1, 0.12, 0.1, 0.08, 0.05, -0.3];

/** Daily series: trend toward the target (as far as the KPI's realisation goes) × weekday effect × noise. */
function buildMeasurements(ctx: Ctx, kpis: KpiRef[]): Item[] {
  const { rng, cal } = ctx;
  const rows: Item[] = [];
  const first = ctx.asOf - ctx.spec.measurementDays + 1;
  const firstWeekday = cal.weekday(first);
  for (const k of kpis) {
    const t = k.template;
    const week = t.source === 'crm' || t.channel === 'events' ? businessWeek : consumerWeek;
    const amplitude =
      t.aggregation === 'last' ? 0 : t.aggregation === 'average' ? rng.float(0.2, 0.5) : rng.float(0.6, 1.2);
    const noise = t.aggregation === 'last' ? 0.002 : t.aggregation === 'average' ? 0.04 : 0.08;
    const ceiling = t.unit === '%' ? 100 : Infinity;
    for (let day = first; day <= ctx.asOf; day++) {
      // Flat at the baseline before the plan starts, then toward the target.
      const level = k.base + ((k.target - k.base) * Math.max(0, day) * k.realisation) / ctx.end;
      const weekday = (week[(firstWeekday + day - first) % 7] as number) * amplitude;
      const spike = t.direction === 'increase' && t.aggregation === 'sum' && rng.chance(0.002);
      const value = level * (1 + weekday + noise * rng.normal()) * (spike ? 1.6 : 1);
      const row: Item = {
        kpi: k.key,
        date: cal.date(day),
        value: round(Math.min(ceiling, Math.max(0, value)), t.decimals),
        source: t.source,
      };
      if (spike) row.note = 'Pic lié à une opération promotionnelle';
      rows.push(row);
    }
  }
  return rows;
}

function buildCorrectiveActions(ctx: Ctx, kpis: KpiRef[], people: PersonRef[]): Item[] {
  const { rng } = ctx;
  const behind = [...kpis].sort((a, b) => a.realisation - b.realisation).slice(0, ctx.spec.correctiveActions);
  const leads = people.filter((p) => p.lead);
  return behind.map((k) => {
    const status = rng.pick(['planned', 'in_progress', 'in_progress', 'done', 'done', 'abandoned']);
    const item: Item = {
      key: `${k.key}-correctif`,
      kpi: k.key,
      title: rng.pick(correctiveTemplates[k.template.channel]),
      description: `Écart de ${Math.max(1, Math.round((1 - k.realisation) * 100))} % sur la progression prévue de « ${k.name} » au ${ctx.cal.date(ctx.asOf)}.`,
      owner: rng.pick(leads).key,
      deadline: ctx.cal.date(Math.min(ctx.end, ctx.asOf + rng.int(14, 60))),
      status,
    };
    if (status === 'done') item.outcome = 'Trajectoire rétablie en six semaines.';
    if (status === 'abandoned') item.outcome = 'Remplacée par une refonte plus large du dispositif.';
    return item;
  });
}

const decisionNotes = {
  ship_variant: 'La variante l’emporte nettement ; déployée sur tout le trafic.',
  keep_control: 'Aucune variante ne fait mieux que la version actuelle.',
  inconclusive: 'Écart trop faible pour conclure ; à retester avec plus de trafic.',
} as const;

function experimentStatus(ctx: Ctx, start: number, end: number): string {
  if (start > ctx.asOf) return 'draft';
  if (end > ctx.asOf) return 'running';
  return ctx.rng.chance(0.85) ? 'decided' : 'stopped';
}

/** Daily users per variant, and conversions (or mean and spread of a continuous metric). */
function buildResults(
  ctx: Ctx,
  variantKey: string,
  metricType: string,
  lift: number,
  from: number,
  to: number,
): Item[] {
  const { rng } = ctx;
  const baseRate = rng.float(0.02, 0.25);
  const baseMean = rng.float(50, 120);
  const rows: Item[] = [];
  for (let day = from; day <= to; day++) {
    const users = rng.int(300, 1_500);
    const row: Item = { variant: variantKey, date: ctx.cal.date(day), users };
    if (metricType === 'conversion') {
      const rate = baseRate * lift * (1 + 0.1 * rng.normal());
      row.conversions = Math.min(users, Math.max(0, Math.round(users * rate)));
    } else {
      row.mean = round(baseMean * lift * (1 + 0.03 * rng.normal()), 2);
      row.sd = round(baseMean * rng.float(0.5, 0.7), 2);
    }
    rows.push(row);
  }
  return rows;
}

function buildExperiments(ctx: Ctx, kpis: KpiRef[]): { experiments: Item[]; variants: Item[]; results: Item[] } {
  const { rng } = ctx;
  const keys = new Keys();
  const experiments: Item[] = [];
  const variants: Item[] = [];
  const results: Item[] = [];
  for (let i = 0; i < ctx.spec.experiments; i++) {
    const t = experimentTemplates[i % experimentTemplates.length] as ExperimentTemplate;
    const lap = Math.floor(i / experimentTemplates.length);
    const name = `Test A/B — ${t.name}${lap > 0 ? ` (vague ${lap + 1})` : ''}`;
    const key = keys.make(name);
    // The first one is over by "today", so that every plan has results to analyse.
    const start = i === 0 ? rng.int(0, Math.max(0, ctx.asOf - 30)) : rng.int(0, ctx.end - 30);
    const end = start + rng.int(14, 28);
    const status = experimentStatus(ctx, start, end);
    const named = kpis.filter((k) => k.template.name === t.kpi);
    const measured =
      named.length > 0 ? named : kpis.filter((k) => k.unit === (t.metricType === 'conversion' ? '%' : '€'));
    const experiment: Item = { key, name, hypothesis: t.hypothesis };
    if (measured.length > 0) experiment.kpi = rng.pick(measured).key;
    Object.assign(experiment, {
      metricType: t.metricType,
      status,
      startDate: ctx.cal.date(start),
      endDate: ctx.cal.date(end),
      alpha: rng.pick([0.05, 0.05, 0.1]),
    });
    if (status === 'decided') {
      const decision = rng.pick(['ship_variant', 'keep_control', 'inconclusive'] as const);
      Object.assign(experiment, { decision, decisionNote: decisionNotes[decision] });
    }
    experiments.push(experiment);
    t.variants.forEach((variantName, v) => {
      const variantKey = `${key}-${v === 0 ? 'controle' : String.fromCharCode(97 + v)}`;
      variants.push({
        key: variantKey,
        experiment: key,
        name: variantName,
        isControl: v === 0,
        weight: 1,
        description:
          v === 0 ? 'Version actuellement en production.' : `Variante testée : ${variantName.toLowerCase()}.`,
      });
      if (start <= ctx.asOf) {
        const lift = v === 0 ? 1 : rng.float(0.9, 1.2);
        results.push(...buildResults(ctx, variantKey, t.metricType, lift, start, Math.min(end, ctx.asOf)));
      }
    });
  }
  return { experiments, variants, results };
}

// ---------------------------------------------------------------------------------------------

function checkOptions(options: GenerateOptions): { spec: SizeSpec; startMs: number } {
  const spec = sizes[options.size];
  if (!spec) throw new RangeError(`Unknown plan size "${String(options.size)}" (expected small or large)`);
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new RangeError('The seed must be an integer between 0 and 4294967295');
  }
  const start = options.startDate ?? '2025-01-01';
  const startMs = Date.parse(`${start}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(start) ||
    Number.isNaN(startMs) ||
    new Date(startMs).toISOString().slice(0, 10) !== start
  ) {
    throw new RangeError(`The start date must be an existing date as YYYY-MM-DD, not "${start}"`);
  }
  return { spec, startMs };
}

/** A whole `jalon/plan@1` document; the same options always give the same document. */
export function generatePlanDocument(options: GenerateOptions): PlanDocument {
  const { spec, startMs } = checkOptions(options);
  const rng = new Random(options.seed);
  const cal = new Calendar(startMs);
  const company = rng.pick(companies);
  const ctx: Ctx = { rng, cal, spec, company, end: cal.addMonths(12 * spec.years) - 1, asOf: spec.asOfDay };
  const firstYear = cal.date(0).slice(0, 4);
  const lastYear = cal.date(ctx.end).slice(0, 4);
  const years = firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`;

  const people = buildPeople(ctx);
  const goals = buildGoals(ctx);
  const personas = buildPersonas(ctx);
  const swot = buildSwot(ctx);
  const objectives = buildObjectives(ctx, goals.goals);
  const objectiveKeys = objectives.items.map((o) => o.key as string);
  const okrs = buildOkrs(ctx, people.refs, objectiveKeys);
  const personaKeys = personas.map((p) => p.key as string);
  const strategies = buildStrategies(ctx, { objectives: objectiveKeys, personas: personaKeys, swot: swot.useful });
  const tactics = buildTactics(ctx, strategies.refs);
  const actions = buildActions(ctx, tactics.refs);
  const lines = buildBudgetLines(ctx, tactics.refs);
  const budgetScenarios = buildScenarios(ctx, lines.refs);
  const kpis = buildKpis(ctx, {
    objectivesByType: objectives.byType,
    keyResults: okrs.keyResults.map((k) => k.key as string),
    strategies: strategies.refs,
  });
  const experiments = buildExperiments(ctx, kpis.refs);
  const contingencyPercent = spec.budgetLines > 50 ? 8 : 10;
  const planned = lines.refs.reduce((sum, l) => sum + l.planned, 0);

  const document = {
    schema: planDocumentVersion,
    plan: {
      key: slugify(`pac-${company.name}-${years}`),
      name: `Plan d’action commerciale ${years} — ${company.name}`,
      description: `Plan de démonstration (${options.size}, graine ${options.seed}) : ${company.category}.`,
      status: 'active',
      currency: 'EUR',
      locale: 'fr',
      startDate: cal.date(0),
      endDate: cal.date(ctx.end),
    },
    positioning: buildPositioning(company),
    budget: { totalAmount: cents(((planned / 100) * (100 + contingencyPercent)) / 100, 1_000), contingencyPercent },
    people: people.items,
    businessGoals: goals.goals,
    funnelStages: goals.stages,
    personas,
    swotItems: swot.items,
    objectives: objectives.items,
    okrObjectives: okrs.okrs,
    keyResults: okrs.keyResults,
    checkIns: okrs.checkIns,
    strategies: strategies.items,
    tactics: tactics.items,
    actions: actions.items,
    raciAssignments: buildRaci(ctx, actions.refs, people.refs),
    actionDependencies: buildDependencies(ctx, actions.refs),
    contentItems: buildContentItems(ctx, actions.refs, personaKeys, people.refs),
    budgetLines: lines.items,
    spendEntries: buildSpendEntries(ctx, lines.refs),
    budgetScenarios: budgetScenarios.items,
    scenarioAllocations: budgetScenarios.allocations,
    kpis: kpis.items,
    kpiTargets: buildKpiTargets(ctx, kpis.refs),
    measurements: buildMeasurements(ctx, kpis.refs),
    correctiveActions: buildCorrectiveActions(ctx, kpis.refs, people.refs),
    experiments: experiments.experiments,
    experimentVariants: experiments.variants,
    experimentResults: experiments.results,
  };
  return document as unknown as PlanDocument;
}
