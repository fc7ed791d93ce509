import type { ZodError } from 'zod';

/** One problem of a validated value, with the path of the field it concerns. */
export interface Issue {
  path: (string | number)[];
  message: string;
  /** zod's issue code (e.g. `too_small`), for clients that translate messages. */
  code: string;
}

/** zod's issues, with unknown properties named one by one (zod reports them on their parent). */
export function issuesOf(error: ZodError): Issue[] {
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    return issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...path, key], message: `Unknown field "${key}"`, code: issue.code }))
      : [{ path, message: issue.message, code: issue.code }];
  });
}

export function pathText(path: (string | number)[]): string {
  return path.map(String).join('.') || '(root)';
}
