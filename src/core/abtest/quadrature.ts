/**
 * Gauss–Legendre quadrature on a list of panels. Each panel is meant to be narrow enough that the
 * integrand is smooth on it (the callers cut panels one standard deviation wide around every
 * distribution involved); ten nodes per panel then integrate to about machine precision.
 */

const nodeCount = 10;

/** Nodes and weights on [−1, 1], by Newton's method on the Legendre polynomial P₁₀. */
function legendreRule(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let previous = 1;
      let current = x;
      for (let j = 2; j <= n; j++) {
        const next = ((2 * j - 1) * x * current - (j - 1) * previous) / j;
        previous = current;
        current = next;
      }
      derivative = (n * (x * current - previous)) / (x * x - 1);
      const step = current / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

const rule = legendreRule(nodeCount);

/** ∫ f over [breaks[0], breaks[last]], one Gauss–Legendre rule per panel between sorted breaks. */
export function integrateOverPanels(f: (x: number) => number, breaks: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < breaks.length; i++) {
    const lo = breaks[i - 1] as number;
    const hi = breaks[i] as number;
    const half = (hi - lo) / 2;
    const middle = (hi + lo) / 2;
    let panel = 0;
    for (let k = 0; k < nodeCount; k++)
      panel += (rule.weights[k] as number) * f(middle + half * (rule.nodes[k] as number));
    total += half * panel;
  }
  return total;
}
