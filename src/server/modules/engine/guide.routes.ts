import type { OpenAPIHono } from '@hono/zod-openapi';
import { guidedPath } from '../../../core/guide/index.js';
import type { AppEnv } from '../../http/context.js';
import { route } from '../../http/route.js';
import { sendReport } from './report-response.js';
import { planParams, readPlanFacts, reportSchema, todayOf, todayQuery } from './engine.context.js';

const tag = 'method';

/** The path through the method: the four stages as a checklist of what the plan already holds. */
export function registerGuideRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/guided-path',
      tag,
      summary: 'Guided path: the method’s four stages as steps done or to do, with why and how (FR and EN)',
      params: planParams,
      query: todayQuery,
      responses: { 200: { description: 'Stages, their steps, and how many are done', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      const today = todayOf(c, query.today);
      return sendReport(c, facts, `guided-path ${today}`, () => guidedPath(facts, today));
    },
  );
}
