import { planPath, sectionOfCollection } from '../plan/planPaths';

/**
 * Collections as the overview names them (API URL segments). Findings from the engine name some
 * collections by their plan-document property instead (`businessGoals`, `contentItems`): both
 * spellings lead to the same name here.
 */
export const KNOWN_COLLECTIONS = [
  'business-goals',
  'funnel-stages',
  'personas',
  'swot-items',
  'positioning',
  'objectives',
  'okr-objectives',
  'key-results',
  'check-ins',
  'strategies',
  'tactics',
  'actions',
  'raci-assignments',
  'action-dependencies',
  'content-items',
  'budget-lines',
  'spend-entries',
  'budget-scenarios',
  'scenario-allocations',
  'budget-settings',
  'kpis',
  'kpi-targets',
  'measurements',
  'corrective-actions',
  'experiments',
  'experiment-variants',
  'experiment-results',
  'people',
] as const;
export type KnownCollection = (typeof KNOWN_COLLECTIONS)[number];

const EXCEPTIONS: Record<string, KnownCollection> = { budget: 'budget-settings' };

/** `businessGoals` → `business-goals`; an unknown name gives null. */
export function normalizeCollection(name: string): KnownCollection | null {
  const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const found = EXCEPTIONS[name] ?? KNOWN_COLLECTIONS.find((c) => c === name || c === kebab);
  return found ?? null;
}

/**
 * Where an entity is shown: its section of the plan, scrolled to its card (`#entity-<key>`);
 * null while its collection has no screen.
 */
export function entityHref(workspaceId: string, planId: string, collection: string, key: string): string | null {
  const section = sectionOfCollection(normalizeCollection(collection) ?? collection);
  return section ? `${planPath(workspaceId, planId, section)}#entity-${encodeURIComponent(key)}` : null;
}
