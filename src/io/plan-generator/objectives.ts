import { objectiveTypes } from '../../contract/enums.js';
import type { Ctx, Item, PersonRef } from './context.js';
import { Keys } from './keys.js';
import { frenchNumber, round, tidy } from './numbers.js';
import { list } from './text.js';
import { indicators, objectiveScopes, okrTitles, type Indicator, type ObjectiveType } from './vocabulary.js';

/** Awareness objectives serve brand and market goals; the others serve revenue and profit. */
function goalsFor(type: ObjectiveType, goals: Item[]): string[] {
  const brand = type === 'awareness';
  const fitting = goals.filter((g) => (g.kind === 'awareness' || g.kind === 'market') === brand);
  return (fitting.length > 0 ? fitting : goals).map((g) => g.key as string);
}

export function buildObjectives(ctx: Ctx, goals: Item[]): { items: Item[]; byType: Map<ObjectiveType, string[]> } {
  const keys = new Keys();
  const items: Item[] = [];
  const byType = new Map<ObjectiveType, string[]>(objectiveTypes.map((t) => [t, []]));
  const firstYearEnd = Math.min(ctx.end, ctx.cal.addMonths(12) - 1);
  for (let i = 0; i < ctx.spec.objectives; i++) {
    const type = objectiveTypes[i % 4] as ObjectiveType;
    const sameType = indicators.filter((o) => o.type === type);
    const o = sameType[Math.floor(i / 4) % sameType.length] as Indicator;
    const title = o.title + (objectiveScopes[Math.floor(i / 12) % objectiveScopes.length] as string);
    const key = keys.make(title);
    const deadline = ctx.cal.date(i % 3 === 1 ? firstYearEnd : ctx.end);
    items.push({
      key,
      title,
      description:
        `Passer de ${frenchNumber(o.baseline)} à ${frenchNumber(o.target)} ${o.unit} ` +
        `(${o.metric.toLowerCase()}) d’ici le ${deadline}, mesuré chaque mois.`,
      type,
      metric: o.metric,
      unit: o.unit,
      baseline: o.baseline,
      target: o.target,
      startDate: ctx.cal.date(0),
      deadline,
      businessGoals: ctx.rng.sample(goalsFor(type, goals), ctx.rng.int(1, 2)),
    });
    byType.get(type)?.push(key);
  }
  return { items, byType };
}

const checkInNotes = list(
  'Bon rythme, à confirmer le mois prochain.|Retard sur la production des contenus.|' +
    'Effet visible de la dernière campagne.|Budget média réduit ce mois-ci.|Tendance encourageante.',
);

function buildCheckIns(ctx: Ctx, kr: Item, from: number, to: number): Item[] {
  const { rng } = ctx;
  const start = kr.startValue as number;
  const target = kr.targetValue as number;
  const pace = rng.float(0.5, 1.15);
  const checkIns: Item[] = [];
  for (let day = from + 13; day <= Math.min(to, ctx.asOf); day += 14) {
    const progress = Math.min(1.2, ((day - from) / Math.max(1, to - from)) * pace + rng.normal() * 0.03);
    const checkIn: Item = {
      keyResult: kr.key,
      date: ctx.cal.date(day),
      value: tidy(start + (target - start) * progress),
      confidence: round(Math.min(0.95, Math.max(0.1, 0.45 * pace + rng.float(0, 0.3))), 2),
    };
    if (rng.chance(0.4)) checkIn.note = rng.pick(checkInNotes);
    checkIns.push(checkIn);
  }
  return checkIns;
}

export function buildOkrs(
  ctx: Ctx,
  people: PersonRef[],
  objectiveKeys: string[],
): { okrs: Item[]; keyResults: Item[]; checkIns: Item[] } {
  const { rng, cal } = ctx;
  const keys = new Keys();
  const okrs: Item[] = [];
  const keyResults: Item[] = [];
  const checkIns: Item[] = [];
  const leads = people.filter((p) => p.lead);
  for (let i = 0; i < ctx.spec.okrs; i++) {
    const from = Math.min(cal.addMonths(3 * i), ctx.end);
    const to = Math.min(cal.addMonths(3 * i + 3) - 1, ctx.end);
    const key = keys.make(okrTitles[i % okrTitles.length] as string);
    okrs.push({
      key,
      title: okrTitles[i % okrTitles.length],
      description: `OKR du trimestre commençant le ${cal.date(from)}.`,
      periodStart: cal.date(from),
      periodEnd: cal.date(to),
      owner: (leads[i % leads.length] as PersonRef).key,
      objective: objectiveKeys[i % objectiveKeys.length],
    });
    rng.sample(indicators, 3).forEach((o, n) => {
      const kr: Item = {
        key: `${key}-kr${n + 1}`,
        okrObjective: key,
        title: o.title,
        metric: o.metric,
        unit: o.unit,
        startValue: o.baseline,
        targetValue: o.target,
        weight: rng.pick([1, 1, 1, 2]),
      };
      const done = buildCheckIns(ctx, kr, from, to);
      if (done.length > 0) kr.currentValue = done[done.length - 1]?.value;
      keyResults.push(kr);
      checkIns.push(...done);
    });
  }
  return { okrs, keyResults, checkIns };
}
