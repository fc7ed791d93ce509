import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual, ImportMapping, ImportPreview, ImportReport, SavedMapping } from '../../../contract/imports.js';
import { api, ApiError, type FieldError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { uploadContentType } from './files';

/**
 * The import routes: files go up with XMLHttpRequest (fetch cannot report upload progress), and
 * the import's answer is read as a stream of JSON lines (`Accept: application/x-ndjson`) to show
 * how far the server has read. Saved mappings go through the ordinary JSON client.
 */

const API_BASE = '/api/v1';
const NDJSON = 'application/x-ndjson';

/** A refusal of an upload or import, with what the import problems add to RFC 9457. */
export class ImportProblem extends ApiError {
  /** The reason in both languages (file unreadable, too large, rows invalid…), when the server gives it. */
  readonly messages: Bilingual | undefined;
  /** The server's size limit, on a 413. */
  readonly limitBytes: number | undefined;
  /** The import's report, when it was refused for its invalid rows. */
  readonly report: ImportReport | undefined;

  constructor(
    init: ConstructorParameters<typeof ApiError>[0] & {
      messages?: Bilingual | undefined;
      limitBytes?: number | undefined;
      report?: ImportReport | undefined;
    },
  ) {
    super(init);
    this.name = 'ImportProblem';
    this.messages = init.messages;
    this.limitBytes = init.limitBytes;
    this.report = init.report;
  }
}

export const isImportProblem = (error: unknown): error is ImportProblem => error instanceof ImportProblem;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isBilingual(value: unknown): value is Bilingual {
  return isRecord(value) && typeof value.fr === 'string' && typeof value.en === 'string';
}

/** An ImportProblem from a problem+json body (or whatever came back instead). */
export function problemFrom(body: unknown, status: number, language?: string): ImportProblem {
  const problem = isRecord(body) ? body : {};
  const errors: FieldError[] = Array.isArray(problem.errors)
    ? problem.errors.flatMap((item: unknown) =>
        isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
          ? [{ path: item.path, message: item.message, code: typeof item.code === 'string' ? item.code : undefined }]
          : [],
      )
    : [];
  const report = isRecord(problem.report) ? (problem.report as unknown as ImportReport) : undefined;
  return new ImportProblem({
    status: typeof problem.status === 'number' ? problem.status : status,
    title: typeof problem.title === 'string' ? problem.title : 'Error',
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    code: typeof problem.code === 'string' ? problem.code : undefined,
    errors,
    language,
    messages: isBilingual(problem.messages) ? problem.messages : undefined,
    limitBytes: typeof problem.limitBytes === 'number' ? problem.limitBytes : undefined,
    report,
  });
}

/** Cuts a text arriving in pieces into complete lines, each parsed as JSON (blank lines skipped). */
export class JsonLines {
  #rest = '';

  /** The lines completed by `chunk`. */
  push(chunk: string): unknown[] {
    const text = this.#rest + chunk;
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      this.#rest = text;
      return [];
    }
    this.#rest = text.slice(end + 1);
    return parseLines(text.slice(0, end));
  }

  /** The last line, when the text did not end with a newline. */
  end(): unknown[] {
    const rest = this.#rest;
    this.#rest = '';
    return parseLines(rest);
  }
}

function parseLines(text: string): unknown[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return null;
      }
    });
}

interface SendOptions {
  language: string;
  accept: string;
  onUpload?: ((loaded: number, total: number) => void) | undefined;
  /** Each line of an `application/x-ndjson` answer, as it arrives. */
  onLine?: ((line: unknown) => void) | undefined;
  signal?: AbortSignal | undefined;
}

interface Answer {
  status: number;
  contentType: string;
  language: string | undefined;
  /** The body parsed: JSON, or the lines of a JSON-lines answer; null when it is neither. */
  body: unknown;
  lines: unknown[];
}

