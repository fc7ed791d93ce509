import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDependencyEntity, ActionEntity } from '../../../contract/entity-types.js';
import { applyGesture, spanOf, type ActionDates, type Gesture } from './constraints';
import classes from './GanttChart.module.css';
import { DependencyArrows } from './DependencyArrows';
import { ActionBar, RowLabel, type DescribeBar, type ScheduleMarks } from './GanttRowParts';
import { arrowsInView, type GanttRows } from './rows';
import { AXIS_HEIGHT, TimeAxis } from './TimeAxis';
import { PX_PER_DAY, rangeWidth, snapToDays, type Range, type Scale, type Span } from './timeline';
import './texts';

export const ROW_HEIGHT = 32;
const LABEL_WIDTH = 280;
/** Keyboard steps are gathered and saved once the keys rest this long (or the bar loses focus). */
export const KEYBOARD_COMMIT_DELAY = 600;

export type { ScheduleMarks } from './GanttRowParts';

interface Preview {
  action: ActionEntity;
  dates: ActionDates;
  /** The dates before the gesture began. */
  previous: ActionDates;
  source: 'pointer' | 'keyboard';
}

interface Drag {
  action: ActionEntity;
  gesture: Gesture;
  originX: number;
  base: ActionDates;
  days: number;
}

export interface GanttChartProps {
  rows: GanttRows;
  dependencies: readonly ActionDependencyEntity[];
  range: Range;
  scale: Scale;
  today: number | null;
  /** The day to show first (today while the plan runs, else its first action). */
  openingDay: number;
  locale: string;
  marks: ScheduleMarks;
  datesOf: (action: ActionEntity) => ActionDates;
  describe: DescribeBar;
  announceDates: (action: ActionEntity, dates: ActionDates) => void;
  announceCancel: (action: ActionEntity) => void;
  canEdit: boolean;
  /** Checks a change (and saves it when `commit`); false when it is refused (the page says why). */
  onChange: (action: ActionEntity, next: ActionDates, previous: ActionDates, commit: boolean) => boolean;
  onOpenDates: (action: ActionEntity, dates: ActionDates) => void;
  /** Key of an action to bring into view first (the URL's `#entity-<key>`). */
  focusKey: string | null;
}

/**
 * Happy-dom and hidden containers measure 0 × 0: fall back to a screenful of rows rather than
 * none, so the chart is never blank.
 */
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width || 1000, height: 640 }),
  );
}

/**
 * The chart: a sticky time axis and label column, one row per strategy, tactic and scheduled
 * action (only the rows in view are drawn), bars that editors drag or move with the keyboard,
 * dependency arrows between the rows in view, and the "today" line.
 */
