import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appWithExamplePlan,
  importExamplePlan,
  type Actor,
  type SeededWorkspace,
  type TestApp,
} from '../support/app.js';
import { downloader, type Download } from './download.js';

/** The ICS export and the calendar subscription feed, read back with ical.js (an independent parser). */

let t: TestApp;
let ws: SeededWorkspace;
let other: SeededWorkspace;
let planId = '';
let get: (path: string, as: Actor, headers?: Record<string, string>) => Promise<Download>;

const planName = 'Croissance, Bio; & Co — été 2027';
const longTitle =
  'Préparer la campagne « Été gourmand » : sélection des producteurs, créations visuelles, réécriture des fiches';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  stamp: string | null;
}

// RFC 5545 §3.8.8.2: an X- property is TEXT unless it says otherwise; ical.js reads unknown
// properties raw, so it is told the value type of the calendar name (X-WR-CALNAME).
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)['x-wr-calname'] = { defaultType: 'text' };

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      stamp: component.getFirstPropertyValue('dtstamp')?.toString() ?? null,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname') as string, events };
}

const byUid = (events: ParsedEvent[], prefix: string) => events.find((e) => e.uid === `${prefix}.${planId}@jalon`)!;

beforeAll(async () => {
  ({ t, ws, other, planId } = await appWithExamplePlan());
  get = downloader(t);
  const as = ws.actors.editor;
  const plan = await t.request('GET', `/plans/${planId}`, { as });
  expect(
    (await t.request('PATCH', `/plans/${planId}`, { as, body: { version: plan.body.version, name: planName } })).status,
  ).toBe(200);
  const tactics = (await t.request('GET', `/plans/${planId}/tactics`, { as })).body.items;
  const created = await t.request('POST', `/plans/${planId}/actions`, {
    as,
    body: {
      key: 'campagne-ete',
      tacticId: tactics[0].id,
      title: longTitle,
      dueDate: '2027-06-15',
      startDate: '2027-05-02',
    },
  });
  expect(created.status, created.text).toBe(201);
});
afterAll(() => t.close());

describe('ICS export', () => {
  let download: Download;
  beforeAll(async () => {
    download = await get(`/plans/${planId}/export?format=ics`, ws.actors.viewer);
  });

  it('is served as text/calendar, named after the plan', () => {
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="bio-croissance-2027.ics"');
  });

  it('holds due dates, milestones, the editorial calendar and corrective deadlines as all-day events', () => {
    const { name, events } = parseCalendar(download.text);
    expect(name).toBe(planName);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        'action-audit-mots-cles',
        'action-calendrier-editorial',
        'action-campagne-ete',
        'content-article-paniers',
        'corrective-action-optim-campagnes',
      ]
        .map((prefix) => `${prefix}.${planId}@jalon`)
        .sort(),
    );
    for (const event of events) {
      expect(event.allDay, event.uid).toBe(true);
      expect(event.stamp, event.uid).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(byUid(events, 'action-audit-mots-cles')).toMatchObject({
      summary: 'Échéance : Audit des mots-clés recherchés par la clientèle',
      start: '2027-01-22',
      end: '2027-01-23',
    });
    expect(byUid(events, 'action-audit-mots-cles').description).toContain('A (Accountable) : Camille Martin');
    expect(byUid(events, 'action-calendrier-editorial')).toMatchObject({
      summary: 'Jalon : Publier le calendrier éditorial du premier trimestre',
      start: '2027-02-05',
    });
    expect(byUid(events, 'content-article-paniers')).toMatchObject({
      summary: 'Publication : 10 idées de paniers bio pour la semaine (blog)',
      start: '2027-02-10',
      end: '2027-02-11',
    });
    expect(byUid(events, 'corrective-action-optim-campagnes')).toMatchObject({
      summary: 'Action corrective : Optimisation des campagnes publicitaires, ciblage plus précis',
      start: '2027-04-30',
    });
    // Long, accented, with « » and a colon: folded in the file, whole once parsed.
    expect(byUid(events, 'action-campagne-ete')).toMatchObject({
      summary: `Échéance : ${longTitle}`,
      start: '2027-06-15',
    });
    expect(byUid(events, 'action-campagne-ete').description).toContain('Début : 02/05/2027');
  });

  it('folds lines at 75 octets with CRLF, never inside a character', () => {
    expect(download.text.endsWith('\r\n')).toBe(true);
    const lines = download.text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(download.text).not.toContain('\uFFFD');
    // The calendar name's comma and semicolon are escaped, as RFC 5545 TEXT requires.
    expect(download.text).toContain('X-WR-CALNAME:Croissance\\, Bio\\; & Co — été 2027');
  });

  it('speaks English when asked', async () => {
    const english = await get(`/plans/${planId}/export?format=ics&lang=en`, ws.actors.viewer);
    const { events } = parseCalendar(english.text);
    expect(byUid(events, 'action-audit-mots-cles').summary).toBe(
      'Due: Audit des mots-clés recherchés par la clientèle',
    );
    expect(byUid(events, 'action-calendrier-editorial').summary).toBe(
      'Milestone: Publier le calendrier éditorial du premier trimestre',
    );
  });
});

