import { businessGoalKinds, funnelStageKinds } from '../../../../core/diff/vocabulary.js';
import type { AlignmentReport } from '../../../../core/funnel/index.js';
import type { BusinessGoal } from '../../../../core/plan.js';
import type { ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { Block, Section, TableRow, Tone } from '../outline.js';

const alignmentTone: Record<AlignmentReport['status'], Tone> = {
  covered: 'good',
  shortfall: 'bad',
  no_funnel: 'warning',
  incomplete: 'warning',
};

/** Business goals, their funnel, and whether the funnel's targets multiply out to the goal. */
export function goalsSection(ctx: ReportContext): Section {
  const { t, facts } = ctx;
  const g = t.goals;
  const base = { id: 'goals' as const, title: t.sections.goals };
  if (facts.businessGoals.length === 0) {
    return { ...base, highlights: [g.empty], blocks: [{ kind: 'paragraph', text: g.empty }] };
  }
  const reports = new Map(ctx.analysis.alignment.map((r) => [r.businessGoal, r]));
  const rows: TableRow[] = facts.businessGoals.map((goal) => {
    const status = reports.get(goal.key)?.status ?? 'incomplete';
    return {
      cells: [
        goal.title,
        capitalise(businessGoalKinds[goal.kind][ctx.language]),
        goal.metric ?? '—',
        range(ctx, goal.baseline, goal.target, goal.unit),
        ctx.fmt.date(goal.deadline),
        g.statuses[status],
      ],
      tones: [undefined, undefined, undefined, undefined, undefined, alignmentTone[status]],
    };
  });
  return {
    ...base,
    highlights: facts.businessGoals.map((goal) => reports.get(goal.key)?.summary[ctx.language] ?? goal.title),
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: g.goal, weight: 3 },
          { label: g.kind, weight: 1.2 },
          { label: g.metric, weight: 1.8 },
          { label: g.baselineTarget, weight: 2, align: 'right' },
          { label: g.deadline, weight: 1.5 },
          { label: g.alignment, weight: 1.3 },
        ],
        rows,
      },
      ...facts.businessGoals.flatMap((goal) => goalDetail(ctx, goal, reports.get(goal.key))),
    ],
  };
}

function goalDetail(ctx: ReportContext, goal: BusinessGoal, report: AlignmentReport | undefined): Block[] {
  const { t, facts, fmt, language } = ctx;
  const g = t.goals;
  const stages = facts.funnelStages.filter((s) => s.businessGoal === goal.key);
  const needs = new Map((report?.stageNeeds ?? []).map((need) => [need.stage, need]));
  const showNeeds = needs.size > 0;
  const objectives = facts.objectives.filter((o) => o.businessGoals.includes(goal.key)).map((o) => o.title);
  const blocks: Block[] = [{ kind: 'subheading', text: goal.title, level: 2 }];
  if (goal.description) blocks.push({ kind: 'paragraph', text: goal.description });
  if (report) blocks.push({ kind: 'paragraph', text: report.summary[language], style: 'lead' });
  if (stages.length === 0) {
    blocks.push({ kind: 'paragraph', text: g.noFunnel, style: 'note' });
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { label: g.stage, weight: 3 },
        { label: g.stageKind, weight: 1.2 },
        { label: g.baseline, weight: 1.5, align: 'right' },
        { label: g.target, weight: 1.5, align: 'right' },
        ...(showNeeds ? [{ label: g.needed, weight: 1.5, align: 'right' as const }] : []),
      ],
      rows: stages.map((stage) => {
        const need = needs.get(stage.key);
        return {
          cells: [
            stage.name,
            capitalise(funnelStageKinds[stage.kind][language]),
            value(ctx, stage.baselineValue, stage.unit),
            value(ctx, stage.targetValue, stage.unit),
            ...(showNeeds ? [need ? fmt.withUnit(need.to, stage.unit) : '—'] : []),
          ],
          tones: showNeeds
            ? [undefined, undefined, undefined, undefined, need && !need.reachable ? 'bad' : undefined]
            : undefined,
        };
      }),
    });
    if (report && report.stageNeeds.length > 0) {
      blocks.push({ kind: 'list', items: report.stageNeeds.map((need) => need.message[language]) });
    }
  }
  blocks.push({
    kind: 'paragraph',
    text: objectives.length > 0 ? fmt.pair(g.linkedObjectives, objectives.join(' · ')) : g.noLinkedObjectives,
    style: objectives.length > 0 ? undefined : 'note',
  });
  return blocks;
}

function value(ctx: ReportContext, v: number | null | undefined, unit: string | null | undefined): string {
  return v == null ? '—' : ctx.fmt.withUnit(v, unit);
}

export function range(
  ctx: ReportContext,
  from: number | null | undefined,
  to: number | null | undefined,
  unit: string | null | undefined,
): string {
  return `${value(ctx, from, unit)} → ${value(ctx, to, unit)}`;
}
