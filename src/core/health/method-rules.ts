import type { BudgetSummary } from '../budget/index.js';
import type { AlignmentReport } from '../funnel/index.js';
import type { KpiStatusReport } from '../kpi/index.js';
import type { Localized, PlanFacts } from '../plan.js';
import type { ScheduleReport } from '../schedule/index.js';
import type { SmartReport } from '../smart/index.js';
import { requireDay } from '../shared/days.js';
import { finding, named, type Finding } from './findings.js';

/** A KPI whose latest measurement is older than this is "without recent data". */
export const STALE_AFTER_DAYS = 30;

// Both dates are well-formed here: `today` has passed kpiStatuses' check, and the latest
// measurement date was written by it.
const daysBetween = (from: string, to: string) => requireDay(to, 'to') - requireDay(from, 'from');

export function scheduleFindings(report: ScheduleReport): Finding[] {
  return [
    ...report.raci.map((f) => finding(`raci_${f.code}`, 'error', f.message, { collection: 'actions', key: f.action })),
    ...report.cycles.map((c) =>
      finding('dependency_cycle', 'error', c.message, { collection: 'actions', key: c.path[0] ?? '' }),
    ),
    ...report.dateConflicts.map((d) =>
      finding('date_conflict', 'warning', d.message, { collection: 'actions', key: d.successor }),
    ),
    ...report.milestonesAtRisk.flatMap((m) =>
      m.reasons.map((r) =>
        finding('milestone_at_risk', 'warning', r.message, { collection: 'actions', key: m.milestone }),
      ),
    ),
    ...report.workload.overloads.map((o) =>
      finding('overload', 'info', o.message, { collection: 'people', key: o.person }),
    ),
  ];
}

export function budgetFindings(summary: BudgetSummary): Finding[] {
  return summary.overAllocation ? [finding('budget_over_allocated', 'error', summary.overAllocation.message)] : [];
}

export function alignmentFindings(reports: AlignmentReport[]): Finding[] {
  return reports.flatMap((r) => {
    const entity = { collection: 'business-goals', key: r.businessGoal };
    if (r.status === 'shortfall') return [finding('funnel_shortfall', 'error', r.summary, entity)];
    if (r.status === 'incomplete') return [finding('funnel_incomplete', 'info', r.summary, entity)];
    return [];
  });
}

/** Stale KPIs, and off-track KPIs nobody is acting on (the method's corrective-actions table). */
export function kpiFindings(facts: PlanFacts, statuses: KpiStatusReport[], today: string): Finding[] {
  const names = new Map(facts.kpis.map((k) => [k.key, k.name]));
  const acted = new Set(
    facts.correctiveActions.filter((a) => a.status === 'planned' || a.status === 'in_progress').map((a) => a.kpi),
  );
  const started = !facts.plan.startDate || facts.plan.startDate <= today;
  return statuses.flatMap((s) => {
    const who = named('KPI', 'KPI', names.get(s.kpi) ?? s.kpi);
    const entity = { collection: 'kpis', key: s.kpi };
    const out: Finding[] = [];
    const age = s.latestMeasurementDate ? daysBetween(s.latestMeasurementDate, today) : null;
    if (started && (age === null || age > STALE_AFTER_DAYS)) {
      const message: Localized =
        age === null
          ? {
              fr: `${who.fr} n’a aucune mesure : saisissez ou importez ses valeurs.`,
              en: `${who.en} has no measurement: enter or import its values.`,
            }
          : {
              fr: `${who.fr} n’a pas été mesuré depuis ${age} jours : mettez ses données à jour.`,
              en: `${who.en} has not been measured for ${age} days: bring its data up to date.`,
            };
      out.push(finding('kpi_without_recent_data', 'warning', message, entity));
    }
    if (s.status === 'off_track' && !acted.has(s.kpi)) {
      out.push(
        finding(
          'off_track_without_corrective_action',
          'error',
          {
            fr: `${who.fr} est hors trajectoire et aucune action corrective n’est en cours : décidez-en une.`,
            en: `${who.en} is off track and no corrective action is under way: decide on one.`,
          },
          entity,
        ),
      );
    }
    return out;
  });
}

export function smartFindings(facts: PlanFacts, reports: SmartReport[]): Finding[] {
  const titles = new Map(facts.objectives.map((o) => [o.key, o.title]));
  return reports.flatMap((r) =>
    Object.values(r.criteria)
      .filter((c) => c.status === 'fail')
      .map((c) => {
        const who = named('Objectif', 'Objective', titles.get(r.objective) ?? r.objective);
        return finding(
          'smart_failure',
          'warning',
          { fr: `${who.fr} : ${c.message.fr}`, en: `${who.en}: ${c.message.en}` },
          {
            collection: 'objectives',
            key: r.objective,
          },
        );
      }),
  );
}
