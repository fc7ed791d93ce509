import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idSchema, pageSchema, paginationQuery } from '../../../contract/common.js';
import {
  addMemberBody,
  createdTokenSchema,
  createTokenBody,
  createWorkspaceBody,
  memberSchema,
  tokenSchema,
  updateMemberBody,
  updateWorkspaceBody,
} from '../../../contract/workspaces.js';
import { workspaceSchema } from '../../../contract/auth.js';
import type { AppEnv } from '../../http/context.js';
import { route } from '../../http/route.js';
import { requireUser, requireWorkspaceRole } from './access.js';
import { addMember, changeMemberRole, findMembers, removeMember } from './members.service.js';
import { createToken, findTokens, presentToken, revokeToken } from './tokens.service.js';
import {
  createWorkspace,
  deleteWorkspace,
  findWorkspacesOfUser,
  getWorkspace,
  presentWorkspace,
  renameWorkspace,
} from './workspaces.service.js';
import { findAuditEntries } from '../audit/audit.query.js';

const wsParams = z.object({ workspaceId: idSchema });
const memberParams = wsParams.extend({ memberId: idSchema });
const tokenParams = wsParams.extend({ tokenId: idSchema });
const tag = 'workspaces';

export function registerWorkspaceRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/workspaces',
      tag,
      summary: 'Workspaces of the caller',
      responses: {
        200: {
          description: 'Workspaces with the caller’s role',
          schema: z.object({ items: z.array(workspaceSchema) }),
        },
      },
    },
    async ({ c, principal }) => {
      const { db } = c.get('deps').database;
      if (principal.kind === 'token') {
        const ws = await getWorkspace(db, principal.workspaceId);
        return c.json({ items: [presentWorkspace(ws, principal.role)] });
      }
      const rows = await findWorkspacesOfUser(db, principal.userId);
      return c.json({ items: rows.map((r) => presentWorkspace(r, r.role as never)) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/workspaces',
      tag,
      summary: 'Create a workspace (the caller becomes its owner)',
      body: createWorkspaceBody,
      responses: { 201: { description: 'The workspace', schema: workspaceSchema } },
    },
    async ({ c, principal, body }) => {
      const user = requireUser(principal);
      const { database, now } = c.get('deps');
      const ws = await createWorkspace(database.db, principal, { name: body.name, ownerId: user.userId }, now());
      return c.json(presentWorkspace(ws, 'owner'), 201);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/workspaces/{workspaceId}',
      tag,
      summary: 'Get a workspace',
      params: wsParams,
      responses: { 200: { description: 'The workspace', schema: workspaceSchema } },
    },
    async ({ c, principal, params }) => {
      const { db } = c.get('deps').database;
      const role = await requireWorkspaceRole(db, principal, params.workspaceId, 'viewer');
      return c.json(presentWorkspace(await getWorkspace(db, params.workspaceId), role));
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: '/workspaces/{workspaceId}',
      tag,
      summary: 'Rename a workspace',
      params: wsParams,
      body: updateWorkspaceBody,
      responses: {
        200: { description: 'The workspace', schema: workspaceSchema },
        409: { description: 'Stale version' },
      },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      const role = await requireWorkspaceRole(database.db, principal, params.workspaceId, 'admin');
      return c.json(
        presentWorkspace(await renameWorkspace(database.db, principal, params.workspaceId, body, now()), role),
      );
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: '/workspaces/{workspaceId}',
      tag,
      summary: 'Delete a workspace and everything in it',
      params: wsParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      await requireWorkspaceRole(database.db, principal, params.workspaceId, 'owner');
      await deleteWorkspace(database.db, principal, params.workspaceId, now());
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/workspaces/{workspaceId}/members',
      tag,
      summary: 'Members and their roles',
      params: wsParams,
      responses: { 200: { description: 'Members', schema: z.object({ items: z.array(memberSchema) }) } },
    },
    async ({ c, principal, params }) => {
      const { db } = c.get('deps').database;
      await requireWorkspaceRole(db, principal, params.workspaceId, 'viewer');
      return c.json({ items: await findMembers(db, params.workspaceId) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/workspaces/{workspaceId}/members',
      tag,
      summary: 'Add a member (admins)',
      params: wsParams,
      body: addMemberBody,
      responses: { 201: { description: 'The member', schema: memberSchema }, 409: { description: 'Already a member' } },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      const role = await requireWorkspaceRole(database.db, principal, params.workspaceId, 'admin');
      return c.json(await addMember(database.db, principal, role, params.workspaceId, body, now()), 201);
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: '/workspaces/{workspaceId}/members/{memberId}',
      tag,
      summary: 'Change a member’s role (admins)',
      params: memberParams,
      body: updateMemberBody,
      responses: {
        200: { description: 'The member', schema: memberSchema },
        409: { description: 'Stale version or last owner' },
      },
    },
    async ({ c, principal, params, body }) => {
      const { database, now } = c.get('deps');
      const role = await requireWorkspaceRole(database.db, principal, params.workspaceId, 'admin');
      return c.json(
        await changeMemberRole(database.db, principal, role, params.workspaceId, params.memberId, body, now()),
      );
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: '/workspaces/{workspaceId}/members/{memberId}',
      tag,
      summary: 'Remove a member (admins)',
      params: memberParams,
      responses: { 204: { description: 'Removed' }, 409: { description: 'Last owner' } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      const role = await requireWorkspaceRole(database.db, principal, params.workspaceId, 'admin');
      await removeMember(database.db, principal, role, params.workspaceId, params.memberId, now());
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/workspaces/{workspaceId}/tokens',
      tag,
      summary: 'API tokens (admins)',
      params: wsParams,
      responses: {
        200: { description: 'Tokens, without their secrets', schema: z.object({ items: z.array(tokenSchema) }) },
      },
    },
    async ({ c, principal, params }) => {
      const { db } = c.get('deps').database;
      await requireWorkspaceRole(db, principal, params.workspaceId, 'admin');
      return c.json({ items: (await findTokens(db, params.workspaceId)).map(presentToken) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/workspaces/{workspaceId}/tokens',
      tag,
      summary: 'Create an API token (admins; the secret is shown once)',
      params: wsParams,
      body: createTokenBody,
      responses: { 201: { description: 'The token with its secret', schema: createdTokenSchema } },
    },
    async ({ c, principal, params, body }) => {
      const user = requireUser(principal);
      const { database, now } = c.get('deps');
      await requireWorkspaceRole(database.db, principal, params.workspaceId, 'admin');
      const created = await createToken(
        database.db,
        principal,
        { workspaceId: params.workspaceId, ...body, createdBy: user.userId },
        now(),
      );
      return c.json(created, 201);
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: '/workspaces/{workspaceId}/tokens/{tokenId}',
      tag,
      summary: 'Revoke an API token (admins)',
      params: tokenParams,
      responses: { 204: { description: 'Revoked' } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      await requireWorkspaceRole(database.db, principal, params.workspaceId, 'admin');
      await revokeToken(database.db, principal, params.workspaceId, params.tokenId, now());
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/workspaces/{workspaceId}/audit',
      tag,
      summary: 'Audit log of the workspace, newest first (admins)',
      params: wsParams,
      query: paginationQuery.extend({ planId: idSchema.optional() }),
      responses: { 200: { description: 'Audit entries', schema: pageSchema(z.record(z.string(), z.unknown())) } },
    },
    async ({ c, principal, params, query }) => {
      const { db } = c.get('deps').database;
      await requireWorkspaceRole(db, principal, params.workspaceId, 'admin');
      return c.json(await findAuditEntries(db, { workspaceId: params.workspaceId, ...query }));
    },
  );
}
