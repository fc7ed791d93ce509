export type PlanSize = 'small' | 'large';

export interface GenerateOptions {
  size: PlanSize;
  /** Integer in [0, 2^32). */
  seed: number;
  /** First day of the plan, `YYYY-MM-DD` (default 2025-01-01). */
  startDate?: string;
}

export interface SizeSpec {
  /** Length of the plan in calendar years. */
  years: number;
  /** "Today" for statuses, check-ins, spend and content, as a day offset into the plan. */
  asOfDay: number;
  /** Days of daily measurements, up to and including "today". */
  measurementDays: number;
  people: number;
  revenueGoals: number;
  otherGoals: number;
  personas: number;
  swotPerQuadrant: number;
  objectives: number;
  okrs: number;
  strategies: number;
  tacticsPerStrategy: number;
  actions: number;
  dependencyRate: number;
  contentItems: number;
  budgetLines: number;
  scenarios: number;
  kpis: number;
  correctiveActions: number;
  experiments: number;
}

const sizes: Record<PlanSize, SizeSpec> = {
  small: {
    years: 1,
    asOfDay: 89,
    measurementDays: 90,
    people: 8,
    revenueGoals: 1,
    otherGoals: 1,
    personas: 3,
    swotPerQuadrant: 2,
    objectives: 4,
    okrs: 2,
    strategies: 3,
    tacticsPerStrategy: 3,
    actions: 30,
    dependencyRate: 0.5,
    contentItems: 12,
    budgetLines: 10,
    scenarios: 2,
    kpis: 10,
    correctiveActions: 3,
    experiments: 2,
  },
  // "Today" sits three quarters into a three-year plan, so that every status occurs; the series hold
  // 1,096 days up to today, the first months being the history before the plan started.
  large: {
    years: 3,
    asOfDay: 821,
    measurementDays: 1096,
    people: 60,
    revenueGoals: 3,
    otherGoals: 3,
    personas: 12,
    swotPerQuadrant: 10,
    objectives: 24,
    okrs: 12,
    strategies: 12,
    tacticsPerStrategy: 8,
    actions: 2000,
    dependencyRate: 0.65,
    contentItems: 1000,
    budgetLines: 500,
    scenarios: 4,
    kpis: 200,
    correctiveActions: 40,
    experiments: 40,
  },
};

export function checkOptions(options: GenerateOptions): { spec: SizeSpec; startMs: number } {
  const spec = sizes[options.size];
  if (!spec) throw new RangeError(`Unknown plan size "${String(options.size)}" (expected small or large)`);
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new RangeError('The seed must be an integer between 0 and 4294967295');
  }
  const start = options.startDate ?? '2025-01-01';
  const startMs = Date.parse(`${start}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(start) ||
    Number.isNaN(startMs) ||
    new Date(startMs).toISOString().slice(0, 10) !== start
  ) {
    throw new RangeError(`The start date must be an existing date as YYYY-MM-DD, not "${start}"`);
  }
  return { spec, startMs };
}
