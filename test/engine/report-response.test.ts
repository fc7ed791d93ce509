import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesEtag } from '../../src/server/http/conditional.js';
import { acceptsGzip } from '../../src/server/modules/engine/report-response.js';
import { appWithExamplePlan, type Actor, type SeededWorkspace, type TestApp } from '../support/app.js';

/** Reports answered from their kept serialisation: ETag and 304, gzip, and a new answer after a write. */

describe('matchesEtag', () => {
  it.each([
    [undefined, false],
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['W/"abcd"', false],
    ['', false],
  ])('If-None-Match %s against W/"abc" → %s', (header, expected) => {
    expect(matchesEtag(header, 'W/"abc"')).toBe(expected);
  });
});

describe('acceptsGzip', () => {
  it.each([
    [undefined, false],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['*', true],
    ['deflate, br', false],
  ])('Accept-Encoding %s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

let t: TestApp;
let ws: SeededWorkspace;
let planId = '';

beforeAll(async () => {
  ({ t, ws, planId } = await appWithExamplePlan());
});
afterAll(() => t.close());

const dashboard = (headers: Record<string, string> = {}, as: Actor = ws.actors.viewer) =>
  t.request('GET', `/plans/${planId}/kpi-dashboard?today=2027-03-01`, { as, headers });

describe('GET of a report', () => {
  it('answers the same ETag while the plan is unchanged, and 304 without a body to a client that has it', async () => {
    const first = await dashboard();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await dashboard()).headers.get('etag')).toBe(etag);
    const again = await dashboard({ 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    // Another date is another report.
    const other = await t.request('GET', `/plans/${planId}/kpi-dashboard?today=2027-04-01`, { as: ws.actors.viewer });
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('sends the same JSON gzip-compressed to a client that accepts it', async () => {
    const plain = await dashboard();
    const zipped = await dashboard({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(zipped.bytes.byteLength).toBeLessThan(plain.bytes.byteLength);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString('utf8'))).toEqual(plain.body);
  });

  it('checks the caller before answering from what is kept', async () => {
    const { headers } = await dashboard();
    const outsider = await dashboard({ 'if-none-match': headers.get('etag')! }, ws.actors.outsider);
    expect(outsider.status).toBe(404);
    expect((await dashboard({}, null)).status).toBe(401);
  });

  it('answers anew after a write: a new ETag, and the old one no longer gets a 304', async () => {
    const before = await dashboard();
    const kpi = before.body.items[0] as { id: string; key: string; actual: number | null };
    const written = await t.request('POST', `/plans/${planId}/kpis/${kpi.id}/measurements/batch`, {
      as: ws.editorToken,
      body: { source: 'test', items: [{ date: '2027-03-01', value: 123_456 }] },
    });
    expect(written.body.inserted).toBe(1);
    const after = await dashboard({ 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.body.items[0].actual).toBe(123_456);
    expect(after.body.items[0].actual).not.toBe(kpi.actual);
  });
});
