import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { peopleCollection, planCollections, type CollectionDef } from '../../../contract/collections.js';
import { idSchema, pageSchema, paginationQuery, versionSchema, type Role } from '../../../contract/common.js';
import { createSchema, entitySchema, updateSchema } from '../../../contract/entities.js';
import type { AppEnv, Principal, AppContext } from '../../http/context.js';
import { route } from '../../http/route.js';
import { planTarget, workspaceTarget } from './collection.target.js';
import {
  createEntity,
  deleteEntityById,
  filterableFields,
  getEntity,
  listEntities,
  updateEntityById,
  type CollectionTarget,
} from './collection.service.js';

/** Where a collection is mounted and how a request finds (and is allowed into) its owner. */
interface Mount {
  base: string;
  ownerParam: 'planId' | 'workspaceId';
  resolve(c: AppContext, principal: Principal, ownerId: string, needed: Role): Promise<CollectionTarget>;
}

const planMount: Mount = { base: '/plans/{planId}', ownerParam: 'planId', resolve: planTarget };

const workspaceMount: Mount = {
  base: '/workspaces/{workspaceId}',
  ownerParam: 'workspaceId',
  resolve: workspaceTarget,
};

/** List, get, create, update and delete for one collection. */
function registerCollection(app: OpenAPIHono<AppEnv>, def: CollectionDef, mount: Mount): void {
  const ownerParams = z.object({ [mount.ownerParam]: idSchema });
  const itemParams = ownerParams.extend({ id: idSchema });
  const listQuery = paginationQuery.extend(
    Object.fromEntries(filterableFields(def).map((name) => [name, idSchema.optional()])),
  );
  const entity = entitySchema(def);
  const path = `${mount.base}/${def.name}`;
  const ownerOf = (params: Record<string, string>) => params[mount.ownerParam] as string;

  route(
    app,
    {
      method: 'get',
      path,
      tag: def.name,
      summary: `List ${def.label}s`,
      params: ownerParams,
      query: listQuery,
      responses: { 200: { description: `A page of ${def.label}s`, schema: pageSchema(entity) } },
    },
    async ({ c, params, query, principal }) => {
      const t = await mount.resolve(c, principal, ownerOf(params), 'viewer');
      const { limit, offset, ...filters } = query as { limit: number; offset: number } & Record<string, string>;
      const page = await listEntities(t, def, { limit, offset, filters });
      return c.json({ ...page, limit, offset });
    },
  );

  route(
    app,
    {
      method: 'post',
      path,
      tag: def.name,
      summary: `Create a ${def.label}`,
      params: ownerParams,
      body: createSchema(def),
      responses: {
        201: { description: `The created ${def.label}`, schema: entity },
        409: { description: 'Key already used' },
      },
    },
    async ({ c, params, body, principal }) => {
      const t = await mount.resolve(c, principal, ownerOf(params), 'editor');
      return c.json(await createEntity(t, def, body as Record<string, unknown>), 201);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: `${path}/{id}`,
      tag: def.name,
      summary: `Get a ${def.label}`,
      params: itemParams,
      responses: { 200: { description: `The ${def.label}`, schema: entity } },
    },
    async ({ c, params, principal }) => {
      const t = await mount.resolve(c, principal, ownerOf(params), 'viewer');
      return c.json(await getEntity(t, def, params.id as string));
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: `${path}/{id}`,
      tag: def.name,
      summary: `Update a ${def.label}`,
      params: itemParams,
      body: updateSchema(def),
      responses: {
        200: { description: `The updated ${def.label}`, schema: entity },
        409: { description: 'Stale version' },
      },
    },
    async ({ c, params, body, principal }) => {
      const t = await mount.resolve(c, principal, ownerOf(params), 'editor');
      const patch = body as Record<string, unknown> & { version: number };
      return c.json(await updateEntityById(t, def, params.id as string, patch));
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: `${path}/{id}`,
      tag: def.name,
      summary: `Delete a ${def.label}`,
      params: itemParams,
      query: z.object({ version: z.coerce.number().pipe(versionSchema).optional() }),
      responses: { 204: { description: 'Deleted' }, 409: { description: 'Stale version' } },
    },
    async ({ c, params, query, principal }) => {
      const t = await mount.resolve(c, principal, ownerOf(params), 'editor');
      await deleteEntityById(t, def, params.id as string, query.version);
      return c.body(null, 204);
    },
  );
}

export function registerCollectionRoutes(app: OpenAPIHono<AppEnv>): void {
  registerCollection(app, peopleCollection, workspaceMount);
  for (const def of planCollections) registerCollection(app, def, planMount);
}
