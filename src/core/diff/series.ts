import type { DiffContext } from './context.js';
import { summaryMessage } from './phrases.js';
import type { RowEvent, SortableChange } from './rows.js';
import type { ListSectionName } from './types.js';
import { nouns } from './vocabulary.js';

/**
 * Rows that come in series — measurements, KPI targets, check-ins, spend entries, experiment
 * results — are read per parent (the KPI, the key result, the budget line, the variant). A person
 * reads up to DETAIL_LIMIT lines about one parent; beyond that, one line says how many rows were
 * added, removed or changed: « 30 mesures ajoutées pour « Trafic organique » ».
 */
export const DETAIL_LIMIT = 3;

type EventKind = RowEvent['kind'];
const kinds: EventKind[] = ['added', 'removed', 'changed'];

export function summariseSeries(
  section: ListSectionName,
  series: { field: string; section: ListSectionName },
  events: RowEvent[],
  ctx: DiffContext,
  detail: (event: RowEvent) => SortableChange[],
): SortableChange[] {
  const groups = new Map<string, Record<EventKind, RowEvent[]>>();
  for (const event of events) {
    const parent = String((event.after ?? event.before)![series.field]);
    let group = groups.get(parent);
    if (!group) groups.set(parent, (group = { added: [], removed: [], changed: [] }));
    group[event.kind].push(event);
  }
  const entries: SortableChange[] = [];
  for (const [parent, group] of groups) {
    for (const kind of kinds) {
      const rows = group[kind];
      if (rows.length <= DETAIL_LIMIT) {
        for (const event of rows) entries.push(...detail(event));
        continue;
      }
      const side = kind === 'removed' ? ctx.before : ctx.after;
      const parentName = ctx.nameOf(series.section, parent, side);
      entries.push({
        // The parent's key alone sorts before the rows it owns (whose keys extend it).
        sortKey: parent,
        change: {
          kind,
          collection: section,
          key: parent,
          count: rows.length,
          message: summaryMessage(rows.length, nouns[section], kind, parentName),
        },
      });
    }
  }
  return entries;
}
