import { describe, expect, it } from 'vitest';
import { experimentPath, kpiPath, pageOfPath, planPath, sectionOfCollection } from './planPaths';

describe('plan paths', () => {
  it.each([
    ['/w/ws/p/plan', 'overview'],
    ['/w/ws/p/plan/', 'overview'],
    ['/w/ws/p/plan/goals', 'goals'],
    ['/w/ws/p/plan/raci', 'raci'],
    ['/w/ws/p/plan/tracking', 'tracking'],
    ['/w/ws/p/plan/tracking/kpi-1', 'tracking'],
    ['/w/ws/p/plan/experiments', 'experiments'],
    ['/w/ws/p/plan/experiments/exp-1', 'experiments'],
    ['/w/ws/p/plan/imports', 'imports'],
    ['/w/ws/p/plan/unknown', 'overview'],
  ])('%s is in the %s section', (pathname, page) => {
    expect(pageOfPath(pathname)).toBe(page);
  });

  it('builds section, KPI and experiment URLs with encoded ids', () => {
    expect(planPath('w 1', 'p/2', 'budget')).toBe('/w/w%201/p/p%2F2/budget');
    expect(kpiPath('w', 'p', 'k/1')).toBe('/w/w/p/p/tracking/k%2F1');
    expect(experimentPath('w', 'p', 'e/1')).toBe('/w/w/p/p/experiments/e%2F1');
  });

  it.each([
    ['actions', 'actions'],
    ['tactics', 'actions'],
    ['raci-assignments', 'raci'],
    ['content-items', 'calendar'],
    ['spend-entries', 'budget'],
    ['corrective-actions', 'tracking'],
    ['experiments', 'experiments'],
    ['experiment-results', 'experiments'],
    ['revisions', null],
  ])('entities of %s are shown in %s', (collection, section) => {
    expect(sectionOfCollection(collection)).toBe(section);
  });
});
