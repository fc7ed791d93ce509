import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanFacts } from '../../../core/plan.js';
import { dayOf, formatDay } from '../../../core/shared/days.js';
import { checkOptions } from '../../plan-generator/options.js';
import { generatePlanDocument } from '../../plan-generator/index.js';
import { parsePlanDocument } from '../../plan-document-text.js';

/** For the exporters' tests: the example plan of the fixtures and the large generated plan. */
export const exampleToday = '2027-03-15';

export function examplePlan(): PlanFacts {
  const file = path.join(import.meta.dirname, '../../../../test/fixtures/plan-full.yaml');
  const parsed = parsePlanDocument(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`The example plan does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.document;
}

/** The large reference plan (2,000 actions, 200 KPIs × 1,096 days) and the "today" it is built for. */
export function largePlan(seed = 7): { facts: PlanFacts; today: string } {
  const facts = generatePlanDocument({ size: 'large', seed });
  const { spec } = checkOptions({ size: 'large', seed });
  const start = dayOf(facts.plan.startDate) as number;
  return { facts, today: formatDay(start + spec.asOfDay) };
}
