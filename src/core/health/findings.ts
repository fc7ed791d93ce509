import type { Localized } from '../plan.js';

export type Severity = 'error' | 'warning' | 'info';

/** Something the plan health check found, and the entity at fault (collection as in the API, e.g. `business-goals`, and key). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: Localized;
  entity: { collection: string; key: string } | null;
}

export function finding(
  rule: string,
  severity: Severity,
  message: Localized,
  entity: { collection: string; key: string } | null = null,
): Finding {
  return { rule, severity, message, entity };
}

/** « Objectif « X » » / "Objective “X”": an entity named the way each language quotes. */
export function named(fr: string, en: string, title: string): Localized {
  return { fr: `${fr} « ${title} »`, en: `${en} “${title}”` };
}
