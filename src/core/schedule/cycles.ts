import type { Localized } from '../plan.js';
import { localized } from './texts.js';

/**
 * Dependencies must form no cycle: "A before B before A" can never be scheduled. A cycle is
 * given as the keys along it, the first key repeated at the end: [A, B, C, A] for A → B → C → A,
 * and [A, A] for an action that would depend on itself.
 */

export interface DependencyEdge {
  predecessor: string;
  successor: string;
}

export interface CycleFinding {
  path: string[];
  message: Localized;
}

function successorsOf(dependencies: readonly DependencyEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const { predecessor, successor } of dependencies) {
    const list = next.get(predecessor);
    if (list) list.push(successor);
    else next.set(predecessor, [successor]);
  }
  return next;
}

/**
 * Shortest path from `from` to `to` (both included) along the edges, kept to `allowed` when it is
 * given; null when `to` cannot be reached. Breadth-first, so the cycle shown is the shortest one.
 */
function shortestPath(next: Map<string, string[]>, from: string, to: string, allowed?: Set<string>): string[] | null {
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    if (node === to) {
      const path = [to];
      for (let at = to; at !== from; at = cameFrom.get(at) ?? from) path.push(cameFrom.get(at) ?? from);
      return path.reverse();
    }
    for (const successor of next.get(node) ?? []) {
      if (cameFrom.has(successor) || (allowed && !allowed.has(successor))) continue;
      cameFrom.set(successor, node);
      queue.push(successor);
    }
  }
  return null;
}

/**
 * The cycle that adding `newEdge` (predecessor → successor) would close, starting and ending at
 * the new predecessor, or null when the edge is safe. Adding P → S closes a cycle exactly when P
 * can already be reached from S (or P is S).
 */
export function wouldCreateCycle(dependencies: readonly DependencyEdge[], newEdge: DependencyEdge): string[] | null {
  const { predecessor, successor } = newEdge;
  if (predecessor === successor) return [predecessor, predecessor];
  const back = shortestPath(successorsOf(dependencies), successor, predecessor);
  return back ? [predecessor, ...back] : null;
}

/**
 * One cycle per knot of actions that all depend on one another (a strongly connected component
 * of the dependency graph), starting at the knot's smallest key; knots sorted by that key. Not
 * every elementary cycle: there can be exponentially many, and breaking one link per knot shown
 * is what the user needs to do next.
 */
export function findCycles(dependencies: readonly DependencyEdge[]): string[][] {
  const next = successorsOf(dependencies);
  const cycles: string[][] = [];
  for (const component of stronglyConnectedComponents(next)) {
    const start = [...component].sort()[0] as string;
    if (component.length === 1) {
      if ((next.get(start) ?? []).includes(start)) cycles.push([start, start]);
      continue;
    }
    const members = new Set(component);
    // Leave `start` by one of its in-knot successors and find the shortest way back.
    let best: string[] | null = null;
    for (const successor of new Set(next.get(start) ?? [])) {
      if (!members.has(successor)) continue;
      const back = shortestPath(next, successor, start, members);
      if (back && (!best || back.length + 1 < best.length)) best = [start, ...back];
    }
    if (best) cycles.push(best);
  }
  return cycles.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

/** Tarjan's algorithm, with an explicit stack so that a long chain cannot overflow the call stack. */
function stronglyConnectedComponents(next: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    const order = index.size;
    index.set(node, order);
    low.set(node, order);
    stack.push(node);
    onStack.add(node);
  };
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    visit(root);
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; edge: number };
      const successor = (next.get(frame.node) ?? [])[frame.edge++];
      if (successor !== undefined) {
        if (!index.has(successor)) {
          visit(successor);
          work.push({ node: successor, edge: 0 });
        } else if (onStack.has(successor)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(successor) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      const nodeLow = low.get(frame.node) ?? 0;
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, nodeLow));
      if (nodeLow === index.get(frame.node)) components.push(popComponent(stack, onStack, frame.node));
    }
  }
  return components;
}

function popComponent(stack: string[], onStack: Set<string>, root: string): string[] {
  const component: string[] = [];
  for (let node = stack.pop(); node !== undefined; node = node === root ? undefined : stack.pop()) {
    onStack.delete(node);
    component.push(node);
  }
  return component;
}

/** The API's refusal of a new dependency that `wouldCreateCycle` reported. */
export function cycleRefusalMessage(path: readonly string[]): Localized {
  const chain = path.join(' → ');
  return localized((l) =>
    l === 'fr' ? `Cette dépendance créerait un cycle : ${chain}` : `This dependency would create a cycle: ${chain}`,
  );
}

/** A cycle already present in a plan (from an import, say). */
export function describeCycle(path: readonly string[]): CycleFinding {
  const chain = path.join(' → ');
  return {
    path: [...path],
    message: localized((l) =>
      l === 'fr'
        ? `Ces actions dépendent les unes des autres en boucle, aucune ne peut commencer : ${chain}`
        : `These actions depend on one another in a loop, so none of them can start: ${chain}`,
    ),
  };
}
