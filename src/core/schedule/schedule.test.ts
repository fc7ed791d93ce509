import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import { generatePlanDocument } from '../../io/plan-generator/index.js';
import type { PlanFacts } from '../plan.js';
import { wouldCreateCycle } from './cycles.js';
import { analyseSchedule } from './schedule.js';

function examplePlan(): PlanFacts {
  const file = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'plan-full.yaml');
  const parsed = parsePlanDocument(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

describe('analyseSchedule on the example plan', () => {
  // The example plan, read by hand (2027): audit-mots-cles, done, Mon 4 – Fri 22 Jan, 24 h, R hugo;
  // then the milestone calendrier-editorial, in progress, due Fri 5 Feb, 2 days after the audit.
  // Today: Wed 10 Feb 2027.
  const report = analyseSchedule(examplePlan(), '2027-02-10');

  it('finds the RACI complete, and no cycle or date conflict (22 Jan + 2 ≤ 5 Feb)', () => {
    expect([report.raci, report.cycles, report.dateConflicts]).toEqual([[], [], []]);
  });

  it('spreads the audit over its three weeks: 24 h / 15 working days = 1.6 h a day, 8 h a week', () => {
    expect(report.workload.weeks).toEqual(['2027-W01', '2027-W02', '2027-W03']);
    expect(report.workload.people.map((p) => [p.person, p.hours])).toEqual([
      ['camille', [0, 0, 0]],
      ['hugo', [8, 8, 8]],
    ]);
    expect(report.workload.overloads).toEqual([]);
  });

  // The plan ends on 31 Dec, after both actions: the project end is the plan's, and nothing is
  // critical. Milestone: 31 Dec (day 365) − 5 Feb (day 36) = 329 days of slack. Audit: latest
  // finish = 31 Dec − 2 = 29 Dec, latest start 29 Dec − 18 days = 11 Dec (day 345); 345 − 4 = 341.
  it('measures the slack against the plan’s end date', () => {
    const { criticalPath } = report;
    expect([criticalPath.projectEnd, criticalPath.projectEndSource]).toEqual(['2027-12-31', 'plan']);
    expect(criticalPath.timings.map((t) => [t.action, t.slackDays])).toEqual([
      ['audit-mots-cles', 341],
      ['calendrier-editorial', 329],
    ]);
    expect(criticalPath.criticalPath).toEqual([]);
  });

  it('sees the milestone overdue on 10 Feb, but not on its due date', () => {
    expect(report.milestonesAtRisk.map((m) => [m.milestone, m.reasons.map((r) => r.code)])).toEqual([
      ['calendrier-editorial', ['overdue']],
    ]);
    expect(analyseSchedule(examplePlan(), '2027-02-05').milestonesAtRisk).toEqual([]);
  });

  it('refuses a "today" that is not a date', () => {
    expect(() => analyseSchedule(examplePlan(), 'tomorrow')).toThrow(RangeError);
  });
});

describe('analyseSchedule on the large reference plan', () => {
  // What the generator promises, checked through the report: exactly one A and at least one R per
  // action; dependencies only from an action to a later one with lag ≤ the gap (so no cycle, no
  // date conflict); every action dated within the plan. With no date conflict the forward pass
  // keeps every planned start, so the project end is the plan's end, 31 Dec 2027.
  const plan = generatePlanDocument({ size: 'large', seed: 7 });
  const report = analyseSchedule(plan, '2027-04-01');

  it('has the size of the reference', () => {
    expect([plan.actions.length, plan.actionDependencies.length]).toEqual([2000, expect.any(Number)]);
    expect(plan.actionDependencies.length).toBeGreaterThan(1000);
    expect(plan.raciAssignments.length).toBeGreaterThan(2000);
  });

  it('finds what the generator promises', () => {
    expect([report.raci, report.cycles, report.dateConflicts]).toEqual([[], [], []]);
    const { criticalPath } = report;
    expect(criticalPath.projectEnd).toBe('2027-12-31');
    expect(criticalPath.timings.length + criticalPath.excluded.length).toBe(2000);
    const starts = new Map(plan.actions.map((a) => [a.key, a.isMilestone ? a.dueDate : a.startDate]));
    expect(criticalPath.timings.filter((t) => t.earliestStart !== starts.get(t.action))).toEqual([]);
    expect(criticalPath.timings.every((t) => t.slackDays >= 0)).toBe(true);
  });

  it('loads every hour of effort on someone', () => {
    // Each non-cancelled action's effort goes, whole, to its Responsible people.
    const expected = plan.actions
      .filter((a) => a.status !== 'cancelled')
      .reduce((sum, a) => sum + (a.effortHours ?? 0), 0);
    const loaded = report.workload.people.reduce((sum, p) => sum + p.totalHours, 0);
    expect(loaded).toBeCloseTo(expected, 0);
    expect([report.workload.unassigned, report.workload.unscheduled]).toEqual([[], []]);
  });

  it('refuses to reverse any existing dependency', () => {
    for (const { predecessor, successor } of plan.actionDependencies.slice(0, 50)) {
      const cycle = wouldCreateCycle(plan.actionDependencies, { predecessor: successor, successor: predecessor });
      expect(cycle).toEqual([successor, predecessor, successor]);
    }
  });
});
