/**
 * Engine part of `npm run bench`: the method's computations on one stored plan, in process,
 * without HTTP, so that the API figures can be read as engine time plus serving time.
 *
 *   node --import tsx bench/engine.ts --db URL --plan ID [--today YYYY-MM-DD] [--runs 5]
 *
 * Reads the plan once as the server does (timed; a frozen copy, on which what several reports
 * share is worked out once), then runs each computation once ("first", as after a write) and
 * `runs` more times (the median: the same report asked again, or another report of the plan).
 * Prints one JSON line: {"readPlanMs", "computations": [{"name", "firstMs", "medianMs"}]}.
 */
import { parseArgs } from 'node:util';
import { optimiseBudget, summariseBudget } from '../src/core/budget/index.js';
import { guidedPath } from '../src/core/guide/index.js';
import { planHealth } from '../src/core/health/index.js';
import { kpiStatuses } from '../src/core/kpi/index.js';
import { kpiDashboard } from '../src/core/kpi/kpi-dashboard.js';
import type { PlanFacts } from '../src/core/plan.js';
import { analyseSchedule } from '../src/core/schedule/index.js';
import { openDatabase } from '../src/server/db/dialect.js';
import { cachedPlanFacts } from '../src/server/modules/documents/plan-facts.cache.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    plan: { type: 'string' },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    runs: { type: 'string', default: '5' },
  },
});
if (!args.db || !args.plan) throw new Error('--db and --plan are required');
const today = args.today;
const runs = Math.max(1, Number(args.runs));

const computations: { name: string; run: (facts: PlanFacts) => unknown }[] = [
  { name: 'plan health (every rule)', run: (facts) => planHealth(facts, today) },
  { name: 'KPI status and forecasts (all KPIs)', run: (facts) => kpiStatuses(facts, today) },
  { name: 'KPI dashboard (statuses, forecasts, sparklines)', run: (facts) => kpiDashboard(facts, today) },
  { name: 'budget summary', run: (facts) => summariseBudget(facts) },
  { name: 'schedule (critical path, workload, RACI)', run: (facts) => analyseSchedule(facts, today) },
  { name: 'guided path', run: (facts) => guidedPath(facts, today) },
  {
    name: 'budget optimiser (HiGHS)',
    run: (facts) =>
      optimiseBudget({
        budget: facts.budget ?? { totalAmount: 0, contingencyPercent: 10 },
        lines: facts.budgetLines,
        currency: facts.plan.currency,
      }),
  },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const database = openDatabase({ url: args.db });
try {
  const started = performance.now();
  const facts = await cachedPlanFacts(database.db, args.plan);
  const readPlanMs = performance.now() - started;
  const results = [];
  for (const computation of computations) {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      await computation.run(facts);
      times.push(performance.now() - t0);
    }
    results.push({
      name: computation.name,
      firstMs: Math.round(times[0]! * 10) / 10,
      medianMs: Math.round(median(times.slice(1)) * 10) / 10,
    });
  }
  console.log(JSON.stringify({ readPlanMs: Math.round(readPlanMs), computations: results }));
} finally {
  await database.close();
}
