import type { BudgetGroup, BudgetSummary } from '../../../../core/budget/index.js';
import { budgetCategories } from '../../../../core/diff/vocabulary.js';
import type { BarChart } from '../../charts/spec.js';
import type { ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { Block, KeyFigure, Section, TableColumn, TableRow } from '../outline.js';

const roiChartLines = 15;

/** The envelope and reserve, totals by category and strategy, lines ranked by expected ROI. */
export function budgetSection(ctx: ReportContext): Section {
  const { t, fmt, analysis } = ctx;
  const b = t.budget;
  const summary = analysis.budget;
  const highlights: string[] = [];
  if (summary.envelope) {
    highlights.push(
      fmt.pair(b.total, fmt.money(summary.envelope.totalAmount)),
      fmt.pair(b.reserve(fmt.percent(summary.envelope.contingencyPercent / 100)), fmt.money(summary.envelope.reserve)),
    );
  } else {
    highlights.push(b.noSettings);
  }
  highlights.push(fmt.pair(b.planned, fmt.money(summary.totals.planned)));
  if (summary.overAllocation) highlights.push(summary.overAllocation.message[ctx.language]);
  highlights.push(fmt.pair(b.actual, fmt.money(summary.totals.actual)));
  const best = summary.lines.find((line) => line.roiRank === 1);
  if (best && best.expectedRoi !== null) highlights.push(b.bestRoi(best.label, roiText(ctx, best.expectedRoi)));
  const blocks: Block[] = [{ kind: 'figures', items: figures(ctx, summary) }];
  if (summary.overAllocation)
    blocks.push({ kind: 'paragraph', text: summary.overAllocation.message[ctx.language], style: 'lead' });
  if (!summary.envelope) blocks.push({ kind: 'paragraph', text: b.noSettings, style: 'note' });
  if (summary.lines.length === 0) {
    blocks.push({ kind: 'paragraph', text: b.empty });
    return { id: 'budget', title: t.sections.budget, highlights, blocks };
  }
  blocks.push(
    { kind: 'subheading', text: b.byCategory, level: 2 },
    { kind: 'chart', chart: categoryChart(ctx, summary) },
    groupTable(ctx, b.category, summary.byCategory, (group) => group.label[ctx.language]),
    { kind: 'subheading', text: b.byStrategy, level: 2 },
    groupTable(ctx, b.strategy, summary.byStrategy, (group) => group.label[ctx.language]),
    { kind: 'subheading', text: b.roiRanking, level: 2 },
    ...roiBlocks(ctx, summary),
    { kind: 'subheading', text: b.lines, level: 2 },
    linesTable(ctx, summary),
  );
  return { id: 'budget', title: t.sections.budget, highlights, blocks };
}

function roiText(ctx: ReportContext, roi: number): string {
  return `${ctx.fmt.number(roi)}:1`;
}

function figures(ctx: ReportContext, summary: BudgetSummary): KeyFigure[] {
  const { t, fmt } = ctx;
  const b = t.budget;
  const envelope = summary.envelope;
  const items: KeyFigure[] = [];
  if (envelope) {
    items.push(
      { label: b.total, value: fmt.money(envelope.totalAmount) },
      { label: b.reserve(fmt.percent(envelope.contingencyPercent / 100)), value: fmt.money(envelope.reserve) },
      { label: b.allocatable, value: fmt.money(envelope.allocatable) },
    );
  }
  items.push(
    { label: b.planned, value: fmt.money(summary.totals.planned), tone: summary.overAllocation ? 'bad' : undefined },
    { label: b.committed, value: fmt.money(summary.totals.committed) },
    { label: b.actual, value: fmt.money(summary.totals.actual) },
    { label: b.expectedReturn, value: fmt.money(summary.totals.expectedReturn) },
  );
  if (envelope) {
    items.push({
      label: b.unallocated,
      value: fmt.money(envelope.unallocated),
      tone: envelope.unallocated < 0 ? 'bad' : undefined,
    });
  }
  return items;
}

const moneyColumns = (ctx: ReportContext): TableColumn[] => [
  { label: ctx.t.budget.planned, weight: 1.4, align: 'right' },
  { label: ctx.t.budget.committed, weight: 1.4, align: 'right' },
  { label: ctx.t.budget.actual, weight: 1.4, align: 'right' },
];

function groupTable(
  ctx: ReportContext,
  label: string,
  groups: BudgetGroup[],
  nameOf: (group: BudgetGroup) => string,
): Block {
  const { fmt, t } = ctx;
  const total = groups.reduce(
    (sum, g) => ({
      planned: sum.planned + g.planned,
      committed: sum.committed + g.committed,
      actual: sum.actual + g.actual,
      ret: sum.ret + g.expectedReturn,
    }),
    { planned: 0, committed: 0, actual: 0, ret: 0 },
  );
  const rows: TableRow[] = groups.map((group) => ({
    cells: [
      nameOf(group),
      fmt.money(group.planned),
      fmt.money(group.committed),
      fmt.money(group.actual),
      fmt.money(group.expectedReturn),
    ],
  }));
  rows.push({
    cells: [
      t.budget.totalRow,
      fmt.money(total.planned),
      fmt.money(total.committed),
      fmt.money(total.actual),
      fmt.money(total.ret),
    ],
    emphasis: true,
  });
  return {
    kind: 'table',
    columns: [
      { label, weight: 2.5 },
      ...moneyColumns(ctx),
      { label: t.budget.expectedReturn, weight: 1.5, align: 'right' },
    ],
    rows,
  };
}

function categoryChart(ctx: ReportContext, summary: BudgetSummary): BarChart {
  const b = ctx.t.budget;
  const groups = summary.byCategory;
  const euros = (pick: (g: BudgetGroup) => number) => groups.map((g) => pick(g) / 100);
  return {
    kind: 'bars',
    language: ctx.language,
    title: b.byCategory,
    categories: groups.map((g) => g.label[ctx.language]),
    series: [
      { name: b.planned, values: euros((g) => g.planned) },
      { name: b.committed, values: euros((g) => g.committed) },
      { name: b.actual, values: euros((g) => g.actual) },
    ],
    orientation: 'vertical',
    value: { kind: 'money', currency: summary.currency },
  };
}

/** The ROI ranking chart of the lines with an expected ROI, best first. */
export function roiChart(ctx: ReportContext, summary: BudgetSummary): BarChart | null {
  const lines = new Map(summary.lines.map((line) => [line.key, line]));
  const ranked = summary.roiRanking.slice(0, roiChartLines).map((key) => lines.get(key));
  if (ranked.length === 0) return null;
  return {
    kind: 'bars',
    language: ctx.language,
    title: ctx.t.budget.roiChartTitle,
    categories: ranked.map((line) => line?.label ?? ''),
    series: [{ name: ctx.t.budget.roiSeries, values: ranked.map((line) => line?.expectedRoi ?? null) }],
    orientation: 'horizontal',
    value: { kind: 'ratio' },
  };
}

function roiBlocks(ctx: ReportContext, summary: BudgetSummary): Block[] {
  const b = ctx.t.budget;
  const chart = roiChart(ctx, summary);
  if (!chart) return [{ kind: 'paragraph', text: b.noRoi, style: 'note' }];
  const blocks: Block[] = [{ kind: 'chart', chart }];
  if (summary.roiRanking.length > roiChartLines) {
    blocks.push({ kind: 'paragraph', text: b.roiTop(roiChartLines, summary.roiRanking.length), style: 'note' });
  }
  return blocks;
}

function linesTable(ctx: ReportContext, summary: BudgetSummary): Block {
  const { t, fmt, names, language } = ctx;
  const b = t.budget;
  const rows: TableRow[] = summary.lines.map((line) => ({
    cells: [
      line.label,
      capitalise(budgetCategories[line.category][language]),
      line.strategy ? names.strategy(line.strategy) : '—',
      fmt.money(line.planned),
      fmt.money(line.committed),
      fmt.money(line.actual),
      line.expectedRoi === null ? '—' : roiText(ctx, line.expectedRoi),
      line.roiRank === null ? '—' : String(line.roiRank),
    ],
    tones: [undefined, undefined, undefined, undefined, undefined, line.actual > line.planned ? 'bad' : undefined],
  }));
  rows.push({
    cells: [
      b.totalRow,
      '',
      '',
      fmt.money(summary.totals.planned),
      fmt.money(summary.totals.committed),
      fmt.money(summary.totals.actual),
      '',
      '',
    ],
    emphasis: true,
  });
  return {
    kind: 'table',
    columns: [
      { label: b.line, weight: 2.2 },
      { label: b.category, weight: 1.2 },
      { label: b.strategy, weight: 1.8 },
      ...moneyColumns(ctx),
      { label: b.roi, weight: 1, align: 'right' },
      { label: b.rank, weight: 0.8, align: 'right' },
    ],
    rows,
  };
}
