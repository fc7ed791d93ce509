import { objectiveTypes } from '../../../../core/diff/vocabulary.js';
import type { OkrReport } from '../../../../core/okr/index.js';
import type { OkrObjective } from '../../../../core/plan.js';
import type { SmartCriterion, SmartReport } from '../../../../core/smart/index.js';
import { capped, type ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { Block, Section, Tone } from '../outline.js';
import { range } from './goals.js';

const criteria: SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
const gradeTone = { red: 'bad', yellow: 'warning', green: 'good' } as const satisfies Record<string, Tone>;
const maxReviewItems = 40;

/** SMART objectives with the lint's verdict, then each OKR with its key results and score. */
export function objectivesSection(ctx: ReportContext): Section {
  const { t, facts, fmt, analysis } = ctx;
  const o = t.objectives;
  const smart = new Map(analysis.smart.map((r) => [r.objective, r]));
  const passed = analysis.smart.filter((r) => r.passed).length;
  const scored = analysis.okrs.filter((r) => r.score !== null);
  const highlights = [
    facts.objectives.length === 0 ? o.empty : fmt.pair(o.count, t.of(String(passed), String(facts.objectives.length))),
    facts.okrObjectives.length === 0
      ? o.noOkrs
      : fmt.pair(
          o.okrCount,
          scored.map((r) => `${ctx.names.okr(r.okrObjective)} (${fmt.score(r.score ?? 0)})`).join(' · ') || '—',
        ),
  ];
  const blocks: Block[] = [];
  if (facts.objectives.length === 0) {
    blocks.push({ kind: 'paragraph', text: o.empty });
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { label: o.objective, weight: 3.5 },
        { label: o.type, weight: 1.2 },
        { label: o.metric, weight: 1.6 },
        { label: o.baselineTarget, weight: 1.8, align: 'right' },
        { label: o.deadline, weight: 1.4 },
        { label: o.smart, weight: 1.6 },
      ],
      rows: facts.objectives.map((objective) => {
        const verdict = smartVerdict(ctx, smart.get(objective.key));
        return {
          cells: [
            objective.title,
            capitalise(objectiveTypes[objective.type][ctx.language]),
            objective.metric ?? '—',
            range(ctx, objective.baseline, objective.target, objective.unit),
            fmt.date(objective.deadline),
            verdict.text,
          ],
          tones: [undefined, undefined, undefined, undefined, undefined, verdict.tone],
        };
      }),
    });
    blocks.push(...reviewBlocks(ctx));
  }
  blocks.push({ kind: 'subheading', text: o.okrs, level: 2 });
  if (facts.okrObjectives.length === 0) {
    blocks.push({ kind: 'paragraph', text: o.noOkrs });
  } else {
    const reports = new Map(analysis.okrs.map((r) => [r.okrObjective, r]));
    for (const okr of facts.okrObjectives) blocks.push(...okrBlocks(ctx, okr, reports.get(okr.key)));
  }
  return { id: 'objectives', title: t.sections.objectives, highlights, blocks };
}

function smartVerdict(ctx: ReportContext, report: SmartReport | undefined): { text: string; tone: Tone } {
  const o = ctx.t.objectives;
  if (!report) return { text: '—', tone: 'neutral' };
  const failing = criteria.filter((c) => report.criteria[c].status === 'fail').map((c) => o.criteria[c]);
  if (failing.length > 0) return { text: o.smartToReview(failing.join(', ')), tone: 'bad' };
  const warned = criteria.some((c) => report.criteria[c].status === 'warn');
  return { text: o.smartOk, tone: warned ? 'warning' : 'good' };
}

function reviewBlocks(ctx: ReportContext): Block[] {
  const { t, language, names } = ctx;
  const o = t.objectives;
  const items: string[] = [];
  for (const report of ctx.analysis.smart) {
    for (const c of criteria) {
      const check = report.criteria[c];
      if (check.status === 'pass') continue;
      items.push(
        `${names.objective(report.objective)} — ${ctx.fmt.pair(capitalise(o.criteria[c]), check.message[language])}`,
      );
    }
    if (!report.passed)
      items.push(`${names.objective(report.objective)} — ${ctx.fmt.pair(o.rewrite, report.rewrite[language])}`);
  }
  if (items.length === 0) return [];
  const { shown, hidden } = capped(items, maxReviewItems);
  return [
    { kind: 'subheading', text: o.review, level: 3 },
    { kind: 'list', items: shown },
    ...(hidden > 0
      ? [{ kind: 'paragraph' as const, text: t.moreRows(hidden, t.actions.findingsWhat), style: 'note' as const }]
      : []),
  ];
}

function okrBlocks(ctx: ReportContext, okr: OkrObjective, report: OkrReport | undefined): Block[] {
  const { t, fmt, facts, names } = ctx;
  const o = t.objectives;
  const heading =
    report && report.score !== null && report.grade
      ? o.okrTitle(okr.title, fmt.score(report.score), o.grades[report.grade])
      : o.okrNoScore(okr.title);
  const details = [
    okr.owner ? fmt.pair(o.owner, names.person(okr.owner)) : null,
    okr.periodStart || okr.periodEnd ? fmt.pair(o.period, fmt.period(okr.periodStart, okr.periodEnd)) : null,
    okr.objective ? fmt.pair(o.linkedObjective, names.objective(okr.objective)) : null,
  ].filter((line): line is string => line !== null);
  const blocks: Block[] = [{ kind: 'subheading', text: heading, level: 3 }];
  if (okr.description) blocks.push({ kind: 'paragraph', text: okr.description });
  if (details.length > 0) blocks.push({ kind: 'paragraph', text: details.join(' · '), style: 'note' });
  const keyResults = new Map(facts.keyResults.map((kr) => [kr.key, kr]));
  const scores = report?.keyResults ?? [];
  if (scores.length === 0) {
    blocks.push({ kind: 'paragraph', text: o.noKeyResults, style: 'note' });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    columns: [
      { label: o.keyResult, weight: 3.5 },
      { label: o.startTarget, weight: 1.8, align: 'right' },
      { label: o.current, weight: 1.2, align: 'right' },
      { label: o.weightCol, weight: 0.8, align: 'right' },
      { label: o.score, weight: 0.9, align: 'right' },
      { label: o.confidence, weight: 1.4 },
    ],
    rows: scores.map((score) => {
      const kr = keyResults.get(score.keyResult);
      const unit = kr?.unit ?? null;
      const confidence = score.confidence
        ? `${fmt.percent(score.confidence.latest, 0)} (${o.confidenceTrend[score.confidence.direction]})`
        : '—';
      return {
        cells: [
          kr?.title ?? score.keyResult,
          range(ctx, kr?.startValue, kr?.targetValue, unit),
          fmt.withUnit(score.value, unit),
          fmt.number(score.weight),
          fmt.score(score.score),
          confidence,
        ],
        tones: [undefined, undefined, undefined, undefined, gradeTone[score.grade], undefined],
      };
    }),
  });
  return blocks;
}
