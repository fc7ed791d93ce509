import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { planCollections, planSingletons } from '../../contract/collections.js';
import { documentRefName } from '../../contract/fields.js';
import { planDocumentSchema, type PlanDocument } from '../../contract/plan-document.js';
import { generatePlanDocument } from './index.js';
import { slugify } from './keys.js';

type Item = Record<string, unknown>;

const items = (doc: PlanDocument, docKey: string): Item[] =>
  (doc as unknown as Record<string, unknown>)[docKey] as Item[];

/** `kpi_id` → `kpi`: the document property holding a natural-key column. */
const propOf = (column: string): string =>
  documentRefName(column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));

/** Kahn's algorithm: the actions in an order where every predecessor comes first, or null on a cycle. */
function topologicalOrder(actions: string[], edges: [string, string][]): string[] | null {
  const incoming = new Map(actions.map((a) => [a, 0]));
  const next = new Map<string, string[]>(actions.map((a) => [a, []]));
  for (const [from, to] of edges) {
    next.get(from)?.push(to);
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
  }
  const ready = actions.filter((a) => incoming.get(a) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    const a = ready.pop() as string;
    order.push(a);
    for (const b of next.get(a) ?? []) {
      incoming.set(b, (incoming.get(b) ?? 0) - 1);
      if (incoming.get(b) === 0) ready.push(b);
    }
  }
  return order.length === actions.length ? order : null;
}

/** The checks that hold for every size. */
function checkPlanRules(doc: PlanDocument): void {
  const actions = items(doc, 'actions');
  const roles = new Map<unknown, unknown[]>(actions.map((a) => [a.key, []]));
  for (const r of items(doc, 'raciAssignments')) roles.get(r.action)?.push(r.role);
  for (const [action, list] of roles) {
    expect(
      list.filter((r) => r === 'A'),
      String(action),
    ).toHaveLength(1);
    expect(list.filter((r) => r === 'R').length, String(action)).toBeGreaterThanOrEqual(1);
  }

  const byKey = new Map(actions.map((a) => [a.key as string, a]));
  const edges = items(doc, 'actionDependencies').map((d) => [d.predecessor, d.successor] as [string, string]);
  for (const [from, to] of edges) {
    expect(from).not.toBe(to);
    expect(byKey.get(from)?.dueDate as string).toBeDefined();
    expect((byKey.get(from)?.dueDate as string) <= (byKey.get(to)?.startDate as string)).toBe(true);
  }
  expect(topologicalOrder([...byKey.keys()], edges)).not.toBeNull();

  const { startDate, endDate } = doc.plan as { startDate: string; endDate: string };
  for (const action of actions) {
    expect((action.startDate as string) >= startDate && (action.dueDate as string) <= endDate).toBe(true);
    expect((action.startDate as string) <= (action.dueDate as string)).toBe(true);
  }
  for (const content of items(doc, 'contentItems')) {
    expect((content.publishDate as string) >= startDate && (content.publishDate as string) <= endDate).toBe(true);
  }

  // The database refuses duplicates of a natural key; the schema does not check them, so we do.
  for (const def of planCollections) {
    if (!def.naturalKey) continue;
    const props = def.naturalKey.map(propOf);
    const seen = new Set(items(doc, def.docKey).map((item) => props.map((p) => String(item[p])).join('|')));
    expect(seen.size, def.docKey).toBe(items(doc, def.docKey).length);
  }

  for (const experiment of items(doc, 'experiments')) {
    const variants = items(doc, 'experimentVariants').filter((v) => v.experiment === experiment.key);
    expect(variants.length).toBeGreaterThanOrEqual(2);
    expect(variants.filter((v) => v.isControl)).toHaveLength(1);
  }
  expect(new Set(items(doc, 'swotItems').map((s) => s.quadrant))).toEqual(
    new Set(['strength', 'weakness', 'opportunity', 'threat']),
  );
  expect(new Set(items(doc, 'objectives').map((o) => o.type))).toEqual(
    new Set(['awareness', 'acquisition', 'loyalty', 'engagement']),
  );
}

