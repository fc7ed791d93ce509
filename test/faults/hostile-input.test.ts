import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithExamplePlan, type ExamplePlanApp } from '../support/app.js';

/**
 * Every route of the published OpenAPI document, called by an editor of the workspace holding
 * the example plan with hostile input: wrong types, huge strings, deep JSON, SQL and script
 * injection strings, invalid UTF-8, path traversal in ids and file names, unknown fields.
 * Never a 500; a refusal is problem+json and changes nothing (the workspace's content_version,
 * raised by every write, stays the same); a harmless string that is accepted is stored verbatim
 * and given back as data.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema fragments of any shape */
type Schema = Record<string, any>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> };
}

const sqlInjection = "'; DROP TABLE plans; --";
const script = '<script>alert(1)</script>';
const traversal = '../../etc/passwd';
const huge = 'x'.repeat(2 * 1024 * 1024);
const deepJson = '{"a":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
/** Bytes that are not UTF-8: a lone continuation byte, an overlong slash, an invalid lead byte. */
const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0x80, 0xc0, 0xaf, 0xff, 0xfe, 0x22, 0x7d]);

/** Routes that would end the editor's session or act outside a workspace's data. */
const skipped = new Set(['post /auth/logout']);

let x: ExamplePlanApp;
let doc: OpenApi;
/** Real ids for the path parameters, so body cases reach validation rather than stop at 404. */
const ids = new Map<string, string>();

beforeAll(async () => {
  x = await appWithExamplePlan();
  const answer = await x.t.request('GET', '/openapi.json');
  expect(answer.status).toBe(200);
  doc = answer.body;
  const { ws, planId } = x;
  ids.set('workspaceId', ws.workspaceId);
  ids.set('planId', planId);
  ids.set('memberId', `${ws.workspaceId}-viewer`);
  const firstId = async (path: string): Promise<string | undefined> => {
    const list = await x.t.request('GET', path, { as: ws.actors.owner });
    const items = Array.isArray(list.body) ? list.body : (list.body?.items ?? list.body?.data ?? []);
    return items[0]?.id;
  };
  for (const [name, path] of [
    ['kpiId', `/plans/${planId}/kpis`],
    ['experimentId', `/plans/${planId}/experiments`],
    ['revisionId', `/plans/${planId}/revisions`],
  ] as const) {
    const id = await firstId(path);
    if (id) ids.set(name, id);
  }
}, 60_000);
afterAll(() => x?.t.close());

function resolve(schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = String(schema.$ref).split('/').pop()!;
  return resolve(doc.components?.schemas?.[name]);
}

function parametersOf(op: Operation): Parameter[] {
  return (op.parameters ?? []).map((p: any) =>
    p.$ref ? doc.components!.parameters![String(p.$ref).split('/').pop()!]! : p,
  );
}

/** The `{id}` of an item route: the first item of its collection. */
async function itemIdFor(route: string): Promise<string | undefined> {
  const m = /^(.*)\/\{id\}$/.exec(route);
  if (!m) return undefined;
  const answer = await x.t.request('GET', fill(m[1]!, {}), { as: x.ws.actors.owner });
  const items = Array.isArray(answer.body) ? answer.body : (answer.body?.items ?? answer.body?.data ?? []);
  return items[0]?.id;
}

function fill(route: string, override: Record<string, string>, id?: string): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(override[name] ?? (name === 'id' ? id : ids.get(name)) ?? 'missing-id'),
  );
}

async function contentVersion(): Promise<number> {
  const row = await x.t.database.handle.db
    .selectFrom('workspaces')
    .select('content_version')
    .where('id', '=', x.ws.workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.content_version);
}

/** A value of the wrong type for a property. */
function wrongType(schema: Schema | undefined): unknown {
  const s = resolve(schema) ?? {};
  switch (s.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return 'not an object';
    default:
      return [[{}]];
  }
}

/** The free-text string properties of a body schema (no enum, pattern or format to refuse them). */
function freeTextFields(schema: Schema | undefined): string[] {
  const props: Record<string, Schema> = resolve(schema)?.properties ?? {};
  return Object.entries(props)
    .filter(([, p]) => {
      const s = resolve(p) ?? {};
      return s.type === 'string' && !s.enum && !s.pattern && !s.format && (s.maxLength ?? Infinity) >= 100;
    })
    .map(([name]) => name);
}

interface Case {
  name: string;
  path: string;
  raw?: string | Uint8Array;
  body?: unknown;
  contentType?: string;
  /** Strings that may be accepted: then each named field must come back verbatim. */
  harmless?: { fields: string[]; value: string };
  /** Never acceptable, whatever the route: must be a 4xx. */
  mustRefuse?: boolean;
}

