import type { KpiStatus, KpiStatusReport } from '../../../../core/kpi/index.js';
import type { Kpi, KpiTarget, Measurement } from '../../../../core/plan.js';
import { groupBy } from '../../../../core/shared/group-by.js';
import type { ReportContext } from '../context.js';
import type { Block, KeyFigure, Section, TableRow, Tone } from '../outline.js';
import { kpiChart } from './kpi-chart.js';

/** The PDF charts this many KPIs at most, those furthest from their path first. */
export const maxKpiCharts = 12;

const statuses: KpiStatus[] = ['on_track', 'at_risk', 'off_track', 'no_data', 'no_target'];
export const kpiStatusTone: Record<KpiStatus, Tone> = {
  on_track: 'good',
  at_risk: 'warning',
  off_track: 'bad',
  no_data: 'neutral',
  no_target: 'neutral',
};
const severity: Record<KpiStatus, number> = { off_track: 0, at_risk: 1, on_track: 2, no_target: 3, no_data: 4 };

/** How far behind its path a KPI is, in its direction (positive: behind). */
function shortfall(kpi: Kpi | undefined, report: KpiStatusReport): number {
  const relative = report.variance?.relative ?? 0;
  return kpi?.direction === 'decrease' ? relative : -relative;
}

/** The KPIs in the order their charts are worth reading: off track, at risk, then the rest. */
export function kpisByUrgency(ctx: ReportContext): KpiStatusReport[] {
  const kpis = new Map(ctx.facts.kpis.map((kpi) => [kpi.key, kpi]));
  return [...ctx.analysis.kpis].sort(
    (a, b) => severity[a.status] - severity[b.status] || shortfall(kpis.get(b.kpi), b) - shortfall(kpis.get(a.kpi), a),
  );
}

/** The tracking table: status against the expected path, variance and forecast per KPI, with charts. */
export function kpisSection(ctx: ReportContext): Section {
  const { t, facts, fmt, analysis } = ctx;
  const k = t.kpis;
  const base = { id: 'kpis' as const, title: t.sections.kpis };
  if (facts.kpis.length === 0)
    return { ...base, highlights: [k.empty], blocks: [{ kind: 'paragraph', text: k.empty }] };
  const counts = new Map(statuses.map((s) => [s, analysis.kpis.filter((r) => r.status === s).length]));
  const figures: KeyFigure[] = statuses.map((s) => ({
    label: k.statuses[s],
    value: String(counts.get(s) ?? 0),
    tone: (counts.get(s) ?? 0) > 0 ? kpiStatusTone[s] : undefined,
  }));
  const reports = new Map(analysis.kpis.map((r) => [r.kpi, r]));
  const urgent = kpisByUrgency(ctx);
  const highlights = [
    statuses
      .filter((s) => (counts.get(s) ?? 0) > 0)
      .map((s) => fmt.pair(k.statuses[s], String(counts.get(s))))
      .join(' · '),
  ];
  const worst = urgent[0];
  if (worst && (worst.status === 'off_track' || worst.status === 'at_risk') && worst.variance?.relative != null) {
    highlights.push(k.worst(ctx.names.kpi(worst.kpi), signedPercent(ctx, worst.variance.relative)));
  }
  const blocks: Block[] = [
    { kind: 'figures', items: figures },
    {
      kind: 'table',
      columns: [
        { label: k.kpi, weight: 2.4 },
        { label: k.target, weight: 1.7 },
        { label: k.expected, weight: 1.3, align: 'right' },
        { label: k.actual, weight: 1.3, align: 'right' },
        { label: k.variance, weight: 1, align: 'right' },
        { label: k.status, weight: 1.3 },
        { label: k.forecast, weight: 1.9 },
      ],
      rows: facts.kpis.map((kpi) => kpiRow(ctx, kpi, reports.get(kpi.key))),
    },
  ];
  if (facts.kpis.some((kpi) => kpi.aggregation === 'sum'))
    blocks.push({ kind: 'paragraph', text: k.cumulativeNote, style: 'note' });
  blocks.push({ kind: 'subheading', text: k.charts, level: 2 }, ...chartBlocks(ctx, urgent));
  return { ...base, highlights, blocks };
}

function signedPercent(ctx: ReportContext, ratio: number): string {
  const text = ctx.fmt.percent(Math.abs(ratio));
  return ratio > 0 ? `+${text}` : ratio < 0 ? `−${text}` : text;
}

function kpiRow(ctx: ReportContext, kpi: Kpi, report: KpiStatusReport | undefined): TableRow {
  const { t, fmt } = ctx;
  const k = t.kpis;
  const unit = kpi.unit ?? null;
  const value = (v: number | null | undefined) => (v == null ? '—' : fmt.withUnit(round(v), unit));
  const deadline = report?.forecast.deadline ?? kpi.targetDate ?? null;
  const target = kpi.target == null ? '—' : `${value(kpi.target)}${deadline ? ` (${fmt.shortDate(deadline)})` : ''}`;
  const variance = report?.variance
    ? report.variance.relative !== null
      ? signedPercent(ctx, report.variance.relative)
      : value(report.variance.absolute)
    : '—';
  const status = report?.status ?? 'no_data';
  return {
    cells: [
      kpi.name,
      target,
      value(report?.expected),
      value(report?.actual),
      variance,
      k.statuses[status],
      forecastText(ctx, kpi, report),
    ],
    tones: [undefined, undefined, undefined, undefined, undefined, kpiStatusTone[status], undefined],
  };
}

function forecastText(ctx: ReportContext, kpi: Kpi, report: KpiStatusReport | undefined): string {
  const { fmt, t } = ctx;
  if (!report) return '—';
  const cumulative = report.forecast.cumulative;
  const projection = cumulative ? cumulative.projectedTotal : report.forecast.projection;
  const probability = cumulative ? cumulative.probMeetTarget : report.forecast.probMeetTarget;
  if (projection === null) return '—';
  const text = fmt.withUnit(round(projection), kpi.unit);
  return probability === null ? text : `${text} (${t.kpis.chance(fmt.percent(probability, 0))})`;
}

/** Large figures lose their decimals; small ones keep two. */
function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

function chartBlocks(ctx: ReportContext, urgent: KpiStatusReport[]): Block[] {
  const k = ctx.t.kpis;
  const measurements = groupBy<Measurement>(ctx.facts.measurements, (m) => m.kpi);
  const targets = groupBy<KpiTarget>(ctx.facts.kpiTargets, (x) => x.kpi);
  const kpis = new Map(ctx.facts.kpis.map((kpi) => [kpi.key, kpi]));
  const measured = urgent.filter((r) => (measurements.get(r.kpi)?.length ?? 0) > 0);
  if (measured.length === 0) return [{ kind: 'paragraph', text: k.noCharts, style: 'note' }];
  const blocks: Block[] = [];
  if (measured.length > maxKpiCharts) {
    blocks.push({ kind: 'paragraph', text: k.chartsSelection(maxKpiCharts, ctx.facts.kpis.length), style: 'note' });
  }
  for (const report of measured.slice(0, maxKpiCharts)) {
    const kpi = kpis.get(report.kpi);
    if (!kpi) continue;
    const chart = kpiChart(ctx, kpi, measurements.get(kpi.key) ?? [], targets.get(kpi.key) ?? [], report);
    if (chart)
      blocks.push({ kind: 'chart', chart: { ...chart, title: `${chart.title} — ${k.statuses[report.status]}` } });
  }
  return blocks;
}
