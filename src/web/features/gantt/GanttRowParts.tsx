import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionEntity } from '../../../contract/entity-types.js';
import { spanOf, type ActionDates } from './constraints';
import { GanttBar, toneOf } from './GanttBar';
import classes from './GanttChart.module.css';
import type { GanttRow } from './rows';
import type { Range } from './timeline';
import './texts';

export interface ScheduleMarks {
  /** Ids of the actions on the critical path. */
  critical: ReadonlySet<string>;
  /** Ids of the milestones at risk. */
  atRisk: ReadonlySet<string>;
}

/** Accessible name of a bar: title, dates and what the schedule says of it. */
export type DescribeBar = (
  action: ActionEntity,
  dates: ActionDates,
  marks: { critical: boolean; atRisk: boolean },
) => string;

/** The sticky label of a row: a strategy, a tactic (indented) or an action (more so). */
export function RowLabel({ row, width }: { row: GanttRow; width: number }) {
  const { t } = useTranslation();
  const indent = row.kind === 'strategy' ? 8 : row.kind === 'tactic' ? 20 : 32;
  const text =
    row.kind === 'action'
      ? row.action.title
      : (row.name ?? (row.kind === 'strategy' ? t('gantt.rows.otherStrategy') : t('gantt.rows.otherTactic')));
  return (
    <div
      className={classes.label}
      style={{
        width,
        paddingLeft: indent,
        paddingRight: 8,
        fontWeight: row.kind === 'strategy' ? 700 : row.kind === 'tactic' ? 600 : 400,
        background: row.kind === 'action' ? undefined : 'var(--mantine-color-gray-0)',
      }}
      title={text}
    >
      {row.kind === 'action' && row.action.isMilestone && (
        <span aria-label={t('gantt.rows.milestone')} role="img" style={{ color: 'var(--mantine-color-violet-6)' }}>
          ◆
        </span>
      )}
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{text}</span>
    </div>
  );
}

interface ActionBarProps {
  action: ActionEntity;
  dates: ActionDates;
  range: Range;
  pxPerDay: number;
  marks: ScheduleMarks;
  canEdit: boolean;
  tabbable: boolean;
  moving: boolean;
  describe: DescribeBar;
  onPointerDown: (event: PointerEvent<HTMLElement>, action: ActionEntity) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, action: ActionEntity) => void;
  onFocus: (action: ActionEntity) => void;
  onBlur: () => void;
}

export function ActionBar({ action, dates, marks, describe, ...rest }: ActionBarProps) {
  const span = spanOf(action, dates);
  if (!span) return null;
  const critical = marks.critical.has(action.id);
  const atRisk = marks.atRisk.has(action.id);
  return (
    <GanttBar
      action={action}
      span={span}
      tone={toneOf(action, critical)}
      atRisk={atRisk}
      label={describe(action, dates, { critical, atRisk })}
      {...rest}
    />
  );
}
