/**
 * Moving a funnel stage one place up or down. Positions are numbers the plan orders by; the
 * stages of one goal keep the positions they already use, dealt out again in the new order, so
 * a move changes only the rows that swap places. When two stages share a position (a plan
 * imported by hand, say), the goal's stages are numbered again from the smallest.
 */

export interface Positioned {
  id: string;
  version: number;
  position: number;
}

export interface PositionPatch {
  id: string;
  version: number;
  position: number;
}

/**
 * The patches that move `stages[index]` by `delta` (−1 up, +1 down); `stages` are one goal's
 * stages in their current order. Empty when the move would leave the list.
 */
export function moveStage(stages: readonly Positioned[], index: number, delta: -1 | 1): PositionPatch[] {
  const target = index + delta;
  if (index < 0 || index >= stages.length || target < 0 || target >= stages.length) return [];
  const order = [...stages];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  const sorted = stages.map((stage) => stage.position).sort((a, b) => a - b);
  const distinct = new Set(sorted).size === sorted.length;
  const first = sorted[0] ?? 0;
  const slots = distinct ? sorted : sorted.map((_, i) => first + i);
  return order.flatMap((stage, i) => {
    const position = slots[i] as number;
    return stage.position === position ? [] : [{ id: stage.id, version: stage.version, position }];
  });
}
