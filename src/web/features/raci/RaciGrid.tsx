import { VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { PersonEntity } from '../../../contract/entity-types.js';
import { useScrollToHash } from '../../ui/useScrollToHash';
import classes from './RaciGrid.module.css';
import { RaciCellMenu } from './RaciCellMenu';
import { ActionRow, GroupRow, HeaderRow, LEAD_COLUMNS } from './RaciRows';
import {
  isRole,
  rolesOf,
  sameRoles,
  typedRoles,
  type MatrixRow,
  type Role,
  type RoleIndex,
  type RowProblem,
} from './raciMatrix';
import type { CellRef } from './useRaciWrites';
import './texts';

const HEADER_HEIGHT = 56;
const ROW_HEIGHT = 44;
const GROUP_HEIGHT = 32;
const PAGE_ROWS = 10;

interface RaciGridProps {
  label: string;
  rows: MatrixRow[];
  people: PersonEntity[];
  roles: RoleIndex;
  pending: ReadonlyMap<string, readonly Role[]>;
  problems: ReadonlyMap<string, RowProblem[]>;
  canEdit: boolean;
  onSetCell: (cell: CellRef, roles: Role[]) => void;
}

interface Active {
  actionId: string;
  col: number;
}

/**
 * The matrix, actions × people, as an ARIA grid: one tab stop (the active cell, roving
 * tabindex), arrows / Home / End / Page Up / Page Down to move, R, A, C or I to give a role
 * (Shift to add it to the others), Delete to clear, Enter for the menu. Only the rows in view
 * are in the DOM, so 2,000 actions scroll as lightly as 20.
 */
export function RaciGrid(props: RaciGridProps) {
  const { rows, people, roles, canEdit, onSetCell } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [active, setActive] = useState<Active | null>(null);
  const [menu, setMenu] = useState<Active | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const lastCol = LEAD_COLUMNS + people.length - 1;

  const actionIndexes = useMemo(() => rows.flatMap((row, index) => (row.kind === 'action' ? [index] : [])), [rows]);
  const rowIndexOf = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);
  // The tab stop stays where it was while it is still shown, else goes to the first action.
  const first = rows[actionIndexes[0] ?? -1];
  const current: Active | null =
    active && rowIndexOf.has(active.actionId)
      ? { actionId: active.actionId, col: Math.min(active.col, lastCol) }
      : first
        ? { actionId: first.id, col: people.length > 0 ? LEAD_COLUMNS : 0 }
        : null;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const activeIndex = current ? (rowIndexOf.get(current.actionId) ?? -1) : -1;
  const activeRendered = items.some((item) => item.index === activeIndex);

  // Moves the DOM focus to the active cell once its row is rendered (it may need a scroll first).
  useLayoutEffect(() => {
    if (!focusPending.current || !current) return;
    const row = scrollRef.current?.querySelector(`[data-row="${CSS.escape(current.actionId)}"]`);
    const cell = row?.querySelector<HTMLElement>(`[data-col="${current.col}"]`);
    if (!cell) return;
    focusPending.current = false;
    cell.focus({ preventScroll: false });
  });

  const moveTo = useCallback(
    (next: Active) => {
      setActive(next);
      focusPending.current = true;
      const index = rowIndexOf.get(next.actionId);
      if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [rowIndexOf, virtualizer],
  );

  const { hash } = useLocation();
  const hashIndex = useMemo(() => {
    const key = hash.startsWith('#entity-') ? safeDecode(hash.slice('#entity-'.length)) : null;
    return key === null ? -1 : rows.findIndex((row) => row.kind === 'action' && row.action.key === key);
  }, [hash, rows]);
  const [hashReached, setHashReached] = useState(false);
  useEffect(() => {
    if (hashIndex < 0 || hashReached) return;
    const target = rows[hashIndex];
    if (items.some((item) => item.index === hashIndex)) setHashReached(true);
    else virtualizer.scrollToIndex(hashIndex, { align: 'start' });
    if (target && active?.actionId !== target.id) setActive({ actionId: target.id, col: 0 });
  }, [hashIndex, hashReached, items, rows, virtualizer, active]);
  useScrollToHash(hashReached);

  const edit = (cell: Active, wanted: Role[]) => {
    const person = people[cell.col - LEAD_COLUMNS];
    const row = rows[rowIndexOf.get(cell.actionId) ?? -1];
    if (!person || row?.kind !== 'action') return;
    const now = rolesOf(roles, cell.actionId, person.id);
    if (sameRoles(now, wanted)) return;
    onSetCell({ actionId: cell.actionId, personId: person.id }, wanted);
    setAnnouncement(
      wanted.length === 0
        ? t('raci.announce.cleared', { person: person.name, action: row.action.title })
        : t('raci.announce.set', { roles: wanted.join(', '), person: person.name, action: row.action.title }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed in the cell menu (a portal) bubble here through React: they are the menu's.
    if (!event.currentTarget.contains(event.target as Node)) return;
    const here = cellOf(event.target as HTMLElement) ?? current;
    if (!here) return;
    const position = actionIndexes.indexOf(rowIndexOf.get(here.actionId) ?? -1);
    const rowAt = (offset: number) => {
      const index = actionIndexes[Math.min(Math.max(position + offset, 0), actionIndexes.length - 1)];
      return rows[index ?? -1]?.id ?? here.actionId;
    };
    const letter = event.key.length === 1 ? event.key.toUpperCase() : '';
    const onPerson = here.col >= LEAD_COLUMNS;
    let next: Active | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = { ...here, col: Math.min(here.col + 1, lastCol) };
        break;
      case 'ArrowLeft':
        next = { ...here, col: Math.max(here.col - 1, 0) };
        break;
      case 'ArrowDown':
        next = { ...here, actionId: rowAt(1) };
        break;
      case 'ArrowUp':
        next = { ...here, actionId: rowAt(-1) };
        break;
      case 'PageDown':
        next = { ...here, actionId: rowAt(PAGE_ROWS) };
        break;
      case 'PageUp':
        next = { ...here, actionId: rowAt(-PAGE_ROWS) };
        break;
      case 'Home':
        next = event.ctrlKey ? { actionId: rowAt(-Infinity), col: 0 } : { ...here, col: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { actionId: rowAt(Infinity), col: lastCol } : { ...here, col: lastCol };
        break;
      case 'Enter':
      case ' ':
      case 'F2':
        if (!canEdit || !onPerson) return;
        setMenu(here);
        break;
      case 'Delete':
      case 'Backspace':
        if (!canEdit || !onPerson) return;
        edit(here, []);
        break;
      default:
        if (!canEdit || !onPerson || !isRole(letter) || event.ctrlKey || event.metaKey || event.altKey) return;
        edit(here, typedRoles(rolesOf(roles, here.actionId, personIdAt(people, here.col)), letter, event.shiftKey));
    }
    event.preventDefault();
    if (next) moveTo(next);
  };

  const onCellFocus = useCallback((actionId: string, col: number) => {
    setActive((was) => (was?.actionId === actionId && was.col === col ? was : { actionId, col }));
  }, []);
  const onCellClick = useCallback(
    (actionId: string, col: number) => {
      if (canEdit && col >= LEAD_COLUMNS) setMenu({ actionId, col });
    },
    [canEdit],
  );
  const closeMenu = () => {
    setMenu(null);
    focusPending.current = true;
  };

  const pendingByAction = useMemo(() => {
    const byAction = new Map<string, Set<string>>();
    for (const key of props.pending.keys()) {
      const [actionId = '', personId = ''] = key.split(' ');
      byAction.set(actionId, (byAction.get(actionId) ?? new Set()).add(personId));
    }
    return byAction;
  }, [props.pending]);
  const noPending = useMemo(() => new Set<string>(), []);

  const menuNode = (row: string) => {
    if (!menu || menu.actionId !== row) return null;
    const person = people[menu.col - LEAD_COLUMNS];
    const action = rows[rowIndexOf.get(row) ?? -1];
    if (!person || action?.kind !== 'action') return null;
    const cellRoles = rolesOf(roles, row, person.id);
    return {
      col: menu.col,
      node: (
        <RaciCellMenu
          label={t('raci.menu.label', { person: person.name, action: action.action.title })}
          roles={cellRoles}
          onChange={(wanted) => {
            edit(menu, wanted);
            closeMenu();
          }}
          onClose={closeMenu}
        />
      ),
    };
  };

  return (
    <>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        aria-colcount={lastCol + 1}
        aria-readonly={!canEdit || undefined}
        className={classes.scroller}
        tabIndex={activeRendered ? undefined : 0}
        onFocus={(event) => {
          // The active row scrolled out of the DOM: the grid itself took the tab stop; hand it on.
          if (event.target === event.currentTarget && current) moveTo(current);
        }}
        onKeyDown={onKeyDown}
      >
        <HeaderRow people={people} />
        <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
            };
            return (
              <div key={item.key} style={style}>
                {row.kind === 'group' ? (
                  <GroupRow
                    rowIndex={item.index + 2}
                    strategy={row.strategy}
                    tactic={row.tactic}
                    columns={lastCol + 1}
                  />
                ) : (
                  <ActionRow
                    rowIndex={item.index + 2}
                    action={row.action}
                    problems={props.problems.get(row.id)}
                    people={people}
                    roles={roles.get(row.id)}
                    pending={pendingByAction.get(row.id) ?? noPending}
                    activeCol={current?.actionId === row.id ? current.col : null}
                    canEdit={canEdit}
                    menu={menuNode(row.id)}
                    onCellFocus={onCellFocus}
                    onCellClick={onCellClick}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}

/** The cell a key was typed in (it may not be the active one yet), from its data attributes. */
function cellOf(target: HTMLElement): Active | null {
  const cell = target.closest?.<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row?.dataset.row) return null;
  return { actionId: row.dataset.row, col: Number(cell.dataset.col) };
}

function personIdAt(people: PersonEntity[], col: number): string {
  return people[col - LEAD_COLUMNS]?.id ?? '';
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
