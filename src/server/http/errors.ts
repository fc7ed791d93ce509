import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { issuesOf, pathText } from '../../contract/issues.js';

/** The short list of things that can go wrong, each with its HTTP status. */
export const errorStatus = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** An exporter could not make the file (see the detail); the request itself was valid. */
  export_failed: 422,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `title` or `actions.3.tactic`. */
  path: string;
  message: string;
  /** Machine-readable reason (zod's issue code, e.g. `too_small`), for clients that translate messages. */
  code?: string;
  /** Line in the submitted YAML document, when known. */
  line?: number;
}

const titles: Record<ErrorCode, string> = {
  validation: 'Invalid request',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  version_conflict: 'Edit conflict',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  export_failed: 'Export failed',
  rate_limited: 'Too many requests',
};

/** The one error type of the application; mapped to RFC 9457 problem+json in `problem()`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);

export const forbidden = (message = 'Your role does not allow this'): AppError => new AppError('forbidden', message);

export function validationError(message: string, errors: FieldError[]): AppError {
  return new AppError('validation', message, errors);
}

export function fieldsFromZod(error: ZodError, prefix: (string | number)[] = []): FieldError[] {
  return issuesOf(error).map((issue) => ({ ...issue, path: pathText([...prefix, ...issue.path]) }));
}

export function problemBody(error: AppError): Record<string, unknown> {
  return {
    type: `urn:jalon:problem:${error.code}`,
    title: titles[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
    ...error.extra,
  };
}

export function problem(c: Context, error: AppError): Response {
  if (error.code === 'rate_limited' && typeof error.extra.retryAfterSeconds === 'number') {
    c.header('Retry-After', String(error.extra.retryAfterSeconds));
  }
  return c.body(JSON.stringify(problemBody(error)), error.status as 400, {
    'Content-Type': 'application/problem+json',
  });
}
