import type { PlanFacts } from '../plan.js';
import { finding, named, type Finding } from './findings.js';

/** Traceability: every objective serves a business goal and is measured; every strategy serves an objective. */
export function traceabilityFindings(facts: PlanFacts): Finding[] {
  const measured = new Set(facts.kpis.flatMap((k) => (k.objective ? [k.objective] : [])));
  const served = new Set(facts.strategies.flatMap((s) => s.objectives));
  const out: Finding[] = [];
  for (const o of facts.objectives) {
    const who = named('Objectif', 'Objective', o.title);
    const entity = { collection: 'objectives', key: o.key };
    if (o.businessGoals.length === 0) {
      out.push(
        finding(
          'objective_without_goal',
          'error',
          {
            fr: `${who.fr} n’est relié à aucun objectif commercial : reliez-le à celui qu’il sert.`,
            en: `${who.en} serves no business goal: link it to the goal it supports.`,
          },
          entity,
        ),
      );
    }
    if (!measured.has(o.key)) {
      out.push(
        finding(
          'objective_without_kpi',
          'warning',
          {
            fr: `${who.fr} n’a pas de KPI : ajoutez l’indicateur qui mesurera son atteinte.`,
            en: `${who.en} has no KPI: add the indicator that will measure it.`,
          },
          entity,
        ),
      );
    }
    if (!served.has(o.key)) {
      out.push(
        finding(
          'objective_without_strategy',
          'info',
          {
            fr: `Aucune stratégie ne sert ${who.fr.toLowerCase()}.`,
            en: `No strategy serves ${who.en.toLowerCase()}.`,
          },
          entity,
        ),
      );
    }
  }
  for (const s of facts.strategies) {
    if (s.objectives.length > 0) continue;
    const who = named('Stratégie', 'Strategy', s.name);
    out.push(
      finding(
        'strategy_without_objective',
        'warning',
        {
          fr: `${who.fr} ne sert aucun objectif : reliez-la à un objectif ou retirez-la.`,
          en: `${who.en} serves no objective: link it to one or drop it.`,
        },
        { collection: 'strategies', key: s.key },
      ),
    );
  }
  return out;
}

/** Actions need a due date; dated things should fall inside the plan's period. */
export function dateFindings(facts: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const { startDate, endDate } = facts.plan;
  const outside = (date: string | null | undefined) =>
    !!date && ((!!startDate && date < startDate) || (!!endDate && date > endDate));
  const period = { fr: `${startDate ?? '…'} – ${endDate ?? '…'}`, en: `${startDate ?? '…'} – ${endDate ?? '…'}` };
  const check = (
    collection: string,
    key: string,
    label: { fr: string; en: string },
    dates: (string | null | undefined)[],
  ) => {
    const bad = dates.filter(outside);
    if (bad.length === 0) return;
    out.push(
      finding(
        'date_outside_plan',
        'warning',
        {
          fr: `${label.fr} : ${bad.join(', ')} tombe hors de la période du plan (${period.fr}).`,
          en: `${label.en}: ${bad.join(', ')} falls outside the plan period (${period.en}).`,
        },
        { collection, key },
      ),
    );
  };
  for (const a of facts.actions) {
    if (a.status === 'cancelled') continue;
    const who = named('Action', 'Action', a.title);
    if (!a.dueDate) {
      out.push(
        finding(
          'action_without_due_date',
          'warning',
          {
            fr: `${who.fr} n’a pas d’échéance : datez-la pour la suivre.`,
            en: `${who.en} has no due date: give it one to track it.`,
          },
          { collection: 'actions', key: a.key },
        ),
      );
    }
    check('actions', a.key, who, [a.startDate, a.dueDate]);
  }
  for (const o of facts.objectives) check('objectives', o.key, named('Objectif', 'Objective', o.title), [o.deadline]);
  for (const k of facts.kpis) check('kpis', k.key, named('KPI', 'KPI', k.name), [k.targetDate]);
  for (const c of facts.contentItems)
    check('content-items', c.key, named('Contenu', 'Content', c.title), [c.publishDate]);
  return out;
}
