import type { DatabaseHandle } from '../../db/dialect.js';
import type { PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import {
  demoStartDate,
  demoTemplate,
  planFromTemplate,
  type TemplateLanguage,
} from '../../../io/templates/templates.js';
import { importPlanDocument } from '../documents/document.import.js';

/**
 * The demo plan: the catalog's demo case study, started six months ago so that its history of
 * measurements, corrective actions and decisions reaches today — a living plan to explore.
 */
export function createDemoPlan(
  database: DatabaseHandle,
  principal: Principal | null,
  workspaceId: string,
  language: TemplateLanguage,
  templatesDir: string,
  now: Date,
): Promise<PlanRow> {
  const template = demoTemplate(templatesDir);
  const startDate = demoStartDate(now.toISOString().slice(0, 10));
  const document = planFromTemplate(templatesDir, { id: template.id, language, startDate });
  return importPlanDocument(database.db, database.dialect, principal, workspaceId, document, now);
}
