// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KpiStatusReport } from '../../../core/kpi/index.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { KpiPage } from './KpiPage';
import { chartOf, measurement } from './testData';
import type { ChartResponse } from './trackingApi';

vi.mock('../corrective/CorrectiveActionsSection', () => ({
  CorrectiveActionsSection: (props: { planId: string; kpiId?: string }) => (
    <div data-testid="corrective-actions">
      corrective {props.planId} {props.kpiId ?? 'all'}
    </div>
  ),
}));

/*
 * Traffic judged on 2027-02-28: expected 43 222.22 on the path, actual 42 900, so a variance of
 * −322.22 (−0.75 % of expected); forecast 58 000 at the deadline within [52 000, 64 000].
 */
const status: KpiStatusReport = {
  kpi: 'trafic-organique',
  status: 'on_track',
  latestMeasurementDate: '2027-02-28',
  expected: 43_222.22,
  actual: 42_900,
  variance: { absolute: -322.22, relative: -322.22 / 43_222.22 },
  forecast: {
    slopePerDay: 50,
    interceptAtDay0: 41_000,
    projection: 58_000,
    pi95: [52_000, 64_000],
    probMeetTarget: 0.8,
    cumulative: null,
    pointCount: 40,
    reason: null,
    deadline: '2027-12-31',
    target: 60_000,
    cumulativeTarget: null,
  },
  note: null,
};

const chart = chartOf({
  status,
  series: {
    total: 2,
    points: [
      { date: '2027-01-31', value: 41_200 },
      { date: '2027-02-28', value: 42_900 },
    ],
  },
  targetPath: [
    { date: '2027-01-01', value: 40_000 },
    { date: '2027-12-31', value: 60_000 },
  ],
  forecast: [
    { date: '2027-02-28', value: 42_900, low: 41_000, high: 44_800 },
    { date: '2027-12-31', value: 58_000, low: 52_000, high: 64_000 },
  ],
});

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

function serve(data: ChartResponse, total = 2) {
  const rows = [measurement('m1', '2027-01-31', 41_200, { source: 'ga4' }), measurement('m2', '2027-02-28', 42_900)];
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/kpis/kpi1/chart': () => ({ body: data }),
    'GET /api/v1/plans/p1/measurements': () => ({ body: { items: rows.slice(0, total), total, limit: 20, offset: 0 } }),
  });
}

function renderKpi(role?: Role, kpi = 'kpi1') {
  return renderPlanPage(<KpiPage />, 'tracking', { role, suffix: `/${kpi}`, route: 'tracking/:kpiId' });
}

const callsTo = (prefix: string) => fetchMock.mock.calls.filter(([input]) => String(input).startsWith(prefix));

/** The value shown under a figure's label in the header. */
function figure(label: string | RegExp): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

setUpPageTests({ today: new Date(2027, 2, 1, 10, 0) });
// ECharts comes on demand: loaded before the tests, a chart waits only for its drawing.
beforeAll(() => import('../../ui/echartsParts'));