export function GanttChart(props: GanttChartProps) {
  const { rows, range, scale, today, marks, canEdit, datesOf, describe, onChange } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pxPerDay = PX_PER_DAY[scale];
  const timelineWidth = rangeWidth(range, pxPerDay);
  const totalWidth = LABEL_WIDTH + timelineWidth;

  const virtualizer = useVirtualizer({
    count: rows.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: AXIS_HEIGHT,
    scrollPaddingStart: AXIS_HEIGHT,
    observeElementRect: observeRect,
    initialRect: { width: 1000, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const totalHeight = rows.rows.length * ROW_HEIGHT;

  // --- What is shown: the saved or draft dates, or those of the gesture under way.
  const [preview, setPreviewState] = useState<Preview | null>(null);
  const previewRef = useRef<Preview | null>(null);
  const setPreview = useCallback((next: Preview | null) => {
    previewRef.current = next;
    setPreviewState(next);
  }, []);
  const shownDates = useCallback(
    (action: ActionEntity) => (preview?.action.id === action.id ? preview.dates : datesOf(action)),
    [preview, datesOf],
  );

  // --- Keyboard steps, saved once the keys rest.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const stopTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const flushKeyboard = useCallback(() => {
    stopTimer();
    const pending = previewRef.current;
    if (!pending || pending.source !== 'keyboard') return;
    setPreview(null);
    latest.current.onChange(pending.action, pending.dates, pending.previous, true);
  }, [setPreview]);
  useEffect(() => flushKeyboard, [flushKeyboard]);

  // --- Roving focus: one bar is the chart's tab stop; arrows up and down go through the rows.
  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const focusRow = useCallback(
    (index: number, moveFocus = true) => {
      const row = rows.rows[index];
      if (row?.kind !== 'action') return;
      setActiveId(row.action.id);
      if (moveFocus) pendingFocus.current = row.action.id;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [rows, virtualizer],
  );
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const bar = scrollRef.current?.querySelector<HTMLElement>(`[data-bar-id="${CSS.escape(id)}"]`);
    if (!bar) return;
    pendingFocus.current = null;
    bar.focus();
  });
  const stepFocus = (from: number, direction: 1 | -1) => {
    for (let index = from + direction; index >= 0 && index < rows.rows.length; index += direction) {
      if (rows.rows[index]?.kind === 'action') return focusRow(index);
    }
  };

  // The URL names an action (a finding's link): bring its row into view once.
  const focusedKey = useRef<string | null>(null);
  useEffect(() => {
    const key = props.focusKey;
    if (!key || focusedKey.current === key) return;
    const index = rows.rows.findIndex((row) => row.kind === 'action' && row.action.key === key);
    if (index < 0) return;
    focusedKey.current = key;
    focusRow(index, canEdit);
  }, [props.focusKey, rows, focusRow, canEdit]);

  // Bring the opening day into view when the chart opens or the scale changes.
  // (Not when the dates change: a bar being moved must not make the chart jump.)
  useEffect(() => {
    const element = scrollRef.current;
    const { openingDay, range: shown } = latest.current;
    if (!element || !Number.isFinite(openingDay)) return;
    element.scrollLeft = Math.max(0, (openingDay - shown.start) * PX_PER_DAY[scale] - 160);
  }, [scale]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, action: ActionEntity) => {
    const row = rows.rowOfAction.get(action.id) ?? 0;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        event.preventDefault();
        const current = previewRef.current?.action.id === action.id ? previewRef.current : null;
        const previous = current?.previous ?? datesOf(action);
        const next = applyGesture(
          action,
          current?.dates ?? previous,
          event.shiftKey ? 'end' : 'move',
          event.key === 'ArrowLeft' ? -1 : 1,
        );
        if (!onChange(action, next, previous, false)) return;
        setPreview({ action, dates: next, previous, source: 'keyboard' });
        props.announceDates(action, next);
        stopTimer();
        timer.current = setTimeout(flushKeyboard, KEYBOARD_COMMIT_DELAY);
        return;
      }
      case 'ArrowUp':
      case 'ArrowDown':
        event.preventDefault();
        return stepFocus(row, event.key === 'ArrowUp' ? -1 : 1);
      case 'Home':
      case 'End':
        event.preventDefault();
        return event.key === 'Home' ? stepFocus(-1, 1) : stepFocus(rows.rows.length, -1);
      case 'Enter': {
        event.preventDefault();
        const dates = shownDates(action);
        stopTimer();
        setPreview(null);
        props.onOpenDates(action, dates);
        return;
      }
      case 'Escape':
        if (previewRef.current?.action.id !== action.id) return;
        stopTimer();
        setPreview(null);
        props.announceCancel(action);
        return;
    }
  };

  // --- Pointer: drag the body to move, an end to resize; snapped to whole days.
  const drag = useRef<Drag | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLElement>, action: ActionEntity) => {
    if (event.button !== 0) return;
    flushKeyboard();
    const handle = (event.target as HTMLElement).closest('[data-handle]')?.getAttribute('data-handle');
    const gesture: Gesture = handle === 'start' ? 'start' : handle === 'end' ? 'end' : 'move';
    drag.current = { action, gesture, originX: event.clientX, base: datesOf(action), days: 0 };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current) return;
    const days = snapToDays(event.clientX - current.originX, pxPerDay);
    if (days === current.days) return;
    current.days = days;
    const dates = applyGesture(current.action, current.base, current.gesture, days);
    setPreview({ action: current.action, dates, previous: current.base, source: 'pointer' });
  };
  const onPointerUp = () => {
    const current = drag.current;
    drag.current = null;
    if (!current) return;
    const pending = previewRef.current;
    setPreview(null);
    if (current.days !== 0 && pending?.source === 'pointer')
      onChange(current.action, pending.dates, current.base, true);
  };
  const onPointerCancel = () => {
    drag.current = null;
    if (previewRef.current?.source === 'pointer') setPreview(null);
  };

  // --- Arrows between the rows in view.
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const arrows = useMemo(
    () => arrowsInView(props.dependencies, rows.rowOfAction, first, last),
    [props.dependencies, rows.rowOfAction, first, last],
  );
  const spanAt = (index: number): { action: ActionEntity; span: Span } | null => {
    const row = rows.rows[index];
    if (row?.kind !== 'action') return null;
    const span = spanOf(row.action, shownDates(row.action));
    return span ? { action: row.action, span } : null;
  };

  const renderedIds = new Set(
    items.flatMap((item) => {
      const row = rows.rows[item.index];
      return row?.kind === 'action' ? [row.action.id] : [];
    }),
  );
  const tabStop = activeId && renderedIds.has(activeId) ? activeId : (renderedIds.values().next().value ?? null);

  const todayX =
    today !== null && today >= range.start && today <= range.end ? (today - range.start + 0.5) * pxPerDay : null;
  const mondayOffset = (((4 - range.start) % 7) + 7) % 7; // day 4 (1970-01-05) was a Monday

  return (
    <div
      ref={scrollRef}
      role="group"
      aria-label={t('gantt.chart')}
      // Viewers have no bar to focus: the scrolling area itself takes the focus, to scroll by keyboard.
      tabIndex={canEdit ? undefined : 0}
      onPointerMove={canEdit ? onPointerMove : undefined}
      onPointerUp={canEdit ? onPointerUp : undefined}
      onPointerCancel={canEdit ? onPointerCancel : undefined}
      style={{
        overflow: 'auto',
        maxHeight: 'min(70vh, 900px)',
        position: 'relative',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <div style={{ width: totalWidth, position: 'relative' }}>
        <div
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 4,
            display: 'flex',
            height: AXIS_HEIGHT,
            background: 'var(--mantine-color-body)',
          }}
        >
          <div className={classes.label} style={{ width: LABEL_WIDTH, paddingLeft: 8, fontWeight: 600, zIndex: 5 }}>
            {t('gantt.column')}
          </div>
          <TimeAxis range={range} scale={scale} pxPerDay={pxPerDay} today={today} locale={props.locale} />
        </div>

        <div style={{ position: 'relative', height: totalHeight }}>
          <div
            aria-hidden="true"
            style={{
              position: 'absolute',
              left: LABEL_WIDTH,
              top: 0,
              width: timelineWidth,
              height: totalHeight,
              backgroundImage: `repeating-linear-gradient(to right, var(--mantine-color-gray-2) 0 1px, transparent 1px ${7 * pxPerDay}px)`,
              backgroundPosition: `${mondayOffset * pxPerDay}px 0`,
            }}
          />
          {todayX !== null && (
            <div
              aria-hidden="true"
              data-testid="gantt-today-line"
              style={{
                position: 'absolute',
                left: LABEL_WIDTH + todayX - 1,
                top: 0,
                width: 2,
                height: totalHeight,
                background: 'var(--mantine-color-red-6)',
                opacity: 0.6,
                zIndex: 1,
                pointerEvents: 'none',
              }}
            />
          )}
          {last >= first && (
            <DependencyArrows
              arrows={arrows}
              rowHeight={ROW_HEIGHT}
              spanAt={spanAt}
              range={range}
              pxPerDay={pxPerDay}
              critical={marks.critical}
              first={first}
              last={last}
              left={LABEL_WIDTH}
              width={timelineWidth}
            />
          )}
          {items.map((item) => {
            const row = rows.rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                id={row.kind === 'action' ? `entity-${row.action.key}` : undefined}
                style={{
                  position: 'absolute',
                  top: item.index * ROW_HEIGHT,
                  left: 0,
                  width: totalWidth,
                  height: ROW_HEIGHT,
                  display: 'flex',
                  background: row.kind === 'action' ? undefined : 'var(--mantine-color-gray-0)',
                  borderBottom: '1px solid var(--mantine-color-gray-1)',
                }}
              >
                <RowLabel row={row} width={LABEL_WIDTH} />
                <div style={{ position: 'relative', width: timelineWidth, height: ROW_HEIGHT, zIndex: 2 }}>
                  {row.kind === 'action' && (
                    <ActionBar
                      action={row.action}
                      dates={shownDates(row.action)}
                      {...{ range, pxPerDay, marks, canEdit, describe }}
                      tabbable={tabStop === row.action.id}
                      moving={preview?.action.id === row.action.id}
                      onPointerDown={onPointerDown}
                      onKeyDown={onKeyDown}
                      onFocus={(action) => setActiveId(action.id)}
                      onBlur={flushKeyboard}
                    />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
