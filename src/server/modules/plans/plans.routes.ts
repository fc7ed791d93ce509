import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { planSingletons, type CollectionDef } from '../../../contract/collections.js';
import { idSchema, pageSchema, paginationQuery } from '../../../contract/common.js';
import { scalarEntries, scalarInputSchema, scalarOutputSchema } from '../../../contract/fields.js';
import { createPlanBody, planSchema, updatePlanBody } from '../../../contract/plans.js';
import { formatPlanDocument, parsePlanDocument } from '../../../io/plan-document-text.js';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { planTarget } from '../collections/collection.target.js';
import { exportPlanDocument } from '../documents/document.export.js';
import { importPlanDocument } from '../documents/document.import.js';
import { requirePlanRole, requireWorkspaceRole } from '../workspaces/access.js';
import { createPlan, deletePlan, findPlans, presentPlan, updatePlan } from './plans.service.js';
import { createRevision, findRevisions, getRevision, restoreRevision } from './revisions.service.js';
import { getSingleton, putSingleton } from './singletons.service.js';

const tag = 'plans';
const wsParams = z.object({ workspaceId: idSchema });
const planParams = z.object({ planId: idSchema });
const documentTypes = ['application/yaml', 'application/x-yaml', 'text/yaml', 'application/json', 'text/plain'];

function registerSingleton(app: OpenAPIHono<AppEnv>, def: CollectionDef): void {
  const scalars = scalarEntries(def.fields);
  const output = z.object({
    ...Object.fromEntries(scalars.map(([name, f]) => [name, scalarOutputSchema(f)])),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  });
  const body = z
    .object({
      version: z.number().int().min(0),
      ...Object.fromEntries(scalars.map(([name, f]) => [name, scalarInputSchema(f)])),
    })
    .strict();
  const path = `/plans/{planId}/${def.name}`;
  route(
    app,
    {
      method: 'get',
      path,
      tag,
      summary: `Get the plan’s ${def.label} (version 0: never saved)`,
      params: planParams,
      responses: { 200: { description: def.label, schema: output } },
    },
    async ({ c, principal, params }) =>
      c.json(await getSingleton(await planTarget(c, principal, params.planId, 'viewer'), def)),
  );
  route(
    app,
    {
      method: 'put',
      path,
      tag,
      summary: `Replace the plan’s ${def.label}`,
      params: planParams,
      body,
      responses: { 200: { description: def.label, schema: output }, 409: { description: 'Stale version' } },
    },
    async ({ c, principal, params, body: input }) =>
      c.json(
        await putSingleton(
          await planTarget(c, principal, params.planId, 'editor'),
          def,
          input as Record<string, unknown> & { version: number },
        ),
      ),
  );
}

