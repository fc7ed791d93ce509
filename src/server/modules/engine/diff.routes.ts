import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idSchema } from '../../../contract/common.js';
import { diffPlans, summariseDiff } from '../../../core/diff/index.js';
import type { AppEnv } from '../../http/context.js';
import { route } from '../../http/route.js';
import { exportPlanDocument } from '../documents/document.export.js';
import { getRevision } from '../plans/revisions.service.js';
import { requirePlanRole } from '../workspaces/access.js';
import { planParams, reportSchema } from './engine.context.js';

export function registerDiffRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/diff',
      tag: 'plans',
      summary: 'Semantic diff between two revisions, or a revision and the plan now (omit `to`), in FR and EN',
      params: planParams,
      query: z.object({ from: idSchema, to: idSchema.optional() }),
      responses: { 200: { description: 'Changes, with the lines to show in each language', schema: reportSchema } },
    },
    async ({ c, principal, params, query }) => {
      const { db } = c.get('deps').database;
      await requirePlanRole(db, principal, params.planId, 'viewer');
      const before = (await getRevision(db, params.planId, query.from)).document;
      const after = query.to
        ? (await getRevision(db, params.planId, query.to)).document
        : await exportPlanDocument(db, params.planId);
      const diff = diffPlans(before, after);
      return c.json({ ...diff, lines: { fr: summariseDiff(diff, 'fr'), en: summariseDiff(diff, 'en') } });
    },
  );
}
