import { describe, expect, it } from 'vitest';
import { action, kpi, person, report } from './fixtures';
import {
  buildCorrectiveRows,
  countByFilter,
  filterRows,
  isOverdue,
  kpiAlerts,
  sortRows,
  type CorrectiveRow,
} from './correctiveModel';
import { correctiveBody, correctiveValues, validateCorrective } from './correctiveForm';
import type { TFunction } from 'i18next';

const traffic = kpi('k1', 'Trafic organique', { unit: 'visites' });
const conversion = kpi('k2', 'Taux de conversion', { unit: '%' });
const costPerLead = kpi('k3', 'Coût par lead', { unit: '€', direction: 'decrease' });
const claire = person('p1', 'Claire Martin');
const today = '2026-03-10';

const titles = (rows: readonly CorrectiveRow[]) => rows.map((row) => row.action.title);

describe('isOverdue', () => {
  it.each([
    ['planned', '2026-03-09', true],
    ['in_progress', '2026-01-01', true],
    ['planned', '2026-03-10', false], // the deadline day itself is still in time
    ['planned', '2026-03-11', false],
    ['planned', null, false],
    ['done', '2026-01-01', false],
    ['abandoned', '2026-01-01', false],
  ] as const)('%s due %s → %s', (status, deadline, expected) => {
    expect(isOverdue({ status, deadline }, today)).toBe(expected);
  });
});

describe('buildCorrectiveRows', () => {
  const actions = [
    action('a1', 'k1', { title: 'Optimisation SEO', deadline: '2026-04-01', ownerId: 'p1' }),
    action('a2', 'k2', { title: 'Tests A/B', deadline: '2026-03-01', status: 'in_progress' }),
    action('a3', 'k3', { title: 'Ciblage plus précis', deadline: null, ownerId: 'gone' }),
    action('a4', 'k1', { title: 'Contenu ciblé', deadline: '2026-02-01', status: 'done' }),
    action('a5', 'deleted-kpi', { title: 'Orpheline', deadline: '2026-05-01' }),
  ];
  const reports = [report(traffic, 'off_track', 1000, 700), report(conversion, 'at_risk', 5, 4.2)];

  it('joins each action to its KPI, the KPI’s status, its owner, and flags overdue open actions', () => {
    const rows = buildCorrectiveRows({
      actions,
      kpis: [traffic, conversion, costPerLead],
      reports,
      people: [claire],
      today,
    });
    const byTitle = new Map(rows.map((row) => [row.action.title, row]));

    const seo = byTitle.get('Optimisation SEO');
    expect(seo?.kpi?.name).toBe('Trafic organique');
    expect(seo?.report?.status).toBe('off_track');
    expect(seo?.report?.actual).toBe(700);
    expect(seo?.owner?.name).toBe('Claire Martin');
    expect(seo?.overdue).toBe(false);

    expect(byTitle.get('Tests A/B')?.overdue).toBe(true);
    expect(byTitle.get('Contenu ciblé')?.overdue).toBe(false); // done, however late
    expect(byTitle.get('Contenu ciblé')?.open).toBe(false);
    // An owner not among the workspace's people, a KPI without report, a KPI no longer there.
    expect(byTitle.get('Ciblage plus précis')?.owner).toBeNull();
    expect(byTitle.get('Ciblage plus précis')?.report).toBeNull();
    expect(byTitle.get('Orpheline')?.kpi).toBeNull();
  });

  it('orders by deadline, earliest first, undated last', () => {
    const rows = buildCorrectiveRows({ actions, kpis: [traffic, conversion, costPerLead], reports, people: [], today });
    expect(titles(rows)).toEqual([
      'Contenu ciblé',
      'Tests A/B',
      'Optimisation SEO',
      'Orpheline',
      'Ciblage plus précis',
    ]);
    expect(titles(sortRows(rows, 'desc'))).toEqual([
      'Orpheline',
      'Optimisation SEO',
      'Tests A/B',
      'Contenu ciblé',
      'Ciblage plus précis',
    ]);
  });

  it('keeps one KPI’s actions when asked', () => {
    const rows = buildCorrectiveRows({ actions, kpis: [traffic], reports, people: [], today, kpiId: 'k1' });
    expect(titles(rows)).toEqual(['Contenu ciblé', 'Optimisation SEO']);
  });

  it('filters by status, “open” meaning planned or in progress, and counts each filter', () => {
    const rows = buildCorrectiveRows({ actions, kpis: [], reports: [], people: [], today });
    expect(titles(filterRows(rows, 'open'))).toEqual([
      'Tests A/B',
      'Optimisation SEO',
      'Orpheline',
      'Ciblage plus précis',
    ]);
    expect(titles(filterRows(rows, 'done'))).toEqual(['Contenu ciblé']);
    expect(filterRows(rows, 'abandoned')).toEqual([]);
    expect(countByFilter(rows)).toEqual({ all: 5, open: 4, planned: 3, in_progress: 1, done: 1, abandoned: 0 });
  });
});

