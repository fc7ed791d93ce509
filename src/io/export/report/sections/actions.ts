import { actionStatuses, priorities, strategyChannels } from '../../../../core/diff/vocabulary.js';
import type { Action, RaciAssignment, Strategy } from '../../../../core/plan.js';
import { capped, joinNames, type ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { Block, Section, TableColumn, Tone } from '../outline.js';
import { timelineChart } from './timeline.js';

const maxListed = 30;
const maxChain = 15;

const statusTone: Record<Action['status'], Tone> = {
  todo: 'neutral',
  in_progress: 'neutral',
  done: 'good',
  blocked: 'bad',
  cancelled: 'neutral',
};

type Roles = Record<RaciAssignment['role'], string[]>;

/** Strategies → tactics → actions, with who does what (RACI), the timeline and what is late. */
export function actionsSection(ctx: ReportContext): Section {
  const { t, facts, fmt, analysis } = ctx;
  const a = t.actions;
  const done = facts.actions.filter((x) => x.status === 'done').length;
  const raciActions = new Set(analysis.schedule.raci.map((f) => f.action)).size;
  const highlights = [
    fmt.pair(a.counts, `${facts.strategies.length} · ${facts.tactics.length} · ${facts.actions.length}`),
    fmt.pair(a.done, t.of(String(done), String(facts.actions.length))),
    fmt.pair(a.lateCount, String(analysis.lateActions.length)),
    fmt.pair(a.milestonesAtRiskCount, String(analysis.schedule.milestonesAtRisk.length)),
    fmt.pair(a.raciIssuesCount, String(raciActions)),
  ];
  const projectEnd = analysis.schedule.criticalPath.projectEnd;
  if (projectEnd) highlights.push(a.projectEnd(fmt.date(projectEnd)));
  const blocks: Block[] = [...strategyBlocks(ctx)];
  if (facts.actions.length === 0) {
    blocks.push({ kind: 'paragraph', text: a.empty });
    return { id: 'actions', title: t.sections.actions, highlights, blocks };
  }
  blocks.push(...timelineBlocks(ctx), ...criticalPathBlocks(ctx), ...lateBlocks(ctx), ...riskBlocks(ctx));
  blocks.push({ kind: 'subheading', text: a.detail, level: 2 }, ...detailBlocks(ctx));
  return { id: 'actions', title: t.sections.actions, highlights, blocks };
}

function strategyBlocks(ctx: ReportContext): Block[] {
  const { t, facts, names, language } = ctx;
  const a = t.actions;
  if (facts.strategies.length === 0) return [{ kind: 'paragraph', text: a.noStrategies }];
  return [
    { kind: 'subheading', text: a.strategies, level: 2 },
    {
      kind: 'table',
      columns: [
        { label: a.strategy, weight: 2.2 },
        { label: a.channel, weight: 1.2 },
        { label: a.objectivesServed, weight: 3 },
        { label: a.personas, weight: 1.6 },
      ],
      rows: facts.strategies.map((s: Strategy) => ({
        cells: [
          s.description ? `${s.name}\n${s.description}` : s.name,
          capitalise(strategyChannels[s.channel][language]),
          joinNames(s.objectives.map((key) => names.objective(key))),
          joinNames(s.personas.map((key) => names.persona(key))),
        ],
      })),
    },
  ];
}

function timelineBlocks(ctx: ReportContext): Block[] {
  const a = ctx.t.actions;
  const timeline = timelineChart(ctx);
  if (!timeline) {
    return [
      { kind: 'subheading', text: a.timeline, level: 2 },
      { kind: 'paragraph', text: a.noDatedActions, style: 'note' },
    ];
  }
  const note = { action: a.timelineByAction, tactic: a.timelineByTactic, strategy: a.timelineByStrategy }[
    timeline.grain
  ];
  return [
    { kind: 'chart', chart: timeline.chart },
    { kind: 'paragraph', text: note, style: 'note' },
  ];
}

function criticalPathBlocks(ctx: ReportContext): Block[] {
  const { t, fmt, names, analysis } = ctx;
  const a = t.actions;
  const report = analysis.schedule.criticalPath;
  const heading: Block = { kind: 'subheading', text: a.criticalPath, level: 2 };
  if (report.timings.length === 0) return [heading, { kind: 'paragraph', text: a.noSchedule, style: 'note' }];
  const blocks: Block[] = [heading];
  if (report.projectEnd) blocks.push({ kind: 'paragraph', text: a.projectEnd(fmt.date(report.projectEnd)) });
  if (report.criticalPath.length === 0) {
    const tightest = report.timings.reduce((min, x) => (x.slackDays < min.slackDays ? x : min));
    blocks.push({
      kind: 'paragraph',
      text: `${a.noCriticalPath} ${a.smallestSlack(tightest.slackDays, names.action(tightest.action))}`,
    });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: a.criticalCount(report.criticalPath.length) });
  const longest = report.criticalChains.reduce<string[]>(
    (best, chain) => (chain.length > best.length ? chain : best),
    [],
  );
  if (longest.length > 1) {
    const chain = longest.slice(0, maxChain).map((key) => names.action(key));
    if (longest.length > maxChain) chain.push('…');
    blocks.push({ kind: 'paragraph', text: a.criticalChain(chain.join(' → ')) });
  }
  return blocks;
}

