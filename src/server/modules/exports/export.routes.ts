import { createHash } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idSchema, localeSchema } from '../../../contract/common.js';
import { calendarFeedSchema, createdCalendarFeedSchema, exportQuery } from '../../../contract/exports.js';
import type { PlanFacts } from '../../../core/plan.js';
import { exportPlan, type ExportedFile, type ExportFormat } from '../../../io/export/registry.js';
import type { PlanRow } from '../../db/schema.js';
import { matchesEtag } from '../../http/conditional.js';
import type { AppContext, AppEnv } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { cachedPlanFacts } from '../documents/plan-facts.cache.js';
import { todayOf } from '../engine/engine.context.js';
import { requirePlanRole } from '../workspaces/access.js';
import {
  createCalendarFeed,
  listCalendarFeeds,
  planOfFeedToken,
  revokeCalendarFeed,
} from './calendar-feeds.service.js';

const planParams = z.object({ planId: idSchema });

/** Runs one exporter; its failure becomes a 422 problem naming the format, never a 500. */
async function runExporter(
  c: AppContext,
  format: ExportFormat,
  plan: PlanRow,
  facts: PlanFacts,
  language: 'fr' | 'en',
  today: string,
): Promise<ExportedFile> {
  try {
    return await exportPlan(format, {
      facts,
      language,
      today,
      planId: plan.id,
      generatedAt: c.get('deps').now().toISOString(),
    });
  } catch (error) {
    console.error(`Export of plan ${plan.id} as ${format} failed:`, error);
    const reason = error instanceof Error && error.message ? `: ${error.message}` : '';
    throw new AppError('export_failed', `The ${format} export could not be made${reason}`, [], { format });
  }
}

const languageOf = (plan: PlanRow, lang: 'fr' | 'en' | undefined): 'fr' | 'en' =>
  lang ?? (plan.locale === 'en' ? 'en' : 'fr');

function bytesOf(file: ExportedFile): Uint8Array<ArrayBuffer> {
  if (typeof file.body === 'string') return new TextEncoder().encode(file.body);
  const bytes = new Uint8Array(file.body.byteLength);
  bytes.set(file.body);
  return bytes;
}

/** Where the app is reached from outside: the configured public origin, else the request's. */
function publicOrigin(c: AppContext): string {
  return c.get('deps').config.publicOrigins[0] ?? new URL(c.req.url).origin;
}

/** How often calendar applications may reuse a fetched feed without asking again. */
const feedMaxAgeSeconds = 15 * 60;

/**
 * An ETag of the calendar without its DTSTAMP lines: those say when the file was made, so they
 * change on every request while the events do not.
 */
function calendarEtag(text: string): string {
  const stable = text.replace(/^DTSTAMP:[^\r\n]*\r\n/gm, '');
  return `"${createHash('sha256').update(stable).digest('base64url').slice(0, 32)}"`;
}

export function registerExportRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/export',
      tag: 'exports',
      summary:
        'The plan as a file: pdf (the whole document), xlsx (actions with RACI, budget with live formulas, KPIs ' +
        'and measurements, corrective actions), ics (due dates, milestones, editorial calendar), pptx (summary ' +
        'deck) or md (Markdown for wikis), in French or English (the plan’s language by default). Viewers may export.',
      params: planParams,
      query: exportQuery,
      responses: {
        200: {
          description:
            'The file, as an attachment named `<plan-key>.<ext>`: application/pdf, ' +
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/calendar, ' +
            'application/vnd.openxmlformats-officedocument.presentationml.presentation or text/markdown',
          schema: z.string(),
          contentType: 'application/octet-stream',
        },
        422: { description: 'The exporter could not make the file (problem+json, `code: export_failed`)' },
      },
    },
    async ({ c, principal, params, query }) => {
      const { db } = c.get('deps').database;
      const { plan } = await requirePlanRole(db, principal, params.planId, 'viewer');
      const facts = await cachedPlanFacts(db, plan.id);
      const file = await runExporter(
        c,
        query.format,
        plan,
        facts,
        languageOf(plan, query.lang),
        todayOf(c, query.today),
      );
      return c.body(bytesOf(file), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${plan.key}.${file.extension}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/plans/{planId}/calendar-feeds',
      tag: 'exports',
      summary: 'Calendar subscriptions of the plan (never their secret URL)',
      params: planParams,
      responses: {
        200: {
          description: 'Newest first, revoked ones included',
          schema: z.object({ items: z.array(calendarFeedSchema) }),
        },
      },
    },
    async ({ c, principal, params }) => {
      const { db } = c.get('deps').database;
      await requirePlanRole(db, principal, params.planId, 'viewer');
      return c.json({ items: await listCalendarFeeds(db, params.planId) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/calendar-feeds',
      tag: 'exports',
      summary:
        'Create a calendar subscription: a secret URL (shown only in this answer) that calendar applications poll ' +
        'without signing in. Editors.',
      params: planParams,
      responses: { 201: { description: 'The subscription with its secret URL', schema: createdCalendarFeedSchema } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      const feed = await createCalendarFeed(database.db, principal, plan, now());
      const url = `${publicOrigin(c)}/api/v1/calendar/${feed.token}.ics`;
      return c.json({ ...feed, url, webcalUrl: url.replace(/^https?:/, 'webcal:') }, 201);
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: '/plans/{planId}/calendar-feeds/{feedId}',
      tag: 'exports',
      summary: 'Revoke a calendar subscription: its URL answers 404 from now on. Editors.',
      params: planParams.extend({ feedId: idSchema }),
      responses: { 204: { description: 'Revoked' } },
    },
    async ({ c, principal, params }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      await revokeCalendarFeed(database.db, principal, plan, params.feedId, now());
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/calendar/{feed}',
      tag: 'exports',
      auth: 'public',
      summary:
        'A plan’s calendar for subscription: `{feed}` is `<secret>.ics` as given when the subscription was ' +
        'created. No session: the secret is the credential. 404 for an unknown or revoked secret.',
      params: z.object({ feed: z.string().max(200) }),
      query: z.object({ lang: localeSchema.optional() }),
      responses: {
        200: { description: 'iCalendar (RFC 5545)', schema: z.string(), contentType: 'text/calendar' },
        304: { description: 'Not modified since the ETag sent in If-None-Match' },
        404: { description: 'Unknown or revoked subscription' },
      },
    },
    async ({ c, params, query }) => {
      const { database, now } = c.get('deps');
      const plan = await planOfFeedToken(database.db, params.feed.replace(/\.ics$/, ''));
      if (!plan) throw notFound('Calendar');
      const facts = await cachedPlanFacts(database.db, plan.id);
      const today = now().toISOString().slice(0, 10);
      const file = await runExporter(c, 'ics', plan, facts, languageOf(plan, query.lang), today);
      const text = typeof file.body === 'string' ? file.body : file.body.toString('utf8');
      const etag = calendarEtag(text);
      const headers = {
        ETag: etag,
        'Cache-Control': `private, max-age=${feedMaxAgeSeconds}`,
        'Referrer-Policy': 'no-referrer',
        'X-Robots-Tag': 'noindex',
      };
      if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
      return c.body(text, 200, {
        ...headers,
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `inline; filename="${plan.key}.ics"`,
      });
    },
  );
}
