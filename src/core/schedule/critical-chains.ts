/**
 * Zero-slack actions joined into chains. A dependency is tight when the successor starts exactly
 * when the predecessor's finish + lag allows. Every zero-slack action either finishes at the
 * project end or has a tight zero-slack successor, and starts on its planned date or right after
 * a tight zero-slack predecessor, so following tight links from the chain heads (zero-slack
 * actions with no tight predecessor) covers the critical actions with complete chains.
 */

/** The critical actions (by index), with the tight links among them. */
export interface TightGraph {
  keys: readonly string[];
  earliestStart: ArrayLike<number>;
  critical: readonly number[];
  next: ReadonlyMap<number, readonly number[]>;
  hasPrevious: ReadonlySet<number>;
}

/** A chain under construction: each step remembers the one it came from, so that a chain is
 * rebuilt once, when it is complete, instead of being copied at every branch. */
interface Step {
  node: number;
  previous: Step | null;
}

/** Depth first, heads and branches by earliest start then key; stops after `max` chains. */
export function criticalChains(graph: TightGraph, max: number): { chains: string[][]; truncated: boolean } {
  const byStart = (nodes: readonly number[]) => [...nodes].sort((a, b) => compareNodes(graph, a, b));
  const heads = byStart(graph.critical.filter((node) => !graph.hasPrevious.has(node)));
  const chains: string[][] = [];
  const stack: Step[] = heads.reverse().map((node) => ({ node, previous: null }));
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const following = byStart(graph.next.get(step.node) ?? []);
    if (following.length === 0) {
      if (chains.length === max) return { chains, truncated: true };
      chains.push(keysAlong(graph, step));
      continue;
    }
    for (const node of following.reverse()) stack.push({ node, previous: step });
  }
  return { chains, truncated: false };
}

function compareNodes(graph: TightGraph, a: number, b: number): number {
  const [keyA, keyB] = [graph.keys[a] ?? '', graph.keys[b] ?? ''];
  return (graph.earliestStart[a] ?? 0) - (graph.earliestStart[b] ?? 0) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
}

function keysAlong(graph: TightGraph, last: Step): string[] {
  const keys: string[] = [];
  for (let step: Step | null = last; step; step = step.previous) keys.push(graph.keys[step.node] ?? '');
  return keys.reverse();
}
