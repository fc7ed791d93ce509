import { describe, expect, it } from 'vitest';
import { collectionByName, peopleCollection, planCollections, planSingletons } from './collections.js';
import { collectionNames, planCollectionNames, planSingletonNames } from './collection-names.js';
import { createSchema, documentItemSchema, updateSchema } from './entities.js';
import { isoDate, money } from './fields.js';
import { planDocumentSchema } from './plan-document.js';
import { createPlanBody, slugify } from './plans.js';

const def = (name: string) => {
  const found = collectionByName(name);
  if (!found) throw new Error(name);
  return found;
};

describe('field vocabulary', () => {
  it.each([
    ['2027-01-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2027-13-01', false],
    ['31/01/2027', false],
    ['20270131', false],
  ])('isoDate(%s) → %s', (value, ok) => {
    expect(isoDate.safeParse(value).success).toBe(ok);
  });

  it.each([
    [1000, true],
    [-250, true],
    [10.5, false],
    ['1000', false],
  ])('money(%s) → %s', (value, ok) => {
    expect(money.safeParse(value).success).toBe(ok);
  });

  it.each([
    ['Plan 2027 — Lancement été', 'plan-2027-lancement-ete'],
    ['  Épicerie Bio & Co  ', 'epicerie-bio-co'],
    ['***', 'plan'],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
  ])('slugify(%s) → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('entity schemas derived from the declarations', () => {
  it('applies defaults and requires required fields on create', () => {
    const actions = createSchema(def('actions'));
    expect(actions.safeParse({ key: 'a', title: 'Audit SEO' }).success).toBe(false); // tacticId missing
    const ok = actions.parse({ key: 'a', title: 'Audit SEO', tacticId: 't1' });
    expect(ok).toMatchObject({ status: 'todo', priority: 'medium', isMilestone: false });
  });

  it('rejects unknown fields, wrong enums and bad keys with the field path', () => {
    const objectives = createSchema(def('objectives'));
    const result = objectives.safeParse({ key: 'Mauvaise Clé', title: 'x', type: 'notoriete', colour: 'red' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.') || i.message);
    expect(paths).toEqual(expect.arrayContaining(['key', 'type']));
    expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('needs the version on update and lets optional fields be cleared', () => {
    const kpis = updateSchema(def('kpis'));
    expect(kpis.safeParse({ target: 10 }).success).toBe(false);
    expect(kpis.parse({ version: 3, target: null })).toEqual({ version: 3, target: null });
    // A required field cannot be cleared.
    expect(kpis.safeParse({ version: 3, name: null }).success).toBe(false);
  });

  it('names references by key in documents', () => {
    const tactics = documentItemSchema(def('tactics'));
    expect(tactics.parse({ key: 'articles', strategy: 'seo', name: 'Articles' })).toEqual({
      key: 'articles',
      strategy: 'seo',
      name: 'Articles',
    });
  });

  it('declares every collection once, with references only to earlier collections or people', () => {
    const seen = new Set<string>(['people']);
    for (const c of planCollections) {
      for (const field of Object.values(c.fields)) {
        if (field.kind === 'ref' || field.kind === 'links')
          expect(seen, `${c.name} → ${field.collection}`).toContain(field.collection);
      }
      expect(seen.has(c.name)).toBe(false);
      seen.add(c.name);
    }
  });

  it('names the collections as the import-free list the web app reads does', () => {
    expect(planCollections.map((c) => c.name)).toEqual(planCollectionNames);
    expect(planSingletons.map((c) => c.name)).toEqual(planSingletonNames);
    expect([...planCollections, ...planSingletons, peopleCollection].map((c) => c.name)).toEqual(collectionNames);
  });
});

describe('plan document schema', () => {
  const base = { schema: 'jalon/plan@1', plan: { key: 'p', name: 'P' } };

  it('accepts a minimal document and fills defaults', () => {
    const doc = planDocumentSchema.parse(base);
    expect(doc.plan).toMatchObject({ status: 'draft', currency: 'EUR', locale: 'fr' });
    expect((doc as Record<string, unknown>).actions).toEqual([]);
  });

  it('refuses another schema version', () => {
    expect(planDocumentSchema.safeParse({ ...base, schema: 'jalon/plan@2' }).success).toBe(false);
  });

  it('reports duplicate keys and dangling references at their path', () => {
    const result = planDocumentSchema.safeParse({
      ...base,
      strategies: [
        { key: 'seo', name: 'SEO' },
        { key: 'seo', name: 'SEO bis' },
      ],
      tactics: [{ key: 't', strategy: 'sea', name: 'Annonces' }],
      raciAssignments: [{ action: 'nope', person: 'nobody', role: 'R' }],
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['strategies.1.key', 'Duplicate key "seo" in strategies'],
        ['tactics.0.strategy', 'No strategy with key "sea" in strategies'],
        ['raciAssignments.0.action', 'No action with key "nope" in actions'],
        ['raciAssignments.0.person', 'No person with key "nobody" in people'],
      ]),
    );
  });

  it('refuses two rows with the same natural key, e.g. a measurement of a KPI on one date from one source', () => {
    const kpis = [{ key: 'trafic', name: 'Trafic' }];
    const measurement = { kpi: 'trafic', date: '2027-01-31', value: 1, source: 'ga4' };
    const twice = planDocumentSchema.safeParse({
      ...base,
      kpis,
      measurements: [measurement, { ...measurement, value: 2 }],
    });
    expect(twice.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['measurements.1', 'Duplicate measurement: another one has the same kpi, date, source'],
    ]);
    const otherSource = planDocumentSchema.safeParse({
      ...base,
      kpis,
      measurements: [measurement, { ...measurement, source: 'manual' }],
    });
    expect(otherSource.success).toBe(true);
  });

  it('checks plan dates', () => {
    expect(
      createPlanBody.safeParse({ name: 'P', startDate: '2027-02-01', endDate: '2027-01-01' }).error?.issues[0]?.path,
    ).toEqual(['endDate']);
  });
});
