import { Badge, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { memo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionEntity, PersonEntity } from '../../../contract/entity-types.js';
import { AlertIcon, CheckIcon } from '../../ui/icons';
import classes from './RaciGrid.module.css';
import type { Role, RowProblem } from './raciMatrix';
import './texts';

export const TITLE_WIDTH = 300;
export const STATUS_WIDTH = 150;
export const CELL_WIDTH = 60;
/** Columns before the people: the action and its RACI check. */
export const LEAD_COLUMNS = 2;

export function gridTemplate(peopleCount: number): CSSProperties {
  return {
    display: 'grid',
    gridTemplateColumns: `${TITLE_WIDTH}px ${STATUS_WIDTH}px repeat(${peopleCount}, ${CELL_WIDTH}px)`,
    width: TITLE_WIDTH + STATUS_WIDTH + peopleCount * CELL_WIDTH,
  };
}

export function HeaderRow({ people }: { people: PersonEntity[] }) {
  const { t } = useTranslation();
  return (
    <div role="row" aria-rowindex={1} className={classes.header} style={gridTemplate(people.length)}>
      <div role="columnheader" className={`${classes.headerCell} ${classes.stickyTitle}`}>
        {t('raci.grid.action')}
      </div>
      <div role="columnheader" className={`${classes.headerCell} ${classes.stickyStatus}`}>
        {t('raci.grid.check')}
      </div>
      {people.map((person) => (
        <div role="columnheader" key={person.id} className={`${classes.headerCell} ${classes.personHeader}`}>
          <Tooltip label={person.jobTitle ? `${person.name} · ${person.jobTitle}` : person.name} withinPortal>
            <span className={classes.personName}>{person.name}</span>
          </Tooltip>
        </div>
      ))}
    </div>
  );
}

export function GroupRow(props: { rowIndex: number; strategy: string; tactic: string; columns: number }) {
  const { t } = useTranslation();
  const label = props.tactic ? `${props.strategy} › ${props.tactic}` : t('raci.grid.noTactic');
  return (
    <div role="row" aria-rowindex={props.rowIndex} className={classes.groupRow}>
      <div role="gridcell" aria-colspan={props.columns} className={classes.groupCell}>
        {label}
      </div>
    </div>
  );
}

/** What the RACI check says of one action: colour, icon and words (all three, for everyone). */
export function ProblemBadges({ action, problems }: { action: ActionEntity; problems: RowProblem[] | undefined }) {
  const { t } = useTranslation();
  if (action.status === 'cancelled') {
    return (
      <Text size="xs" c="dimmed">
        {t('raci.check.cancelled')}
      </Text>
    );
  }
  if (!problems || problems.length === 0) {
    return (
      <Group gap={4} c="green.8" wrap="nowrap">
        <CheckIcon />
        <Text size="xs">{t('raci.check.ok')}</Text>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {problems.map((problem) => (
        <Badge
          key={problem.code}
          color="red"
          variant="light"
          size="sm"
          leftSection={<AlertIcon />}
          title={t(`raci.check.long.${problem.code}`, { names: problem.people.join(', ') })}
        >
          <span aria-hidden>{t(`raci.check.short.${problem.code}`, { n: problem.people.length })}</span>
          <VisuallyHidden>{t(`raci.check.long.${problem.code}`, { names: problem.people.join(', ') })}</VisuallyHidden>
        </Badge>
      ))}
    </Group>
  );
}

interface ActionRowProps {
  rowIndex: number;
  action: ActionEntity;
  problems: RowProblem[] | undefined;
  people: PersonEntity[];
  roles: ReadonlyMap<string, Role[]> | undefined;
  pending: ReadonlySet<string>;
  /** Column of the grid's single tab stop when it is in this row, else null. */
  activeCol: number | null;
  canEdit: boolean;
  /** The menu, when it is open on a cell of this row. */
  menu: { col: number; node: ReactNode } | null;
  onCellFocus: (actionId: string, col: number) => void;
  onCellClick: (actionId: string, col: number) => void;
}

/** One action: its title, its RACI check, and one cell per person. */
export const ActionRow = memo(function ActionRow(props: ActionRowProps) {
  const { t } = useTranslation();
  const { action, problems, people, activeCol } = props;
  const flagged = action.status !== 'cancelled' && (problems?.length ?? 0) > 0;
  const focusProps = (col: number) => ({
    'data-col': col,
    tabIndex: activeCol === col ? 0 : -1,
    onFocus: () => props.onCellFocus(action.id, col),
  });
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      id={`entity-${action.key}`}
      data-row={action.id}
      className={flagged ? `${classes.row} ${classes.flagged}` : classes.row}
      style={gridTemplate(people.length)}
    >
      <div
        role="rowheader"
        className={`${classes.cell} ${classes.titleCell} ${classes.stickyTitle}`}
        {...focusProps(0)}
      >
        <span className={classes.title}>{action.title}</span>
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.stickyStatus}`} {...focusProps(1)}>
        <ProblemBadges action={action} problems={problems} />
      </div>
      {people.map((person, i) => {
        const col = i + 2;
        const roles = props.roles?.get(person.id) ?? [];
        const rolesText = roles.length > 0 ? roles.join(', ') : t('raci.cell.none');
        return (
          <div
            role="gridcell"
            key={person.id}
            aria-label={t('raci.cell.label', { person: person.name, action: action.title, roles: rolesText })}
            aria-haspopup={props.canEdit ? 'menu' : undefined}
            data-pending={props.pending.has(person.id) || undefined}
            className={`${classes.cell} ${classes.roleCell}`}
            onClick={() => props.onCellClick(action.id, col)}
            {...focusProps(col)}
          >
            {roles.map((role) => (
              <span key={role} className={classes.letter} data-role={role} aria-hidden>
                {role}
              </span>
            ))}
            {props.menu?.col === col && props.menu.node}
          </div>
        );
      })}
    </div>
  );
});
