import { describe, expect, it } from 'vitest';
import { cycleRefusalMessage, describeCycle, findCycles, wouldCreateCycle, type DependencyEdge } from './cycles.js';

/** `'a>b b>c'` → edges a → b, b → c. */
const edges = (text: string): DependencyEdge[] =>
  text
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [predecessor, successor] = pair.split('>') as [string, string];
      return { predecessor, successor };
    });

describe('wouldCreateCycle', () => {
  // Drawn by hand: the new edge P → S closes a cycle when S already leads back to P; the answer
  // is that cycle from P, the shortest one when there are several.
  it.each<[string, string, string[] | null, string]>([
    ['', 'a>a', ['a', 'a'], 'length 1: an action after itself'],
    ['a>b', 'b>a', ['b', 'a', 'b'], 'length 2'],
    ['a>b b>c', 'c>a', ['c', 'a', 'b', 'c'], 'length 3'],
    ['a>b b>c c>d a>d', 'd>a', ['d', 'a', 'd'], 'the shortest way back (a>d, not a>b>c>d)'],
    ['a>b b>c', 'a>c', null, 'a shortcut is no cycle'],
    ['a>b a>c b>d c>d', 'a>d', null, 'a diamond is no cycle'],
    ['a>b', 'a>b', null, 'the same edge twice is no cycle'],
    ['x>y', 'b>a', null, 'unrelated actions'],
  ])('%s + %s → %j (%s)', (existing, added, expected) => {
    const [edge] = edges(added) as [DependencyEdge];
    expect(wouldCreateCycle(edges(existing), edge)).toEqual(expected);
  });

  it('says why the dependency is refused', () => {
    expect(cycleRefusalMessage(['c', 'a', 'b', 'c'])).toEqual({
      fr: 'Cette dépendance créerait un cycle : c → a → b → c',
      en: 'This dependency would create a cycle: c → a → b → c',
    });
  });
});

describe('findCycles', () => {
  // Knots found by eye; each cycle starts at the smallest key of its knot and is the shortest
  // cycle through that key.
  it.each([
    ['a>b b>c a>c', [], 'no cycle'],
    ['x>x a>b', [['x', 'x']], 'a self-dependency'],
    ['b>a a>b', [['a', 'b', 'a']], 'length 2'],
    ['c>a a>b b>c c>d', [['a', 'b', 'c', 'a']], 'length 3 with a tail'],
    ['a>b b>c c>a b>a', [['a', 'b', 'a']], 'a knot with a chord: shortest through a'],
    [
      'q>p p>q z>y y>x x>z x>q',
      [
        ['p', 'q', 'p'],
        ['x', 'z', 'y', 'x'],
      ],
      'two knots, in key order',
    ],
  ])('%s → %j (%s)', (graph, expected) => {
    expect(findCycles(edges(graph))).toEqual(expected);
  });

  it('describes a cycle found in a plan', () => {
    expect(describeCycle(['a', 'b', 'a']).message).toEqual({
      fr: 'Ces actions dépendent les unes des autres en boucle, aucune ne peut commencer : a → b → a',
      en: 'These actions depend on one another in a loop, so none of them can start: a → b → a',
    });
  });

  it('follows a chain of 5,000 actions without overflowing the stack', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => ({ predecessor: `n${i}`, successor: `n${i + 1}` }));
    expect(findCycles(chain)).toEqual([]);
    expect(findCycles([...chain, { predecessor: 'n5000', successor: 'n0' }])[0]).toHaveLength(5002);
  });
});

/** A small deterministic pseudo-random generator (LCG), so that failures can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Warshall's transitive closure: reach[i][j] is true when j can be reached from i. */
function closure(n: number, graph: DependencyEdge[]): boolean[][] {
  const reach = Array.from({ length: n }, () => Array.from({ length: n }, () => false));
  for (const { predecessor, successor } of graph) (reach[Number(predecessor)] as boolean[])[Number(successor)] = true;
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (reach[i]?.[k] && reach[k]?.[j]) (reach[i] as boolean[])[j] = true;
  return reach;
}

function isPathOf(path: string[], graph: DependencyEdge[]): boolean {
  const known = new Set(graph.map((e) => `${e.predecessor}>${e.successor}`));
  return path.slice(1).every((to, i) => known.has(`${path[i]}>${to}`));
}

describe('cycles against brute force', () => {
  // 300 random graphs of 6 actions (keys 0–5) checked against the transitive closure: a new
  // edge P → S closes a cycle exactly when P is reachable from S (or P = S); the graph has
  // cycles exactly when some action reaches itself, and the knots are the groups of actions that
  // reach one another.
  const next = random(20250101);
  const cases = Array.from({ length: 300 }, () => {
    const graph: DependencyEdge[] = [];
    for (let i = 0; i < 6; i++)
      for (let j = 0; j < 6; j++) if (next() < 0.15) graph.push({ predecessor: String(i), successor: String(j) });
    const edge = { predecessor: String(Math.floor(next() * 6)), successor: String(Math.floor(next() * 6)) };
    return { graph, edge };
  });

  it('wouldCreateCycle agrees with reachability and returns a real cycle', () => {
    const outcomes = new Set<boolean>();
    for (const { graph, edge } of cases) {
      const reach = closure(6, graph);
      const expected =
        edge.predecessor === edge.successor || !!reach[Number(edge.successor)]?.[Number(edge.predecessor)];
      const path = wouldCreateCycle(graph, edge);
      expect(path !== null).toBe(expected);
      outcomes.add(expected);
      if (path) {
        expect([path[0], path[1], path[path.length - 1]]).toEqual([edge.predecessor, edge.successor, edge.predecessor]);
        expect(isPathOf(path, [...graph, edge])).toBe(true);
      }
    }
    expect(outcomes.size, 'the random graphs hold both safe and cycle-closing edges').toBe(2);
  });

  it('findCycles finds one real cycle per knot', () => {
    for (const { graph } of cases) {
      const reach = closure(6, graph);
      const onCycle = [0, 1, 2, 3, 4, 5].filter((i) => reach[i]?.[i]);
      const knots = new Set(onCycle.map((i) => onCycle.filter((j) => reach[i]?.[j] && reach[j]?.[i]).join(',')));
      const cycles = findCycles(graph);
      expect(cycles).toHaveLength(knots.size);
      for (const cycle of cycles) {
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        expect(isPathOf(cycle, graph)).toBe(true);
      }
    }
  });
});