describe('KpiPage', () => {
  it('shows the status, the figures and the chart of the KPI', async () => {
    serve(chart);
    renderKpi();

    expect(await screen.findByRole('heading', { name: 'Trafic organique' })).toBeTruthy();
    expect(screen.getByText('Dans la cible')).toBeTruthy();
    expect(figure('Réel au 28 févr. 2027')).toMatch(/^42\s900 sessions$/);
    expect(figure('Attendu')).toMatch(/^43\s222,22 sessions$/);
    expect(figure('Écart')).toMatch(/^−322,22 sessions \(−0,7\s%\)$/);
    expect(figure('Cible au 31 déc. 2027')).toMatch(/^60\s000 sessions$/);
    expect(figure('Prévision à l’échéance')).toMatch(/^58\s000 sessions$/);
    expect(figure('Probabilité d’atteindre la cible')).toMatch(/^80\s%$/);
    expect(
      screen.getByText(/^Intervalle de prévision à 95\s% à l’échéance : de 52\s000 sessions à 64\s000 sessions\.$/),
    ).toBeTruthy();
    const figureImg = screen.getByRole('img', {
      name: 'Évolution de « Trafic organique » : mesures, trajectoire cible et prévision',
    });
    await waitFor(() => expect(figureImg.querySelector('svg')).not.toBeNull());
    expect(String(callsTo('/api/v1/plans/p1/kpis/kpi1/chart')[0]?.[0])).toBe(
      '/api/v1/plans/p1/kpis/kpi1/chart?today=2027-03-01&points=400',
    );
    expect(screen.getByTestId('corrective-actions').textContent).toBe('corrective p1 kpi1');
  });

  it('lists the latest measurements, latest date first, counting the page from the end', async () => {
    serve(chart, 2);
    renderKpi();

    const table = await screen.findByRole('table', { name: 'Dernières mesures saisies' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '28 févr. 2027',
      '31 janv. 2027',
    ]);
    expect(within(rows[0]!).getByText('Saisie manuelle')).toBeTruthy();
    expect(within(rows[1]!).getByText('ga4')).toBeTruthy();
    expect(screen.getByText('2 mesures')).toBeTruthy();
    const urls = callsTo('/api/v1/plans/p1/measurements').map(([input]) => String(input));
    expect(urls).toContain('/api/v1/plans/p1/measurements?kpiId=kpi1&limit=1&offset=0');
    expect(urls).toContain('/api/v1/plans/p1/measurements?kpiId=kpi1&limit=2&offset=0');
  });

  it('posts a measurement as a manual value of the day and refreshes the status and forecast', async () => {
    serve(chart);
    let posted: unknown;
    routes['POST /api/v1/plans/p1/kpis/kpi1/measurements/batch'] = (body) => {
      posted = body;
      const updated = chartOf({
        ...chart,
        status: { ...status, status: 'at_risk', actual: 38_000 },
        probMeetTarget: 0.35,
      });
      routes['GET /api/v1/plans/p1/kpis/kpi1/chart'] = () => ({ body: updated });
      return {
        body: {
          kpiId: 'kpi1',
          kpiKey: 'trafic-organique',
          source: 'manual',
          received: 1,
          inserted: 1,
          updated: 0,
          unchanged: 0,
        },
      };
    };
    renderKpi();

    const form = await screen.findByRole('region', { name: 'Saisir une mesure' });
    expect((within(form).getByLabelText(/^Date/) as HTMLInputElement).value).toBe('2027-03-01');
    fireEvent.change(within(form).getByLabelText(/^Valeur/), { target: { value: '38000' } });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Panne du site' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));

    await waitFor(() =>
      expect(posted).toEqual({
        source: 'manual',
        items: [{ date: '2027-03-01', value: 38000, note: 'Panne du site' }],
      }),
    );
    expect(await within(form).findByText('Mesure du 1 mars 2027 enregistrée.')).toBeTruthy();
    expect(await screen.findByText('À surveiller')).toBeTruthy();
    expect(figure('Probabilité d’atteindre la cible')).toMatch(/^35\s%$/);
    expect(callsTo('/api/v1/plans/p1/kpis/kpi1/chart').length).toBeGreaterThan(1);
  });

  it('says a measurement of a day already entered was updated, and checks the value first', async () => {
    serve(chart);
    routes['POST /api/v1/plans/p1/kpis/kpi1/measurements/batch'] = () => ({
      body: {
        kpiId: 'kpi1',
        kpiKey: 'trafic-organique',
        source: 'manual',
        received: 1,
        inserted: 0,
        updated: 1,
        unchanged: 0,
      },
    });
    renderKpi();

    const form = await screen.findByRole('region', { name: 'Saisir une mesure' });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));
    expect(await within(form).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: '2027-02-28' } });
    fireEvent.change(within(form).getByLabelText(/^Valeur/), { target: { value: '43000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));
    expect(await within(form).findByText('Mesure du 28 févr. 2027 mise à jour.')).toBeTruthy();
  });

  it('shows the server’s reason on the field it refuses', async () => {
    serve(chart);
    routes['POST /api/v1/plans/p1/kpis/kpi1/measurements/batch'] = () => ({
      status: 400,
      body: {
        title: 'Invalid request',
        status: 400,
        errors: [{ path: 'items.0.date', message: 'Date hors du calendrier' }],
      },
    });
    renderKpi();

    const form = await screen.findByRole('region', { name: 'Saisir une mesure' });
    fireEvent.change(within(form).getByLabelText(/^Valeur/), { target: { value: '1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));
    expect(await within(form).findByText('Date hors du calendrier')).toBeTruthy();
    expect(within(form).getByLabelText(/^Date/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the KPI does not exist', async () => {
    serve(chart);
    routes['GET /api/v1/plans/p1/kpis/nope/chart'] = () => ({
      status: 404,
      body: { title: 'Not found', status: 404, code: 'not_found', detail: 'KPI not found' },
    });
    renderKpi('editor', 'nope');

    expect(await screen.findByRole('heading', { name: 'KPI introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Tous les KPI' }).getAttribute('href')).toBe('/w/ws1/p/p1/tracking');
    expect(screen.queryByRole('region', { name: 'Saisir une mesure' })).toBeNull();
  });

  it('is read-only for a viewer', async () => {
    serve(chart);
    renderKpi('viewer');

    expect(await screen.findByRole('table', { name: 'Dernières mesures saisies' })).toBeTruthy();
    expect(screen.getByText(/^Lecture seule/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Saisir une mesure' })).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve(chart);
    renderKpi();

    expect(await screen.findByText('On track')).toBeTruthy();
    expect(figure('Actual on Feb 28, 2027')).toBe('42,900 sessions');
    expect(figure('Variance')).toBe('−322.22 sessions (−0.7%)');
    expect(figure('Probability of reaching the target')).toBe('80%');
    expect(
      screen.getByRole('img', { name: '“Trafic organique” over time: measurements, target path and forecast' }),
    ).toBeTruthy();
    const form = screen.getByRole('region', { name: 'Enter a measurement' });
    expect(within(form).getByRole('button', { name: 'Save the measurement' })).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Latest measurements entered' })).toBeTruthy();
  });
});
