// One simulated user of `npm run bench:load` (bench/load.mjs), and the record of every request.
import { percentile } from './lib.mjs';

/** Steps of a user's loop, by weight: reads of the screens, and writes. */
const steps = [
  { weight: 10, run: (u) => u.read('read: plan', '') },
  { weight: 10, run: (u) => u.read('read: plan health', '/health') },
  { weight: 10, run: (u) => u.read('read: KPI dashboard', '/kpi-dashboard') },
  { weight: 10, run: (u) => u.read('read: action list', '/actions?limit=100') },
  { weight: 10, run: (u) => u.read('read: budget summary', '/budget-summary') },
  { weight: 10, run: (u) => u.read('read: KPI chart', `/kpis/${u.pick(u.shape.kpiIds)}/chart`) },
  { weight: 5, run: (u) => u.createAction() },
  { weight: 8, run: (u) => u.updateAction() },
  { weight: 3, run: (u) => u.staleUpdate() },
  { weight: 8, run: (u) => u.addMeasurements() },
  { weight: 6, run: (u) => u.moveBudgetLine() },
];
const totalWeight = steps.reduce((sum, s) => sum + s.weight, 0);

/** Actions a user keeps before deleting the oldest, so that the plan does not grow. */
const keptActions = 2;
const requestTimeoutMs = 30_000;
const errorSamplesKept = 20;

/** Every request's kind, time and outcome. */
export class Recorder {
  byKind = new Map();
  errorSamples = [];
  errorCount = 0;

  record(kind, ms, error) {
    let entry = this.byKind.get(kind);
    if (!entry) this.byKind.set(kind, (entry = { times: [], errors: 0 }));
    entry.times.push(ms);
    if (error) {
      entry.errors++;
      this.errorCount++;
      if (this.errorSamples.length < errorSamplesKept) this.errorSamples.push(`${kind}: ${error}`);
    }
  }

  total() {
    let n = 0;
    for (const entry of this.byKind.values()) n += entry.times.length;
    return n;
  }

  summary(elapsedSeconds) {
    const kinds = [...this.byKind]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, { times, errors }]) => {
        const sorted = Float64Array.from(times).sort();
        return {
          kind,
          requests: times.length,
          errors,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: Math.round(sorted.at(-1)),
        };
      });
    const requests = this.total();
    return {
      requests,
      requestsPerSecond: Math.round(requests / elapsedSeconds),
      errors: this.errorCount,
      errorSamples: this.errorSamples,
      kinds,
    };
  }
}

/** A signed-in user working on the plan; `n` is the user's number, for the keys it creates. */
class User {
  constructor({ base, cookie, shape, recorder }, n) {
    this.base = base;
    this.cookie = cookie;
    this.shape = shape;
    this.recorder = recorder;
    this.n = n;
    this.created = 0;
    /** The user's own actions and budget line, with their current versions. */
    this.actions = [];
    this.line = null;
  }

  pick(list) {
    return list[Math.floor(Math.random() * list.length)];
  }

