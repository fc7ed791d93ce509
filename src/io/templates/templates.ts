import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { PlanDocument } from '../../contract/plan-document.js';
import type { TemplateSummary } from '../../contract/templates.js';
import { parsePlanDocument } from '../plan-document-text.js';
import { daysBetween, shiftPlanDates } from './shift-dates.js';

/**
 * Plan templates and case studies: `templates/<id>/fr.yaml` and `en.yaml` hold the same plan in
 * each language, dated from a reference start; `templates/catalog.yaml` lists them in the order
 * they are offered. A new plan from a template is the document with its dates moved to the
 * chosen start and the chosen currency and name.
 */

export type TemplateLanguage = 'fr' | 'en';

const localized = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();

const catalogSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Carries months of history (measurements, corrective actions): a worked example. */
      caseStudy: z.boolean().default(false),
      /** The plan offered as a demo on an empty install. */
      demo: z.boolean().default(false),
      summary: localized,
    })
    .strict(),
);

export class TemplateNotFound extends Error {}

const catalogs = new Map<string, TemplateSummary[]>();

function readDocument(dir: string, id: string, language: TemplateLanguage): PlanDocument {
  const file = path.join(dir, id, `${language}.yaml`);
  const parsed = parsePlanDocument(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(
      `Template ${id}/${language}.yaml is invalid: ${first?.path} ${first?.message} (line ${first?.line})`,
    );
  }
  return parsed.document;
}

/** The templates of `dir`, read once per process (they ship with the application). */
export function templateCatalog(dir: string): TemplateSummary[] {
  let catalog = catalogs.get(dir);
  if (!catalog) {
    const entries = catalogSchema.parse(parse(fs.readFileSync(path.join(dir, 'catalog.yaml'), 'utf8')));
    catalog = entries.map((entry) => {
      const fr = readDocument(dir, entry.id, 'fr');
      const en = readDocument(dir, entry.id, 'en');
      return {
        ...entry,
        name: { fr: fr.plan.name, en: en.plan.name },
        startDate: fr.plan.startDate ?? '',
        endDate: fr.plan.endDate ?? null,
      };
    });
    catalogs.set(dir, catalog);
  }
  return catalog;
}

export interface TemplateChoice {
  id: string;
  language: TemplateLanguage;
  /** The new plan's first day: every date of the template moves with it. */
  startDate: string;
  currency?: string;
  name?: string;
}

/** A new plan's document from a template, in the chosen language, dated from the chosen start. */
export function planFromTemplate(dir: string, choice: TemplateChoice): PlanDocument {
  const summary = templateCatalog(dir).find((t) => t.id === choice.id);
  if (!summary) throw new TemplateNotFound(`No template "${choice.id}"`);
  const document = shiftPlanDates(
    readDocument(dir, choice.id, choice.language),
    daysBetween(summary.startDate, choice.startDate),
  );
  return {
    ...document,
    plan: {
      ...document.plan,
      ...(choice.currency ? { currency: choice.currency } : {}),
      ...(choice.name ? { name: choice.name } : {}),
    },
  };
}

/** The demo plan's start: six months before `today`'s month, so that its history reaches today. */
export function demoStartDate(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - 6, 1));
  return start.toISOString().slice(0, 10);
}

/** The template offered as a demo. */
export function demoTemplate(dir: string): TemplateSummary {
  const demo = templateCatalog(dir).find((t) => t.demo);
  if (!demo) throw new TemplateNotFound('No demo template in the catalog');
  return demo;
}
