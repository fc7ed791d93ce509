import fs from 'node:fs';
import type { Command } from 'commander';
import type { PlanDocument } from '../contract/plan-document.js';
import type { PlanFacts } from '../core/plan.js';
import { parsePlanDocument } from '../io/plan-document-text.js';
import { AppError } from '../server/http/errors.js';
import { exportPlanDocument } from '../server/modules/documents/document.export.js';
import { planFactsOf } from '../server/modules/documents/plan-facts.js';
import { CliError, withDatabase } from './context.js';

/**
 * A plan named on the command line: a plan document file, the id of a stored plan (as it is
 * now), or `PLAN_ID@N` for its revision number N; read as the rules read it.
 */
export async function loadPlan(command: Command, source: string): Promise<PlanFacts> {
  return planFactsOf(await loadPlanDocument(command, source));
}

async function loadPlanDocument(command: Command, source: string): Promise<PlanDocument> {
  if (fs.existsSync(source)) {
    const parsed = parsePlanDocument(fs.readFileSync(source, 'utf8'));
    if (!parsed.ok) throw new AppError('validation', `${source} is not a valid plan document`, parsed.problems);
    return parsed.document;
  }
  const match = /^([A-Za-z0-9_-]+)(?:@(\d+))?$/.exec(source);
  if (!match) throw new CliError(`No such file: ${source}`);
  const planId = match[1] as string;
  const revision = match[2];
  return withDatabase(command, async ({ db }) => {
    if (revision === undefined) return exportPlanDocument(db, planId);
    const row = await db
      .selectFrom('plan_revisions')
      .select('document')
      .where('plan_id', '=', planId)
      .where('number', '=', Number(revision))
      .executeTakeFirst();
    if (!row) throw new CliError(`Plan ${planId} has no revision ${revision}`);
    return JSON.parse(row.document) as PlanDocument;
  });
}
