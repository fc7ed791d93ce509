import { correctiveStatuses } from '../../../../core/diff/vocabulary.js';
import type { CorrectiveAction } from '../../../../core/plan.js';
import type { ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { Block, Section, Tone } from '../outline.js';
import { kpiStatusTone } from './kpis.js';

const statusTone: Record<CorrectiveAction['status'], Tone> = {
  planned: 'neutral',
  in_progress: 'neutral',
  done: 'good',
  abandoned: 'neutral',
};

const isOpen = (action: CorrectiveAction) => action.status === 'planned' || action.status === 'in_progress';

/** The method's table « KPI / objectif / résultat / actions correctives », and the KPIs left without one. */
export function correctiveActionsSection(ctx: ReportContext): Section {
  const { t, facts, fmt, names, language, analysis } = ctx;
  const c = t.corrective;
  const statusOf = new Map(analysis.kpis.map((r) => [r.kpi, r.status]));
  const covered = new Set(facts.correctiveActions.filter(isOpen).map((a) => a.kpi));
  const uncovered = analysis.kpis.filter(
    (r) => (r.status === 'off_track' || r.status === 'at_risk') && !covered.has(r.kpi),
  );
  const open = facts.correctiveActions.filter(isOpen).length;
  const highlights = [
    facts.correctiveActions.length === 0
      ? c.empty
      : `${fmt.pair(c.count, String(facts.correctiveActions.length))} · ${fmt.pair(c.open, String(open))}`,
    uncovered.length === 0 ? c.allCovered : fmt.pair(c.uncovered, String(uncovered.length)),
  ];
  const blocks: Block[] = [];
  if (facts.correctiveActions.length === 0) {
    blocks.push({ kind: 'paragraph', text: c.empty });
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { label: c.title, weight: 3 },
        { label: c.kpi, weight: 1.8 },
        { label: c.owner, weight: 1.4 },
        { label: c.deadline, weight: 1.3 },
        { label: c.status, weight: 1.1 },
        { label: c.outcome, weight: 2 },
      ],
      rows: facts.correctiveActions.map((action) => {
        const kpiStatus = statusOf.get(action.kpi);
        return {
          cells: [
            action.description ? `${action.title}\n${action.description}` : action.title,
            names.kpi(action.kpi),
            action.owner ? names.person(action.owner) : '—',
            fmt.shortDate(action.deadline),
            capitalise(correctiveStatuses[action.status][language]),
            action.outcome ?? '—',
          ],
          tones: [
            undefined,
            kpiStatus ? kpiStatusTone[kpiStatus] : undefined,
            undefined,
            undefined,
            statusTone[action.status],
          ],
        };
      }),
    });
  }
  blocks.push({ kind: 'subheading', text: c.uncovered, level: 2 });
  blocks.push(
    uncovered.length === 0
      ? { kind: 'paragraph', text: c.allCovered }
      : { kind: 'list', items: uncovered.map((r) => `${names.kpi(r.kpi)} — ${t.kpis.statuses[r.status]}`) },
  );
  return { id: 'corrective-actions', title: t.sections['corrective-actions'], highlights, blocks };
}
