import type { OpenAPIHono } from '@hono/zod-openapi';
import { analyseSchedule } from '../../../core/schedule/index.js';
import type { AppEnv } from '../../http/context.js';
import { route } from '../../http/route.js';
import { sendReport } from './report-response.js';
import { planParams, readPlanFacts, reportSchema, todayOf, todayQuery } from './engine.context.js';

export function registerScheduleRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/schedule',
      tag: 'method',
      summary:
        'RACI check, weekly workload and overloads, dependency cycles, date conflicts, critical path, milestones at risk',
      params: planParams,
      query: todayQuery,
      responses: { 200: { description: 'Schedule report', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      const today = todayOf(c, query.today);
      return sendReport(c, facts, `schedule ${today}`, () => analyseSchedule(facts, today));
    },
  );
}
