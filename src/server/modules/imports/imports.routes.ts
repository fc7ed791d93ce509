import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idSchema, versionSchema } from '../../../contract/common.js';
import {
  createSavedMappingBody,
  importMappingSchema,
  importPreviewSchema,
  importQuerySchema,
  importReportSchema,
  previewQuerySchema,
  savedMappingSchema,
  updateSavedMappingBody,
  type ImportMapping,
  type ImportReport,
} from '../../../contract/imports.js';
import type { AppContext, AppEnv, Principal } from '../../http/context.js';
import { AppError, fieldsFromZod, problemBody } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { requirePlanRole } from '../workspaces/access.js';
import { checkMappingKpis, planKpis, previewImport, refusedForInvalidRows, runImport } from './import.service.js';
import {
  createMapping,
  deleteMapping,
  findMapping,
  getMapping,
  listMappings,
  updateMapping,
} from './mappings.service.js';
import { checkContentType, receiveUpload, uploadContentTypes } from './upload.js';

const tag = 'imports';
const planParams = z.object({ planId: idSchema });
const mappingParams = planParams.extend({ mappingId: idSchema });
const fileBody = {
  contentTypes: uploadContentTypes,
  description:
    'The file itself as the raw body (CSV/TSV in UTF-8, UTF-16 or Windows-1252, or XLSX); its type is read from its content. ' +
    'Larger than JALON_MAX_MEASUREMENT_FILE_BYTES (200 MB by default): 413.',
};

/** Rows named in the problem's `errors` list (the report in `report` has up to 1,000). */
const errorsInProblem = 100;

async function mappingFrom(
  c: AppContext,
  planId: string,
  query: z.infer<typeof importQuerySchema>,
): Promise<ImportMapping> {
  const given = [query.mapping, query.mappingId, query.mappingName].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new AppError(
      'validation',
      'Give the mapping: `mapping` (JSON), or `mappingId` or `mappingName` of a saved one',
      [{ path: 'mapping', message: given === 0 ? 'Required' : 'Give only one of mapping, mappingId, mappingName' }],
    );
  }
  const { db } = c.get('deps').database;
  if (query.mappingId !== undefined) return (await getMapping(db, planId, query.mappingId)).mapping;
  if (query.mappingName !== undefined) return (await findMapping(db, planId, query.mappingName)).mapping;
  let json: unknown;
  try {
    json = JSON.parse(query.mapping!);
  } catch {
    throw new AppError('validation', 'The mapping is not valid JSON', [{ path: 'mapping', message: 'Invalid JSON' }]);
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) throw new AppError('validation', 'Invalid mapping', fieldsFromZod(parsed.error, ['mapping']));
  return parsed.data;
}

/** 400 for an import refused for its invalid rows: each row in `errors` (line and column), the full report in `report`. */
function refusal(report: ImportReport): AppError {
  return new AppError(
    'validation',
    report.summary.en,
    report.errors.slice(0, errorsInProblem).map((e) => ({
      path: e.column,
      line: e.line,
      code: e.code,
      message: e.reason.en,
    })),
    { report, messages: report.summary },
  );
}

export function registerImportRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/imports/preview',
      tag,
      summary:
        'Preview a file of KPI measurements: its format (GA4, Google Ads, Meta Ads, Search Console, Business Profile, CSV, XLSX), ' +
        'its tables and columns with what each seems to hold, the first rows, and the date column to suggest. Editors.',
      params: planParams,
      query: previewQuerySchema,
      streamBody: fileBody,
      responses: {
        200: { description: 'The preview', schema: importPreviewSchema },
        413: { description: 'Larger than the import limit (named in the problem)' },
        415: { description: 'Not a file content type' },
      },
    },
    async ({ c, principal, params, query }) => {
      const { database, config } = c.get('deps');
      await requirePlanRole(database.db, principal, params.planId, 'editor');
      checkContentType(c);
      const upload = await receiveUpload(c, config.maxMeasurementFileBytes);
      try {
        return c.json(await previewImport(upload.path, query.filename ?? null));
      } finally {
        await upload.remove();
      }
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/imports',
      tag,
      summary:
        'Import a file of KPI measurements with a mapping (`mapping` as URL-encoded JSON, or `mappingId` / `mappingName` of a saved one). ' +
        'All or nothing: an invalid row (unreadable number or date) and nothing is written; the 400 problem lists each bad row ' +
        '(line, column, reason) and carries the report in `report`. With `skipInvalid=true` the valid rows are written and the ' +
        'report lists what was skipped. Upsert by KPI, date and source: importing the same file again changes nothing. ' +
        '`dryRun=true` only checks. With `Accept: application/x-ndjson` the answer streams progress lines ' +
        '`{"type":"progress","rowsRead":…}` then `{"type":"report","status":200|400,"report":…}` (or `{"type":"error",…}`). Editors.',
      params: planParams,
      query: importQuerySchema,
      streamBody: fileBody,
      responses: {
        200: { description: 'The import report', schema: importReportSchema },
        413: { description: 'Larger than the import limit (named in the problem)' },
        415: { description: 'Not a file content type' },
      },
    },
    async ({ c, principal, params, query }) => {
      const { database, config, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, params.planId, 'editor');
      const mapping = await mappingFrom(c, plan.id, query);
      checkMappingKpis(mapping, await planKpis(database.db, plan.id));
      checkContentType(c);
      const upload = await receiveUpload(c, config.maxMeasurementFileBytes);
      const run = (onProgress?: (p: { bytes: number; rowsRead: number }) => void) =>
        runImport({
          database,
          planId: plan.id,
          workspaceId: plan.workspace_id,
          path: upload.path,
          mapping,
          skipInvalid: query.skipInvalid === 'true',
          dryRun: query.dryRun === 'true',
          principal,
          now: now(),
          fileName: query.filename ?? null,
          onProgress,
        });
      if (/application\/x-ndjson/i.test(c.req.header('accept') ?? '')) return ndjsonImport(upload, run);
      try {
        const report = await run();
        if (refusedForInvalidRows(report)) throw refusal(report);
        return c.json(report);
      } finally {
        await upload.remove();
      }
    },
  );

  registerMappingRoutes(app);
}

