import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyEntity } from '../../../contract/entity-types.js';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { ActionRow } from './ActionRow';
import { rowId, rowKey, type TreeRow } from './actionTree';
import { EmptyBranchRow, StrategyRow, TacticRow, type StrategyLinks } from './BranchRows';
import type { TreeHandlers } from './treeParts';
import type { RowProblem } from './useActionPatch';
import './texts';

/** First guesses of row heights (px), corrected once each row is measured. */
const ESTIMATED_HEIGHT: Record<TreeRow['kind'], number> = {
  strategy: 150,
  tactic: 60,
  action: 64,
  noTactic: 32,
  noAction: 32,
};
const ROW_GAP = 6;

/**
 * The size of the scrolling box, or the window's height while it has none yet (not laid out,
 * or a test DOM without layout), so that the first rows are rendered rather than none.
 */
function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  callback: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    callback(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || 800 }),
  );
}

/** A row's measured height; its estimate while it has none (not laid out yet, or no layout at all). */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const size = measureElement(element, entry, instance);
  if (size > 0) return size;
  const index = Number((element as HTMLElement).dataset.index);
  return instance.options.estimateSize(Number.isNaN(index) ? 0 : index);
}

interface ActionTreeProps {
  rows: readonly TreeRow[];
  linksOf: (strategy: StrategyEntity) => StrategyLinks;
  predecessorCounts: ReadonlyMap<string, number>;
  problems: ReadonlyMap<string, RowProblem>;
  filtering: boolean;
  /** The key named by the URL hash (`#entity-<key>`), brought into view once its row is rendered. */
  targetKey: string | null;
  h: TreeHandlers;
}

/** The tree's visible rows in one scrolling box; only the rows in view (and a few more) are rendered. */
export function ActionTree({ rows, linksOf, predecessorCounts, problems, filtering, targetKey, h }: ActionTreeProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[rows[index]?.kind ?? 'action'] + ROW_GAP,
    getItemKey: (index) => (rows[index] ? rowId(rows[index]) : index),
    overscan: 8,
    observeElementRect: observeRect,
    measureElement: measureRow,
  });

  const targetIndex = targetKey === null ? -1 : rows.findIndex((row) => rowKey(row) === targetKey);
  const [reached, setReached] = useState<string | null>(null);
  const reaching = targetIndex >= 0 && reached !== targetKey;
  useEffect(() => {
    if (reaching) virtualizer.scrollToIndex(targetIndex, { align: 'start' });
  }, [reaching, targetIndex, virtualizer]);
  const items = virtualizer.getVirtualItems();
  // The page passes a target only when it is in the plan: wait for its row, then bring it into
  // view once (scrolling it out and back later must not pull the focus there again).
  const targetRendered = targetIndex >= 0 && items.some((item) => item.index === targetIndex);
  useEffect(() => {
    if (targetKey !== null && targetRendered) setReached(targetKey);
  }, [targetKey, targetRendered]);
  useScrollToHash(targetKey === null || reached === targetKey);

  return (
    <div
      ref={scrollRef}
      role="list"
      aria-label={t('actions.tree.label')}
      style={{ maxHeight: '75vh', overflowY: 'auto', overflowAnchor: 'none' }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                paddingBottom: ROW_GAP,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderRow(row)}
            </div>
          );
        })}
      </div>
    </div>
  );

  function renderRow(row: TreeRow) {
    switch (row.kind) {
      case 'strategy':
        return <StrategyRow node={row.node} expanded={row.expanded} links={linksOf(row.node.strategy)} h={h} />;
      case 'tactic':
        return <TacticRow node={row.node} expanded={row.expanded} shown={row.shown} filtering={filtering} h={h} />;
      case 'action':
        return (
          <ActionRow
            action={row.action}
            predecessors={predecessorCounts.get(row.action.id) ?? 0}
            problem={problems.get(row.action.id) ?? null}
            h={h}
          />
        );
      case 'noTactic':
        return <EmptyBranchRow of={{ strategy: row.strategy }} />;
      case 'noAction':
        return <EmptyBranchRow of={{ tactic: row.tactic }} />;
    }
  }
}
