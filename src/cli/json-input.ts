import fs from 'node:fs';
import type { z } from 'zod';
import { issuesOf, pathText } from '../contract/issues.js';
import { CliError } from './context.js';

/** The text of a file, or of standard input for `-`. */
export function readInput(source: string): string {
  if (source === '-') return fs.readFileSync(0, 'utf8');
  if (!fs.existsSync(source)) throw new CliError(`No such file: ${source}`);
  return fs.readFileSync(source, 'utf8');
}

/** A JSON file (or `-`) checked against `schema`; every problem is listed with its path. */
export function readJsonInput<S extends z.ZodType>(source: string, schema: S, what: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(readInput(source));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('The input is not valid JSON');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = issuesOf(parsed.error).map((i) => `  - ${pathText(i.path)}: ${i.message}`);
    throw new CliError([`Invalid ${what}:`, ...lines].join('\n'));
  }
  return parsed.data;
}
