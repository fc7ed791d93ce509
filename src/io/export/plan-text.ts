/**
 * Words and number / date writing shared by the text exports (XLSX, ICS, Markdown): what a person
 * reads in the exported files, in French and English. Enumerated values reuse the vocabulary of
 * the plan diff (`core/diff/vocabulary.ts`), capitalised for table cells.
 */
import type { KpiStatus } from '../../core/kpi/index.js';
import type { Localized, PlanFacts } from '../../core/plan.js';
import { formatFixed, type Language } from '../../core/shared/format.js';

export type { Language };

export const l = (fr: string, en: string): Localized => ({ fr, en });

/** "à faire" → "À faire". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** The label of an enumerated value in `language`, capitalised; the raw value when unknown. */
export function labelOf<V extends string>(
  labels: Readonly<Record<V, Localized>>,
  value: V | null | undefined,
  language: Language,
): string {
  if (value === null || value === undefined) return '';
  const label = labels[value] as Localized | undefined;
  return label ? capitalise(label[language]) : value;
}

export const kpiStatusLabels: Readonly<Record<KpiStatus, Localized>> = {
  on_track: l('dans la cible', 'on track'),
  at_risk: l('à risque', 'at risk'),
  off_track: l('hors cible', 'off track'),
  no_data: l('sans mesure', 'no data'),
  no_target: l('sans cible', 'no target'),
};

export const yesNo = (value: boolean, language: Language): string =>
  value ? (language === 'fr' ? 'Oui' : 'Yes') : language === 'fr' ? 'Non' : 'No';

/** A `YYYY-MM-DD` date as people of each language write it in a table: 31/01/2027, 2027-01-31. */
export function formatDate(date: string | null | undefined, language: Language): string {
  if (!date) return '';
  if (language === 'en') return date;
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** A number with at most `decimals` decimals, grouped by thousands: « 41 200,5 », "41,200.5". */
export function formatNumber(value: number | null | undefined, language: Language, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return formatFixed(value, language, decimals, language === 'fr' ? ' ' : ',');
}

/** The people of the plan by key, for names in RACI columns and owners. */
export function peopleByKey(facts: PlanFacts): Map<string, string> {
  return new Map(facts.people.map((person) => [person.key, person.name]));
}

/** Names of the people holding each RACI role on each action, in the plan's order of assignments. */
export function raciNames(facts: PlanFacts): Map<string, Record<'R' | 'A' | 'C' | 'I', string[]>> {
  const names = peopleByKey(facts);
  const byAction = new Map<string, Record<'R' | 'A' | 'C' | 'I', string[]>>();
  for (const assignment of facts.raciAssignments) {
    const roles = byAction.get(assignment.action) ?? { R: [], A: [], C: [], I: [] };
    roles[assignment.role].push(names.get(assignment.person) ?? assignment.person);
    byAction.set(assignment.action, roles);
  }
  return byAction;
}

/** Title (or name) of each entity by key, for one collection. */
export function titles<T extends { key: string }>(items: readonly T[], pick: (item: T) => string): Map<string, string> {
  return new Map(items.map((item) => [item.key, pick(item)]));
}