  /** One request; anything but `expected` (or a network error, a timeout) is recorded as an error. */
  async call(kind, method, route, body, expected) {
    const started = performance.now();
    let error = null;
    let data = null;
    try {
      const res = await fetch(`${this.base}/api/v1/plans/${this.shape.planId}${route}`, {
        method,
        headers: {
          cookie: this.cookie,
          origin: this.base,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const text = await res.text();
      if (res.status !== expected) error = `${method} ${route} → ${res.status} ${text.slice(0, 200)}`;
      else if (text) data = JSON.parse(text);
    } catch (caught) {
      const cause = caught.cause?.code ?? caught.cause?.message;
      error = `${method} ${route} → ${caught.name}: ${caught.message}${cause ? ` (${cause})` : ''}`;
    }
    this.recorder.record(kind, performance.now() - started, error);
    return error ? null : data;
  }

  read(kind, route) {
    return this.call(kind, 'GET', route, undefined, 200);
  }

  async createAction() {
    if (this.actions.length >= keptActions) {
      const oldest = this.actions.shift();
      await this.call(
        'write: delete action',
        'DELETE',
        `/actions/${oldest.id}?version=${oldest.version}`,
        undefined,
        204,
      );
    }
    const key = `load-${this.n}-${++this.created}`;
    const tactic = this.pick(this.shape.tactics);
    const action = await this.call(
      'write: create action',
      'POST',
      '/actions',
      { key, title: `Load test action ${key}`, tacticId: tactic.id, priority: 'medium' },
      201,
    );
    if (action) this.actions.push({ id: action.id, version: action.version });
    await this.refreshActions();
  }

  async ownAction() {
    if (this.actions.length === 0) await this.createAction();
    return this.actions.at(-1);
  }

  async updateAction() {
    const own = await this.ownAction();
    if (!own) return;
    const status = this.pick(['todo', 'in_progress', 'done']);
    const updated = await this.call(
      'write: update action',
      'PATCH',
      `/actions/${own.id}`,
      { version: own.version, status, title: `Load test action ${this.n} (${status})` },
      200,
    );
    if (updated) own.version = updated.version;
    await this.refreshActions();
  }

  /** A save from a screen read before the last save: the server must refuse it with 409. */
  async staleUpdate() {
    const own = await this.ownAction();
    if (!own || own.version < 2) return this.updateAction();
    await this.call(
      'write: stale version (409)',
      'PATCH',
      `/actions/${own.id}`,
      { version: own.version - 1, title: 'A stale edit' },
      409,
    );
    const current = await this.read('read: action', `/actions/${own.id}`);
    if (current) own.version = current.version;
  }

  refreshActions() {
    return Promise.all([
      this.read('read: action list', '/actions?limit=100'),
      this.read('read: plan health', '/health'),
    ]);
  }

  /** A week of a KPI's values, on days of the plan's first two months (rewritten, never more days). */
  async addMeasurements() {
    const kpiId = this.pick(this.shape.kpiIds);
    const first = Date.parse(`${this.shape.startDate}T00:00:00Z`) + Math.floor(Math.random() * 53) * 86_400_000;
    const items = Array.from({ length: 7 }, (_, i) => ({
      date: new Date(first + i * 86_400_000).toISOString().slice(0, 10),
      value: Math.round(Math.random() * 10_000) / 10,
    }));
    await this.call(
      'write: add measurements',
      'POST',
      `/kpis/${kpiId}/measurements/batch`,
      { source: 'manual', items },
      200,
    );
    await Promise.all([
      this.read('read: KPI chart', `/kpis/${kpiId}/chart`),
      this.read('read: KPI dashboard', '/kpi-dashboard'),
    ]);
  }

  /** The user's own budget line, moved to another tactic (created on the first move). */
  async moveBudgetLine() {
    const tactic = this.pick(this.shape.tactics.filter((t) => t.id !== this.line?.tacticId));
    const place = { tacticId: tactic.id, strategyId: tactic.strategyId };
    const line = this.line
      ? await this.call(
          'write: move budget line',
          'PATCH',
          `/budget-lines/${this.line.id}`,
          { version: this.line.version, ...place },
          200,
        )
      : await this.call(
          'write: create budget line',
          'POST',
          '/budget-lines',
          {
            key: `load-${this.n}`,
            label: `Load test line ${this.n}`,
            category: 'advertising',
            plannedAmount: 100_000,
            ...place,
          },
          201,
        );
    if (line) this.line = { id: line.id, version: line.version, tacticId: line.tacticId };
    await this.read('read: budget summary', '/budget-summary');
  }
}

/** Runs one user's steps, picked at random by weight, while `context.running()`. */
export async function clientLoop(context, n) {
  const user = new User(context, n);
  while (context.running()) {
    let draw = Math.random() * totalWeight;
    const step = steps.find((s) => (draw -= s.weight) < 0) ?? steps[0];
    await step.run(user);
  }
}