/** The import as a stream of JSON lines: progress while reading, then the report (or the problem). */
function ndjsonImport(
  upload: { remove(): Promise<void> },
  run: (onProgress: (p: { bytes: number; rowsRead: number }) => void) => Promise<ImportReport>,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let last = 0;
      try {
        const report = await run((p) => {
          const at = Date.now();
          if (at - last < 200) return;
          last = at;
          send({ type: 'progress', phase: 'import', bytes: p.bytes, rowsRead: p.rowsRead });
        });
        const refused = refusedForInvalidRows(report);
        send({ type: 'report', status: refused ? 400 : 200, report });
      } catch (error) {
        const problem =
          error instanceof AppError
            ? problemBody(error)
            : {
                type: 'about:blank',
                title: 'Internal error',
                status: 500,
                detail: 'Something went wrong on our side',
                code: 'internal',
              };
        if (!(error instanceof AppError)) console.error(error);
        send({ type: 'error', status: problem.status, problem });
      } finally {
        await upload.remove();
        controller.close();
      }
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
}

function registerMappingRoutes(app: OpenAPIHono<AppEnv>): void {
  const base = '/plans/{planId}/import-mappings';
  const forPlan = async (c: AppContext, principal: Principal, planId: string, needed: 'viewer' | 'editor') =>
    (await requirePlanRole(c.get('deps').database.db, principal, planId, needed)).plan;

  route(
    app,
    {
      method: 'get',
      path: base,
      tag,
      summary: 'Saved import mappings of the plan, by name',
      params: planParams,
      responses: { 200: { description: 'The mappings', schema: z.object({ items: z.array(savedMappingSchema) }) } },
    },
    async ({ c, principal, params }) => {
      const plan = await forPlan(c, principal, params.planId, 'viewer');
      return c.json({ items: await listMappings(c.get('deps').database.db, plan.id) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: base,
      tag,
      summary: 'Save an import mapping under a name (unique in the plan) for the next files',
      params: planParams,
      body: createSavedMappingBody,
      responses: {
        201: { description: 'The saved mapping', schema: savedMappingSchema },
        409: { description: 'Name already used' },
      },
    },
    async ({ c, principal, params, body }) => {
      const plan = await forPlan(c, principal, params.planId, 'editor');
      const { database, now } = c.get('deps');
      return c.json(await createMapping(database.db, principal, plan, body, now()), 201);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: `${base}/{mappingId}`,
      tag,
      summary: 'Get a saved import mapping',
      params: mappingParams,
      responses: { 200: { description: 'The mapping', schema: savedMappingSchema } },
    },
    async ({ c, principal, params }) => {
      const plan = await forPlan(c, principal, params.planId, 'viewer');
      return c.json(await getMapping(c.get('deps').database.db, plan.id, params.mappingId));
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: `${base}/{mappingId}`,
      tag,
      summary: 'Rename or change a saved import mapping (send the version you read)',
      params: mappingParams,
      body: updateSavedMappingBody,
      responses: {
        200: { description: 'The mapping', schema: savedMappingSchema },
        409: { description: 'Stale version or name already used' },
      },
    },
    async ({ c, principal, params, body }) => {
      const plan = await forPlan(c, principal, params.planId, 'editor');
      const { database, now } = c.get('deps');
      return c.json(await updateMapping(database.db, principal, plan, params.mappingId, body, now()));
    },
  );

  route(
    app,
    {
      method: 'delete',
      path: `${base}/{mappingId}`,
      tag,
      summary: 'Delete a saved import mapping',
      params: mappingParams,
      query: z.object({ version: z.coerce.number().pipe(versionSchema).optional() }),
      responses: { 204: { description: 'Deleted' }, 409: { description: 'Stale version' } },
    },
    async ({ c, principal, params, query }) => {
      const plan = await forPlan(c, principal, params.planId, 'editor');
      const { database, now } = c.get('deps');
      await deleteMapping(database.db, principal, plan, params.mappingId, query.version, now());
      return c.body(null, 204);
    },
  );
}
