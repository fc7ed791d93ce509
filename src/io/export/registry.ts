import type { PlanFacts } from '../../core/plan.js';

/** The formats a plan can be exported to, besides its own YAML/JSON document. */
export const exportFormats = ['pdf', 'xlsx', 'ics', 'pptx', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportInput {
  facts: PlanFacts;
  /** Language of every text a person reads in the file. */
  language: 'fr' | 'en';
  /** `YYYY-MM-DD`: the day statuses and forecasts are computed for. */
  today: string;
  /**
   * Database id of the plan, when it is stored: calendar events' UIDs include it so that they stay
   * the same when the plan's key changes. The plan's key is used otherwise.
   */
  planId?: string;
  /** ISO-8601 instant the file is made at (ICS `DTSTAMP`, "generated on"); the current time otherwise. */
  generatedAt?: string;
}

export interface ExportedFile {
  body: Buffer | string;
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
}

export type Exporter = (input: ExportInput) => Promise<ExportedFile>;

/**
 * Each format's exporter, loaded on first use so that serving the API does not load the PDF or
 * spreadsheet libraries until someone exports.
 */
export const exporters: Record<ExportFormat, () => Promise<Exporter>> = {
  pdf: async () => (await import('./pdf/index.js')).exportPdf,
  xlsx: async () => (await import('./xlsx/index.js')).exportXlsx,
  ics: async () => (await import('./ics/index.js')).exportIcs,
  pptx: async () => (await import('./pptx/index.js')).exportPptx,
  md: async () => (await import('./markdown/index.js')).exportMarkdown,
};

export async function exportPlan(format: ExportFormat, input: ExportInput): Promise<ExportedFile> {
  const exporter = await exporters[format]();
  return exporter(input);
}
