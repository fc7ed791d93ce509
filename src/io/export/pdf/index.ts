import type { Exporter } from '../registry.js';
import { buildReport } from '../report/index.js';
import { renderPdf } from './document.js';

/** The whole plan as an A4 PDF in the requested language (see `report/` for its content). */
export const exportPdf: Exporter = async (input) => {
  // Metadata dates: when the file is made if the caller says so, else midday of the report's day.
  const createdAt = new Date(input.generatedAt ?? `${input.today}T12:00:00Z`);
  return {
    body: await renderPdf(buildReport(input), Number.isNaN(createdAt.getTime()) ? new Date() : createdAt),
    contentType: 'application/pdf',
    extension: 'pdf',
  };
};
