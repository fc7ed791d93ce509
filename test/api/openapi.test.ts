import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCollection, planCollections, planSingletons } from '../../src/contract/collections.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** The published OpenAPI document describes every route, and every route it describes exists. */

interface Operation {
  responses: Record<string, unknown>;
  security?: unknown[];
}
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

let t: TestApp;
let doc: OpenApi;

beforeAll(async () => {
  t = await createTestApp();
  const answer = await t.request('GET', '/openapi.json');
  expect(answer.status).toBe(200);
  doc = answer.body;
});
afterAll(() => t.close());

const publicRoutes = ['get /health', 'get /setup', 'post /setup', 'post /auth/login', 'get /calendar/{feed}'];

const expectedRoutes: string[] = [
  ...publicRoutes,
  'post /auth/logout',
  'get /auth/me',
  'patch /auth/me',
  'get /workspaces',
  'post /workspaces',
  'get /workspaces/{workspaceId}',
  'patch /workspaces/{workspaceId}',
  'delete /workspaces/{workspaceId}',
  'get /workspaces/{workspaceId}/members',
  'post /workspaces/{workspaceId}/members',
  'patch /workspaces/{workspaceId}/members/{memberId}',
  'delete /workspaces/{workspaceId}/members/{memberId}',
  'get /workspaces/{workspaceId}/tokens',
  'post /workspaces/{workspaceId}/tokens',
  'delete /workspaces/{workspaceId}/tokens/{tokenId}',
  'get /workspaces/{workspaceId}/audit',
  'get /workspaces/{workspaceId}/plans',
  'post /workspaces/{workspaceId}/plans',
  'post /workspaces/{workspaceId}/plans/import',
  'get /plans/{planId}',
  'patch /plans/{planId}',
  'delete /plans/{planId}',
  'get /plans/{planId}/document',
  'post /plans/{planId}/duplicate',
  'get /plans/{planId}/revisions',
  'post /plans/{planId}/revisions',
  'get /plans/{planId}/revisions/{revisionId}',
  'post /plans/{planId}/revisions/{revisionId}/restore',
  // The method's rules (engine).
  'get /plans/{planId}/budget-summary',
  'get /plans/{planId}/scenario-comparison',
  'post /plans/{planId}/optimiser',
  'post /plans/{planId}/scenario-copies',
  'get /plans/{planId}/health',
  'get /plans/{planId}/guided-path',
  'get /plans/{planId}/alignment',
  'get /plans/{planId}/smart',
  'get /plans/{planId}/okr-scores',
  'get /plans/{planId}/kpi-status',
  'get /plans/{planId}/kpi-dashboard',
  'get /plans/{planId}/kpis/{kpiId}/chart',
  'get /plans/{planId}/schedule',
  'get /plans/{planId}/diff',
  // Data in and out.
  'post /plans/{planId}/kpis/{kpiId}/measurements/batch',
  'post /abtest/analyze',
  'get /templates',
  'post /workspaces/{workspaceId}/plans/from-template',
  'post /abtest/size',
  'get /plans/{planId}/experiments/{experimentId}/analysis',
  'get /plans/{planId}/kpis/{kpiId}/traffic',
  'put /plans/{planId}/experiments/{experimentId}/results',
  'post /plans/{planId}/experiments/{experimentId}/decision',
  'get /plans/{planId}/export',
  'get /plans/{planId}/calendar-feeds',
  'post /plans/{planId}/calendar-feeds',
  'delete /plans/{planId}/calendar-feeds/{feedId}',
  'post /plans/{planId}/imports/preview',
  'post /plans/{planId}/imports',
  'get /plans/{planId}/import-mappings',
  'post /plans/{planId}/import-mappings',
  'get /plans/{planId}/import-mappings/{mappingId}',
  'patch /plans/{planId}/import-mappings/{mappingId}',
  'delete /plans/{planId}/import-mappings/{mappingId}',
  ...planSingletons.flatMap((def) => [`get /plans/{planId}/${def.name}`, `put /plans/{planId}/${def.name}`]),
  ...[
    { base: `/workspaces/{workspaceId}/${peopleCollection.name}` },
    ...planCollections.map((def) => ({ base: `/plans/{planId}/${def.name}` })),
  ].flatMap(({ base }) => [
    `get ${base}`,
    `post ${base}`,
    `get ${base}/{id}`,
    `patch ${base}/{id}`,
    `delete ${base}/{id}`,
  ]),
];

function documentedRoutes(): string[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method} ${path.replace(/^\/api\/v1/, '')}`),
  );
}

describe('/api/v1/openapi.json', () => {
  it('is an OpenAPI 3 document with both security schemes', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['session', 'token']);
  });

  it('lists every route, including list and item routes of every collection', () => {
    expect(documentedRoutes().sort()).toEqual([...expectedRoutes].sort());
  });

  it('documents 401 on every route that needs credentials, and problem+json errors', () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method} ${path.replace(/^\/api\/v1/, '')}`;
        if (publicRoutes.includes(name)) {
          expect(operation.security, name).toEqual([]);
          continue;
        }
        expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(['401', '403', '404']));
        expect(operation.responses['400'], name).toMatchObject({ content: { 'application/problem+json': {} } });
      }
    }
  });

  it('describes only routes that exist: each answers 401 without credentials', async () => {
    for (const name of documentedRoutes()) {
      if (publicRoutes.includes(name)) continue;
      const [method, path] = name.split(' ') as [string, string];
      const answer = await t.request(method.toUpperCase(), path.replace(/\{\w+\}/g, 'some-id'));
      expect(answer.status, name).toBe(401);
    }
  });
});
