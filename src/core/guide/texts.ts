import type { Localized } from '../plan.js';
import type { GuideSection, GuideStageId, GuideStepId } from './types.js';

export const STAGE_TITLES: Record<GuideStageId, Localized> = {
  foundations: { fr: 'Fondations', en: 'Foundations' },
  objectives: { fr: 'Objectifs', en: 'Objectives' },
  'action-plan': { fr: 'Plan d’action', en: 'Action plan' },
  tracking: { fr: 'Suivi et ajustement', en: 'Tracking and adjustment' },
};

interface StepTexts {
  title: Localized;
  why: Localized;
  how: Localized;
  section: GuideSection;
}

/** What each step asks, why the method asks it, and where to do it (screen names as in the app's menu). */
export const STEP_TEXTS: Record<GuideStepId, StepTexts> = {
  'business-goal': {
    section: 'goals',
    title: { fr: 'Un objectif business chiffré et daté', en: 'A business goal with figures and a date' },
    why: {
      fr: 'Le marketing est au service de l’ambition commerciale : sans valeur de départ, cible et échéance, rien ne dira si le plan a porté ses fruits.',
      en: 'Marketing serves the company’s commercial ambition: without a starting value, a target and a deadline, nothing will tell whether the plan paid off.',
    },
    how: {
      fr: 'Dans Objectifs business, ajoutez un objectif (chiffre d’affaires, nouveau marché…) et renseignez sa valeur de départ, sa cible et son échéance.',
      en: 'In Business goals, add a goal (revenue, a new market…) and fill in its starting value, its target and its deadline.',
    },
  },
  funnel: {
    section: 'goals',
    title: { fr: 'L’entonnoir de l’objectif business', en: 'The business goal’s funnel' },
    why: {
      fr: 'Décomposer l’objectif en volume × taux × valeur montre quels leviers marketing le font bouger, et de combien il faut les pousser.',
      en: 'Breaking the goal down into volume × rate × value shows which marketing levers move it, and how hard each must be pushed.',
    },
    how: {
      fr: 'Sous l’objectif business, ajoutez au moins une étape de volume (visites, leads), une de taux (conversion) et une de valeur (panier moyen), avec leurs valeurs de départ et cibles.',
      en: 'Under the business goal, add at least one volume stage (visits, leads), one rate stage (conversion) and one value stage (average basket), with their starting and target values.',
    },
  },
  persona: {
    section: 'personas',
    title: { fr: 'Au moins un persona', en: 'At least one persona' },
    why: {
      fr: 'Savoir précisément à qui l’on s’adresse, avec ses motivations et ses freins, guide le choix des canaux, des messages et du ton.',
      en: 'Knowing exactly who you are talking to, with their motivations and frustrations, guides the choice of channels, messages and tone.',
    },
    how: {
      fr: 'Dans Personas, décrivez votre client type à partir de données réelles (enquêtes, entretiens) : profil, motivations, points de douleur, canaux préférés.',
      en: 'In Personas, describe your typical customer from real data (surveys, interviews): profile, motivations, pain points, preferred channels.',
    },
  },
  swot: {
    section: 'swot',
    title: { fr: 'Un SWOT aux quatre quadrants remplis', en: 'A SWOT with all four quadrants filled' },
    why: {
      fr: 'Forces et faiblesses (internes), opportunités et menaces (externes) : ce n’est qu’ensemble qu’elles disent sur quoi miser et quoi anticiper.',
      en: 'Strengths and weaknesses (internal), opportunities and threats (external): only together do they tell you what to build on and what to prepare for.',
    },
    how: {
      fr: 'Dans SWOT et positionnement, ajoutez au moins un élément dans chacun des quatre quadrants et pondérez-le selon son importance.',
      en: 'In SWOT and positioning, add at least one item to each of the four quadrants and weight it by its importance.',
    },
  },
  positioning: {
    section: 'swot',
    title: { fr: 'Un énoncé de positionnement', en: 'A positioning statement' },
    why: {
      fr: 'Dire en une phrase pour qui vous êtes là et ce qui vous distingue des concurrents donne un fil conducteur à chaque message.',
      en: 'Saying in one sentence who you are for and what sets you apart from competitors gives every message a common thread.',
    },
    how: {
      fr: 'Sous le SWOT, remplissez la cible, la catégorie, la différenciation et la preuve, puis reprenez l’énoncé proposé ou écrivez le vôtre.',
      en: 'Below the SWOT, fill in the audience, category, differentiator and proof, then keep the suggested statement or write your own.',
    },
  },
  'objectives-linked': {
    section: 'objectives',
    title: { fr: 'Des objectifs marketing reliés au business', en: 'Marketing objectives tied to the business' },
    why: {
      fr: 'Un objectif marketing ne vaut que par sa contribution à un objectif business ; le lien rend cette contribution visible et discutable avec les ventes.',
      en: 'A marketing objective is worth only what it adds to a business goal; the link makes that contribution visible and open to discussion with sales.',
    },
    how: {
      fr: 'Dans Objectifs SMART, ajoutez vos objectifs et rattachez chacun à au moins un objectif business.',
      en: 'In SMART objectives, add your objectives and link each one to at least one business goal.',
    },
  },
  'smart-objectives': {
    section: 'objectives',
    title: { fr: 'Des objectifs qui passent le contrôle SMART', en: 'Objectives that pass the SMART check' },
    why: {
      fr: 'Un objectif précis, chiffré, réaliste, utile au business et daté se pilote ; « faire connaître la marque » ne se pilote pas.',
      en: 'A precise, quantified, realistic, business-relevant and dated objective can be steered; “get the brand known” cannot.',
    },
    how: {
      fr: 'Ouvrez le contrôle SMART de chaque objectif et corrigez les critères en échec : indicateur, valeur de départ et cible, échéance.',
      en: 'Open the SMART check of each objective and fix the failing criteria: indicator, starting and target values, deadline.',
    },
  },
  okr: {
    section: 'okrs',
    title: { fr: 'Des OKR avec leurs résultats clés', en: 'OKRs with their key results' },
    why: {
      fr: 'Un cap ambitieux qui fédère l’équipe, prouvé par quelques résultats mesurables : les OKR complètent les objectifs SMART.',
      en: 'An ambitious aim that rallies the team, proven by a few measurable results: OKRs complement SMART objectives.',
    },
    how: {
      fr: 'Dans OKR, ajoutez un OKR puis ses résultats clés, chacun avec sa valeur de départ et sa cible.',
      en: 'In OKRs, add an OKR and then its key results, each with its starting value and target.',
    },
  },
  kpis: {
    section: 'tracking',
    title: { fr: 'Un KPI avec une cible pour chaque objectif', en: 'A KPI with a target for each objective' },
    why: {
      fr: 'Sans indicateur ni cible, impossible de savoir si l’objectif avance : le KPI est ce que vous relèverez tout au long du plan.',
      en: 'Without an indicator and a target there is no telling whether the objective moves: the KPI is what you will read all along the plan.',
    },
    how: {
      fr: 'Dans Suivi des KPI, ajoutez un KPI par objectif, reliez-le à cet objectif et donnez-lui une valeur de départ et une cible.',
      en: 'In KPI tracking, add one KPI per objective, link it to that objective and give it a starting value and a target.',
    },
  },
  strategies: {
    section: 'actions',
    title: { fr: 'Une stratégie pour chaque objectif', en: 'A strategy for each objective' },
    why: {
      fr: 'La stratégie dit par quel moyen l’objectif sera atteint (contenu, SEO, réseaux sociaux, email…) ; sans elle, l’objectif reste un souhait.',
      en: 'The strategy says by what means the objective will be reached (content, SEO, social media, email…); without one, the objective stays a wish.',
    },
    how: {
      fr: 'Dans Plan d’action, ajoutez une stratégie et choisissez les objectifs SMART qu’elle sert.',
      en: 'In Action plan, add a strategy and choose the SMART objectives it serves.',
    },
  },
  'dated-actions': {
    section: 'actions',
    title: { fr: 'Des tactiques déclinées en actions datées', en: 'Tactics broken down into dated actions' },
    why: {
      fr: 'C’est en actions concrètes, chacune avec son échéance, qu’une stratégie devient un travail que l’on peut planifier et suivre.',
      en: 'Concrete actions, each with its due date, are what turn a strategy into work you can schedule and follow.',
    },
    how: {
      fr: 'Sous chaque stratégie, ajoutez des tactiques, puis sous chaque tactique des actions avec une date d’échéance.',
      en: 'Under each strategy add tactics, then under each tactic add actions with a due date.',
    },
  },
  raci: {
    section: 'raci',
    title: { fr: 'Un RACI complet', en: 'A complete RACI' },
    why: {
      fr: 'Chaque action a besoin d’une seule personne qui en répond (A) et d’au moins une qui la réalise (R) ; sinon, elle risque de n’être faite par personne.',
      en: 'Every action needs exactly one person who answers for it (A) and at least one who does it (R); otherwise it may end up done by nobody.',
    },
    how: {
      fr: 'Dans RACI, tapez A dans une seule case de chaque ligne et R dans au moins une.',
      en: 'In RACI, type A in exactly one cell of each row and R in at least one.',
    },
  },
  budget: {
    section: 'budget',
    title: { fr: 'Une enveloppe budgétaire répartie en lignes', en: 'A budget envelope split into lines' },
    why: {
      fr: 'Chiffrer chaque poste et garder une réserve pour les imprévus permet de mettre l’argent là où le retour attendu est le meilleur.',
      en: 'Costing each item and keeping a reserve for the unexpected lets you put the money where the expected return is best.',
    },
    how: {
      fr: 'Dans Budget, enregistrez le budget total et la réserve, puis ajoutez des lignes par stratégie ou tactique avec leur ROI attendu.',
      en: 'In Budget, save the total budget and the reserve, then add lines per strategy or tactic with their expected ROI.',
    },
  },
  measurements: {
    section: 'tracking',
    title: { fr: 'Des mesures pour chaque KPI', en: 'Measurements for every KPI' },
    why: {
      fr: 'Un plan vit : seules des mesures régulières montrent l’écart entre la trajectoire prévue et la réalité.',
      en: 'A plan is alive: only regular measurements show the gap between the expected path and what really happens.',
    },
    how: {
      fr: 'Dans Suivi des KPI, ouvrez chaque KPI et saisissez ses valeurs, ou importez-les depuis un fichier.',
      en: 'In KPI tracking, open each KPI and enter its values, or import them from a file.',
    },
  },
  'corrective-actions': {
    section: 'tracking',
    title: {
      fr: 'Une action corrective pour chaque KPI hors trajectoire',
      en: 'A corrective action for every off-track KPI',
    },
    why: {
      fr: 'Mesurer ne suffit pas : quand un KPI décroche, il faut décider ce qui change (tactique, budget, ciblage) et qui s’en charge.',
      en: 'Measuring is not enough: when a KPI falls behind, decide what changes (tactic, budget, targeting) and who takes it on.',
    },
    how: {
      fr: 'Sur la page du KPI, ajoutez une action corrective prévue ou en cours, avec un responsable et une échéance. L’étape attend une première mesure.',
      en: 'On the KPI’s page, add a planned or in-progress corrective action, with an owner and a deadline. The step waits for a first measurement.',
    },
  },
};