describe('generatePlanDocument, small', () => {
  const doc = generatePlanDocument({ size: 'small', seed: 1 });

  it('is a valid document already in its parsed (canonical) form', () => {
    const parsed = planDocumentSchema.safeParse(doc);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(parsed.data).toEqual(doc);
  });

  it('fills every collection and singleton, so a round trip covers the whole model', () => {
    for (const def of planCollections) expect(items(doc, def.docKey).length, def.docKey).toBeGreaterThan(0);
    for (const def of planSingletons)
      expect((doc as unknown as Record<string, unknown>)[def.docKey], def.docKey).toBeTypeOf('object');
    expect(doc.people.length).toBeGreaterThan(0);
  });

  it('has the announced size', () => {
    expect(items(doc, 'strategies')).toHaveLength(3);
    expect(items(doc, 'actions')).toHaveLength(30);
    expect(items(doc, 'kpis')).toHaveLength(10);
    expect(items(doc, 'measurements')).toHaveLength(10 * 90);
  });

  it('keeps the rules of the method: RACI, acyclic dependencies, dates, natural keys', () => {
    checkPlanRules(doc);
  });

  it('gives a funnel whose targets multiply out to at least the revenue goal', () => {
    const goal = items(doc, 'businessGoals').find((g) => g.kind === 'revenue') as Item;
    const stages = items(doc, 'funnelStages').filter((s) => s.businessGoal === goal.key);
    const value = (field: string, suffix: string) =>
      stages.find((s) => String(s.key).endsWith(suffix))?.[field] as number;
    const revenue = (field: string) =>
      (((value(field, 'sessions') * value(field, 'taux-lead')) / 100) *
        value(field, 'taux-client') *
        value(field, 'panier')) /
      100;
    expect(revenue('targetValue') / revenue('baselineValue')).toBeGreaterThanOrEqual(
      (goal.target as number) / (goal.baseline as number),
    );
  });

  it('is deterministic: the same seed gives the same document, another seed another one', () => {
    expect(generatePlanDocument({ size: 'small', seed: 1 })).toEqual(doc);
    expect(generatePlanDocument({ size: 'small', seed: 2 })).not.toEqual(doc);
  });

  describe('purity', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      vi.useRealTimers();
    });

    it('reads neither Math.random nor the clock', () => {
      vi.spyOn(Math, 'random').mockImplementation(() => {
        throw new Error('Math.random called');
      });
      vi.useFakeTimers({ now: new Date('2031-06-15T12:00:00Z') });
      expect(generatePlanDocument({ size: 'small', seed: 1 })).toEqual(doc);
    });
  });

  it('starts the plan on the given date', () => {
    const shifted = generatePlanDocument({ size: 'small', seed: 1, startDate: '2026-09-01' });
    expect(shifted.plan).toMatchObject({ startDate: '2026-09-01', endDate: '2027-08-31' });
    expect(planDocumentSchema.safeParse(shifted).success).toBe(true);
    checkPlanRules(shifted);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generatePlanDocument({ size: 'huge' as 'small', seed: 1 })).toThrow(/size/);
    expect(() => generatePlanDocument({ size: 'small', seed: -1 })).toThrow(/seed/);
    expect(() => generatePlanDocument({ size: 'small', seed: 1.5 })).toThrow(/seed/);
    expect(() => generatePlanDocument({ size: 'small', seed: 1, startDate: '2025-02-30' })).toThrow(/date/);
  });

  it('makes slugs that are valid keys', () => {
    expect(slugify('Rédiger l’article « Éclairer un salon »')).toBe('rediger-l-article-eclairer-un-salon');
    expect(slugify('Cœur de cible', 60)).toBe('coeur-de-cible');
    expect(slugify('Une phrase un peu longue à couper', 20)).toBe('une-phrase-un-peu');
    expect(slugify('« — »')).toBe('item');
  });
});

describe('generatePlanDocument, large (the performance reference)', () => {
  let doc: PlanDocument;
  beforeAll(() => {
    doc = generatePlanDocument({ size: 'large', seed: 1 });
  });

  it('has the reference sizes', () => {
    expect(items(doc, 'actions')).toHaveLength(2_000);
    expect(items(doc, 'budgetLines')).toHaveLength(500);
    expect(items(doc, 'kpis')).toHaveLength(200);
    expect(items(doc, 'measurements')).toHaveLength(200 * 1_096);
    expect(items(doc, 'contentItems')).toHaveLength(1_000);
    expect(items(doc, 'raciAssignments').length).toBeGreaterThanOrEqual(2 * 2_000);
    expect(items(doc, 'actionDependencies').length).toBeGreaterThan(1_000);
    const perKpi = new Map<unknown, number>();
    for (const m of items(doc, 'measurements')) perKpi.set(m.kpi, (perKpi.get(m.kpi) ?? 0) + 1);
    expect(new Set(perKpi.values())).toEqual(new Set([1_096]));
  });

  it('passes the document schema', () => {
    const parsed = planDocumentSchema.safeParse(doc);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('keeps the rules of the method: RACI, acyclic dependencies, dates, natural keys', () => {
    checkPlanRules(doc);
  });

  it('draws daily series with a trend and a weekly rhythm', () => {
    const series = items(doc, 'measurements').filter((m) => m.kpi === 'sessions-organiques');
    const mean = (rows: Item[]) => rows.reduce((sum, m) => sum + (m.value as number), 0) / rows.length;
    expect(mean(series.slice(-91))).toBeGreaterThan(mean(series.slice(0, 91)) * 1.05);
    const weekday = (m: Item) => new Date(`${m.date as string}T00:00:00Z`).getUTCDay();
    expect(mean(series.filter((m) => weekday(m) === 0))).toBeGreaterThan(mean(series.filter((m) => weekday(m) === 3)));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generatePlanDocument({ size: 'large', seed: 1 }))).toBe(JSON.stringify(doc));
  });
});