function lateBlocks(ctx: ReportContext): Block[] {
  const { t, fmt, language } = ctx;
  const a = t.actions;
  const heading: Block = { kind: 'subheading', text: a.late, level: 2 };
  const late = ctx.analysis.lateActions;
  if (late.length === 0) return [heading, { kind: 'paragraph', text: a.noLate }];
  const roles = rolesByAction(ctx);
  const { shown, hidden } = capped(late, maxListed);
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { label: a.action, weight: 3.5 },
        { label: a.dueDate, weight: 1.3 },
        { label: a.status, weight: 1.1 },
        { label: a.accountable, weight: 1.6 },
      ],
      rows: shown.map((action) => ({
        cells: [
          action.title,
          fmt.shortDate(action.dueDate),
          capitalise(actionStatuses[action.status][language]),
          joinNames(roles.get(action.key)?.A ?? []),
        ],
        tones: [undefined, 'bad', statusTone[action.status], undefined],
      })),
    },
    ...more(ctx, hidden, a.actionsWhat),
  ];
}

function riskBlocks(ctx: ReportContext): Block[] {
  const { t, fmt, names, language, analysis } = ctx;
  const a = t.actions;
  const blocks: Block[] = [];
  const risks = analysis.schedule.milestonesAtRisk;
  if (risks.length > 0) {
    const { shown, hidden } = capped(risks, maxListed);
    blocks.push(
      { kind: 'subheading', text: a.milestonesAtRisk, level: 2 },
      {
        kind: 'list',
        items: shown.map(
          (risk) =>
            `${names.action(risk.milestone)} (${fmt.shortDate(risk.dueDate)}) — ${risk.reasons.map((r) => r.message[language]).join(' ')}`,
        ),
      },
      ...more(ctx, hidden, a.findingsWhat),
    );
  }
  const raci = analysis.schedule.raci;
  if (raci.length > 0) {
    const { shown, hidden } = capped(raci, maxListed);
    blocks.push(
      { kind: 'subheading', text: a.raciIssues, level: 2 },
      { kind: 'list', items: shown.map((finding) => finding.message[language]) },
      ...more(ctx, hidden, a.findingsWhat),
    );
  }
  return blocks;
}

function detailBlocks(ctx: ReportContext): Block[] {
  const { t, facts } = ctx;
  const a = t.actions;
  const roles = rolesByAction(ctx);
  const actionsByTactic = new Map<string, Action[]>();
  for (const action of facts.actions) {
    const list = actionsByTactic.get(action.tactic);
    if (list) list.push(action);
    else actionsByTactic.set(action.tactic, [action]);
  }
  const columns: TableColumn[] = [
    { label: a.action, weight: 3 },
    { label: a.dates, weight: 2 },
    { label: a.status, weight: 1.1 },
    { label: a.priority, weight: 1 },
    { label: a.responsible, weight: 1.5 },
    { label: a.accountable, weight: 1.5 },
    { label: a.consultedInformed, weight: 1.6 },
  ];
  const blocks: Block[] = [];
  const knownStrategies = new Set(facts.strategies.map((s) => s.key));
  const groups = [
    ...facts.strategies.map((s) => ({ title: s.name, tactics: facts.tactics.filter((x) => x.strategy === s.key) })),
  ];
  const orphanTactics = facts.tactics.filter((x) => !knownStrategies.has(x.strategy));
  if (orphanTactics.length > 0) groups.push({ title: '—', tactics: orphanTactics });
  for (const group of groups) {
    blocks.push({ kind: 'subheading', text: group.title, level: 2 });
    if (group.tactics.length === 0) {
      blocks.push({ kind: 'paragraph', text: a.noTactics, style: 'note' });
      continue;
    }
    for (const tactic of group.tactics) {
      blocks.push({ kind: 'subheading', text: a.tacticHeading(tactic.name), level: 3 });
      const actions = actionsByTactic.get(tactic.key) ?? [];
      if (actions.length === 0) {
        blocks.push({ kind: 'paragraph', text: a.noActionsInTactic, style: 'note' });
        continue;
      }
      blocks.push({
        kind: 'table',
        columns,
        rows: actions.map((action) => actionRow(ctx, action, roles.get(action.key))),
      });
    }
  }
  return blocks;
}

function actionRow(ctx: ReportContext, action: Action, roles: Roles | undefined) {
  const { t, fmt, language } = ctx;
  const late =
    action.dueDate != null && action.dueDate < ctx.today && action.status !== 'done' && action.status !== 'cancelled';
  const ci = [...(roles?.C ?? []).map((n) => fmt.pair('C', n)), ...(roles?.I ?? []).map((n) => fmt.pair('I', n))];
  return {
    cells: [
      action.isMilestone ? `${action.title} (${t.actions.milestone})` : action.title,
      fmt.shortPeriod(action.startDate, action.dueDate),
      capitalise(actionStatuses[action.status][language]),
      capitalise(priorities[action.priority][language]),
      joinNames(roles?.R ?? []),
      joinNames(roles?.A ?? []),
      joinNames(ci),
    ],
    tones: [undefined, late ? ('bad' as const) : undefined, statusTone[action.status]],
  };
}

function rolesByAction(ctx: ReportContext): Map<string, Roles> {
  const byAction = new Map<string, Roles>();
  for (const assignment of ctx.facts.raciAssignments) {
    let roles = byAction.get(assignment.action);
    if (!roles) {
      roles = { R: [], A: [], C: [], I: [] };
      byAction.set(assignment.action, roles);
    }
    roles[assignment.role].push(ctx.names.person(assignment.person));
  }
  return byAction;
}

function more(ctx: ReportContext, hidden: number, what: string): Block[] {
  return hidden > 0 ? [{ kind: 'paragraph', text: ctx.t.moreRows(hidden, what), style: 'note' }] : [];
}