export function registerPlanRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/workspaces/{workspaceId}/plans',
      tag,
      summary: 'Plans of a workspace, newest first',
      params: wsParams,
      query: paginationQuery,
      responses: { 200: { description: 'A page of plans', schema: pageSchema(planSchema) } },
    },
    async ({ c, principal, params, query }) => {
      const { db } = c.get('deps').database;
      await requireWorkspaceRole(db, principal, params.workspaceId, 'viewer');
      return c.json(await findPlans(db, params.workspaceId, query));
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/workspaces/{workspaceId}/plans',
      tag,
      summary: 'Create an empty plan',
      params: wsParams,
      body: createPlanBody,
      responses: { 201: { description: 'The plan', schema: planSchema }, 409: { description: 'Key already used' } },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      await requireWorkspaceRole(database.db, principal, params.workspaceId, 'editor');
      return c.json(presentPlan(await createPlan(database.db, principal, params.workspaceId, body, now())), 201);
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/workspaces/{workspaceId}/plans/import',
      tag,
      summary: 'Create a plan from a jalon/plan@1 document (YAML or JSON); all or nothing',
      params: wsParams,
      rawBody: { contentTypes: documentTypes, maxBytes: (c) => c.get('deps').config.maxImportBytes },
      responses: {
        201: { description: 'The imported plan', schema: planSchema },
        413: { description: 'Document too large' },
      },
    },
    async ({ c, principal, params, raw }) => {
      const { database, now } = c.get('deps');
      await requireWorkspaceRole(database.db, principal, params.workspaceId, 'editor');
      const parsed = parsePlanDocument(raw);
      if (!parsed.ok)
        throw new AppError(
          'validation',
          `The plan document has ${parsed.problems.length} problem(s); nothing was imported`,
          parsed.problems,
        );
      const plan = await importPlanDocument(
        database.db,
        database.dialect,
        principal,
        params.workspaceId,
        parsed.document,
        now(),
      );
      return c.json(presentPlan(plan), 201);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}',
      tag,
      summary: 'Get a plan',
      params: planParams,
      responses: { 200: { description: 'The plan', schema: planSchema } },
    },
    async ({ c, principal, params }) => {
      const { plan } = await requirePlanRole(c.get('deps').database.db, principal, params.planId, 'viewer');
      return c.json(presentPlan(plan));
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: '/plans/{planId}',
      tag,
      summary: 'Update a plan (send the version you read)',
      params: planParams,
      body: updatePlanBody,
      responses: {
        200: { description: 'The plan', schema: planSchema },
        409: { description: 'Stale version or key taken' },
      },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      return c.json(presentPlan(await updatePlan(database.db, principal, plan, body, now())));
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: '/plans/{planId}',
      tag,
      summary: 'Delete a plan and everything it owns',
      params: planParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      await deletePlan(database.db, principal, plan, now());
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/document',
      tag,
      summary: 'Export the plan as a jalon/plan@1 document',
      params: planParams,
      query: z.object({ format: z.enum(['yaml', 'json']).default('yaml') }),
      responses: { 200: { description: 'The plan document', schema: z.string(), contentType: 'application/yaml' } },
    },
    async ({ c, principal, params, query }) => {
      const { database } = c.get('deps');
      await requirePlanRole(database.db, principal, params.planId, 'viewer');
      const text = formatPlanDocument(await exportPlanDocument(database.db, params.planId), query.format);
      const type = query.format === 'json' ? 'application/json' : 'application/yaml';
      return c.body(text, 200, { 'Content-Type': `${type}; charset=utf-8` });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/duplicate',
      tag,
      summary: 'Copy a plan and all it owns into a new plan of the same workspace',
      params: planParams,
      body: z.object({ name: z.string().trim().min(1).max(200).optional() }).strict(),
      responses: { 201: { description: 'The copy', schema: planSchema } },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      const document = await exportPlanDocument(database.db, plan.id);
      const locale = plan.locale === 'en' ? 'en' : 'fr';
      const name = body.name ?? (locale === 'fr' ? `${plan.name} (copie)` : `${plan.name} (copy)`);
      const copy = { ...document, plan: { ...document.plan, name: name.slice(0, 200), status: 'draft' as const } };
      const created = await importPlanDocument(
        database.db,
        database.dialect,
        principal,
        plan.workspace_id,
        copy,
        now(),
      );
      return c.json(presentPlan(created), 201);
    },
  );

  for (const def of planSingletons) registerSingleton(app, def);

  const revisionSchema = z.object({
    id: z.string(),
    number: z.number().int(),
    message: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  });
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/revisions',
      tag,
      summary: 'Saved revisions of the plan, newest first',
      params: planParams,
      responses: { 200: { description: 'Revisions', schema: z.object({ items: z.array(revisionSchema) }) } },
    },
    async ({ c, principal, params }) => {
      const { db } = c.get('deps').database;
      await requirePlanRole(db, principal, params.planId, 'viewer');
      return c.json({ items: await findRevisions(db, params.planId) });
    },
  );
  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/revisions',
      tag,
      summary: 'Save the plan as it is now, with a message',
      params: planParams,
      body: z.object({ message: z.string().trim().min(1, 'Required').max(500) }).strict(),
      responses: { 201: { description: 'The revision', schema: revisionSchema } },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      return c.json(await createRevision(database.db, principal, plan, body.message, now()), 201);
    },
  );
  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/revisions/{revisionId}/restore',
      tag,
      summary: 'Restore a revision (the current state is saved as a revision first; nothing is lost)',
      params: planParams.extend({ revisionId: idSchema }),
      responses: { 201: { description: 'The new revision holding the restored plan', schema: revisionSchema } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      return c.json(
        await restoreRevision(database.db, database.dialect, principal, plan, params.revisionId, now()),
        201,
      );
    },
  );
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/revisions/{revisionId}',
      tag,
      summary: 'A revision with its plan document',
      params: planParams.extend({ revisionId: idSchema }),
      responses: { 200: { description: 'The revision', schema: revisionSchema.extend({ document: z.unknown() }) } },
    },
    async ({ c, principal, params }) => {
      const { db } = c.get('deps').database;
      await requirePlanRole(db, principal, params.planId, 'viewer');
      return c.json(await getRevision(db, params.planId, params.revisionId));
    },
  );
}
