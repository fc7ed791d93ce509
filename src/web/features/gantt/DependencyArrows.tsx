import { useId } from 'react';
import type { ActionEntity } from '../../../contract/entity-types.js';
import type { ArrowRef } from './rows';
import { arrowPath, barBox, type Range, type Span } from './timeline';

const ARROW_COLOR = {
  plain: 'var(--mantine-color-gray-6)',
  critical: 'var(--mantine-color-red-7)',
  conflict: 'var(--mantine-color-orange-7)',
} as const;

/** A link the dates break is drawn as a conflict; one between two critical actions, as critical. */
function arrowKind(
  from: { action: ActionEntity; span: Span },
  to: { action: ActionEntity; span: Span },
  lagDays: number,
  critical: ReadonlySet<string>,
): keyof typeof ARROW_COLOR {
  const cancelled = from.action.status === 'cancelled' || to.action.status === 'cancelled';
  if (!cancelled && to.span.start < from.span.due + lagDays) return 'conflict';
  if (critical.has(from.action.id) && critical.has(to.action.id)) return 'critical';
  return 'plain';
}

interface DependencyArrowsProps {
  arrows: ArrowRef[];
  /** The action drawn on a row and the days it covers as shown, or null for a group row. */
  spanAt: (row: number) => { action: ActionEntity; span: Span } | null;
  range: Range;
  pxPerDay: number;
  rowHeight: number;
  critical: ReadonlySet<string>;
  /** First and last rows drawn: the layer covers them only. */
  first: number;
  last: number;
  left: number;
  width: number;
}

/**
 * Finish-to-start arrows, from a predecessor's end to its successor's start, drawn in one SVG
 * layer that covers only the rows in view (a layer as tall as 2,000 rows would be wasted).
 */
export function DependencyArrows(props: DependencyArrowsProps) {
  const { arrows, spanAt, range, pxPerDay, rowHeight, critical, first, last } = props;
  const markerId = useId().replace(/:/g, '');
  const top = first * rowHeight;
  const middle = (row: number) => row * rowHeight + rowHeight / 2;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={props.width}
      height={(last - first + 1) * rowHeight}
      style={{ position: 'absolute', left: props.left, top, pointerEvents: 'none', zIndex: 1 }}
    >
      <defs>
        {(['plain', 'critical', 'conflict'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${markerId}-${kind}`}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 Z" fill={ARROW_COLOR[kind]} />
          </marker>
        ))}
      </defs>
      <g transform={`translate(0, ${-top})`}>
        {arrows.map(({ dependency, fromRow, toRow }) => {
          const from = spanAt(fromRow);
          const to = spanAt(toRow);
          if (!from || !to) return null;
          const kind = arrowKind(from, to, dependency.lagDays, critical);
          const fromBox = barBox(from.span, range, pxPerDay);
          const toBox = barBox(to.span, range, pxPerDay);
          const fromX = from.action.isMilestone ? fromBox.x + fromBox.width / 2 + 8 : fromBox.x + fromBox.width;
          const toX = to.action.isMilestone ? toBox.x + toBox.width / 2 - 8 : toBox.x;
          const turnY = (fromRow < toRow ? fromRow + 1 : fromRow) * rowHeight;
          return (
            <path
              key={dependency.id}
              data-dependency={dependency.id}
              data-kind={kind}
              d={arrowPath({ x: fromX, y: middle(fromRow) }, { x: toX, y: middle(toRow) }, turnY)}
              fill="none"
              stroke={ARROW_COLOR[kind]}
              strokeWidth={kind === 'plain' ? 1.25 : 2}
              strokeDasharray={kind === 'conflict' ? '4 3' : undefined}
              markerEnd={`url(#${markerId}-${kind})`}
            />
          );
        })}
      </g>
    </svg>
  );
}
