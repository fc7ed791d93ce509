// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CorrectiveActionEntity, KpiEntity } from '../../../contract/entity-types.js';
import type { KpiStatusReport } from '../../../core/kpi/index.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch } from '../../test-utils';
import { kpiPath } from '../plan/planPaths';
import { action, kpi, person, report } from './fixtures';
import { OffTrackAlerts } from './OffTrackAlerts';

const traffic = kpi('k1', 'Trafic organique', { unit: 'visites' });
const conversion = kpi('k2', 'Taux de conversion', { unit: '%' });
const awareness = kpi('k3', 'Notoriété assistée', { unit: '%' });
const reports = [
  report(traffic, 'off_track', 1000, 700),
  report(conversion, 'at_risk', 5, 4.2),
  report(awareness, 'on_track', 30, 31),
];

const fetchMock = stubFetch();

interface Data {
  actions: CorrectiveActionEntity[];
  kpis?: KpiEntity[];
  reports?: KpiStatusReport[];
}

/** A small API whose corrective actions grow with each POST, as the server's would. */
function serve(data: Data) {
  return serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/corrective-actions': () => ({ body: listPage(data.actions) }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage(data.kpis ?? [traffic, conversion, awareness]) }),
    'GET /api/v1/plans/p1/kpi-status': () => ({ body: { items: data.reports ?? reports } }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage([person('p1', 'Claire Martin')]) }),
    'POST /api/v1/plans/p1/corrective-actions': (body) => {
      const created = { ...action(`a${data.actions.length + 1}`, ''), ...(body as Partial<CorrectiveActionEntity>) };
      data.actions = [...data.actions, created];
      return { status: 201, body: created };
    },
  });
}

function renderAlerts(role?: Role) {
  return renderPlanPage(<OffTrackAlerts workspaceId="ws1" planId="p1" />, 'tracking', { role });
}

const item = (name: string) => screen.getByRole('link', { name }).closest('li') as HTMLElement;

setUpPageTests();

describe('OffTrackAlerts', () => {
  it('lists KPIs off track, then at risk, with no open corrective action, each with its variance and page', async () => {
    serve({ actions: [] });
    renderAlerts();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('2 KPI à redresser sans action corrective')).toBeTruthy();
    expect(within(alert).getByText(/1 hors trajectoire, 1 à risque/)).toBeTruthy();
    const names = within(alert)
      .getAllByRole('listitem')
      .map((li) => within(li).getByRole('link').textContent);
    expect(names).toEqual(['Trafic organique', 'Taux de conversion']);

    const trafficItem = item('Trafic organique');
    expect(within(trafficItem).getByRole('link').getAttribute('href')).toBe(kpiPath('ws1', 'p1', 'k1'));
    expect(within(trafficItem).getByText('Hors trajectoire')).toBeTruthy();
    expect(
      within(trafficItem).getByText(/^Réel 700 visites · attendu 1\s000 visites au 1 mars 2026 · écart -30\s%$/),
    ).toBeTruthy();
    expect(within(item('Taux de conversion')).getByText('À risque')).toBeTruthy();
    expect(screen.queryByText('Notoriété assistée')).toBeNull();
  });

  it('logs a corrective action preset to the KPI, after which the KPI leaves the alert', async () => {
    serve({ actions: [action('old', 'k1', { status: 'done' })] });
    renderAlerts();

    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Consigner une action corrective pour « Trafic organique »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle action corrective' });
    expect((within(dialog).getByLabelText(/^KPI concerné/) as HTMLSelectElement).value).toBe('k1');
    fireEvent.change(within(dialog).getByLabelText(/^Action corrective/), { target: { value: 'Optimisation SEO' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
      kpiId: 'k1',
      title: 'Optimisation SEO',
      status: 'planned',
    });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Trafic organique' })).toBeNull());
    expect(screen.getByText('1 KPI à redresser sans action corrective')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Taux de conversion' })).toBeTruthy();
  });

  it('says quietly that every KPI is handled once each drifting one has an open action', async () => {
    serve({ actions: [action('a1', 'k1', { status: 'in_progress' }), action('a2', 'k2')] });
    renderAlerts();

    expect(
      await screen.findByText('Tous les KPI sont dans les temps ou ont une action corrective en cours.'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders nothing while no KPI can be judged', async () => {
    serve({ actions: [], reports: [report(traffic, 'no_data'), report(conversion, 'no_target', null, 4)] });
    const { container } = renderAlerts();

    await waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThanOrEqual(3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('p, ul, [role]')).toBeNull();
  });

  it('lets a viewer follow the links but not log an action', async () => {
    serve({ actions: [] });
    renderAlerts('viewer');

    await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: 'Trafic organique' })).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('shows the first alerts and the rest on demand', async () => {
    const many = Array.from({ length: 7 }, (_, i) => kpi(`m${i}`, `KPI ${i}`));
    serve({ actions: [], kpis: many, reports: many.map((k, i) => report(k, 'off_track', 100, 50 - i)) });
    renderAlerts('viewer');

    await screen.findByRole('alert');
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'Afficher les 2 autres' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
    // Furthest from its path first.
    expect(within(screen.getAllByRole('listitem')[0] as HTMLElement).getByRole('link').textContent).toBe('KPI 6');
  });

  it('says when the KPIs could not be checked, with a retry', async () => {
    const routes = serve({ actions: [] });
    routes['GET /api/v1/plans/p1/kpi-status'] = () => ({ status: 500, body: { title: 'Oops', status: 500 } });
    renderAlerts();

    expect(await screen.findByText('Impossible de vérifier les KPI qui s’écartent de leur trajectoire.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve({ actions: [] });
    renderAlerts();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('2 KPIs need a corrective action')).toBeTruthy();
    expect(within(item('Trafic organique')).getByText('Off track')).toBeTruthy();
    expect(
      within(item('Trafic organique')).getByText(
        /^Actual 700 visites · expected 1,000 visites on Mar 1, 2026 · variance -30%$/,
      ),
    ).toBeTruthy();
    const log = screen.getByRole('button', { name: 'Log a corrective action for “Trafic organique”' });
    expect(log.textContent).toBe('Log a corrective action');
  });
});
