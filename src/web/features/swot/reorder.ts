import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { swotQuadrants } from '../../../contract/enums.js';

export type Quadrant = SwotItemEntity['quadrant'];

/** The board's order: internal (strengths, weaknesses) then external (opportunities, threats). */
export const QUADRANTS: readonly Quadrant[] = swotQuadrants;

/** What the ordering reads from an item. */
export interface Placed {
  id: string;
  quadrant: Quadrant;
  position: number;
}

/** A change to send for one item: only the fields that change. */
export interface MovePatch {
  id: string;
  quadrant?: Quadrant;
  position?: number;
}

/** Positions are plan-wide integers; the API accepts 0 to this. */
export const MAX_POSITION = 1_000_000;

/** The items of a quadrant in board order: by position, equal positions in the order given. */
export function quadrantItems<T extends Placed>(items: readonly T[], quadrant: Quadrant): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.quadrant === quadrant)
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The changes that put item `id` at `toIndex` of `toQuadrant` (an index among the quadrant's
 * other items: 0 = first, their count = last). Positions only need to increase within a quadrant,
 * so the moved item takes a free position between its new neighbours when there is one (one row
 * written); otherwise the quadrant is renumbered from the top, keeping every position that is
 * still in order, so only the rows that must change are sent.
 */
export function movePatches(items: readonly Placed[], id: string, toQuadrant: Quadrant, toIndex: number): MovePatch[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return [];
  const others = quadrantItems(
    items.filter((item) => item.id !== id),
    toQuadrant,
  );
  const index = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
  const desired = [...others.slice(0, index), moving, ...others.slice(index)];
  if (moving.quadrant === toQuadrant) {
    const current = quadrantItems(items, toQuadrant);
    if (current.every((item, i) => item.id === desired[i]?.id)) return [];
  }

  const positions = new Map<string, number>();
  let last = -1;
  desired.forEach((item, i) => {
    let position: number;
    if (item.id === id) {
      // Between the previous item (as placed) and the next one (as it stands), when they leave room.
      const next = desired[i + 1]?.position ?? Number.POSITIVE_INFINITY;
      if (item.position > last && item.position < next) position = item.position;
      else if (next - last >= 2) position = Number.isFinite(next) ? Math.floor((last + next) / 2) : last + 1;
      else position = last + 1;
    } else {
      position = item.position > last ? item.position : last + 1;
    }
    positions.set(item.id, position);
    last = position;
  });

  const patches: MovePatch[] = [];
  for (const item of desired) {
    const position = positions.get(item.id) ?? item.position;
    const patch: MovePatch = { id: item.id };
    if (item.id === id && item.quadrant !== toQuadrant) patch.quadrant = toQuadrant;
    if (position !== item.position) patch.position = position;
    if (patch.quadrant !== undefined || patch.position !== undefined) patches.push(patch);
  }
  return patches;
}

/** Where an item stands in its quadrant: its index and the quadrant's size. */
export function placeOf(
  items: readonly Placed[],
  id: string,
): { quadrant: Quadrant; index: number; count: number } | null {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return null;
  const column = quadrantItems(items, item.quadrant);
  return { quadrant: item.quadrant, index: column.findIndex((c) => c.id === id), count: column.length };
}
