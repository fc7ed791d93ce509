/**
 * The sentences of the funnel check, in French and English.
 */
import type { BusinessGoal, Localized } from '../plan.js';
import type { MissingValue } from './funnel-outcome.js';

/** What the change is a change of: « de chiffre d’affaires » / "revenue", else the goal's metric or title. */
function outcomeLabel(goal: BusinessGoal): Localized {
  if (goal.kind === 'revenue') return { fr: 'de chiffre d’affaires', en: 'revenue' };
  if (goal.kind === 'profit') return { fr: 'de marge', en: 'profit' };
  if (goal.metric) return { fr: `sur « ${goal.metric} »`, en: `on “${goal.metric}”` };
  return { fr: `sur l’objectif « ${goal.title} »`, en: `on the goal “${goal.title}”` };
}

/** « Vos cibles impliquent +43 % de chiffre d’affaires pour un objectif de +20 % : <verdict>. » */
export function comparisonSummary(goal: BusinessGoal, implied: Localized, required: Localized, verdict: Localized) {
  const label = outcomeLabel(goal);
  return {
    fr: `Vos cibles impliquent ${implied.fr} ${label.fr} pour un objectif de ${required.fr} : ${verdict.fr}.`,
    en: `Your targets imply ${implied.en} ${label.en} for a goal of ${required.en}: ${verdict.en}.`,
  };
}

export const coveredVerdict: Localized = { fr: 'couvert', en: 'covered' };

export function shortfallVerdict(points: Localized, outcome: Localized): Localized {
  return { fr: `il manque ${points.fr}, soit ${outcome.fr}`, en: `${points.en} short, i.e. ${outcome.en}` };
}

export function noFunnelSummary(goal: BusinessGoal): Localized {
  return {
    fr: `Aucun entonnoir pour « ${goal.title} » : rien ne montre que les cibles marketing couvrent l’objectif.`,
    en: `No funnel for “${goal.title}”: nothing shows that the marketing targets cover the goal.`,
  };
}

export function incompleteSummary(goal: BusinessGoal, missing: MissingValue[]): Localized {
  const items = missing.map(missingItem);
  return {
    fr: `Entonnoir de « ${goal.title} » incomplet : ${joinList(
      items.map((i) => i.fr),
      'et',
    )}.`,
    en: `Funnel of “${goal.title}” incomplete: ${joinList(
      items.map((i) => i.en),
      'and',
    )}.`,
  };
}

function missingItem(item: MissingValue): Localized {
  const isBaseline = item.field === 'baseline' || item.field === 'baselineValue';
  const what: Localized =
    item.stage === null
      ? isBaseline
        ? { fr: 'valeur de départ de l’objectif', en: 'the goal’s baseline' }
        : { fr: 'cible de l’objectif', en: 'the goal’s target' }
      : isBaseline
        ? { fr: `valeur de départ de « ${item.name} »`, en: `baseline of “${item.name}”` }
        : { fr: `valeur cible de « ${item.name} »`, en: `target of “${item.name}”` };
  // Every noun above is feminine (valeur, cible): one agreement fits all.
  return item.problem === 'missing'
    ? { fr: `${what.fr} manquante`, en: `${what.en} missing` }
    : { fr: `${what.fr} nulle ou négative`, en: `${what.en} zero or negative` };
}

/** « Portez « Taux de conversion » de 2,2 % à 2,4 % pour couvrir l’objectif. » and its variants. */
export function stageNeedMessage(name: string, from: Localized, to: Localized, up: boolean, reachable: boolean) {
  if (!reachable) {
    return {
      fr: `Il faudrait porter « ${name} » de ${from.fr} à ${to.fr} : hors d’atteinte à lui seul.`,
      en: `“${name}” alone would have to go from ${from.en} to ${to.en}: out of reach.`,
    };
  }
  return up
    ? {
        fr: `Portez « ${name} » de ${from.fr} à ${to.fr} pour couvrir l’objectif.`,
        en: `Raise “${name}” from ${from.en} to ${to.en} to cover the goal.`,
      }
    : {
        fr: `Ramenez « ${name} » de ${from.fr} à ${to.fr} pour couvrir l’objectif.`,
        en: `Bring “${name}” down from ${from.en} to ${to.en} to cover the goal.`,
      };
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