async function casesFor(route: string, method: string, op: Operation): Promise<Case[]> {
  const params = parametersOf(op);
  const id = await itemIdFor(route);
  const path = fill(route, {}, id);
  const cases: Case[] = [];
  const pathParams = params.filter((p) => p.in === 'path');
  for (const value of [traversal, sqlInjection]) {
    if (pathParams.length === 0) break;
    const override = Object.fromEntries(pathParams.map((p) => [p.name, value]));
    cases.push({ name: `path params = ${JSON.stringify(value)}`, path: fill(route, override, id) });
  }
  const query = params.filter((p) => p.in === 'query');
  for (const value of [traversal, sqlInjection, script]) {
    if (query.length === 0) break;
    const qs = query.map((p) => `${p.name}=${encodeURIComponent(value)}`).join('&');
    cases.push({ name: `query params = ${JSON.stringify(value)}`, path: `${path}?${qs}` });
  }
  if (query.length > 0) {
    const qs = query.map((p) => `${p.name}=${encodeURIComponent(huge.slice(0, 100_000))}`).join('&');
    cases.push({ name: 'query params = 100 kB strings', path: `${path}?${qs}` });
  }
  // Body cases only where the route takes a body (a POST without one ignores what is sent).
  if (method === 'get' || method === 'delete' || !op.requestBody) return cases;

  const content = op.requestBody?.content ?? {};
  const json = content['application/json'];
  const otherType = Object.keys(content).find((type) => type !== 'application/json');
  const schema = resolve(json?.schema);
  const props: Record<string, Schema> = schema?.properties ?? {};
  cases.push(
    { name: 'deep JSON (10 000 levels)', path, raw: deepJson, contentType: 'application/json' },
    { name: 'invalid UTF-8', path, raw: invalidUtf8, contentType: 'application/json' },
    { name: 'JSON array instead of object', path, body: [1, 2, 3] },
    {
      name: 'unknown fields',
      path,
      raw: '{"__proto__":{"isAdmin":true},"constructor":1,"zzz":1}',
      contentType: 'application/json',
    },
    {
      name: 'NUL characters (PostgreSQL text cannot hold them)',
      path,
      body: { ...Object.fromEntries(Object.keys(props).map((k) => [k, 'a\u0000b'])), nested: [{ 'k\u0000': 1 }] },
      mustRefuse: true,
    },
    {
      name: '2 MB string',
      path,
      body: { ...Object.fromEntries(Object.keys(props).map((k) => [k, huge])), version: 1 },
    },
  );
  if (Object.keys(props).length > 0) {
    cases.push({
      name: 'wrong type for every field',
      path,
      body: Object.fromEntries(Object.entries(props).map(([k, p]) => [k, wrongType(p)])),
    });
  }
  if (otherType) {
    cases.push(
      { name: `invalid UTF-8 as ${otherType}`, path, raw: invalidUtf8, contentType: otherType },
      { name: `2 MB string as ${otherType}`, path, raw: huge, contentType: otherType },
    );
    if (route.endsWith('/imports') || route.endsWith('/imports/preview')) {
      cases.push({
        name: 'file name with path traversal',
        path: `${path}?filename=${encodeURIComponent(traversal)}&dryRun=true`,
        raw: 'a,b\n1,2\n',
        contentType: 'text/csv',
      });
    }
  }
  const text = freeTextFields(json?.schema);
  if (text.length > 0) {
    // An update of a real item: a body that is valid but for the strings, which are harmless.
    let version: number | undefined;
    if (id && method === 'patch') {
      const current = await x.t.request('GET', path, { as: x.ws.actors.owner });
      version = current.body?.version;
    }
    for (const value of [sqlInjection, script]) {
      const body: Record<string, unknown> = Object.fromEntries(text.map((f) => [f, value]));
      if (version !== undefined) body.version = version;
      cases.push({ name: `strings = ${JSON.stringify(value)}`, path, body, harmless: { fields: text, value } });
    }
  }
  return cases;
}

describe('hostile input on every route', () => {
  it('never gives a 500; refusals are problem+json and change nothing', async () => {
    const failures: string[] = [];
    let requests = 0;
    let accepted = 0;
    for (const [fullPath, operations] of Object.entries(doc.paths)) {
      const route = fullPath.replace(/^\/api\/v1/, '');
      for (const [method, op] of Object.entries(operations)) {
        if (skipped.has(`${method} ${route}`)) continue;
        for (const c of await casesFor(route, method, op)) {
          const label = `${method.toUpperCase()} ${route} — ${c.name}`;
          const before = await contentVersion();
          const answer = await x.t.request(method.toUpperCase(), c.path, {
            as: x.ws.actors.editor,
            ...(c.raw !== undefined ? { raw: c.raw, contentType: c.contentType } : {}),
            ...(c.body !== undefined ? { body: c.body } : {}),
          });
          requests++;
          if (answer.status >= 500) {
            failures.push(`${label}: ${answer.status} ${answer.text.slice(0, 300)}`);
            continue;
          }
          const fail = (why: string) => failures.push(`${label}: ${answer.status} ${why} ${answer.text.slice(0, 200)}`);
          if (answer.status >= 400) {
            const type = answer.headers.get('content-type') ?? '';
            if (!/^application\/problem\+json/.test(type) || answer.body?.status !== answer.status)
              fail('refused without problem+json');
            if ((await contentVersion()) !== before) fail('refused but changed data');
            continue;
          }
          if (c.mustRefuse) fail('accepted');
          if (!c.harmless) {
            // Reads and previews may answer 2xx; a write from hostile input may not.
            if ((await contentVersion()) !== before) fail('accepted hostile input and wrote');
            continue;
          }
          // A harmless string accepted: stored verbatim and given back as JSON data.
          accepted++;
          if (!/^application\/json/.test(answer.headers.get('content-type') ?? '')) fail('not JSON');
          const stored = answer.body?.id && method === 'post' ? `${c.path}/${answer.body.id}` : c.path;
          const reread = await x.t.request('GET', stored, { as: x.ws.actors.editor });
          const source = reread.status === 200 ? reread.body : answer.body;
          for (const field of c.harmless.fields) {
            if (source && field in source && source[field] !== c.harmless.value) fail(`${field} not stored verbatim`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(500);
    console.info(`hostile input: ${requests} requests, ${accepted} harmless strings accepted and read back verbatim`);
  }, 120_000);
});