describe('calendar subscription feed', () => {
  const feeds = `/plans/__plan__/calendar-feeds`;
  const path = () => feeds.replace('__plan__', planId);
  let token = '';
  let feedId = '';

  it('creates a subscription whose secret is shown once and stored only as its SHA-256', async () => {
    const created = await t.request('POST', path(), { as: ws.actors.editor });
    expect(created.status, created.text).toBe(201);
    token = created.body.token;
    feedId = created.body.id;
    expect(token).toMatch(/^jcal_[a-z2-7]{32}$/);
    expect(created.body.url).toBe(`http://localhost/api/v1/calendar/${token}.ics`);
    expect(created.body.webcalUrl).toBe(`webcal://localhost/api/v1/calendar/${token}.ics`);
    expect(created.body).toMatchObject({ createdBy: 'editor', revokedAt: null });

    const row = await t.database.handle.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('id', '=', feedId)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(5));

    const list = await t.request('GET', path(), { as: ws.actors.viewer });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      { id: feedId, createdAt: expect.any(String), createdBy: 'editor', revokedAt: null },
    ]);
    expect(list.text).not.toContain(token.slice(5));
  });

  it('serves the calendar without a session, with cache headers and an ETag', async () => {
    const feed = await get(`/calendar/${token}.ics`, null);
    expect(feed.status, feed.text).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = feed.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const { name, events } = parseCalendar(feed.text);
    expect(name).toBe(planName);
    expect(events).toHaveLength(5);
    expect(
      parseCalendar((await get(`/calendar/${token}.ics?lang=en`, null)).text).events.map((e) => e.summary),
    ).toContain('Due: Audit des mots-clés recherchés par la clientèle');

    // Polled again with the ETag: nothing changed, 304 (DTSTAMP changes, the events do not).
    const again = await get(`/calendar/${token}.ics`, null, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);

    // A change in the plan: a new ETag, the same UID with the new title.
    const actions = (await t.request('GET', `/plans/${planId}/actions`, { as: ws.actors.editor })).body.items;
    const audit = actions.find((a: { key: string }) => a.key === 'audit-mots-cles');
    const renamed = await t.request('PATCH', `/plans/${planId}/actions/${audit.id}`, {
      as: ws.actors.editor,
      body: { version: audit.version, title: 'Audit SEO complet' },
    });
    expect(renamed.status).toBe(200);
    const changed = await get(`/calendar/${token}.ics`, null, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(byUid(parseCalendar(changed.text).events, 'action-audit-mots-cles').summary).toBe(
      'Échéance : Audit SEO complet',
    );
  });

  it('answers 404 for unknown or malformed secrets', async () => {
    for (const secret of ['jcal_' + 'a'.repeat(32) + '.ics', 'jcal_abc.ics', 'nothing', token.toUpperCase() + '.ics']) {
      const answer = await get(`/calendar/${secret}`, null);
      expect(answer.status, secret).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('revokes: the URL answers 404 from then on, and the list says when', async () => {
    expect((await t.request('DELETE', `${path()}/${feedId}`, { as: ws.actors.viewer })).status).toBe(403);
    expect((await get(`/calendar/${token}.ics`, null)).status).toBe(200);
    expect((await t.request('DELETE', `${path()}/${feedId}`, { as: ws.actors.editor })).status).toBe(204);
    expect((await get(`/calendar/${token}.ics`, null)).status).toBe(404);
    const list = await t.request('GET', path(), { as: ws.actors.viewer });
    expect(list.body.items[0].revokedAt).toEqual(expect.any(String));
    // Revoking again changes nothing; an unknown subscription is 404.
    expect((await t.request('DELETE', `${path()}/${feedId}`, { as: ws.actors.editor })).status).toBe(204);
    expect((await t.request('DELETE', `${path()}/no-such-feed`, { as: ws.actors.editor })).status).toBe(404);
  });

  describe('who may manage subscriptions', () => {
    const cases: { who: string; as: () => Actor; create: number; list: number; revoke: number }[] = [
      { who: 'owner', as: () => ws.actors.owner, create: 201, list: 200, revoke: 204 },
      { who: 'editor', as: () => ws.actors.editor, create: 201, list: 200, revoke: 204 },
      { who: 'editor token', as: () => ws.editorToken, create: 201, list: 200, revoke: 204 },
      { who: 'viewer', as: () => ws.actors.viewer, create: 403, list: 200, revoke: 403 },
      { who: 'viewer token', as: () => ws.viewerToken, create: 403, list: 200, revoke: 403 },
      { who: 'outsider', as: () => ws.actors.outsider, create: 404, list: 404, revoke: 404 },
      { who: 'another workspace’s editor token', as: () => other.editorToken, create: 404, list: 404, revoke: 404 },
      { who: 'anonymous', as: () => null, create: 401, list: 401, revoke: 401 },
    ];
    it.each(cases)('$who: create $create, list $list, revoke $revoke', async ({ as, create, list, revoke }) => {
      const count = async () =>
        Number(
          (
            (await t.database.handle.db
              .selectFrom('calendar_feeds')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('revoked_at', 'is', null)
              .executeTakeFirstOrThrow()) as { n: number | string }
          ).n,
        );
      const before = await count();
      const created = await t.request('POST', path(), { as: as() });
      expect(created.status, created.text).toBe(create);
      expect(await count()).toBe(before + (create === 201 ? 1 : 0));
      expect((await t.request('GET', path(), { as: as() })).status).toBe(list);
      const target =
        create === 201 ? created.body.id : (await t.request('POST', path(), { as: ws.actors.editor })).body.id;
      expect((await t.request('DELETE', `${path()}/${target}`, { as: as() })).status).toBe(revoke);
    });
  });

  it('stops serving a deleted plan', async () => {
    const doomed = await importExamplePlan(t, ws);
    const created = await t.request('POST', `/plans/${doomed}/calendar-feeds`, { as: ws.editorToken });
    expect((await get(`/calendar/${created.body.token}.ics`, null)).status).toBe(200);
    expect((await t.request('DELETE', `/plans/${doomed}`, { as: ws.actors.editor })).status).toBe(204);
    expect((await get(`/calendar/${created.body.token}.ics`, null)).status).toBe(404);
  });
});
