import { LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { issuesOf, pathText } from '../contract/issues.js';
import { planDocumentSchema, type PlanDocument } from '../contract/plan-document.js';

/** A problem found in a plan document, located by field path and (for YAML) line. */
export interface DocumentProblem {
  path: string;
  message: string;
  code?: string;
  line?: number;
}

export type ParseResult = { ok: true; document: PlanDocument } | { ok: false; problems: DocumentProblem[] };

export type DocumentFormat = 'yaml' | 'json';

/** JSON is valid YAML, so YAML parsing reads both; it also gives us line numbers. */
export function parsePlanDocument(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (yamlDoc.errors.length > 0) {
    return {
      ok: false,
      problems: yamlDoc.errors.map((e) => ({
        path: '(document)',
        message: e.message.split('\n')[0] ?? e.message,
        line: e.linePos?.[0]?.line,
      })),
    };
  }
  const data: unknown = yamlDoc.toJS({ maxAliasCount: 100 });
  // YAML's "\0" escape yields a NUL, which PostgreSQL text cannot store.
  if (JSON.stringify(data)?.includes('\\u0000')) {
    return { ok: false, problems: [{ path: '(document)', message: 'Text must not contain NUL characters' }] };
  }
  const result = planDocumentSchema.safeParse(data);
  // The schema and `PlanFacts` are both derived from the collection declarations.
  if (result.success) return { ok: true, document: result.data as unknown as PlanDocument };
  return {
    ok: false,
    problems: issuesOf(result.error).map((issue) => ({
      path: issue.path.length > 0 ? pathText(issue.path) : '(document)',
      message: issue.message,
      code: issue.code,
      line: lineOf(yamlDoc, lineCounter, issue.path),
    })),
  };
}

/** Line of the deepest node that exists along `path` (the field itself, or its parent when missing). */
function lineOf(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return lineCounter.linePos(node.range[0] as number).line;
    }
  }
  return undefined;
}

export function formatPlanDocument(document: PlanDocument, format: DocumentFormat): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
