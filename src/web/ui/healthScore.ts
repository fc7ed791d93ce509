/** The colour of a plan health score (0–100): green from 80, yellow from 50, red below. */
export function healthScoreColor(score: number): string {
  if (score >= 80) return 'green';
  if (score >= 50) return 'yellow';
  return 'red';
}
