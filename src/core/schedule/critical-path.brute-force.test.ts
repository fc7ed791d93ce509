import { describe, expect, it } from 'vitest';
import type { Action, ActionDependency } from '../plan.js';
import { computeCriticalPath } from './critical-path.js';
import { formatDay, parseDay } from './dates.js';

/**
 * Slack checked against its definition rather than the forward and backward passes: the number
 * of days an action can slip (start later than its earliest start) without moving the project
 * end. The test schedules each random network by plain relaxation (raise every start to what
 * its predecessors allow, until nothing moves), then delays one action by d = 0, 1, 2, … and
 * keeps the largest d for which every action still finishes by the project end.
 */

interface Network {
  starts: number[];
  durations: number[];
  links: { from: number; to: number; lag: number }[];
  planEnd: number | null;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomNetwork(next: () => number): Network {
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const n = 7;
  const starts = Array.from({ length: n }, () => int(0, 20));
  const durations = Array.from({ length: n }, () => int(0, 6));
  const links: Network['links'] = [];
  for (let from = 0; from < n; from++)
    for (let to = from + 1; to < n; to++) if (next() < 0.35) links.push({ from, to, lag: int(-2, 3) });
  return { starts, durations, links, planEnd: next() < 0.5 ? null : int(10, 40) };
}

/** Earliest starts when action `delayed` may not start before `notBefore`. */
function relaxedStarts(net: Network, delayed = -1, notBefore = 0): number[] {
  const es = net.starts.map((start, i) => (i === delayed ? Math.max(start, notBefore) : start));
  for (let changed = true; changed;) {
    changed = false;
    for (const { from, to, lag } of net.links) {
      const allowed = (es[from] as number) + (net.durations[from] as number) + lag;
      if (allowed > (es[to] as number)) {
        es[to] = allowed;
        changed = true;
      }
    }
  }
  return es;
}

const lastFinish = (net: Network, es: number[]) => Math.max(...es.map((s, i) => s + (net.durations[i] as number)));

function bruteForceSlack(net: Network): number[] {
  const es = relaxedStarts(net);
  const projectEnd = Math.max(lastFinish(net, es), net.planEnd ?? -Infinity);
  return es.map((start, i) => {
    let slack = 0;
    while (lastFinish(net, relaxedStarts(net, i, start + slack + 1)) <= projectEnd) slack++;
    return slack;
  });
}

const base = parseDay('2025-01-01') as number;

function asPlan(net: Network): { actions: Action[]; dependencies: ActionDependency[] } {
  const actions = net.starts.map((start, i): Action => ({
    key: `a${i}`,
    tactic: 't',
    title: `a${i}`,
    status: 'todo',
    priority: 'medium',
    isMilestone: false,
    startDate: formatDay(base + start),
    dueDate: formatDay(base + start + (net.durations[i] as number)),
  }));
  const dependencies = net.links.map((l) => ({ predecessor: `a${l.from}`, successor: `a${l.to}`, lagDays: l.lag }));
  return { actions, dependencies };
}

describe('slack against its definition', () => {
  const next = random(42);
  const networks = Array.from({ length: 200 }, () => randomNetwork(next));

  it('matches on 200 random networks, and the critical actions are those with no slack', () => {
    let critical = 0;
    for (const net of networks) {
      const { actions, dependencies } = asPlan(net);
      const endDate = net.planEnd === null ? null : formatDay(base + net.planEnd);
      const report = computeCriticalPath(actions, dependencies, { endDate });
      const expected = bruteForceSlack(net);
      expect(report.timings.map((t) => t.slackDays)).toEqual(expected);
      const zero = expected.flatMap((s, i) => (s === 0 ? [`a${i}`] : []));
      expect([...report.criticalPath].sort()).toEqual(zero);
      expect(report.criticalChains.flat().every((key) => zero.includes(key))).toBe(true);
      expect(new Set(report.criticalChains.flat())).toEqual(new Set(zero));
      critical += zero.length;
    }
    expect(critical, 'the random networks have critical actions to check').toBeGreaterThan(50);
  });
});
