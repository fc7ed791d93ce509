import type { ExportInput } from '../registry.js';
import { analysePlan } from './analysis.js';
import { namesOf, type ReportContext } from './context.js';
import { createFormatter } from './format.js';
import { labelsFor } from './labels.js';
import type { ReportOutline } from './outline.js';
import { actionsSection } from './sections/actions.js';
import { budgetSection } from './sections/budget.js';
import { correctiveActionsSection } from './sections/corrective-actions.js';
import { coverPage } from './sections/cover.js';
import { experimentsSection } from './sections/experiments.js';
import { goalsSection } from './sections/goals.js';
import { kpisSection } from './sections/kpis.js';
import { objectivesSection } from './sections/objectives.js';
import { personasSection } from './sections/personas.js';
import { summarySection } from './sections/summary.js';
import { swotSection } from './sections/swot.js';

export type * from './outline.js';
export { analysePlan, type PlanAnalysis } from './analysis.js';

export function reportContext(input: ExportInput): ReportContext {
  const { facts, language, today } = input;
  return {
    facts,
    today,
    language,
    t: labelsFor(language),
    fmt: createFormatter(language, facts.plan.currency),
    analysis: analysePlan(facts, today),
    names: namesOf(facts),
  };
}

/** The whole plan as a document outline in the requested language, computed for `today`. */
export function buildReport(input: ExportInput): ReportOutline {
  const ctx = reportContext(input);
  const { t, fmt, facts } = ctx;
  return {
    language: ctx.language,
    locale: fmt.locale,
    title: facts.plan.name,
    subject: `${t.kicker} — ${fmt.period(facts.plan.startDate, facts.plan.endDate)}`,
    cover: coverPage(ctx),
    sections: [
      summarySection(ctx),
      goalsSection(ctx),
      personasSection(ctx),
      swotSection(ctx),
      objectivesSection(ctx),
      actionsSection(ctx),
      budgetSection(ctx),
      kpisSection(ctx),
      correctiveActionsSection(ctx),
      experimentsSection(ctx),
    ],
    chrome: { contents: t.contents, page: t.page, generatedBy: t.generatedBy },
  };
}
