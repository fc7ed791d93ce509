import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { contentItemStatuses, type ContentItemStatus } from '../../../contract/enums.js';
import { isDay, type CalendarView, type Day } from './dateGrid';

export const CONTENT_STATUSES = contentItemStatuses;
export type ContentStatus = ContentItemStatus;

export const STATUS_COLORS: Record<ContentStatus, string> = {
  idea: 'gray',
  draft: 'yellow',
  review: 'orange',
  scheduled: 'blue',
  published: 'green',
};

/** What the calendar shows, as kept in the URL (`?view=week&date=2026-03-02&channel=Blog`). */
export interface CalendarFilters {
  /** A channel as typed on the items, compared without case or surrounding blanks. */
  channel: string | null;
  /** A persona's key. */
  persona: string | null;
  status: ContentStatus | null;
}

export const NO_FILTERS: CalendarFilters = { channel: null, persona: null, status: null };

export interface CalendarParams {
  view: CalendarView;
  /** The day the view is built around (today when the URL names none). */
  anchor: Day;
  filters: CalendarFilters;
}

const isStatus = (value: string | null): value is ContentStatus => CONTENT_STATUSES.includes(value as ContentStatus);
const nonBlank = (value: string | null) => (value?.trim() ? value.trim() : null);

/** Reads the view, day and filters of the URL; anything unreadable falls back to the default. */
export function readParams(params: URLSearchParams, today: Day): CalendarParams {
  const date = params.get('date');
  const status = params.get('status');
  return {
    view: params.get('view') === 'week' ? 'week' : 'month',
    anchor: isDay(date) ? date : today,
    filters: {
      channel: nonBlank(params.get('channel')),
      persona: nonBlank(params.get('persona')),
      status: isStatus(status) ? status : null,
    },
  };
}

/** Writes a change of view, day or filters onto the URL's parameters, leaving the others as they are. */
export function writeParams(
  params: URLSearchParams,
  change: Partial<Omit<CalendarParams, 'filters'>> & { filters?: Partial<CalendarFilters> },
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null | undefined) => {
    if (value === undefined) return;
    if (value === null) next.delete(name);
    else next.set(name, value);
  };
  if (change.view !== undefined) set('view', change.view === 'month' ? null : change.view);
  set('date', change.anchor);
  if (change.filters) {
    set('channel', change.filters.channel);
    set('persona', change.filters.persona);
    set('status', change.filters.status);
  }
  return next;
}

export function hasFilters(filters: CalendarFilters): boolean {
  return filters.channel !== null || filters.persona !== null || filters.status !== null;
}

const channelKey = (channel: string) => channel.trim().toLocaleLowerCase();

/** The items the filters keep; `personaIds` maps persona keys to ids. */
export function filterItems(
  items: readonly ContentItemEntity[],
  filters: CalendarFilters,
  personaIds: ReadonlyMap<string, string>,
): readonly ContentItemEntity[] {
  if (!hasFilters(filters)) return items;
  const channel = filters.channel === null ? null : channelKey(filters.channel);
  // A persona key that names no persona (an old link) keeps nothing rather than everything.
  const personaId = filters.persona === null ? null : (personaIds.get(filters.persona) ?? '');
  return items.filter(
    (item) =>
      (channel === null || (item.channel !== null && channelKey(item.channel) === channel)) &&
      (personaId === null || item.personaId === personaId) &&
      (filters.status === null || item.status === filters.status),
  );
}

/** The channels typed on the items, each once (first spelling met), sorted for the reader. */
export function channelOptions(items: readonly ContentItemEntity[], locale: string): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const channel = item.channel?.trim();
    if (channel && !seen.has(channelKey(channel))) seen.set(channelKey(channel), channel);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' }));
}

export interface DayIndex {
  /** Items by publish day, in the plan's order within a day. */
  byDay: ReadonlyMap<Day, readonly ContentItemEntity[]>;
  /** Items without a publish date, in the plan's order. */
  unscheduled: readonly ContentItemEntity[];
}

/** Groups the items by publish day in one pass, so each day cell reads its items from a map. */
export function indexByDay(items: readonly ContentItemEntity[]): DayIndex {
  const byDay = new Map<Day, ContentItemEntity[]>();
  const unscheduled: ContentItemEntity[] = [];
  const sorted = [...items].sort((a, b) => a.position - b.position);
  for (const item of sorted) {
    if (!item.publishDate) {
      unscheduled.push(item);
      continue;
    }
    const list = byDay.get(item.publishDate);
    if (list) list.push(item);
    else byDay.set(item.publishDate, [item]);
  }
  return { byDay, unscheduled };
}

/** How many items of the index fall within a range of days. */
export function countWithin(index: DayIndex, from: Day, to: Day): number {
  let count = 0;
  for (const [day, items] of index.byDay) if (day >= from && day <= to) count += items.length;
  return count;
}

/** The item a URL hash `#entity-<key>` names, if any. */
export function itemOfHash(items: readonly ContentItemEntity[], hash: string): ContentItemEntity | undefined {
  if (!hash.startsWith('#entity-')) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(hash.slice('#entity-'.length));
  } catch {
    return undefined;
  }
  return items.find((item) => item.key === key);
}
