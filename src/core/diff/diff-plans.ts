import type { PlanFacts } from '../plan.js';
import { DiffContext } from './context.js';
import { diffListSection } from './sections.js';
import { diffHeaderAndSettings } from './singletons.js';
import { listSectionNames } from './specs.js';
import type { PlanDiff } from './types.js';

/**
 * What changed between two versions of a plan, as a person would tell it: entities added and
 * removed, fields changed, links made and undone, RACI roles given and taken, budget moved
 * between lines, series of measurements summarised per KPI. Ordered by part of the document (in
 * document order: header, positioning, budget, then each collection), then by key. Rows are
 * matched through Maps, so the work grows with the size of the plans, not its square.
 */
export function diffPlans(before: PlanFacts, after: PlanFacts): PlanDiff {
  const ctx = new DiffContext(before, after);
  const changes = diffHeaderAndSettings(ctx);
  for (const section of listSectionNames) {
    for (const change of diffListSection(section, ctx)) changes.push(change);
  }
  return { changes };
}

/** The lines to show a person reading `locale`, in the order of the diff. */
export function summariseDiff(diff: PlanDiff, locale: 'fr' | 'en'): string[] {
  return diff.changes.map((change) => change.message[locale]);
}
