import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithExamplePlan, type Actor, type Answer, type ExamplePlanApp } from '../support/app.js';

/**
 * Two editors — one signed in, one calling with an editor API token — read the same item at the
 * same version and save different fields at the same moment: exactly one wins (200), the other
 * gets 409 naming the version, nothing of the loser's body is applied, and the loser's retry on
 * the reloaded item keeps both changes.
 */

let x: ExamplePlanApp;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  x = await appWithExamplePlan();
  alice = x.ws.actors.editor;
  bob = x.ws.editorToken;
}, 60_000);
afterAll(() => x?.t.close());

async function itemsOf(collection: string): Promise<{ id: string }[]> {
  const answer = await x.t.request('GET', `/plans/${x.planId}/${collection}?limit=1000`, { as: x.ws.actors.viewer });
  expect(answer.status, answer.text).toBe(200);
  return Array.isArray(answer.body) ? answer.body : answer.body.items;
}

/**
 * The refusal names the `version` field. When the stale version is seen before the write, the
 * problem also gives the current version; when both writes pass that check and the second one's
 * conditional UPDATE matches nothing, the server does not know it and says "Stale version".
 */
function expectVersionConflict(answer: Answer, currentVersion: number): void {
  expect(answer.status, answer.text).toBe(409);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status: 409, code: 'version_conflict' });
  expect((answer.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['version']);
  expect(answer.body.currentVersion).toBe(currentVersion);
}

interface Race {
  path: string;
  first: Record<string, unknown>;
  second: Record<string, unknown>;
}

/** Runs the two edits at once and checks the outcome; returns the final item. */
async function race({ path, first, second }: Race): Promise<Record<string, unknown>> {
  const read = async () => (await x.t.request('GET', path, { as: x.ws.actors.viewer })).body;
  const start = await read();
  const version = start.version as number;
  const edits = [
    { as: alice, change: first },
    { as: bob, change: second },
  ];
  const answers = await Promise.all(
    edits.map((e) => x.t.request('PATCH', path, { as: e.as, body: { version, ...e.change } })),
  );
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses, answers.map((a) => a.text).join('\n')).toEqual([200, 409]);
  const winner = answers[0]!.status === 200 ? 0 : 1;
  const loser = 1 - winner;
  expectVersionConflict(answers[loser]!, version + 1);

  // The winner's change is stored; the loser's is not, not even in part.
  const afterRace = await read();
  expect(afterRace.version).toBe(version + 1);
  expect(afterRace).toMatchObject(edits[winner]!.change);
  for (const field of Object.keys(edits[loser]!.change)) expect(afterRace[field], field).toEqual(start[field]);

  // The loser reloads and applies its change again on the new version: both are kept.
  const retry = await x.t.request('PATCH', path, {
    as: edits[loser]!.as,
    body: { version: afterRace.version, ...edits[loser]!.change },
  });
  expect(retry.status, retry.text).toBe(200);
  const final = await read();
  expect(final.version).toBe(version + 2);
  expect(final).toMatchObject({ ...first, ...second });
  return final;
}

describe('two editors saving the same item at once', () => {
  it('an action: one 200, one 409, nothing lost after the retry', async () => {
    const [action] = await itemsOf('actions');
    const path = `/plans/${x.planId}/actions/${action!.id}`;
    const final = await race({
      path,
      first: { title: 'Title from Alice', description: 'Alice wrote this' },
      second: { priority: 'high', dueDate: '2027-06-30', isMilestone: true },
    });
    expect(final.id).toBe(action!.id);
  });

  it('holds over repeated races on several collections', async () => {
    const rounds: Race[] = [];
    for (const collection of ['actions', 'objectives', 'tactics']) {
      const items = await itemsOf(collection);
      for (const [i, item] of items.slice(0, 3).entries()) {
        rounds.push({
          path: `/plans/${x.planId}/${collection}/${item.id}`,
          first: { description: `First editor, round ${i}` },
          second: { position: 500 + i },
        });
      }
    }
    expect(rounds.length).toBeGreaterThanOrEqual(6);
    for (const round of rounds) await race(round);
  });

  it('the plan itself: one 200, one 409, nothing lost after the retry', async () => {
    await race({
      path: `/plans/${x.planId}`,
      first: { name: 'Renamed by Alice' },
      second: { description: 'Described by Bob' },
    });
  });
});
