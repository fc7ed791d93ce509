import { planCollections } from '../../contract/collections.js';
import { scalarEntries } from '../../contract/fields.js';
import type { PlanDocument } from '../../contract/plan-document.js';

/** The names of each collection's calendar-date fields, by the document key of the collection. */
const dateFieldsByDocKey: [docKey: string, fields: string[]][] = planCollections
  .map((def): [string, string[]] => [
    def.docKey,
    scalarEntries(def.fields)
      .filter(([, f]) => f.kind === 'date')
      .map(([name]) => name),
  ])
  .filter(([, fields]) => fields.length > 0);

/** `YYYY-MM-DD` moved by `days` calendar days (UTC, so no daylight-saving hour is lost). */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The same plan with every calendar date moved by `days`: the plan's own period and each dated
 * field of every collection (deadlines, action dates, measurements, check-ins…), so that the
 * plan's rhythm — what comes a month after the start — is kept.
 */
export function shiftPlanDates(document: PlanDocument, days: number): PlanDocument {
  const shift = (value: unknown) => (typeof value === 'string' ? addDays(value, days) : value);
  const shifted: Record<string, unknown> = {
    ...document,
    plan: { ...document.plan, startDate: shift(document.plan.startDate), endDate: shift(document.plan.endDate) },
  };
  const source = document as unknown as Record<string, Record<string, unknown>[]>;
  for (const [docKey, fields] of dateFieldsByDocKey) {
    shifted[docKey] = (source[docKey] ?? []).map((item) => {
      const moved = { ...item };
      for (const name of fields) if (name in moved) moved[name] = shift(moved[name]);
      return moved;
    });
  }
  return shifted as unknown as PlanDocument;
}
