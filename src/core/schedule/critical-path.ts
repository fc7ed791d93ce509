import type { Action, ActionDependency, PlanHeader } from '../plan.js';
import { criticalChains, type TightGraph } from './critical-chains.js';
import { formatDay, parseDay } from './dates.js';

/**
 * Critical path method (CPM) over the dated actions, in calendar days, dates read as points in
 * time (duration = due − start, at least 0; a milestone lasts 0 days and sits on its due date,
 * so it needs no start date).
 *
 * - Earliest start = the later of the action's planned start and, for each predecessor, its
 *   earliest finish + lag. The planned start counts as "start no earlier than": marketing actions
 *   are dated for a reason (a launch, a season), so the forward pass never pulls one earlier.
 * - Project end = the latest earliest finish, or the plan's `endDate` when that is later: the
 *   plan's end is a promise made to the business, and slack measured against it says how far an
 *   action can slip before that promise breaks. When the plan ends after every action, no action
 *   has zero slack and the critical path is empty; each slack then includes that margin.
 * - Latest finish = the earlier of the project end and, for each successor, its latest start −
 *   lag. Slack (total float) = latest start − earliest start, never negative.
 *
 * Left out, and listed: undated actions (links to them constrain nothing), cancelled actions
 * (no longer part of the schedule) and actions in or after a dependency cycle (no order exists).
 */

export interface ActionTiming {
  action: string;
  durationDays: number;
  earliestStart: string;
  earliestFinish: string;
  latestStart: string;
  latestFinish: string;
  slackDays: number;
  critical: boolean;
}

export type ScheduleExclusionReason = 'undated' | 'cancelled' | 'cycle';

export interface CriticalPathReport {
  projectEnd: string | null;
  /** Whether the project end comes from the actions' earliest finishes or the plan's end date. */
  projectEndSource: 'actions' | 'plan' | null;
  /** One per scheduled action, in the order of the actions given. */
  timings: ActionTiming[];
  /** Every zero-slack action, by earliest start, then earliest finish, then key. */
  criticalPath: string[];
  /** Zero-slack chains linked by tight dependencies, each from its first action to its last. */
  criticalChains: string[][];
  /** True when there were more chains than `maxCriticalChains` (they can multiply). */
  criticalChainsTruncated: boolean;
  excluded: { action: string; reason: ScheduleExclusionReason }[];
}

export const maxCriticalChains = 50;

/**
 * The dated actions as numbered nodes with typed arrays for their dates (the passes touch each
 * node and link once; flat arrays keep that fast for thousands of actions). Links are stored once
 * and listed by index from both ends.
 */
interface Network {
  keys: string[];
  plannedStart: Int32Array;
  duration: Int32Array;
  links: { from: number; to: number; lag: number }[];
  outgoing: number[][];
  incoming: number[][];
}

interface Times {
  es: Int32Array;
  ef: Int32Array;
  ls: Int32Array;
  lf: Int32Array;
}

type Exclusions = CriticalPathReport['excluded'];

export function computeCriticalPath(
  actions: readonly Action[],
  dependencies: readonly ActionDependency[],
  plan: Pick<PlanHeader, 'endDate'> = {},
): CriticalPathReport {
  const excluded: Exclusions = [];
  const network = buildNetwork(actions, dependencies, excluded);
  const order = topologicalOrder(network, excluded);
  if (order.length === 0) return { ...emptyReport(), excluded };
  const times = forwardPass(network, order);
  const latestFinish = order.reduce((latest, node) => Math.max(latest, times.ef[node] ?? latest), -Infinity);
  const planEnd = parseDay(plan.endDate);
  const projectEnd = planEnd !== null && planEnd > latestFinish ? planEnd : latestFinish;
  backwardPass(network, order, times, projectEnd);
  const critical = order.filter((node) => times.ls[node] === times.es[node]);
  const chains = criticalChains(tightGraph(network, times, critical), maxCriticalChains);
  const scheduled = [...order].sort((a, b) => a - b);
  const bySchedule = (a: number, b: number) =>
    (times.es[a] ?? 0) - (times.es[b] ?? 0) ||
    (times.ef[a] ?? 0) - (times.ef[b] ?? 0) ||
    compareText(network.keys, a, b);
  return {
    projectEnd: formatDay(projectEnd),
    projectEndSource: projectEnd === latestFinish ? 'actions' : 'plan',
    timings: scheduled.map((node) => timingOf(network, times, node)),
    criticalPath: critical.sort(bySchedule).map((node) => network.keys[node] ?? ''),
    criticalChains: chains.chains,
    criticalChainsTruncated: chains.truncated,
    excluded,
  };
}

function emptyReport(): Omit<CriticalPathReport, 'excluded'> {
  return {
    projectEnd: null,
    projectEndSource: null,
    timings: [],
    criticalPath: [],
    criticalChains: [],
    criticalChainsTruncated: false,
  };
}

