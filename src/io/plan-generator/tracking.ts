import type { Ctx, Item, KpiRef, PersonRef, StrategyRef } from './context.js';
import { Keys } from './keys.js';
import { round } from './numbers.js';
import { regions, type ObjectiveType } from './vocabulary.js';
import {
  correctiveTemplates,
  experimentTemplates,
  kpiTemplates,
  type ExperimentTemplate,
  type KpiTemplate,
} from './vocabulary.tracking.js';

const aggregationLabels = { sum: 'total', average: 'moyenne', last: 'dernière valeur' } as const;

export function buildKpis(
  ctx: Ctx,
  links: { objectivesByType: Map<ObjectiveType, string[]>; keyResults: string[]; strategies: StrategyRef[] },
): { items: Item[]; refs: KpiRef[] } {
  const { rng } = ctx;
  const keys = new Keys();
  const items: Item[] = [];
  const refs: KpiRef[] = [];
  for (let i = 0; i < ctx.spec.kpis; i++) {
    const t = kpiTemplates[i % kpiTemplates.length] as KpiTemplate;
    const lap = Math.floor(i / kpiTemplates.length);
    const name = lap === 0 ? t.name : `${t.name} — ${regions[(lap - 1) % regions.length]}`;
    // Regional volumes are a fraction of the national ones; rates stay comparable.
    const scale = lap === 0 || t.aggregation === 'average' ? 1 : rng.float(0.08, 0.3);
    const base = round(rng.float(t.base[0], t.base[1]) * scale, t.decimals);
    const target = round(base * (1 + t.change), t.decimals);
    const key = keys.make(name);
    const objectives = links.objectivesByType.get(t.type) ?? [];
    const strategy = links.strategies.find((s) => s.channel === t.channel) ?? rng.pick(links.strategies);
    const item: Item = {
      key,
      name,
      description: `Valeur quotidienne (${aggregationLabels[t.aggregation]} sur la période), source : ${t.source}.`,
      unit: t.unit,
      direction: t.direction,
      aggregation: t.aggregation,
      baseline: base,
      target,
      targetDate: ctx.cal.date(ctx.end),
      tolerancePercent: rng.pick([5, 10, 10, 15]),
    };
    if (objectives.length > 0) item.objective = rng.pick(objectives);
    if (links.keyResults.length > 0 && rng.chance(0.3)) item.keyResult = rng.pick(links.keyResults);
    item.strategy = strategy.key;
    items.push(item);
    refs.push({ key, name, unit: t.unit, template: t, base, target, realisation: round(rng.float(0.55, 1.15), 2) });
  }
  return { items, refs };
}

/** The planned path at the end of each quarter, and at the deadline. */
export function buildKpiTargets(ctx: Ctx, kpis: KpiRef[]): Item[] {
  const days: number[] = [];
  for (let q = 1; ; q++) {
    const day = ctx.cal.addMonths(3 * q) - 1;
    if (day >= ctx.end) break;
    days.push(day);
  }
  days.push(ctx.end);
  return kpis.flatMap((k) =>
    days.map((day) => ({
      kpi: k.key,
      date: ctx.cal.date(day),
      value: round(k.base + ((k.target - k.base) * day) / ctx.end, k.template.decimals),
    })),
  );
}

// Relative effect of the weekday (Sunday first) on consumer and on business audiences.
const consumerWeek = [0.1, -0.03, -0.05, -0.04, -0.03, 0, 0.05];
const businessWeek = [-0.35, 0.1, 0.12, 0.1, 0.08, 0.05, -0.3];

/** Daily series: trend toward the target (as far as the KPI's realisation goes) × weekday effect × noise. */
export function buildMeasurements(ctx: Ctx, kpis: KpiRef[]): Item[] {
  const { rng, cal } = ctx;
  const rows: Item[] = [];
  const first = ctx.asOf - ctx.spec.measurementDays + 1;
  const firstWeekday = cal.weekday(first);
  for (const k of kpis) {
    const t = k.template;
    const week = t.source === 'crm' || t.channel === 'events' ? businessWeek : consumerWeek;
    const amplitude =
      t.aggregation === 'last' ? 0 : t.aggregation === 'average' ? rng.float(0.2, 0.5) : rng.float(0.6, 1.2);
    const noise = t.aggregation === 'last' ? 0.002 : t.aggregation === 'average' ? 0.04 : 0.08;
    const ceiling = t.unit === '%' ? 100 : Infinity;
    for (let day = first; day <= ctx.asOf; day++) {
      // Flat at the baseline before the plan starts, then toward the target.
      const level = k.base + ((k.target - k.base) * Math.max(0, day) * k.realisation) / ctx.end;
      const weekday = (week[(firstWeekday + day - first) % 7] as number) * amplitude;
      const spike = t.direction === 'increase' && t.aggregation === 'sum' && rng.chance(0.002);
      const value = level * (1 + weekday + noise * rng.normal()) * (spike ? 1.6 : 1);
      const row: Item = {
        kpi: k.key,
        date: cal.date(day),
        value: round(Math.min(ceiling, Math.max(0, value)), t.decimals),
        source: t.source,
      };
      if (spike) row.note = 'Pic lié à une opération promotionnelle';
      rows.push(row);
    }
  }
  return rows;
}