/** Sends `file` as the raw body of a POST, reporting the upload's progress. */
export function sendFile(path: string, file: File, options: SendOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API_BASE + path);
    xhr.setRequestHeader('Accept', options.accept);
    xhr.setRequestHeader('Accept-Language', options.language);
    xhr.setRequestHeader('Content-Type', uploadContentType(file.name));

    const lines: unknown[] = [];
    const splitter = new JsonLines();
    let read = 0;
    const isJsonLines = () => (xhr.getResponseHeader('Content-Type') ?? '').toLowerCase().startsWith(NDJSON);
    const take = (found: unknown[]) => {
      for (const line of found) {
        lines.push(line);
        options.onLine?.(line);
      }
    };
    const readMore = () => {
      const text = xhr.responseText;
      take(splitter.push(text.slice(read)));
      read = text.length;
    };

    xhr.upload.onprogress = (event) =>
      options.onUpload?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onprogress = () => {
      if (isJsonLines()) readMore();
    };
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('Content-Type') ?? '';
      const language = xhr.getResponseHeader('Content-Language')?.split(',')[0]?.trim() || undefined;
      let body: unknown = null;
      if (isJsonLines()) {
        readMore();
        take(splitter.end());
      } else {
        try {
          body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null;
        } catch {
          body = null;
        }
      }
      resolve({ status: xhr.status, contentType, language, body, lines });
    };
    xhr.onerror = () => reject(new ImportProblem({ status: 0, title: 'Network error', code: 'network_error' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

const planPath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

/** The file's name as the routes take it (at most 500 characters). */
const fileNameParam = (file: File) => file.name.slice(0, 500);

export interface UploadCallbacks {
  language: string;
  onUpload?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** What the server finds in the file: format, tables, columns, first rows. */
export async function previewImportFile(planId: string, file: File, options: UploadCallbacks): Promise<ImportPreview> {
  const answer = await sendFile(
    `${planPath(planId)}/imports/preview?filename=${encodeURIComponent(fileNameParam(file))}`,
    file,
    {
      ...options,
      accept: 'application/json, application/problem+json',
    },
  );
  if (answer.status < 200 || answer.status >= 300 || !isRecord(answer.body)) {
    throw problemFrom(answer.body, answer.status || 500, answer.language);
  }
  return answer.body as unknown as ImportPreview;
}

export interface ImportProgress {
  /** Bytes of the file the server has read. */
  bytes: number;
  rowsRead: number;
}

/** A finished import: written, or refused for its invalid rows (nothing written). */
export type ImportOutcome = { status: 'done'; report: ImportReport } | { status: 'refused'; report: ImportReport };

export interface ImportOptions extends UploadCallbacks {
  skipInvalid: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** Runs the import of `file` with `mapping`; throws an ImportProblem for any other refusal. */
export async function importFile(
  planId: string,
  file: File,
  mapping: ImportMapping,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const query = new URLSearchParams({
    mapping: JSON.stringify(mapping),
    skipInvalid: String(options.skipInvalid),
    filename: fileNameParam(file),
  });
  const answer = await sendFile(`${planPath(planId)}/imports?${query.toString()}`, file, {
    language: options.language,
    accept: `${NDJSON}, application/json, application/problem+json`,
    onUpload: options.onUpload,
    signal: options.signal,
    onLine: (line) => {
      if (isRecord(line) && line.type === 'progress' && typeof line.rowsRead === 'number') {
        options.onProgress?.({ bytes: Number(line.bytes) || 0, rowsRead: line.rowsRead });
      }
    },
  });
  const refusedOrThrow = (problem: ImportProblem): ImportOutcome => {
    if (problem.status === 400 && problem.report) return { status: 'refused', report: problem.report };
    throw problem;
  };
  if (answer.status < 200 || answer.status >= 300) {
    return refusedOrThrow(problemFrom(answer.body, answer.status || 500, answer.language));
  }
  if (answer.lines.length > 0) {
    const last = [...answer.lines].reverse().find((line) => isRecord(line) && line.type !== 'progress');
    if (isRecord(last) && last.type === 'report' && isRecord(last.report)) {
      const report = last.report as unknown as ImportReport;
      return last.status === 400 ? { status: 'refused', report } : { status: 'done', report };
    }
    if (isRecord(last) && last.type === 'error') {
      const status = typeof last.status === 'number' ? last.status : 500;
      return refusedOrThrow(problemFrom(last.problem, status, answer.language));
    }
    // The stream stopped before its last line (the server went away).
    throw new ImportProblem({ status: 0, title: 'Network error', code: 'network_error' });
  }
  if (isRecord(answer.body)) return { status: 'done', report: answer.body as unknown as ImportReport };
  throw new ImportProblem({ status: 500, title: 'Unreadable answer' });
}

/* ---------- Saved mappings ---------- */

const mappingsPath = (planId: string) => `${planPath(planId)}/import-mappings`;
const mappingsKey = (planId: string) => queryKeys.collection(planId, 'import-mappings');

export function useSavedMappings(planId: string) {
  return useQuery({
    queryKey: mappingsKey(planId),
    queryFn: async ({ signal }) => (await api.get<{ items: SavedMapping[] }>(mappingsPath(planId), signal)).items,
  });
}

export function useSaveMapping(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; mapping: ImportMapping; replace?: { id: string; version: number } }) =>
      input.replace
        ? api.patch<SavedMapping>(`${mappingsPath(planId)}/${encodeURIComponent(input.replace.id)}`, {
            version: input.replace.version,
            name: input.name,
            mapping: input.mapping,
          })
        : api.post<SavedMapping>(mappingsPath(planId), { name: input.name, mapping: input.mapping }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mappingsKey(planId) }),
  });
}

export function fetchSavedMapping(planId: string, id: string): Promise<SavedMapping> {
  return api.get<SavedMapping>(`${mappingsPath(planId)}/${encodeURIComponent(id)}`);
}