function buildNetwork(
  actions: readonly Action[],
  dependencies: readonly ActionDependency[],
  excluded: Exclusions,
): Network {
  const keys: string[] = [];
  const starts: number[] = [];
  const durations: number[] = [];
  const indexOf = new Map<string, number>();
  for (const action of actions) {
    const due = parseDay(action.dueDate);
    const start = action.isMilestone ? due : parseDay(action.startDate);
    if (action.status === 'cancelled') excluded.push({ action: action.key, reason: 'cancelled' });
    else if (start === null || due === null) excluded.push({ action: action.key, reason: 'undated' });
    else {
      indexOf.set(action.key, keys.length);
      keys.push(action.key);
      starts.push(start);
      durations.push(Math.max(0, due - start));
    }
  }
  const network: Network = {
    keys,
    plannedStart: Int32Array.from(starts),
    duration: Int32Array.from(durations),
    links: [],
    outgoing: keys.map(() => []),
    incoming: keys.map(() => []),
  };
  for (const { predecessor, successor, lagDays } of dependencies) {
    const from = indexOf.get(predecessor);
    const to = indexOf.get(successor);
    if (from === undefined || to === undefined) continue;
    network.outgoing[from]?.push(network.links.length);
    network.incoming[to]?.push(network.links.length);
    network.links.push({ from, to, lag: lagDays });
  }
  return network;
}

/** Kahn's algorithm; what it cannot order sits in or after a cycle, and is excluded. */
function topologicalOrder(network: Network, excluded: Exclusions): number[] {
  const waiting = Int32Array.from(network.incoming, (links) => links.length);
  const order: number[] = [];
  waiting.forEach((count, node) => {
    if (count === 0) order.push(node);
  });
  for (let i = 0; i < order.length; i++) {
    for (const link of network.outgoing[order[i] as number] ?? []) {
      const to = network.links[link]?.to as number;
      waiting[to] = (waiting[to] ?? 0) - 1;
      if (waiting[to] === 0) order.push(to);
    }
  }
  if (order.length < network.keys.length) {
    const ordered = new Set(order);
    network.keys.forEach((key, node) => {
      if (!ordered.has(node)) excluded.push({ action: key, reason: 'cycle' });
    });
    // The passes only see ordered actions: drop the links into the excluded ones.
    for (const node of order) {
      network.outgoing[node] = (network.outgoing[node] ?? []).filter((link) =>
        ordered.has(network.links[link]?.to ?? -1),
      );
    }
  }
  return order;
}

function forwardPass(network: Network, order: number[]): Times {
  const size = network.keys.length;
  const times: Times = {
    es: new Int32Array(size),
    ef: new Int32Array(size),
    ls: new Int32Array(size),
    lf: new Int32Array(size),
  };
  for (const node of order) {
    let es = network.plannedStart[node] ?? 0;
    for (const index of network.incoming[node] ?? []) {
      const link = network.links[index];
      if (link) es = Math.max(es, (times.ef[link.from] ?? 0) + link.lag);
    }
    times.es[node] = es;
    times.ef[node] = es + (network.duration[node] ?? 0);
  }
  return times;
}

function backwardPass(network: Network, order: number[], times: Times, projectEnd: number): void {
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as number;
    let lf = projectEnd;
    for (const index of network.outgoing[node] ?? []) {
      const link = network.links[index];
      if (link) lf = Math.min(lf, (times.ls[link.to] ?? 0) - link.lag);
    }
    times.lf[node] = lf;
    times.ls[node] = lf - (network.duration[node] ?? 0);
  }
}

function tightGraph(network: Network, times: Times, critical: number[]): TightGraph {
  const isCritical = new Set(critical);
  const next = new Map<number, number[]>();
  const hasPrevious = new Set<number>();
  for (const { from, to, lag } of network.links) {
    if (!isCritical.has(from) || !isCritical.has(to) || (times.ef[from] ?? 0) + lag !== times.es[to]) continue;
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
    hasPrevious.add(to);
  }
  return { keys: network.keys, earliestStart: times.es, critical, next, hasPrevious };
}

function compareText(keys: string[], a: number, b: number): number {
  const [keyA, keyB] = [keys[a] ?? '', keys[b] ?? ''];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function timingOf(network: Network, times: Times, node: number): ActionTiming {
  const [es, ef, ls, lf] = [times.es[node] ?? 0, times.ef[node] ?? 0, times.ls[node] ?? 0, times.lf[node] ?? 0];
  return {
    action: network.keys[node] ?? '',
    durationDays: network.duration[node] ?? 0,
    earliestStart: formatDay(es),
    earliestFinish: formatDay(ef),
    latestStart: formatDay(ls),
    latestFinish: formatDay(lf),
    slackDays: ls - es,
    critical: ls === es,
  };
}