export function buildCorrectiveActions(ctx: Ctx, kpis: KpiRef[], people: PersonRef[]): Item[] {
  const { rng } = ctx;
  const behind = [...kpis].sort((a, b) => a.realisation - b.realisation).slice(0, ctx.spec.correctiveActions);
  const leads = people.filter((p) => p.lead);
  return behind.map((k) => {
    const status = rng.pick(['planned', 'in_progress', 'in_progress', 'done', 'done', 'abandoned']);
    const item: Item = {
      key: `${k.key}-correctif`,
      kpi: k.key,
      title: rng.pick(correctiveTemplates[k.template.channel]),
      description: `Écart de ${Math.max(1, Math.round((1 - k.realisation) * 100))} % sur la progression prévue de « ${k.name} » au ${ctx.cal.date(ctx.asOf)}.`,
      owner: rng.pick(leads).key,
      deadline: ctx.cal.date(Math.min(ctx.end, ctx.asOf + rng.int(14, 60))),
      status,
    };
    if (status === 'done') item.outcome = 'Trajectoire rétablie en six semaines.';
    if (status === 'abandoned') item.outcome = 'Remplacée par une refonte plus large du dispositif.';
    return item;
  });
}

const decisionNotes = {
  ship_variant: 'La variante l’emporte nettement ; déployée sur tout le trafic.',
  keep_control: 'Aucune variante ne fait mieux que la version actuelle.',
  iterate: 'Écart trop faible pour conclure ; à retester avec plus de trafic.',
} as const;

function experimentStatus(ctx: Ctx, start: number, end: number): string {
  if (start > ctx.asOf) return 'draft';
  if (end > ctx.asOf) return 'running';
  return ctx.rng.chance(0.85) ? 'decided' : 'stopped';
}

/** Daily users per variant, and conversions (or mean and spread of a continuous metric). */
function buildResults(
  ctx: Ctx,
  variantKey: string,
  metricType: string,
  lift: number,
  from: number,
  to: number,
): Item[] {
  const { rng } = ctx;
  const baseRate = rng.float(0.02, 0.25);
  const baseMean = rng.float(50, 120);
  const rows: Item[] = [];
  for (let day = from; day <= to; day++) {
    const users = rng.int(300, 1_500);
    const row: Item = { variant: variantKey, date: ctx.cal.date(day), users };
    if (metricType === 'conversion') {
      const rate = baseRate * lift * (1 + 0.1 * rng.normal());
      row.conversions = Math.min(users, Math.max(0, Math.round(users * rate)));
    } else {
      row.mean = round(baseMean * lift * (1 + 0.03 * rng.normal()), 2);
      row.sd = round(baseMean * rng.float(0.5, 0.7), 2);
    }
    rows.push(row);
  }
  return rows;
}

/** The control and the variants of one experiment, with their daily results up to "today". */
function buildVariants(
  ctx: Ctx,
  key: string,
  t: ExperimentTemplate,
  start: number,
  end: number,
): { variants: Item[]; results: Item[] } {
  const variants: Item[] = [];
  const results: Item[] = [];
  t.variants.forEach((variantName, v) => {
    const variantKey = `${key}-${v === 0 ? 'controle' : String.fromCharCode(97 + v)}`;
    variants.push({
      key: variantKey,
      experiment: key,
      name: variantName,
      isControl: v === 0,
      weight: 1,
      description: v === 0 ? 'Version actuellement en production.' : `Variante testée : ${variantName.toLowerCase()}.`,
    });
    if (start <= ctx.asOf) {
      const lift = v === 0 ? 1 : ctx.rng.float(0.9, 1.2);
      results.push(...buildResults(ctx, variantKey, t.metricType, lift, start, Math.min(end, ctx.asOf)));
    }
  });
  return { variants, results };
}

export function buildExperiments(ctx: Ctx, kpis: KpiRef[]): { experiments: Item[]; variants: Item[]; results: Item[] } {
  const { rng } = ctx;
  const keys = new Keys();
  const experiments: Item[] = [];
  const variants: Item[] = [];
  const results: Item[] = [];
  for (let i = 0; i < ctx.spec.experiments; i++) {
    const t = experimentTemplates[i % experimentTemplates.length] as ExperimentTemplate;
    const lap = Math.floor(i / experimentTemplates.length);
    const name = `Test A/B — ${t.name}${lap > 0 ? ` (vague ${lap + 1})` : ''}`;
    const key = keys.make(name);
    // The first one is over by "today", so that every plan has results to analyse.
    const start = i === 0 ? rng.int(0, Math.max(0, ctx.asOf - 30)) : rng.int(0, ctx.end - 30);
    const end = start + rng.int(14, 28);
    const status = experimentStatus(ctx, start, end);
    const named = kpis.filter((k) => k.template.name === t.kpi);
    const measured =
      named.length > 0 ? named : kpis.filter((k) => k.unit === (t.metricType === 'conversion' ? '%' : '€'));
    const experiment: Item = { key, name, hypothesis: t.hypothesis };
    if (measured.length > 0) experiment.kpi = rng.pick(measured).key;
    Object.assign(experiment, {
      metricType: t.metricType,
      status,
      startDate: ctx.cal.date(start),
      endDate: ctx.cal.date(end),
      alpha: rng.pick([0.05, 0.05, 0.1]),
      power: 0.8,
    });
    if (status === 'decided') {
      const decision = rng.pick(['ship_variant', 'keep_control', 'iterate'] as const);
      Object.assign(experiment, { decision, decisionNote: decisionNotes[decision], decidedAt: ctx.cal.date(end) });
    }
    experiments.push(experiment);
    const built = buildVariants(ctx, key, t, start, end);
    variants.push(...built.variants);
    results.push(...built.results);
  }
  return { experiments, variants, results };
}
