import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idSchema } from '../../../contract/common.js';
import { isoDate } from '../../../contract/fields.js';
import { currencySchema, planSchema } from '../../../contract/plans.js';
import { planFromTemplate, templateCatalog, TemplateNotFound } from '../../../io/templates/templates.js';
import type { AppEnv } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { importPlanDocument } from '../documents/document.import.js';
import { presentPlan } from '../plans/plans.service.js';
import { requireWorkspaceRole } from '../workspaces/access.js';

const tag = 'templates';
const localized = z.object({ fr: z.string(), en: z.string() });

const templateSchema = z.object({
  id: z.string(),
  caseStudy: z.boolean(),
  demo: z.boolean(),
  name: localized,
  summary: localized,
  startDate: z.string(),
  endDate: z.string().nullable(),
});

export const fromTemplateBody = z
  .object({
    templateId: z.string().min(1).max(100),
    language: z.enum(['fr', 'en']),
    startDate: isoDate,
    currency: currencySchema.optional(),
    name: z.string().trim().min(1, 'Required').max(200).optional(),
  })
  .strict();

/** The template library, and new plans made from it. */
export function registerTemplateRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/templates',
      tag,
      summary: 'The plan templates and case studies, each in French and English',
      responses: {
        200: {
          description: 'Templates in the order they are offered',
          schema: z.object({ items: z.array(templateSchema) }),
        },
      },
    },
    async ({ c }) => c.json({ items: templateCatalog(c.get('deps').config.templatesDir) }),
  );

  route(
    app,
    {
      method: 'post',
      path: '/workspaces/{workspaceId}/plans/from-template',
      tag,
      summary:
        'Create a plan from a template in the chosen language: every date moves to `startDate`; `currency` and `name` replace the template’s',
      params: z.object({ workspaceId: idSchema }),
      body: fromTemplateBody,
      responses: { 201: { description: 'The new plan', schema: planSchema } },
    },
    async ({ c, principal, params, body }) => {
      const { database, config, now } = c.get('deps');
      await requireWorkspaceRole(database.db, principal, params.workspaceId, 'editor');
      let document;
      try {
        document = planFromTemplate(config.templatesDir, { ...body, id: body.templateId });
      } catch (error) {
        if (error instanceof TemplateNotFound) throw notFound('Template');
        throw error;
      }
      const plan = await importPlanDocument(
        database.db,
        database.dialect,
        principal,
        params.workspaceId,
        document,
        now(),
      );
      return c.json(presentPlan(plan), 201);
    },
  );
}
