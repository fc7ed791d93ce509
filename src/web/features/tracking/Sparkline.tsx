import { memo } from 'react';

interface SparklineProps {
  points: readonly { date: string; value: number }[];
  color: string;
  width?: number;
  height?: number;
}

/**
 * A small inline SVG line of a KPI's recent values: decorative (the card says the figures in
 * words), and far cheaper than a chart library for a grid of 200 cards.
 */
export const Sparkline = memo(function Sparkline({ points, color, width = 140, height = 36 }: SparklineProps) {
  const path = sparklinePath(points, width, height, 2);
  if (!path) return <svg width={width} height={height} aria-hidden="true" />;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" data-testid="sparkline">
      <polyline points={path} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
});

/** The polyline's `points` attribute: dates spread on x, values on y (higher is up), within a margin. */
export function sparklinePath(
  points: readonly { date: string; value: number }[],
  width: number,
  height: number,
  margin: number,
): string {
  if (points.length === 0) return '';
  const xs = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const ys = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const scale = (v: number, lo: number, hi: number, size: number) =>
    hi === lo ? size / 2 : margin + ((v - lo) / (hi - lo)) * (size - 2 * margin);
  const round = (v: number) => Math.round(v * 10) / 10;
  return points
    .map((_, i) => `${round(scale(xs[i]!, x0, x1, width))},${round(height - scale(ys[i]!, y0, y1, height))}`)
    .join(' ');
}
