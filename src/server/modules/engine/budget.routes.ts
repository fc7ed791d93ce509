import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { compareScenarios, optimiseBudget, summariseBudget } from '../../../core/budget/index.js';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { planParams, readPlanFacts, reportSchema } from './engine.context.js';

const tag = 'budget';
const noSettings = { totalAmount: 0, contingencyPercent: 10 };

export function registerBudgetRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/budget-summary',
      tag,
      summary: 'Budget totals by strategy, tactic, category and month; reserve, variance, over-allocation, ROI ranking',
      params: planParams,
      responses: { 200: { description: 'Budget summary', schema: reportSchema } },
    },
    async ({ c, principal, params }) => c.json(summariseBudget(await readPlanFacts(c, principal, params.planId))),
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/scenario-comparison',
      tag,
      summary: 'The current budget and scenarios side by side (amounts, expected return, deltas)',
      params: planParams,
      query: z.object({ scenarios: z.string().max(2000).default('') }),
      responses: { 200: { description: 'Comparison', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const keys = query.scenarios.split(',').filter(Boolean);
      const comparison = compareScenarios(await readPlanFacts(c, principal, params.planId), keys);
      if (comparison.unknownScenarioKeys.length > 0) {
        throw new AppError('validation', `Unknown scenario key(s): ${comparison.unknownScenarioKeys.join(', ')}`, [
          { path: 'scenarios', message: 'No scenario with this key in the plan' },
        ]);
      }
      return c.json(comparison);
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/optimiser',
      tag,
      summary:
        'Allocation that maximises expected return within the budget minus the reserve (diminishing returns, exact LP)',
      params: planParams,
      body: z
        .object({
          response: z.enum(['diminishing', 'linear']).default('diminishing'),
          segments: z.number().int().min(2).max(64).default(8),
        })
        .strict(),
      responses: {
        200: { description: 'Optimised allocation, or the reasons it is infeasible', schema: reportSchema },
      },
    },
    async ({ c, principal, params, body }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      const result = await optimiseBudget({
        budget: facts.budget ?? noSettings,
        lines: facts.budgetLines,
        currency: facts.plan.currency,
        response: body.response,
        segments: body.segments,
      });
      return c.json(result);
    },
  );
}