describe('kpiAlerts', () => {
  const awareness = kpi('k4', 'Notoriété');
  const leads = kpi('k5', 'Leads');
  const kpis = [traffic, conversion, costPerLead, awareness, leads];
  const reports = [
    report(traffic, 'off_track', 1000, 700), // −30 %
    report(conversion, 'at_risk', 5, 4.2), // −16 %
    report(costPerLead, 'off_track', 20, 30), // +50 %, a KPI to decrease
    report(awareness, 'on_track', 100, 98),
    report(leads, 'no_data'),
  ];
  const names = (alerts: ReturnType<typeof kpiAlerts>) => alerts.map((alert) => `${alert.kpi.name}:${alert.level}`);

  it('lists off-track KPIs first, furthest from their path first, then at-risk ones', () => {
    expect(names(kpiAlerts(kpis, reports, []))).toEqual([
      'Coût par lead:off_track',
      'Trafic organique:off_track',
      'Taux de conversion:at_risk',
    ]);
  });

  it('drops a KPI once an action on it is planned or in progress, not when it is done or abandoned', () => {
    const actions = [
      action('a1', 'k1', { status: 'planned' }),
      action('a2', 'k3', { status: 'done' }),
      action('a3', 'k2', { status: 'abandoned' }),
    ];
    expect(names(kpiAlerts(kpis, reports, actions))).toEqual(['Coût par lead:off_track', 'Taux de conversion:at_risk']);
    const handled = [...actions, action('a4', 'k3', { status: 'in_progress' }), action('a5', 'k2')];
    expect(kpiAlerts(kpis, reports, handled)).toEqual([]);
  });

  it('ignores reports of KPIs not in the list', () => {
    expect(kpiAlerts([awareness], reports, [])).toEqual([]);
  });
});

describe('corrective form', () => {
  const t = ((key: string) => key) as unknown as TFunction;

  it('presets a new action to a KPI, planned', () => {
    expect(correctiveValues(null, 'k1')).toMatchObject({ kpiId: 'k1', status: 'planned', title: '', deadline: '' });
  });

  it('requires a KPI and a title, and a real date when a deadline is typed', () => {
    const empty = correctiveValues(null);
    expect(validateCorrective(t, empty)).toEqual({
      kpiId: 'corrective.form.kpiRequired',
      title: 'form.required',
      deadline: undefined,
    });
    const values = { ...empty, kpiId: 'k1', title: 'SEO', deadline: '2026-02-30' };
    expect(validateCorrective(t, values).deadline).toBe('corrective.form.invalidDate');
    expect(validateCorrective(t, { ...values, deadline: '2026-02-28' })).toEqual({
      kpiId: undefined,
      title: undefined,
      deadline: undefined,
    });
  });

  it('sends trimmed texts, nulls for what is left empty', () => {
    const values = {
      ...correctiveValues(null, 'k1'),
      title: '  Optimisation SEO ',
      outcome: '   ',
      description: 'Pages clés',
    };
    expect(correctiveBody(values)).toEqual({
      kpiId: 'k1',
      title: 'Optimisation SEO',
      description: 'Pages clés',
      ownerId: null,
      deadline: null,
      status: 'planned',
      outcome: null,
    });
  });

  it('reads an existing action back into the same body', () => {
    const entity = action('a1', 'k2', { title: 'Tests A/B', deadline: '2026-04-01', ownerId: 'p1', outcome: '+1 pt' });
    expect(correctiveBody(correctiveValues(entity))).toEqual({
      kpiId: 'k2',
      title: 'Tests A/B',
      description: null,
      ownerId: 'p1',
      deadline: '2026-04-01',
      status: 'planned',
      outcome: '+1 pt',
    });
  });
});
