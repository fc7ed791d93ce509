import type { Action, PlanFacts } from '../../../../core/plan.js';
import type { TimelineChart } from '../../charts/spec.js';
import type { ReportContext } from '../context.js';

/** Up to this many actions, one row each; beyond, one row per tactic, then per strategy. */
const maxActionRows = 40;
const maxTacticRows = 40;

export type TimelineGrain = 'action' | 'tactic' | 'strategy';

interface Span {
  start: string;
  end: string;
}

function spanOf(action: Action): Span | null {
  const start = action.startDate ?? action.dueDate;
  const end = action.dueDate ?? action.startDate;
  if (!start || !end) return null;
  return start <= end ? { start, end } : { start: end, end: start };
}

/** The plan's period, so that the axis shows where the actions sit in it (and today). */
function planRange(ctx: ReportContext): { from?: string; to?: string } {
  const { startDate, endDate } = ctx.facts.plan;
  return { ...(startDate ? { from: startDate } : {}), ...(endDate ? { to: endDate } : {}) };
}

/** Overlapping or touching periods joined into one (dates as `YYYY-MM-DD`, ends included). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start.localeCompare(b.start));
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= nextDay(last.end)) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

function nextDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

function grainOf(facts: PlanFacts, dated: number): TimelineGrain {
  if (dated <= maxActionRows) return 'action';
  return facts.tactics.length <= maxTacticRows ? 'tactic' : 'strategy';
}

/**
 * The Gantt-like chart of the action plan, or null when no action has a date. Cancelled actions
 * are left out; critical-path actions are drawn in their own colour; milestones at their due date.
 */
export function timelineChart(ctx: ReportContext): { chart: TimelineChart; grain: TimelineGrain } | null {
  const { facts, analysis, t } = ctx;
  const critical = new Set(analysis.schedule.criticalPath.timings.filter((x) => x.critical).map((x) => x.action));
  const tacticOrder = new Map(facts.tactics.map((tactic, index) => [tactic.key, index]));
  const strategyOfTactic = new Map(facts.tactics.map((tactic) => [tactic.key, tactic.strategy]));
  const dated = facts.actions
    .filter((a) => a.status !== 'cancelled')
    .map((action) => ({ action, span: spanOf(action) }))
    .filter((x): x is { action: Action; span: Span } => x.span !== null);
  if (dated.length === 0) return null;
  const grain = grainOf(facts, dated.length);
  const rowKey = (action: Action): string =>
    grain === 'action' ? action.key : grain === 'tactic' ? action.tactic : (strategyOfTactic.get(action.tactic) ?? '');
  let rows: { key: string; label: string }[];
  if (grain === 'action') {
    const ordered = [...dated].sort(
      (a, b) => (tacticOrder.get(a.action.tactic) ?? 1e9) - (tacticOrder.get(b.action.tactic) ?? 1e9),
    );
    rows = ordered.map(({ action }) => ({ key: action.key, label: action.title }));
  } else {
    const used = new Set(dated.map(({ action }) => rowKey(action)));
    const all =
      grain === 'tactic'
        ? facts.tactics.map((x) => ({ key: x.key, label: x.name }))
        : facts.strategies.map((x) => ({ key: x.key, label: x.name }));
    rows = all.filter((row) => used.has(row.key));
    if (used.has('') || [...used].some((key) => !all.some((row) => row.key === key))) {
      rows.push({ key: '', label: '—' });
    }
  }
  const rowIndex = new Map(rows.map((row, index) => [row.key, index]));
  const indexOf = (action: Action) => rowIndex.get(rowKey(action)) ?? rowIndex.get('') ?? 0;
  const bars: TimelineChart['bars'] = [];
  for (const isCritical of [false, true]) {
    const byRow = new Map<number, Span[]>();
    for (const { action, span } of dated) {
      if (critical.has(action.key) !== isCritical) continue;
      const row = indexOf(action);
      const spans = byRow.get(row);
      if (spans) spans.push(span);
      else byRow.set(row, [span]);
    }
    for (const [row, spans] of byRow) {
      for (const span of mergeSpans(spans)) bars.push({ row, ...span, critical: isCritical });
    }
  }
  const milestones = dated
    .filter(({ action }) => action.isMilestone && action.dueDate)
    .map(({ action }) => ({ row: indexOf(action), date: action.dueDate as string }));
  return {
    grain,
    chart: {
      kind: 'timeline',
      language: ctx.language,
      title: t.actions.timeline,
      rows: rows.map((row) => row.label),
      bars,
      milestones,
      today: ctx.today,
      ...planRange(ctx),
      legend: t.actions.legend,
    },
  };
}
