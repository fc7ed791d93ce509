import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PlanFacts } from '../../../core/plan.js';
import { matchesEtag } from '../../http/conditional.js';
import type { AppContext } from '../../http/context.js';

/**
 * A report of the method's rules, answered from what was computed, serialised and compressed
 * once per kept copy of a plan. The reports of a large plan weigh hundreds of kilobytes (the KPI
 * dashboard about 380 KB): computing and serialising them at every request would make the
 * server's CPU, not the rules, the limit of a screen that many people watch. The kept copy is
 * replaced at every write (see `cachedPlanFacts`), so an answer never outlives its data.
 *
 * Browsers get the gzip copy (they always accept it) and revalidate with the ETag, which costs a
 * 304 and no body while the plan has not changed.
 */

// Node's Buffers are Uint8Arrays over ordinary (never shared) memory.
type Bytes = Uint8Array<ArrayBuffer>;

interface SerializedReport {
  json: Bytes;
  etag: string;
  gzip: Promise<Bytes> | null;
}

const gzipAsync = promisify(gzip);
const reportsByFacts = new WeakMap<PlanFacts, Map<string, Promise<SerializedReport>>>();

async function serialise(build: () => unknown): Promise<SerializedReport> {
  const json = Buffer.from(JSON.stringify(await build())) as Bytes;
  const etag = `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { json, etag, gzip: null };
}

/** Whether an Accept-Encoding header accepts gzip (a `q=0` refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Answers the report named `key` (its name and parameters, such as the date it is computed for)
 * of this copy of the plan, building it with `build` the first time.
 */
export async function sendReport(
  c: AppContext,
  facts: PlanFacts,
  key: string,
  build: () => unknown,
): Promise<Response> {
  let reports = reportsByFacts.get(facts);
  if (!reports) reportsByFacts.set(facts, (reports = new Map()));
  let pending = reports.get(key);
  if (!pending) {
    pending = serialise(build);
    reports.set(key, pending);
    // A failed build is not kept: the next request tries again (and gets its own error).
    pending.catch(() => reports.delete(key));
  }
  const report = await pending;

  const headers: Record<string, string> = {
    ETag: report.etag,
    'Cache-Control': 'private, no-cache',
    Vary: 'Accept-Encoding',
  };
  if (matchesEtag(c.req.header('if-none-match'), report.etag)) return c.body(null, 304, headers);
  headers['Content-Type'] = 'application/json';
  if (acceptsGzip(c.req.header('accept-encoding'))) {
    report.gzip ??= gzipAsync(report.json) as Promise<Bytes>;
    headers['Content-Encoding'] = 'gzip';
    return c.body(await report.gzip, 200, headers);
  }
  return c.body(report.json, 200, headers);
}
