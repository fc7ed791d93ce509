import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

/** Tables longer than this are windowed; shorter ones render every row (find in page works). */
export const VIRTUAL_THRESHOLD = 120;
/** Height of the scrolling box of a windowed table, in pixels. */
export const VIEWPORT_HEIGHT = 640;
/** Style of the box around a table: a fixed-height scroller when windowed, a horizontal one otherwise. */
export const scrollBoxStyle = (windowed: boolean) =>
  windowed ? { height: VIEWPORT_HEIGHT, maxHeight: '75vh', overflow: 'auto' } : { overflowX: 'auto' as const };

/**
 * Which rows of a long table to render inside a scrolling container, and the space to leave
 * above and below them (spacer rows keep the table's own layout and semantics).
 */
export function useVirtualRows(count: number, scrollRef: RefObject<HTMLElement | null>, rowHeight = 41) {
  const enabled = count > VIRTUAL_THRESHOLD;
  const virtualizer = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // Rows show on the first render, before the container is measured.
    initialRect: { width: 0, height: VIEWPORT_HEIGHT },
  });
  if (!enabled) {
    return { enabled, indexes: Array.from({ length: count }, (_, i) => i), before: 0, after: 0, virtualizer };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    enabled,
    indexes: items.map((item) => item.index),
    before: first ? first.start : 0,
    after: last ? virtualizer.getTotalSize() - last.end : virtualizer.getTotalSize(),
    virtualizer,
  };
}
