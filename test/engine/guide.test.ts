import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithExamplePlan, type ExamplePlanApp } from '../support/app.js';

describe('guided path on a stored plan', () => {
  let app: ExamplePlanApp;
  beforeAll(async () => {
    app = await appWithExamplePlan();
  });
  afterAll(() => app.t.close());

  const get = (route: string) => app.t.request('GET', `/plans/${app.planId}${route}`, { as: app.ws.actors.viewer });

  it('gives the example plan’s four stages, most steps done', async () => {
    const answer = await get('/guided-path?today=2027-03-01');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ done: 13, total: 15, complete: false });
    expect(answer.body.stages.map((s: { id: string }) => s.id)).toEqual([
      'foundations',
      'objectives',
      'action-plan',
      'tracking',
    ]);
    const measurements = answer.body.stages[3].steps[0];
    // Of the three KPIs, the Instagram engagement rate has no measurement yet.
    expect(measurements).toMatchObject({ id: 'measurements', done: false, progress: { done: 2, of: 3 } });
    expect(measurements.section).toBe('tracking');
    expect(measurements.title.fr).toBeTruthy();
    expect(measurements.why.en).toBeTruthy();
  });

  it('refuses a malformed date', async () => {
    const answer = await get('/guided-path?today=2027-02-30');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].path).toBe('today');
  });
});
