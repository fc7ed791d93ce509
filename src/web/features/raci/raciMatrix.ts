/**
 * The RACI matrix as plain data: the assignments indexed by action and person, the rows grouped
 * by strategy › tactic, the rule checks of `core/schedule/raci` per action, and what a cell edit
 * sends to the API. No React here, so that all of it is tested with plain tables.
 */
import type {
  ActionEntity,
  PersonEntity,
  RaciAssignmentEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import { raciRoles } from '../../../contract/enums.js';
import type { Action, Person, RaciAssignment } from '../../../core/plan.js';
import { checkRaci, type RaciFindingCode } from '../../../core/schedule/raci.js';

export type Role = RaciAssignmentEntity['role'];
/** The order roles are shown and offered in. */
export const ROLES: readonly Role[] = raciRoles;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function sortRoles(roles: Iterable<Role>): Role[] {
  return ROLES.filter((role) => [...roles].includes(role));
}

/** Identifies a cell (action × person); ids carry no space. */
export function cellKey(actionId: string, personId: string): string {
  return `${actionId} ${personId}`;
}

/** Roles per action, then per person: every cell is one lookup (no scan per row). */
export type RoleIndex = Map<string, Map<string, Role[]>>;

/**
 * The roles shown in each cell: what the server holds, except the cells with an edit on its way
 * (`pending`, by `cellKey`), shown as the user asked so that the checks react at once.
 */
export function indexRoles(
  assignments: readonly RaciAssignmentEntity[],
  pending: ReadonlyMap<string, readonly Role[]> = new Map(),
): RoleIndex {
  const index: RoleIndex = new Map();
  const put = (actionId: string, personId: string, roles: readonly Role[]) => {
    let row = index.get(actionId);
    if (!row) {
      row = new Map();
      index.set(actionId, row);
    }
    row.set(personId, sortRoles(roles));
  };
  const grouped = new Map<string, { actionId: string; personId: string; roles: Role[] }>();
  for (const a of assignments) {
    const key = cellKey(a.actionId, a.personId);
    if (pending.has(key)) continue;
    const cell = grouped.get(key);
    if (cell) cell.roles.push(a.role);
    else grouped.set(key, { actionId: a.actionId, personId: a.personId, roles: [a.role] });
  }
  for (const { actionId, personId, roles } of grouped.values()) put(actionId, personId, roles);
  for (const [key, roles] of pending) {
    const [actionId = '', personId = ''] = key.split(' ');
    if (roles.length > 0) put(actionId, personId, roles);
  }
  return index;
}

export function rolesOf(index: RoleIndex, actionId: string, personId: string): Role[] {
  return index.get(actionId)?.get(personId) ?? [];
}

export interface RowProblem {
  code: RaciFindingCode;
  /** Names of the Accountable people, for `several_accountable`. */
  people: string[];
}

/**
 * The method's RACI rule per action (exactly one A, at least one R; cancelled actions are not
 * checked), by the engine's own function: the screen and the health check cannot disagree.
 * Entities are handed over with their ids as keys, so findings come back by id.
 */
export function findProblems(
  actions: readonly ActionEntity[],
  index: RoleIndex,
  people: readonly PersonEntity[],
): Map<string, RowProblem[]> {
  const coreActions: Action[] = actions.map((a) => ({
    key: a.id,
    tactic: a.tacticId,
    title: a.title,
    status: a.status,
    priority: a.priority,
    isMilestone: a.isMilestone,
  }));
  const assignments: RaciAssignment[] = [];
  for (const [action, row] of index) {
    for (const [person, roles] of row) for (const role of roles) assignments.push({ action, person, role });
  }
  const corePeople: Person[] = people.map((p) => ({ key: p.id, name: p.name, weeklyCapacityHours: 0 }));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const problems = new Map<string, RowProblem[]>();
  for (const finding of checkRaci(coreActions, assignments, corePeople)) {
    const list = problems.get(finding.action) ?? [];
    list.push({ code: finding.code, people: finding.people.map((id) => names.get(id) ?? id) });
    problems.set(finding.action, list);
  }
  return problems;
}

export type ProblemCounts = Record<RaciFindingCode, number> & { rows: number };

export function countProblems(problems: ReadonlyMap<string, RowProblem[]>): ProblemCounts {
  const counts: ProblemCounts = { no_accountable: 0, several_accountable: 0, no_responsible: 0, rows: 0 };
  for (const list of problems.values()) {
    counts.rows++;
    for (const problem of list) counts[problem.code]++;
  }
  return counts;
}

export type MatrixRow =
  | { kind: 'group'; id: string; strategy: string; tactic: string }
  | { kind: 'action'; id: string; action: ActionEntity };

export interface RowFilter {
  /** The only actions to show (by id), or null for all. */
  only: ReadonlySet<string> | null;
  /** Part of an action's title, any case and accents. */
  search: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The matrix rows: a heading per strategy › tactic, then its actions, in the plan's order.
 * Actions whose tactic is unknown come last under one heading; headings left empty by the
 * filter are dropped.
 */
export function buildRows(
  strategies: readonly StrategyEntity[],
  tactics: readonly TacticEntity[],
  actions: readonly ActionEntity[],
  filter: RowFilter,
): MatrixRow[] {
  const needle = fold(filter.search.trim());
  const byTactic = new Map<string, ActionEntity[]>();
  for (const action of actions) {
    if (filter.only && !filter.only.has(action.id)) continue;
    if (needle && !fold(action.title).includes(needle)) continue;
    const list = byTactic.get(action.tacticId);
    if (list) list.push(action);
    else byTactic.set(action.tacticId, [action]);
  }
  const strategyName = new Map(strategies.map((s) => [s.id, s.name]));
  const strategyOrder = new Map(strategies.map((s, i) => [s.id, i]));
  const orderedTactics = [...tactics].sort(
    (a, b) =>
      (strategyOrder.get(a.strategyId) ?? Infinity) - (strategyOrder.get(b.strategyId) ?? Infinity) ||
      a.position - b.position,
  );
  const rows: MatrixRow[] = [];
  const push = (id: string, strategy: string, tactic: string, list: ActionEntity[] | undefined) => {
    if (!list || list.length === 0) return;
    rows.push({ kind: 'group', id: `group-${id}`, strategy, tactic });
    for (const action of list) rows.push({ kind: 'action', id: action.id, action });
  };
  for (const tactic of orderedTactics) {
    push(tactic.id, strategyName.get(tactic.strategyId) ?? '', tactic.name, byTactic.get(tactic.id));
    byTactic.delete(tactic.id);
  }
  const orphans = [...byTactic.values()].flat();
  push('orphans', '', '', orphans);
  return rows;
}

/**
 * The roles a cell gets when a letter is typed: alone (as in a spreadsheet, the letter replaces
 * what the cell held), or added to / removed from the others with Shift.
 */
export function typedRoles(current: readonly Role[], role: Role, additive: boolean): Role[] {
  if (!additive) return [role];
  return current.includes(role) ? current.filter((r) => r !== role) : sortRoles([...current, role]);
}

export function toggledRoles(current: readonly Role[], role: Role): Role[] {
  return typedRoles(current, role, true);
}

export function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && sortRoles(a).every((role, i) => sortRoles(b)[i] === role);
}

export type CellWrite =
  | { kind: 'post'; role: Role }
  | { kind: 'patch'; assignment: RaciAssignmentEntity; role: Role }
  | { kind: 'delete'; assignment: RaciAssignmentEntity };

/**
 * The requests that turn a cell's stored assignments into `wanted`: a role replaced is one PATCH
 * (with the version read), a role added a POST, a role removed a DELETE.
 */
export function cellWrites(stored: readonly RaciAssignmentEntity[], wanted: readonly Role[]): CellWrite[] {
  const removed = stored.filter((a) => !wanted.includes(a.role));
  const added = wanted.filter((role) => !stored.some((a) => a.role === role));
  const writes: CellWrite[] = [];
  while (removed.length > 0 && added.length > 0) {
    writes.push({ kind: 'patch', assignment: removed.shift() as RaciAssignmentEntity, role: added.shift() as Role });
  }
  for (const role of added) writes.push({ kind: 'post', role });
  for (const assignment of removed) writes.push({ kind: 'delete', assignment });
  return writes;
}
