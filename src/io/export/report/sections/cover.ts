import { planStatuses } from '../../../../core/diff/vocabulary.js';
import type { ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { CoverPage } from '../outline.js';

export function coverPage({ facts, t, fmt, today, language }: ReportContext): CoverPage {
  const { plan } = facts;
  return {
    kicker: t.kicker,
    title: plan.name,
    description: plan.description?.trim() || null,
    details: [
      { label: t.cover.period, value: fmt.period(plan.startDate, plan.endDate) },
      { label: t.cover.date, value: fmt.date(today) },
      { label: t.cover.language, value: t.cover.languageName },
      { label: t.cover.status, value: capitalise(planStatuses[plan.status][language]) },
    ],
  };
}
