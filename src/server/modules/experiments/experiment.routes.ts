import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { analyzeAbTest, describeAnalysis, sampleSize, testDurationDays } from '../../../core/abtest/index.js';
import type { AbTestInput } from '../../../core/abtest/types.js';
import { idSchema } from '../../../contract/common.js';
import {
  abTestInputSchema,
  experimentDecisionBody,
  experimentResultsBody,
  sampleSizeAnswer,
  sampleSizeBody,
} from '../../../contract/experiments.js';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { requirePlanRole } from '../workspaces/access.js';
import { analyseExperiment, dailyTrafficOf, TRAFFIC_WINDOW_DAYS } from './experiment.analysis.js';
import { findKpi } from '../measurements/measurement.routes.js';
import { findExperiment } from './experiment.store.js';
import { recordDecision, saveResults } from './experiment.writes.js';

const tag = 'experiments';
const params = z.object({ planId: idSchema, experimentId: idSchema });
const report = z.record(z.string(), z.unknown());

/** A/B tests: the calculators anyone signed in may use, and each plan's experiments. */
export function registerExperimentRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'post',
      path: '/abtest/analyze',
      tag,
      summary:
        'Analyse an A/B test from its counts (arm 0 is the control): Welch t on the difference and the relative ' +
        'lift, pooled z-test and Beta-Binomial Bayes for conversions, Gaussian Bayes on the lift, optional ' +
        'always-valid sequential interval, sample-ratio check, Holm and Benjamini–Hochberg for 3+ arms; the verdict in FR and EN',
      body: abTestInputSchema,
      responses: {
        200: { description: 'The analysis, as `bin/jalon abtest analyze` prints it, with `verdict`', schema: report },
      },
    },
    async ({ c, body }) => {
      const analysis = analyzeAbTest(body as AbTestInput);
      return c.json({ ...analysis, verdict: describeAnalysis(analysis) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/abtest/size',
      tag,
      summary:
        'Sample size per arm of a conversion test (Evan Miller’s formula) from the baseline rate and the minimum ' +
        'detectable effect (relative, or absolute with `absolute`), and the days it takes at `dailyTraffic`',
      body: sampleSizeBody,
      responses: { 200: { description: 'Units per arm, in all, and days', schema: sampleSizeAnswer } },
    },
    async ({ c, body }) => {
      const size = sampleSize(body);
      if (!size.defined) {
        throw new AppError(
          'validation',
          size.explanation.en,
          [{ path: 'mde', message: size.explanation.en, code: size.reason }],
          {
            reason: size.reason,
          },
        );
      }
      const arms = body.arms ?? 2;
      const days =
        body.dailyTraffic === undefined
          ? null
          : testDurationDays({
              perArm: size.perArm,
              weights: Array.from({ length: arms }, () => 1),
              dailyTraffic: body.dailyTraffic,
            });
      return c.json({ perArm: size.perArm, total: size.total, days });
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/experiments/{experimentId}/analysis',
      tag,
      summary:
        'An experiment (id or key) so far: each arm’s totals, the analysis and its verdict in FR and EN (or why there is ' +
        'none yet), and its planning: sample per arm, days at the traffic KPI’s recent daily value, progress',
      params,
      query: z.object({ sequential: z.enum(['true', 'false']).optional() }),
      responses: { 200: { description: 'Arms, analysis, verdict, planning', schema: report } },
    },
    async ({ c, principal, params: p, query }) => {
      const { db } = c.get('deps').database;
      const { plan } = await requirePlanRole(db, principal, p.planId, 'viewer');
      const experiment = await findExperiment(db, plan.id, p.experimentId);
      return c.json(await analyseExperiment(db, plan.id, experiment, { sequential: query.sequential === 'true' }));
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/kpis/{kpiId}/traffic',
      tag,
      summary: `A KPI (id or key) as a test's traffic: its mean daily value over its last ${TRAFFIC_WINDOW_DAYS} measured days`,
      params: z.object({ planId: idSchema, kpiId: idSchema }),
      responses: {
        200: {
          description: 'The daily traffic (null without measurements) and the days it was averaged over',
          schema: z.object({ dailyTraffic: z.number().nullable(), days: z.number().int() }),
        },
      },
    },
    async ({ c, principal, params: p }) => {
      const { db } = c.get('deps').database;
      const { plan } = await requirePlanRole(db, principal, p.planId, 'viewer');
      const kpi = await findKpi(db, plan.id, p.kpiId);
      return c.json(await dailyTrafficOf(db, plan.id, kpi.id));
    },
  );

  route(
    app,
    {
      method: 'put',
      path: '/plans/{planId}/experiments/{experimentId}/results',
      tag,
      summary:
        'Save daily results of an experiment’s variants (users and conversions, or n, mean and sd), replacing a ' +
        'variant’s row of the same day: push the day’s totals as often as needed. All rows or none.',
      params,
      body: experimentResultsBody,
      responses: { 200: { description: 'Rows saved', schema: z.object({ saved: z.number().int() }) } },
    },
    async ({ c, principal, params: p, body }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, p.planId, 'editor');
      const experiment = await findExperiment(database.db, plan.id, p.experimentId);
      return c.json(await saveResults({ db: database.db, principal, plan, now: now() }, experiment, body));
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/experiments/{experimentId}/decision',
      tag,
      summary:
        'Decide an experiment (ship the variant, keep the control, iterate): who, when and why; optionally set the ' +
        'linked KPI’s new baseline and log a corrective action on it. One transaction; a stale `version` gets 409.',
      params,
      body: experimentDecisionBody,
      responses: {
        200: { description: 'The decided experiment, and what changed in the plan', schema: report },
        409: { description: 'The experiment changed since it was read' },
      },
    },
    async ({ c, principal, params: p, body }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, p.planId, 'editor');
      const experiment = await findExperiment(database.db, plan.id, p.experimentId);
      return c.json(await recordDecision({ db: database.db, principal, plan, now: now() }, experiment, body));
    },
  );
}
