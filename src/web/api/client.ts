export interface FieldError {
  path: string;
  message: string;
  /** Machine-readable reason, when the server gives one. */
  code?: string | undefined;
}

/** The language of API messages when the response does not say (no Content-Language). */
export const API_DEFAULT_LANGUAGE = 'en';

/** A problem reported by the API (RFC 9457), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly errors: FieldError[];
  /** Language of `title`, `detail` and the field messages. */
  readonly language: string;
  /** How long the server asks to wait before trying again (429), when it says. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string | undefined;
    code?: string | undefined;
    errors?: FieldError[] | undefined;
    language?: string | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.errors = init.errors ?? [];
    this.language = init.language ?? API_DEFAULT_LANGUAGE;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Field errors keyed by the last segment of their path (`/body/email` → `email`). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.errors) {
      const field = error.path.split(/[./]/).filter(Boolean).pop() ?? '';
      if (field && !(field in byField)) byField[field] = error.message;
    }
    return byField;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

const API_BASE = '/api/v1';

/** Sent with every request so the server can word its messages in the UI language. */
let acceptLanguage = 'fr';
export function setApiLanguage(language: string): void {
  acceptLanguage = language;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function apiRequest<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': acceptLanguage,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, title: 'Network error', code: 'network_error' });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') problem = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, say): keep the status alone.
  }
  const retryAfter = problem.retryAfterSeconds ?? Number(response.headers.get('Retry-After') ?? Number.NaN);
  return new ApiError({
    status: typeof problem.status === 'number' ? problem.status : response.status,
    title: typeof problem.title === 'string' ? problem.title : response.statusText,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    code: typeof problem.code === 'string' ? problem.code : undefined,
    errors: parseFieldErrors(problem.errors),
    language: response.headers.get('Content-Language')?.split(',')[0]?.trim() || undefined,
    retryAfterSeconds: typeof retryAfter === 'number' && retryAfter > 0 ? retryAfter : undefined,
  });
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { path, message, code } = item as Record<string, unknown>;
    const pathText = Array.isArray(path) ? path.join('.') : path;
    if (typeof pathText !== 'string' || typeof message !== 'string') return [];
    return [{ path: pathText, message, code: typeof code === 'string' ? code : undefined }];
  });
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
