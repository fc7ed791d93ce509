import { experimentDecisions, experimentStatuses, metricTypes } from '../../../../core/diff/vocabulary.js';
import { analysePlanExperiment, type CombinedArmResult } from '../../../../core/abtest/index.js';
import type { Experiment } from '../../../../core/plan.js';
import type { ReportContext } from '../context.js';
import { capitalise } from '../format.js';
import type { Block, Section, TableRow } from '../outline.js';

/** Each A/B test: hypothesis, status and decision, and what its variants have shown so far. */
export function experimentsSection(ctx: ReportContext): Section {
  const { t, facts, fmt, language } = ctx;
  const e = t.experiments;
  const base = { id: 'experiments' as const, title: t.sections.experiments };
  if (facts.experiments.length === 0)
    return { ...base, highlights: [e.empty], blocks: [{ kind: 'paragraph', text: e.empty }] };
  const byStatus = (['running', 'decided', 'draft', 'stopped'] as const)
    .map((status) => ({ status, count: facts.experiments.filter((x) => x.status === status).length }))
    .filter((x) => x.count > 0)
    .map((x) => fmt.pair(capitalise(experimentStatuses[x.status][language]), String(x.count)));
  const highlights = [fmt.pair(e.count, String(facts.experiments.length)), `${e.byStatus} — ${byStatus.join(' · ')}`];
  for (const experiment of facts.experiments.filter((x) => x.decision).slice(0, 3)) {
    highlights.push(
      fmt.pair(
        experiment.name,
        experimentDecisions[experiment.decision as NonNullable<Experiment['decision']>][language],
      ),
    );
  }
  const overview: Block = {
    kind: 'table',
    columns: [
      { label: e.experiment, weight: 3 },
      { label: e.kpi, weight: 2 },
      { label: e.status, weight: 1.2 },
      { label: e.decision, weight: 1.8 },
    ],
    rows: facts.experiments.map((x) => ({
      cells: [
        x.name,
        x.kpi ? ctx.names.kpi(x.kpi) : '—',
        capitalise(experimentStatuses[x.status][language]),
        x.decision ? capitalise(experimentDecisions[x.decision][language]) : e.noDecision,
      ],
    })),
  };
  return {
    ...base,
    highlights,
    blocks: [overview, ...facts.experiments.flatMap((experiment) => experimentBlocks(ctx, experiment))],
  };
}

function experimentBlocks(ctx: ReportContext, experiment: Experiment): Block[] {
  const { t, fmt, names, language } = ctx;
  const e = t.experiments;
  const decision = experiment.decision ? experimentDecisions[experiment.decision][language] : e.noDecision;
  const details = [
    fmt.pair(e.status, experimentStatuses[experiment.status][language]),
    experiment.kpi ? fmt.pair(e.kpi, names.kpi(experiment.kpi)) : null,
    fmt.pair(e.metric, metricTypes[experiment.metricType][language]),
    fmt.pair(e.period, fmt.period(experiment.startDate, experiment.endDate)),
    fmt.pair(e.decision, experiment.decisionNote ? `${decision} — ${experiment.decisionNote}` : decision),
  ].filter((x): x is string => x !== null);
  const blocks: Block[] = [{ kind: 'subheading', text: experiment.name, level: 2 }];
  if (experiment.hypothesis)
    blocks.push({ kind: 'paragraph', text: fmt.pair(e.hypothesis, experiment.hypothesis), style: 'lead' });
  blocks.push({ kind: 'paragraph', text: details.join(' · '), style: 'note' });
  const { arms, verdict } = analysePlanExperiment(ctx.facts, experiment);
  if (arms.every((arm) => arm.totals.users === 0)) {
    blocks.push({ kind: 'paragraph', text: e.noResults, style: 'note' });
    return blocks;
  }
  const conversion = experiment.metricType === 'conversion';
  const measureOf = (x: CombinedArmResult) =>
    conversion ? (x.users > 0 ? (x.conversions ?? 0) / x.users : null) : x.mean;
  const control = arms.find((arm) => arm.variant.isControl);
  const controlMeasure = control ? measureOf(control.totals) : null;
  const rows: TableRow[] = arms.map(({ variant, totals: x }) => {
    const measure = measureOf(x);
    const lift =
      variant.isControl || measure === null || controlMeasure === null || controlMeasure === 0
        ? '—'
        : `${measure >= controlMeasure ? '+' : '−'}${fmt.percent(Math.abs(measure / controlMeasure - 1))}`;
    return {
      cells: [
        variant.isControl ? `${variant.name} (${e.control})` : variant.name,
        fmt.number(x.users, 0),
        ...(conversion ? [fmt.number(x.conversions ?? 0, 0)] : []),
        measure === null ? '—' : conversion ? fmt.percent(measure, 2) : fmt.number(measure),
        lift,
      ],
    };
  });
  blocks.push({
    kind: 'table',
    columns: [
      { label: e.variant, weight: 2.5 },
      { label: e.users, weight: 1.2, align: 'right' },
      ...(conversion ? [{ label: e.conversions, weight: 1.2, align: 'right' as const }] : []),
      { label: conversion ? e.rate : e.mean, weight: 1, align: 'right' },
      { label: e.lift, weight: 1.3, align: 'right' },
    ],
    rows,
  });
  if (verdict) blocks.push({ kind: 'paragraph', text: verdict[language] });
  return blocks;
}
