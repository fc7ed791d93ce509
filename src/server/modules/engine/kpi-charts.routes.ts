import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { idSchema } from '../../../contract/common.js';
import { defaultChartPoints, kpiChart, maxChartPoints } from '../../../core/kpi/kpi-chart.js';
import { kpiDashboard } from '../../../core/kpi/kpi-dashboard.js';
import type { Database } from '../../db/schema.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { route } from '../../http/route.js';
import type { AnyDb } from '../collections/collection.repository.js';
import { requirePlanRole } from '../workspaces/access.js';
import { sendReport } from './report-response.js';
import { planParams, readPlanFacts, reportSchema, todayOf, todayQuery } from './engine.context.js';

const tag = 'method';

const kpiParams = planParams.extend({ kpiId: idSchema });

const chartQuery = todayQuery.extend({
  points: z.coerce
    .number()
    .int()
    .min(10)
    .max(maxChartPoints)
    .default(defaultChartPoints)
    .describe(`Most points of the measured series (10–${maxChartPoints}); the extremes are always kept`),
});

interface KpiRow {
  id: string;
  key: string;
}

/** The plan's KPIs' ids and keys: the rules name a KPI by key, the web app by id. */
function findKpiRows(db: Kysely<Database>, planId: string): Promise<KpiRow[]> {
  return (db as unknown as AnyDb)
    .selectFrom('kpis')
    .select(['id', 'key'])
    .where('plan_id', '=', planId)
    .execute() as Promise<KpiRow[]>;
}

/** The tracking dashboard and one KPI's chart, computed by `src/core/kpi`. */
export function registerKpiChartRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/kpi-dashboard',
      tag,
      summary:
        'Every KPI for the tracking dashboard: status report, headline target and probability, and a sparkline ' +
        '(at most 30 bucket means of the daily values since the plan’s start); plus how many KPIs are in each status',
      params: planParams,
      query: todayQuery,
      responses: { 200: { description: 'The dashboard', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      const today = todayOf(c, query.today);
      return sendReport(c, facts, `kpi-dashboard ${today}`, async () => {
        // Ids change only with a write, which replaces `facts`: read them with the report.
        const rows = await findKpiRows(c.get('deps').database.db, params.planId);
        const idByKey = new Map(rows.map((row) => [row.key, row.id]));
        const dashboard = kpiDashboard(facts, today);
        return {
          ...dashboard,
          items: dashboard.items.map((item) => ({ id: idByKey.get(item.kpi) ?? null, key: item.kpi, ...item })),
        };
      });
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/kpis/{kpiId}/chart',
      tag,
      summary:
        'One KPI (id or key) charted: its daily values downsampled to `points`, the expected path over the plan, ' +
        'the OLS forecast to the deadline with its 95 % prediction band, the probability of reaching the target, the status',
      params: kpiParams,
      query: chartQuery,
      responses: { 200: { description: 'The chart data', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const { db } = c.get('deps').database;
      await requirePlanRole(db, principal, params.planId, 'viewer');
      const rows = await findKpiRows(db, params.planId);
      const row = rows.find((r) => r.id === params.kpiId) ?? rows.find((r) => r.key === params.kpiId);
      if (!row) throw notFound('KPI');
      const facts = await readPlanFacts(c, principal, params.planId);
      const chart = kpiChart(facts, row.key, todayOf(c, query.today), query.points);
      if (!chart) throw notFound('KPI');
      return c.json({ id: row.id, key: row.key, ...chart });
    },
  );
}
