import { isoWeekOf, parseDay } from '../../../core/schedule/dates.js';

/** How the weekly workload of the engine (`core/schedule/workload`) is laid out on screen. */

/** Weeks shown at once: a plan over three years has some 150, far too many columns. */
export const WEEKS_PER_PAGE = 12;

/** The first week of the page that shows `week` (or the first page when it is not in `weeks`). */
export function pageStartFor(weeks: readonly string[], week: string | null, size = WEEKS_PER_PAGE): number {
  const index = week === null ? -1 : weeks.indexOf(week);
  if (index < 0) return 0;
  return Math.floor(index / size) * size;
}

/** Keeps a page start inside the list of weeks. */
export function clampPageStart(start: number, total: number, size = WEEKS_PER_PAGE): number {
  const lastStart = Math.max(0, Math.floor((total - 1) / size) * size);
  return Math.min(Math.max(0, start), lastStart);
}

export type LoadLevel = 'none' | 'light' | 'medium' | 'full' | 'over' | 'unknown';

/**
 * Heat of a week against the person's capacity. Exactly meeting the capacity is a full week,
 * not an overload, as in the engine.
 */
export function loadLevel(hours: number, capacityHours: number | null): LoadLevel {
  if (hours <= 0) return 'none';
  if (capacityHours === null) return 'unknown';
  if (hours > capacityHours) return 'over';
  const share = capacityHours === 0 ? 1 : hours / capacityHours;
  if (share <= 0.5) return 'light';
  if (share <= 0.85) return 'medium';
  return 'full';
}

/** `2027-W05` → `5`: the number people read on a calendar. */
export function weekNumber(week: string): number {
  return Number(week.split('-W')[1] ?? 0);
}

/** The ISO week (`YYYY-Www`) of a calendar date `YYYY-MM-DD`, named as the engine names weeks. */
export function isoWeekOfDate(date: string): string | null {
  const day = parseDay(date);
  return day === null ? null : isoWeekOf(day);
}
