import { collectionNames } from '../../../contract/collection-names.js';
import { planPath, sectionOfCollection } from '../plan/planPaths';

/** Collections as the API and the health findings name them (URL segments). */
export const KNOWN_COLLECTIONS = collectionNames;
export type KnownCollection = (typeof KNOWN_COLLECTIONS)[number];

/** The collection if it is one of ours (each has a translated name), else null. */
export function knownCollection(name: string): KnownCollection | null {
  return KNOWN_COLLECTIONS.find((c) => c === name) ?? null;
}

/**
 * Where an entity is shown: its section of the plan, scrolled to its card (`#entity-<key>`);
 * null while its collection has no screen.
 */
export function entityHref(workspaceId: string, planId: string, collection: string, key: string): string | null {
  const section = sectionOfCollection(collection);
  return section ? `${planPath(workspaceId, planId, section)}#entity-${encodeURIComponent(key)}` : null;
}
