import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { funnelAlignment } from '../../../core/funnel/index.js';
import { planHealth } from '../../../core/health/index.js';
import { kpiStatuses } from '../../../core/kpi/index.js';
import { scorePlanOkrs } from '../../../core/okr/index.js';
import { lintPlanObjectives } from '../../../core/smart/index.js';
import type { AppEnv } from '../../http/context.js';
import { route } from '../../http/route.js';
import { sendReport } from './report-response.js';
import { planParams, readPlanFacts, reportSchema, todayOf, todayQuery } from './engine.context.js';

const tag = 'method';
const reports = z.object({ items: z.array(reportSchema) });

/** Objectives, OKRs, alignment and KPIs: how the plan stands against what it promised. */
export function registerTrackingRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/health',
      tag,
      summary: 'Plan health: a score 0–100 and findings (severity, message in FR and EN, entity at fault)',
      params: planParams,
      query: todayQuery,
      responses: { 200: { description: 'Plan health', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      const today = todayOf(c, query.today);
      return sendReport(c, facts, `health ${today}`, () => planHealth(facts, today));
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/alignment',
      tag,
      summary: 'Funnel alignment: the outcome the marketing targets imply, against each business goal',
      params: planParams,
      responses: { 200: { description: 'One report per business goal', schema: reports } },
    },
    async ({ c, principal, params }) =>
      c.json({ items: funnelAlignment(await readPlanFacts(c, principal, params.planId)) }),
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/smart',
      tag,
      summary: 'SMART lint of every objective (pass / warn / fail per criterion, FR and EN)',
      params: planParams,
      query: todayQuery,
      responses: { 200: { description: 'One report per objective', schema: reports } },
    },
    async ({ c, principal, params, query }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      return c.json({ items: lintPlanObjectives(facts, todayOf(c, query.today)) });
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/okr-scores',
      tag,
      summary: 'OKR scores: key-result progress, weighted objective score, grade, confidence trend',
      params: planParams,
      responses: { 200: { description: 'One report per OKR objective', schema: reports } },
    },
    async ({ c, principal, params }) =>
      c.json({ items: scorePlanOkrs(await readPlanFacts(c, principal, params.planId)) }),
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/kpi-status',
      tag,
      summary: 'Every KPI against its expected path: status, variance and forecast to the deadline',
      params: planParams,
      query: todayQuery,
      responses: { 200: { description: 'One report per KPI', schema: reports } },
    },
    async ({ c, principal, params, query }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      const today = todayOf(c, query.today);
      return sendReport(c, facts, `kpi-status ${today}`, () => ({ items: kpiStatuses(facts, today) }));
    },
  );
}
