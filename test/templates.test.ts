import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCollection, planCollections, planSingletons } from '../src/contract/collections.js';
import { objectiveTypes } from '../src/contract/enums.js';
import { scalarEntries } from '../src/contract/fields.js';
import type { PlanDocument } from '../src/contract/plan-document.js';
import { planHealth } from '../src/core/health/index.js';
import { parsePlanDocument } from '../src/io/plan-document-text.js';
import { addDays } from '../src/io/templates/shift-dates.js';
import { templateCatalog } from '../src/io/templates/templates.js';
import { planFactsOf } from '../src/server/modules/documents/plan-facts.js';
import { createTestApp, seedWorkspace, type SeededWorkspace, type TestApp } from './support/app.js';

const dir = path.join(import.meta.dirname, '..', 'templates');
const catalog = templateCatalog(dir);
const languages = ['fr', 'en'] as const;

function read(id: string, language: string): PlanDocument {
  const result = parsePlanDocument(fs.readFileSync(path.join(dir, id, `${language}.yaml`), 'utf8'));
  if (!result.ok) throw new Error(`${id}/${language}: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return result.document;
}

/** Every free text of a plan blanked out: what must be the same in both languages. */
function structureOf(document: PlanDocument): unknown {
  const blank = (def: { fields: Parameters<typeof scalarEntries>[0] }, item: Record<string, unknown>) => {
    const texts = new Set(
      scalarEntries(def.fields)
        .filter(([, f]) => f.kind === 'text' || f.kind === 'list')
        .map(([n]) => n),
    );
    return Object.fromEntries(Object.entries(item).filter(([name]) => !texts.has(name)));
  };
  const doc = document as unknown as Record<string, Record<string, unknown>[] | Record<string, unknown>>;
  return {
    plan: { ...document.plan, name: '', description: '', locale: '' },
    people: (doc.people as Record<string, unknown>[]).map((p) => blank(peopleCollection, p)),
    ...Object.fromEntries(
      planSingletons.map((def) => [
        def.docKey,
        doc[def.docKey] ? blank(def, doc[def.docKey] as Record<string, unknown>) : null,
      ]),
    ),
    ...Object.fromEntries(
      planCollections.map((def) => [
        def.docKey,
        (doc[def.docKey] as Record<string, unknown>[]).map((item) => blank(def, item)),
      ]),
    ),
  };
}

describe('the template library', () => {
  it('offers at least six templates, each in French and English, one of them the demo', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(6);
    expect(catalog.filter((t) => t.demo)).toHaveLength(1);
    expect(catalog.filter((t) => t.caseStudy).length).toBeGreaterThanOrEqual(2);
    for (const t of catalog) expect(t.name.fr).not.toBe(t.name.en);
  });

  it('uses, between them, every part of the method', () => {
    const plans = catalog.map((t) => read(t.id, 'fr'));
    const used = <T>(pick: (plan: PlanDocument) => T[]) => new Set(plans.flatMap(pick));
    for (const def of [peopleCollection, ...planCollections]) {
      const items = plans.flatMap((plan) => (plan as unknown as Record<string, unknown[]>)[def.docKey] ?? []);
      expect(items.length, def.docKey).toBeGreaterThan(0);
    }
    expect([...used((p) => p.objectives.map((o) => o.type))].sort()).toEqual([...objectiveTypes].sort());
    for (const channel of ['content', 'seo', 'sea', 'social', 'influence', 'email'] as const) {
      expect(used((p) => p.strategies.map((s) => s.channel)).has(channel), channel).toBe(true);
    }
    // The method's budget table: content 10 000 € at 3:1, social ads 5 000 € at 2:1, email 2 000 € at 5:1.
    const demo = read(catalog.find((t) => t.demo)!.id, 'fr');
    const lines = demo.budgetLines.map((line) => [line.plannedAmount, line.expectedRoi]);
    expect(lines).toEqual(
      expect.arrayContaining([
        [1_000_000, 3],
        [500_000, 2],
        [200_000, 5],
      ]),
    );
    expect(demo.budget?.contingencyPercent).toBeGreaterThan(0);
  });

  describe.each(catalog.map((t) => [t.id, t] as const))('%s', (id, template) => {
    it('is the same plan in both languages: only the texts differ', () => {
      const [fr, en] = languages.map((language) => read(id, language));
      expect(fr!.plan.locale).toBe('fr');
      expect(en!.plan.locale).toBe('en');
      expect(structureOf(en!)).toEqual(structureOf(fr!));
    });

    it.each(languages)('passes the method’s rules with no error (%s)', (language) => {
      const facts = planFactsOf(read(id, language));
      const days = [template.startDate, ...(template.caseStudy ? [addDays(template.startDate, 181)] : [])];
      for (const today of days) {
        const errors = planHealth(facts, today).findings.filter((f) => f.severity === 'error');
        expect(
          errors.map((f) => f.message.en),
          `${id}/${language} on ${today}`,
        ).toEqual([]);
      }
    });

    it('has history only if it is a case study', () => {
      const fr = read(id, 'fr');
      expect(fr.measurements.length > 0, 'measurements').toBe(template.caseStudy);
    });
  });
});

describe('new plans from templates, through the API', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.close());

  const create = (body: unknown, as = ws.actors.editor) =>
    t.request('POST', `/workspaces/${ws.workspaceId}/plans/from-template`, { as, body });

  it('lists the templates with their names in both languages', async () => {
    const answer = await t.request('GET', '/templates', { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((i: { id: string }) => i.id)).toEqual(catalog.map((c) => c.id));
  });

  it.each(catalog.flatMap((c) => languages.map((language) => [c.id, language] as const)))(
    'creates a plan from %s in %s, every date moved to the start chosen, and exports it',
    async (id, language) => {
      const template = read(id, language);
      const startDate = '2028-03-01';
      const answer = await create({ templateId: id, language, startDate, currency: 'CHF' });
      expect(answer.status, answer.text).toBe(201);
      expect(answer.body).toMatchObject({ name: template.plan.name, currency: 'CHF', startDate });
      const shift = (Date.parse(startDate) - Date.parse(template.plan.startDate!)) / 86_400_000;
      const actions = await t.request('GET', `/plans/${answer.body.id}/actions?limit=1`, { as: ws.actors.viewer });
      const first = template.actions[0]!;
      expect(actions.body.items[0].dueDate).toBe(first.dueDate ? addDays(first.dueDate, shift) : null);
      const markdown = await t.request('GET', `/plans/${answer.body.id}/export?format=md&lang=${language}`, {
        as: ws.actors.viewer,
      });
      expect(markdown.status).toBe(200);
      expect(markdown.text).toContain(template.plan.name);
    },
  );

  it('refuses an unknown template, a bad date, and a viewer', async () => {
    expect((await create({ templateId: 'nope', language: 'fr', startDate: '2028-01-01' })).status).toBe(404);
    const badDate = await create({ templateId: catalog[0]!.id, language: 'fr', startDate: '2028-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0].path).toBe('startDate');
    const viewer = await create(
      { templateId: catalog[0]!.id, language: 'fr', startDate: '2028-01-01' },
      ws.actors.viewer,
    );
    expect(viewer.status).toBe(403);
  });
});

describe('the demo on an empty install', () => {
  it('loads the demo plan at setup, its history reaching this month', async () => {
    const t = await createTestApp();
    try {
      const answer = await t.request('POST', '/setup', {
        body: {
          email: 'admin@example.com',
          password: 'a long passphrase',
          name: 'Admin',
          workspaceName: 'Bio & Co',
          demoPlan: 'en',
        },
      });
      expect(answer.status, answer.text).toBe(201);
      const demo = catalog.find((c) => c.demo)!;
      expect(answer.body.demoPlan.name).toBe(demo.name.en);
      // Started on the first day of the month six months ago.
      const today = new Date();
      const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 6, 1)).toISOString().slice(0, 10);
      expect(answer.body.demoPlan.startDate).toBe(start);
    } finally {
      await t.close();
    }
  });
});

describe('templates from the command line', () => {
  const bin = path.join(import.meta.dirname, '..', 'bin', 'jalon');
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-templates-')), 'demo.sqlite');
  const jalon = (...args: string[]) => spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8' });

  it('lists the templates, loads the demo on an empty database, and creates a plan from a template', () => {
    const list = jalon('--json', 'template', 'list');
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((t: { id: string }) => t.id)).toEqual(catalog.map((c) => c.id));

    const demo = jalon('--json', 'demo', '--lang', 'fr', '--password', 'a long passphrase');
    expect(demo.status, demo.stderr).toBe(0);
    const loaded = JSON.parse(demo.stdout);
    expect(loaded.signIn).toEqual({ email: 'demo@example.com', password: 'a long passphrase' });
    expect(loaded.plan.name).toBe(catalog.find((c) => c.demo)!.name.fr);
    // Once there are users, the demo needs a workspace.
    expect(jalon('demo').status).toBe(1);

    const template = catalog.find((c) => !c.caseStudy)!;
    const workspace = loaded.plan.workspaceId as string;
    const created = jalon(
      '--json',
      'plan',
      'create',
      '--template',
      template.id,
      '--workspace',
      workspace,
      '--start',
      '2028-01-01',
      '--lang',
      'en',
    );
    expect(created.status, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ name: template.name.en, startDate: '2028-01-01', locale: 'en' });
    const unknown = jalon('plan', 'create', '--template', 'nope', '--workspace', workspace);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('jalon template list');
  });
});
