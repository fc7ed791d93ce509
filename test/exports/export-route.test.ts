import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportFormats as apiFormats } from '../../src/contract/exports.js';
import { exportFormats, exporters } from '../../src/io/export/registry.js';
import { appWithExamplePlan, type Actor, type SeededWorkspace, type TestApp } from '../support/app.js';
import { downloader, type Download } from './download.js';

/** `GET /plans/{plan}/export`: who may export, what each format is served as, and bad requests. */

let t: TestApp;
let ws: SeededWorkspace;
let other: SeededWorkspace;
let planId = '';
let get: (path: string, as: Actor) => Promise<Download>;

beforeAll(async () => {
  ({ t, ws, other, planId } = await appWithExamplePlan());
  get = downloader(t);
});
afterAll(() => t.close());

const exportOf = (query: string, as: Actor = ws.actors.viewer) => get(`/plans/${planId}/export?${query}`, as);

describe('who may export', () => {
  const cases: { who: string; as: () => Actor; status: number }[] = [
    { who: 'viewer', as: () => ws.actors.viewer, status: 200 },
    { who: 'viewer token', as: () => ws.viewerToken, status: 200 },
    { who: 'editor', as: () => ws.actors.editor, status: 200 },
    { who: 'editor token', as: () => ws.editorToken, status: 200 },
    { who: 'owner', as: () => ws.actors.owner, status: 200 },
    { who: 'outsider', as: () => ws.actors.outsider, status: 404 },
    { who: 'another workspace’s token', as: () => other.viewerToken, status: 404 },
    { who: 'anonymous', as: () => null, status: 401 },
  ];
  it.each(cases)('$who → $status', async ({ as, status }) => {
    const answer = await exportOf('format=md', as());
    expect(answer.status).toBe(status);
    if (status === 200) expect(answer.text).toContain('# Croissance Bio & Co 2027');
    else expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 404 for a plan that does not exist', async () => {
    expect((await get('/plans/no-such-plan/export?format=md', ws.actors.viewer)).status).toBe(404);
  });
});

describe('formats', () => {
  it('are the registry’s formats', () => {
    expect([...apiFormats].sort()).toEqual([...exportFormats].sort());
  });

  const cases = [
    { format: 'md', type: 'text/markdown; charset=utf-8', start: '# Croissance' },
    { format: 'ics', type: 'text/calendar; charset=utf-8', start: 'BEGIN:VCALENDAR' },
    { format: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', start: 'PK' },
  ];
  it.each(cases)('$format is served as $type, as an attachment <plan-key>.$format', async ({ format, type, start }) => {
    const answer = await exportOf(`format=${format}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(type);
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="bio-croissance-2027.${format}"`);
    expect(answer.headers.get('cache-control')).toContain('no-store');
    expect(answer.bytes.subarray(0, start.length).toString('latin1')).toBe(
      Buffer.from(start, 'utf8').toString('latin1'),
    );
  });

  it('writes in the plan’s language unless another is asked for', async () => {
    expect((await exportOf('format=md')).text).toContain('## 1. Objectifs business et alignement');
    expect((await exportOf('format=md&lang=en')).text).toContain('## 1. Business goals and alignment');
  });

  // Made by another module of the registry: a file of the right type, or a clean problem while
  // that exporter cannot make it — never a 500.
  it.each([
    { format: 'pdf', type: 'application/pdf' },
    { format: 'pptx', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  ])('$format goes through the registry', async ({ format, type }) => {
    const answer = await exportOf(`format=${format}&lang=en`);
    if (answer.status === 200) {
      expect(answer.headers.get('content-type')).toBe(type);
      expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="bio-croissance-2027.${format}"`);
    } else {
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.text)).toMatchObject({ code: 'export_failed', format });
    }
  });
});

describe('failures', () => {
  const original = exporters.md;
  afterEach(() => {
    exporters.md = original;
  });

  it('turns an exporter’s failure into a 422 problem naming the format', async () => {
    exporters.md = () => Promise.resolve(() => Promise.reject(new Error('The disk is full')));
    const answer = await exportOf('format=md');
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.parse(answer.text)).toMatchObject({
      status: 422,
      code: 'export_failed',
      format: 'md',
      detail: 'The md export could not be made: The disk is full',
    });
  });

  const bad = [
    { query: '', path: 'format' },
    { query: 'format=docx', path: 'format' },
    { query: 'format=yaml', path: 'format' },
    { query: 'format=md&lang=de', path: 'lang' },
    { query: 'format=md&today=2027-02-30', path: 'today' },
  ];
  it.each(bad)('refuses ?$query with 400 naming $path', async ({ query, path }) => {
    const answer = await exportOf(query);
    expect(answer.status).toBe(400);
    const problem = JSON.parse(answer.text);
    expect(problem.code).toBe('validation');
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
