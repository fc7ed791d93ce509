import type { Action, Localized, Person, RaciAssignment } from '../plan.js';
import { formatDay, isoWeekOf, parseDay } from './dates.js';
import { roundHours, spreadOverWeekDays } from './effort-spread.js';
import { rolesByAction } from './raci.js';
import { decimal, localized } from './texts.js';

/**
 * Workload per person per ISO week. An action's `effortHours` is the work of its Responsible
 * people (R), split evenly among them: the Accountable (A) approves, the Consulted (C) and
 * Informed (I) give or receive information, and none of them carries planned effort here.
 * Cancelled actions carry no effort; done ones keep theirs, so past weeks show what was planned.
 * A person is overloaded in a week when their hours exceed their weekly capacity; exactly
 * meeting it is a full week, not an overload.
 */

export interface PersonWorkload {
  person: string;
  name: string;
  /** Null for a Responsible person missing from the plan's people (no capacity known). */
  capacityHours: number | null;
  /** Hours per week, aligned with `WorkloadReport.weeks`, rounded to hundredths. */
  hours: number[];
  totalHours: number;
}

export interface WorkloadOverload {
  person: string;
  week: string;
  hours: number;
  capacityHours: number;
  excessHours: number;
  message: Localized;
}

export interface WorkloadReport {
  /** Every ISO week `YYYY-Www` from the first to the last loaded one, gaps included, in order. */
  weeks: string[];
  /** Monday of each week in `weeks`, `YYYY-MM-DD`. */
  weekStarts: string[];
  /** Every person of the plan (in its order), then any other Responsible person by key. */
  people: PersonWorkload[];
  overloads: WorkloadOverload[];
  /** Actions with effort but no Responsible: their hours are on nobody's plate. */
  unassigned: string[];
  /** Actions with effort but no usable dates (missing, or due before start): hours not placed. */
  unscheduled: string[];
}

/** Hours per person, per Monday (day number); raw sums, rounded when the report is built. */
type Load = Map<string, Map<number, number>>;

export function computeWorkload(
  actions: readonly Action[],
  assignments: readonly RaciAssignment[],
  people: readonly Person[],
): WorkloadReport {
  const roles = rolesByAction(assignments);
  const load: Load = new Map();
  const unassigned: string[] = [];
  const unscheduled: string[] = [];
  for (const action of actions) {
    const effort = action.effortHours ?? 0;
    if (action.status === 'cancelled' || effort <= 0) continue;
    const responsible = [...(roles.get(action.key)?.responsible ?? [])];
    const start = parseDay(action.startDate);
    const due = parseDay(action.dueDate);
    const datesUsable = start !== null && due !== null && due >= start;
    if (responsible.length === 0) unassigned.push(action.key);
    if (!datesUsable) unscheduled.push(action.key);
    if (responsible.length === 0 || !datesUsable) continue;
    for (const share of spreadOverWeekDays(start, due, effort)) {
      for (const person of responsible) addHours(load, person, share.monday, share.hours / responsible.length);
    }
  }
  const mondays = loadedMondays(load);
  const rows = workloadRows(load, mondays, people);
  return {
    weeks: mondays.map(isoWeekOf),
    weekStarts: mondays.map(formatDay),
    people: rows,
    overloads: findOverloads(rows, mondays),
    unassigned,
    unscheduled,
  };
}

function addHours(load: Load, person: string, monday: number, hours: number): void {
  let weeks = load.get(person);
  if (!weeks) {
    weeks = new Map();
    load.set(person, weeks);
  }
  weeks.set(monday, (weeks.get(monday) ?? 0) + hours);
}

/** Every Monday from the first loaded week to the last, so a UI can draw columns without gaps. */
function loadedMondays(load: Load): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const weeks of load.values()) {
    for (const monday of weeks.keys()) {
      first = Math.min(first, monday);
      last = Math.max(last, monday);
    }
  }
  const mondays: number[] = [];
  for (let monday = first; monday <= last; monday += 7) mondays.push(monday);
  return mondays;
}

function workloadRows(load: Load, mondays: number[], people: readonly Person[]): PersonWorkload[] {
  const known = new Set(people.map((p) => p.key));
  const strangers = [...load.keys()].filter((key) => !known.has(key)).sort();
  const row = (person: string, name: string, capacityHours: number | null): PersonWorkload => {
    const weeks = load.get(person);
    const raw = mondays.map((monday) => weeks?.get(monday) ?? 0);
    const total = raw.reduce((sum, hours) => sum + hours, 0);
    return { person, name, capacityHours, hours: raw.map(roundHours), totalHours: roundHours(total) };
  };
  return [
    ...people.map((p) => row(p.key, p.name, p.weeklyCapacityHours)),
    ...strangers.map((key) => row(key, key, null)),
  ];
}

function findOverloads(rows: PersonWorkload[], mondays: number[]): WorkloadOverload[] {
  const overloads: WorkloadOverload[] = [];
  for (const row of rows) {
    const capacity = row.capacityHours;
    if (capacity === null) continue;
    row.hours.forEach((hours, i) => {
      // Compared after rounding, so that float noise never turns a full week into an overload.
      if (hours <= capacity) return;
      const week = isoWeekOf(mondays[i] ?? 0);
      const excessHours = roundHours(hours - capacity);
      const message = overloadMessage(row.name, week, hours, capacity, excessHours);
      overloads.push({ person: row.person, week, hours, capacityHours: capacity, excessHours, message });
    });
  }
  return overloads;
}

function overloadMessage(name: string, week: string, hours: number, capacity: number, excess: number): Localized {
  return localized((l) =>
    l === 'fr'
      ? `${name} : ${decimal(hours, l)} h de travail prévues la semaine ${week}, pour une capacité de ` +
        `${decimal(capacity, l)} h (${decimal(excess, l)} h de trop).`
      : `${name}: ${decimal(hours, l)} h of work planned in week ${week}, for a capacity of ` +
        `${decimal(capacity, l)} h (${decimal(excess, l)} h over).`,
  );
}
