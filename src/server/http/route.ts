import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { problemSchema } from '../../contract/common.js';
import { AppError, fieldsFromZod } from './errors.js';
import type { AppContext, AppEnv, Principal } from './context.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  /** OpenAPI-style path under /api/v1, e.g. `/plans/{planId}`. */
  path: string;
  summary: string;
  tag: string;
  /** `public` routes need no credentials; all others answer 401 without them. */
  auth?: 'public' | 'required';
  params?: P;
  query?: Q;
  body?: B;
  /** Largest JSON body of this route (default: `maxBodyBytes` of the configuration). */
  bodyMaxBytes?: (c: AppContext) => number;
  /** Body read as raw text (e.g. a YAML document) rather than JSON. */
  rawBody?: { contentTypes: string[]; maxBytes: (c: AppContext) => number };
  /** Body left unread, for the handler to stream from `c.req.raw.body` (an uploaded file). */
  streamBody?: { contentTypes: string[]; description: string };
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

export interface Handled<P, Q, B> {
  c: AppContext;
  params: P;
  query: Q;
  body: B;
  raw: string;
  principal: Principal;
}

const errorResponses = {
  400: 'Invalid request: the `errors` list names each offending field',
  401: 'No valid session or token',
  403: 'The caller’s role does not allow this',
  404: 'Not found',
} as const;

async function readText(c: AppContext, maxBytes: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes`);
  const buffer = await c.req.arrayBuffer();
  if (buffer.byteLength > maxBytes)
    throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new AppError('validation', 'The body is not valid UTF-8 text');
  }
}

/**
 * PostgreSQL text cannot hold NUL characters; refusing them here keeps both databases alike and
 * turns what would be a database error into a 400 naming the field.
 */
function findNul(root: unknown): string | undefined {
  // Iterative, not recursive, so that a body nested thousands of levels deep gets its 400 rather
  // than overflowing the stack; each node links to its parent, the path is built only on a hit.
  interface Node {
    value: unknown;
    key: string | null;
    parent: Node | null;
  }
  const pathOf = (node: Node, last?: string): string => {
    const keys = last === undefined ? [] : [last];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) keys.unshift(n.key);
    return keys.join('.') || '(root)';
  };
  const stack: Node[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pathOf(node);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: String(i), parent: node });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const badKey = entries.find(([key]) => key.includes('\u0000'));
      if (badKey) return pathOf(node, badKey[0]);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], key: entries[i]![0], parent: node });
    }
  }
  return undefined;
}

function rejectNul(value: unknown): void {
  const path = findNul(value);
  if (path)
    throw new AppError('validation', 'Text must not contain NUL characters', [
      { path, message: 'Contains a NUL character' },
    ]);
}

async function readJson(c: AppContext, maxBytes: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json');
  }
  const text = await readText(c, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new AppError('validation', 'The body is not valid JSON', [{ path: '(root)', message: 'Invalid JSON' }]);
  }
  rejectNul(value);
  return value;
}

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('validation', `Invalid ${where}`, fieldsFromZod(result.error));
  }
  return result.data;
}

/**
 * Registers one API route: its OpenAPI description (from the same zod schemas) and a handler
 * that authenticates, validates params, query and body, then calls `handler` with typed input.
 */
export function route<
  P extends z.ZodType = z.ZodObject,
  Q extends z.ZodType = z.ZodObject,
  B extends z.ZodType = z.ZodUnknown,
>(
  app: OpenAPIHono<AppEnv>,
  spec: RouteSpec<P, Q, B>,
  handler: (input: Handled<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<Response>,
): void {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = r.schema
      ? { description: r.description, content: { [r.contentType ?? 'application/json']: { schema: r.schema } } }
      : { description: r.description };
  }
  const errors = spec.auth === 'public' ? { 400: errorResponses[400] } : errorResponses;
  for (const [status, description] of Object.entries(errors)) {
    responses[status] ??= { description, content: { 'application/problem+json': { schema: problemSchema } } };
  }
  app.openAPIRegistry.registerPath({
    method: spec.method,
    path: `/api/v1${spec.path}`,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.auth === 'public' ? { security: [] } : {}),
    request: {
      ...(spec.params ? { params: spec.params as unknown as z.ZodObject } : {}),
      ...(spec.query ? { query: spec.query as unknown as z.ZodObject } : {}),
      ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } }, required: true } } : {}),
      ...(spec.rawBody
        ? {
            body: {
              content: Object.fromEntries(spec.rawBody.contentTypes.map((t) => [t, { schema: z.string() }])),
              required: true,
            },
          }
        : {}),
      ...(spec.streamBody
        ? {
            body: {
              description: spec.streamBody.description,
              content: Object.fromEntries(
                spec.streamBody.contentTypes.map((t) => [t, { schema: z.string().meta({ format: 'binary' }) }]),
              ),
              required: true,
            },
          }
        : {}),
    },
    responses: responses as never,
  });

  const honoPath = `/api/v1${spec.path.replace(/\{(\w+)\}/g, ':$1')}`;
  app.on(spec.method.toUpperCase(), honoPath, async (c) => {
    const principal = c.get('principal');
    if (spec.auth !== 'public' && !principal) {
      throw new AppError('unauthenticated', 'Sign in or send an API token (Authorization: Bearer …)');
    }
    const params = spec.params ? parse(spec.params, c.req.param(), 'path parameters') : {};
    rejectNul(c.req.query());
    const query = spec.query ? parse(spec.query, c.req.query(), 'query parameters') : {};
    let body: unknown = undefined;
    let raw = '';
    if (spec.body) {
      const maxBytes = spec.bodyMaxBytes?.(c) ?? c.get('deps').config.maxBodyBytes;
      body = parse(spec.body, await readJson(c, maxBytes), 'body');
    } else if (spec.rawBody) {
      raw = await readText(c, spec.rawBody.maxBytes(c));
      if (raw.includes('\u0000')) rejectNul(raw);
    }
    return handler({
      c,
      params: params as z.infer<P>,
      query: query as z.infer<Q>,
      body: body as z.infer<B>,
      raw,
      principal: principal as Principal,
    });
  });
}
