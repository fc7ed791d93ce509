import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { entityKey } from '../../../contract/fields.js';
import { compareScenarios, copyScenario, optimiseBudget, summariseBudget } from '../../../core/budget/index.js';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { planTarget } from '../collections/collection.target.js';
import { exportPlanDocument } from '../documents/document.export.js';
import { sendReport } from './report-response.js';
import { planParams, readPlanFacts, reportSchema } from './engine.context.js';
import { storeScenario } from './scenario-store.js';

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
    async ({ c, principal, params }) => {
      const facts = await readPlanFacts(c, principal, params.planId);
      return sendReport(c, facts, 'budget-summary', () => summariseBudget(facts));
    },
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
          /** Keep the result as a new what-if scenario (editors). */
          saveAsScenario: z
            .object({ key: entityKey, name: z.string().trim().min(1).max(200) })
            .strict()
            .optional(),
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
      if (!body.saveAsScenario || !result.ok) return c.json(result);
      const t = await planTarget(c, principal, params.planId, 'editor');
      const scenario = await storeScenario(
        t,
        { ...body.saveAsScenario, totalAmount: facts.budget?.totalAmount ?? null },
        result.lines.map((l) => ({ budgetLine: l.key, amount: l.amount })),
      );
      return c.json({ ...result, scenario });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/scenario-copies',
      tag,
      summary: 'Copy a what-if scenario, or the current budget (`from` null), into a new scenario to edit',
      params: planParams,
      body: z
        .object({
          from: entityKey.nullable(),
          key: entityKey,
          name: z.string().trim().min(1, 'Required').max(200),
          description: z.string().max(20_000).nullable().optional(),
        })
        .strict(),
      responses: { 201: { description: 'The new scenario', schema: reportSchema } },
    },
    async ({ c, principal, params, body }) => {
      const t = await planTarget(c, principal, params.planId, 'editor');
      const facts = await exportPlanDocument(t.db, params.planId);
      const copy = copyScenario(facts, body.from, body);
      if (!copy.ok) {
        throw new AppError('validation', copy.error.en, [{ path: body.from ? 'from' : 'key', message: copy.error.en }]);
      }
      return c.json(await storeScenario(t, copy.scenario, copy.allocations), 201);
    },
  );
}
