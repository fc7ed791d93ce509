import { peopleCollection, planCollections } from '../../../contract/collections.js';
import { documentRefName, linkEntries, scalarEntries } from '../../../contract/fields.js';
import type { PlanDocument } from '../../../contract/plan-document.js';
import type { PlanFacts } from '../../../core/plan.js';

/**
 * The plan as the rules read it, from its stored document. `exportPlanDocument` leaves empty
 * lists out (the document reads like a hand-written one), but `PlanFacts` promises them: an
 * objective with no business goal yet has `businessGoals: []`, not no field at all. This puts
 * every empty list (links and list fields) and unset flag back.
 */
export function planFactsOf(document: PlanDocument): PlanFacts {
  const facts: Record<string, unknown> = { ...document };
  for (const def of [peopleCollection, ...planCollections]) {
    const items = (facts[def.docKey] as Record<string, unknown>[] | undefined) ?? [];
    const lists = [
      ...linkEntries(def.fields).map(([name]) => documentRefName(name)),
      ...scalarEntries(def.fields)
        .filter(([, f]) => f.kind === 'list')
        .map(([name]) => name),
    ];
    const flags = scalarEntries(def.fields)
      .filter(([, f]) => f.kind === 'bool')
      .map(([name]) => name);
    if (lists.length === 0 && flags.length === 0) {
      facts[def.docKey] = items;
      continue;
    }
    facts[def.docKey] = items.map((item) => {
      const complete = { ...item };
      for (const name of lists) complete[name] ??= [];
      for (const name of flags) complete[name] ??= false;
      return complete;
    });
  }
  return facts as unknown as PlanFacts;
}
