/** Grade bands of an OKR score: red below 0.4, yellow from 0.4 to under 0.7, green from 0.7. */
export type Grade = 'red' | 'yellow' | 'green';

/** Where a key result's current value comes from, by order of preference. */
export type ValueOrigin =
  /** The latest measurement of the KPI that tracks the key result (mean of its sources that day). */
  | { kind: 'kpi'; kpi: string; date: string; readings: number }
  /** The latest check-in (mean of the check-ins of that day). */
  | { kind: 'checkIn'; date: string; readings: number }
  /** The value typed on the key result itself. */
  | { kind: 'currentValue' }
  /** Nothing recorded yet: the key result is still at its start value. */
  | { kind: 'startValue' };

export type ConfidenceDirection = 'rising' | 'falling' | 'flat';

export interface ConfidenceTrend {
  /** Confidence (0–1) of the latest check-in that gives one. */
  latest: number;
  latestDate: string;
  /** From the least-squares slope over every check-in with a confidence. */
  direction: ConfidenceDirection;
  /** Least-squares slope in confidence per day; null with fewer than two dates. */
  slopePerDay: number | null;
  /** Check-ins that gave a confidence. */
  checkIns: number;
}

export interface KeyResultScore {
  keyResult: string;
  okrObjective: string;
  weight: number;
  value: number;
  origin: ValueOrigin;
  /** (value − start) / (target − start), not clamped: above 1 is overachieved, below 0 went backwards. */
  progress: number;
  /** Progress clamped to 0–1: what grading and the objective's score use. */
  score: number;
  grade: Grade;
  confidence: ConfidenceTrend | null;
}

export interface OkrReport {
  okrObjective: string;
  /** Weighted mean of the key results' scores; null without key results. */
  score: number | null;
  grade: Grade | null;
  /** Score of 0.7 or more: the OKR convention for an objective on target. */
  onTarget: boolean;
  keyResults: KeyResultScore[];
}
