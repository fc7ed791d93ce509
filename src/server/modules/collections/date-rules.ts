import type { FieldError } from '../../http/errors.js';

/**
 * Periods an entity carries: the end may not come before the start. Checked on the entity as it
 * will be stored (a PATCH that moves only one end is checked against the other end already there).
 */
const periods: Record<string, { start: string; end: string }[]> = {
  actions: [{ start: 'startDate', end: 'dueDate' }],
  experiments: [{ start: 'startDate', end: 'endDate' }],
};

export function periodErrors(collection: string, values: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const { start, end } of periods[collection] ?? []) {
    const from = values[start];
    const to = values[end];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      errors.push({ path: end, message: `Before the start date (${from})`, code: 'end_before_start' });
    }
  }
  return errors;
}
