import { describe, expect, it } from 'vitest';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import {
  channelOptions,
  countWithin,
  filterItems,
  indexByDay,
  itemOfHash,
  NO_FILTERS,
  readParams,
  writeParams,
} from './calendarModel';

let position = 0;
const content = (id: string, changes: Partial<ContentItemEntity> = {}): ContentItemEntity => ({
  id,
  key: id,
  position: position++,
  title: `Contenu ${id}`,
  channel: null,
  format: null,
  status: 'idea',
  publishDate: null,
  notes: null,
  actionId: null,
  personaId: null,
  ownerId: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...changes,
});

const items = [
  content('a', { channel: 'Blog', personaId: 'p-marie', status: 'draft', publishDate: '2026-03-10' }),
  content('b', { channel: ' blog ', personaId: 'p-paul', status: 'published', publishDate: '2026-03-10' }),
  content('c', { channel: 'Instagram', personaId: 'p-marie', status: 'draft', publishDate: '2026-03-12' }),
  content('d', { channel: 'Newsletter', status: 'idea' }),
  content('e', { channel: null, status: 'scheduled', publishDate: '2026-04-02' }),
];
const personaIds = new Map([
  ['marie', 'p-marie'],
  ['paul', 'p-paul'],
]);
const ids = (list: readonly ContentItemEntity[]) => list.map((item) => item.id);

describe('filterItems', () => {
  it.each([
    [{}, ['a', 'b', 'c', 'd', 'e']],
    [{ channel: 'BLOG' }, ['a', 'b']],
    [{ persona: 'marie' }, ['a', 'c']],
    [{ status: 'draft' as const }, ['a', 'c']],
    [{ channel: 'blog', persona: 'marie' }, ['a']],
    [{ channel: 'blog', status: 'published' as const }, ['b']],
    [{ persona: 'marie', status: 'published' as const }, []],
    [{ persona: 'unknown' }, []],
  ])('%j keeps %j', (filters, expected) => {
    expect(ids(filterItems(items, { ...NO_FILTERS, ...filters }, personaIds))).toEqual(expected);
  });
});

describe('indexByDay', () => {
  it('groups items by publish day in plan order, and lists the undated ones apart', () => {
    const later = content('z', { publishDate: '2026-03-10', position: -1 });
    const index = indexByDay([...items, later]);
    expect(ids(index.byDay.get('2026-03-10') ?? [])).toEqual(['z', 'a', 'b']);
    expect(ids(index.byDay.get('2026-03-12') ?? [])).toEqual(['c']);
    expect(index.byDay.has('2026-03-11')).toBe(false);
    expect(ids(index.unscheduled)).toEqual(['d']);
    expect(countWithin(index, '2026-03-01', '2026-03-31')).toBe(4);
    expect(countWithin(index, '2026-03-11', '2026-04-30')).toBe(2);
  });
});

describe('channelOptions', () => {
  it('lists each channel once whatever its case or blanks, in alphabetical order', () => {
    expect(channelOptions(items, 'fr')).toEqual(['Blog', 'Instagram', 'Newsletter']);
  });
});

describe('URL parameters', () => {
  it('falls back to the month of today when the URL says nothing readable', () => {
    expect(readParams(new URLSearchParams('view=year&date=2026-02-30&status=lost'), '2026-03-05')).toEqual({
      view: 'month',
      anchor: '2026-03-05',
      filters: NO_FILTERS,
    });
  });

  it('reads back what it wrote, and drops the filters cleared', () => {
    const written = writeParams(new URLSearchParams('other=1'), {
      view: 'week',
      anchor: '2026-03-16',
      filters: { channel: 'Blog', persona: 'marie', status: 'review' },
    });
    expect(readParams(written, '2026-01-01')).toEqual({
      view: 'week',
      anchor: '2026-03-16',
      filters: { channel: 'Blog', persona: 'marie', status: 'review' },
    });
    const cleared = writeParams(written, { view: 'month', filters: { channel: null, status: null } });
    expect(cleared.toString()).toBe('other=1&date=2026-03-16&persona=marie');
  });
});

describe('itemOfHash', () => {
  it.each([
    ['#entity-c', 'c'],
    ['#entity-zz', undefined],
    ['#top', undefined],
    ['', undefined],
    ['#entity-%E0%A4%A', undefined],
  ])('%s → %s', (hash, expected) => {
    expect(itemOfHash(items, hash)?.id).toBe(expected);
  });
});
