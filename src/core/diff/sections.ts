import type { Localized } from '../plan.js';
import type { AnyRow, DiffContext } from './context.js';
import { rowSubject } from './describe.js';
import { fieldChanges, rowsDiffer } from './fields.js';
import { addedMessage, dependencyMessage, raciMessage, removedMessage } from './phrases.js';
import { renderValue } from './render.js';
import { eventId, matchRows, publicKey, type RowEvent, type SortableChange } from './rows.js';
import { explainBudgetMoves } from './section-budget.js';
import { summariseSeries } from './series.js';
import { listSpecs, type SectionSpec } from './specs.js';
import type { Change, ListSectionName } from './types.js';
import { raciRoles } from './vocabulary.js';

/** Every change in one collection, sorted by key (stable: a row's changes keep their field order). */
export function diffListSection(section: ListSectionName, ctx: DiffContext): Change[] {
  const spec = listSpecs[section] as unknown as SectionSpec;
  const [names, specs] = [Object.keys(spec.fields), Object.values(spec.fields)];
  const differs = (b: AnyRow, a: AnyRow) => rowsDiffer(names, specs, b, a);
  const [before, after] = [ctx.before.rowsOf(section), ctx.after.rowsOf(section)];
  const events = matchRows(before, after, spec.identity, differs, !spec.twins);
  let entries = spec.series
    ? summariseSeries(section, spec.series, events, ctx, (event) => eventChanges(section, spec, event, ctx))
    : events.flatMap((event) => eventChanges(section, spec, event, ctx));
  if (section === 'budgetLines') entries = explainBudgetMoves(entries, ctx);
  entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return entries.map((entry) => entry.change);
}

function eventChanges(
  section: ListSectionName,
  spec: SectionSpec,
  event: RowEvent,
  ctx: DiffContext,
): SortableChange[] {
  const id = eventId(event, spec.identity);
  const key = publicKey(id);
  const wrap = (change: Change): SortableChange => ({ sortKey: id, change });
  if (event.kind === 'changed') {
    const pair = { section, key, before: event.before!, after: event.after! };
    const subject = rowSubject(section, pair.after, ctx.after, ctx);
    return fieldChanges(spec.fields, { ...pair, subject }, ctx).map(wrap);
  }
  const added = event.kind === 'added';
  const row = (added ? event.after : event.before)!;
  const base = { kind: event.kind, collection: section, key, ...(added ? { after: row } : { before: row }) };
  return [wrap({ ...base, message: rowMessage(section, spec, row, added, ctx) })];
}

/** The sentence for a row added or removed as a whole. */
function rowMessage(
  section: ListSectionName,
  spec: SectionSpec,
  row: AnyRow,
  added: boolean,
  ctx: DiffContext,
): Localized {
  const side = added ? ctx.after : ctx.before;
  if (section === 'raciAssignments') {
    const role = raciRoles[row.role as 'R'] ?? { fr: String(row.role), en: String(row.role) };
    return raciMessage(ctx.nameOf('people', row.person, side), role, ctx.nameOf('actions', row.action, side), added);
  }
  if (section === 'actionDependencies') {
    const name = (key: unknown) => ctx.nameOf('actions', key, side);
    return dependencyMessage(name(row.successor), name(row.predecessor), added);
  }
  const subject = rowSubject(section, row, side, ctx);
  if (!added) return removedMessage(subject);
  const headline = spec.headline;
  return addedMessage(
    subject,
    headline ? renderValue(spec.fields[headline]!, row[headline], row, side, ctx) : undefined,
  );
}
