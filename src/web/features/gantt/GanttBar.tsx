import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { ActionEntity } from '../../../contract/entity-types.js';
import classes from './GanttChart.module.css';
import { barBox, type Range, type Span } from './timeline';

export type BarTone = 'critical' | 'done' | 'blocked' | 'cancelled' | 'normal';

const FILL: Record<BarTone, string> = {
  critical: 'var(--mantine-color-red-6)',
  done: 'var(--mantine-color-teal-5)',
  blocked: 'var(--mantine-color-orange-5)',
  cancelled: 'var(--mantine-color-gray-4)',
  normal: 'var(--mantine-color-blue-5)',
};

export function toneOf(action: Pick<ActionEntity, 'status'>, critical: boolean): BarTone {
  if (action.status === 'cancelled') return 'cancelled';
  if (critical) return 'critical';
  if (action.status === 'done') return 'done';
  if (action.status === 'blocked') return 'blocked';
  return 'normal';
}

interface GanttBarProps {
  action: ActionEntity;
  span: Span;
  range: Range;
  pxPerDay: number;
  tone: BarTone;
  atRisk: boolean;
  /** Accessible name: title, dates and what the schedule says of it. */
  label: string;
  canEdit: boolean;
  tabbable: boolean;
  moving: boolean;
  onPointerDown: (event: PointerEvent<HTMLElement>, action: ActionEntity) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, action: ActionEntity) => void;
  onFocus: (action: ActionEntity) => void;
  onBlur: (action: ActionEntity) => void;
}

/**
 * One action's bar, or a milestone's diamond. For editors it is a button (one tab stop for the
 * whole chart, see GanttChart) that can be dragged by its body or its ends; for viewers an image
 * with the same name.
 */
export const GanttBar = memo(function GanttBar(props: GanttBarProps) {
  const { action, span, range, pxPerDay, tone, atRisk, label, canEdit, tabbable, moving } = props;
  const box = barBox(span, range, pxPerDay);
  const interactive = canEdit
    ? {
        type: 'button' as const,
        tabIndex: tabbable ? 0 : -1,
        onPointerDown: (event: PointerEvent<HTMLElement>) => props.onPointerDown(event, action),
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => props.onKeyDown(event, action),
        onFocus: () => props.onFocus(action),
        onBlur: () => props.onBlur(action),
      }
    : { role: 'img' };
  const Element = canEdit ? 'button' : 'div';
  const common = {
    ...interactive,
    'aria-label': label,
    title: label,
    'data-bar-id': action.id,
    'data-tone': tone,
  };

  if (action.isMilestone) {
    const size = 16;
    return (
      <Element
        {...common}
        className={`${classes.milestone} ${canEdit ? classes.editable : ''}`}
        style={{ left: box.x + box.width / 2 - size / 2, opacity: moving ? 0.75 : 1 }}
      >
        <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M8 1 L15 8 L8 15 L1 8 Z"
            fill={tone === 'normal' ? 'var(--mantine-color-violet-6)' : FILL[tone]}
            stroke={atRisk ? 'var(--mantine-color-orange-7)' : 'var(--mantine-color-body)'}
            strokeWidth={atRisk ? 3 : 1}
          />
        </svg>
      </Element>
    );
  }
  return (
    <Element
      {...common}
      className={`${classes.bar} ${canEdit ? classes.editable : ''}`}
      style={{
        left: box.x,
        width: Math.max(box.width, 4),
        background: FILL[tone],
        opacity: moving ? 0.75 : 1,
        boxShadow: moving ? '0 0 0 2px var(--mantine-color-blue-8)' : undefined,
        textDecoration: tone === 'cancelled' ? 'line-through' : undefined,
      }}
    >
      {canEdit && (
        <>
          <span className={classes.handle} data-handle="start" aria-hidden="true" />
          <span className={classes.handle} data-handle="end" aria-hidden="true" />
        </>
      )}
    </Element>
  );
});
