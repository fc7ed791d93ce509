// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { dashboardItem, dashboardOf, kpiEntity } from './testData';
import { CARDS_PER_PAGE, TrackingPage } from './TrackingPage';
import type { DashboardItem } from './trackingApi';

// The corrective-action screens are another feature's: stand-ins show where and with what they are placed.
vi.mock('../corrective/OffTrackAlerts', () => ({
  OffTrackAlerts: (props: { planId: string }) => <div data-testid="off-track-alerts">alerts {props.planId}</div>,
}));
vi.mock('../corrective/CorrectiveActionsSection', () => ({
  CorrectiveActionsSection: (props: { planId: string; kpiId?: string }) => (
    <div data-testid="corrective-actions">
      corrective {props.planId} {props.kpiId ?? 'all'}
    </div>
  ),
}));

const traffic = dashboardItem('kpi1', 'trafic-organique', 'Trafic organique', 'on_track', {
  unit: 'sessions',
  actual: 42_900,
  headlineTarget: 60_000,
  probMeetTarget: 0.83,
  sparkline: [
    { date: '2027-01-31', value: 41_200 },
    { date: '2027-02-28', value: 42_900 },
  ],
});
const cost = dashboardItem('kpi2', 'cout-par-lead', 'Coût par lead', 'off_track', {
  unit: 'EUR',
  direction: 'decrease',
  actual: 12.6,
  headlineTarget: 10.8,
  probMeetTarget: 0.05,
});
const instagram = dashboardItem('kpi3', 'engagement-instagram', 'Taux d’engagement Instagram', 'no_data');

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

function serve(items: DashboardItem[]) {
  const entities = items.map((item) => kpiEntity(item.id as string, item.key, item.name, { unit: item.unit }));
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/kpi-dashboard': () => ({ body: dashboardOf(items) }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage(entities) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/key-results': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/kpi-targets': () => ({ body: listPage([]) }),
  });
}

function renderTracking(role?: Role) {
  return renderPlanPage(<TrackingPage />, 'tracking', { role });
}

const dashboardCalls = () =>
  fetchMock.mock.calls.filter(([input]) => String(input).startsWith('/api/v1/plans/p1/kpi-dashboard'));

setUpPageTests({ today: new Date(2027, 2, 1, 10, 0) });

describe('TrackingPage', () => {
  it('shows one card per KPI from one dashboard request, with figures, status and a link', async () => {
    serve([traffic, cost, instagram]);
    renderTracking();

    const card = await screen.findByRole('article', { name: 'Trafic organique' });
    expect(card.id).toBe('entity-trafic-organique');
    expect(within(card).getByText('Dans la cible')).toBeTruthy();
    expect(within(card).getByText(/^Réel 42\s900 sessions · cible 60\s000 sessions$/)).toBeTruthy();
    expect(within(card).getByText(/^Probabilité d’atteindre la cible : 83\s%$/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Trafic organique' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/tracking/kpi1',
    );
    expect(within(card).getByTestId('sparkline').querySelector('polyline')?.getAttribute('points')).toBe('2,34 138,2');
    const costCard = screen.getByRole('article', { name: 'Coût par lead' });
    expect(within(costCard).getByText('Hors trajectoire')).toBeTruthy();
    const noData = screen.getByRole('article', { name: 'Taux d’engagement Instagram' });
    expect(within(noData).getByText('Sans mesure')).toBeTruthy();
    expect(within(noData).getByText(/^Réel — · cible —$/)).toBeTruthy();
    expect(dashboardCalls()).toHaveLength(1);
    expect(String(dashboardCalls()[0]?.[0])).toBe('/api/v1/plans/p1/kpi-dashboard?today=2027-03-01');
    // Alerts on top, corrective actions of every KPI at the bottom.
    const alerts = screen.getByTestId('off-track-alerts');
    const corrective = screen.getByTestId('corrective-actions');
    expect(corrective.textContent).toBe('corrective p1 all');
    expect(alerts.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card.compareDocumentPosition(corrective) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('counts the KPIs per status and filters the cards', async () => {
    serve([traffic, cost, instagram]);
    renderTracking();

    const filter = await screen.findByRole('radiogroup', { name: 'Filtrer par statut' });
    expect(within(filter).getByRole('radio', { name: 'Tous (3)' })).toBeTruthy();
    expect(within(filter).getByRole('radio', { name: 'Hors trajectoire (1)' })).toBeTruthy();
    expect(within(filter).getByRole('radio', { name: 'Dans la cible (1)' })).toBeTruthy();
    expect(within(filter).getByRole('radio', { name: 'À surveiller (0)' })).toHaveProperty('disabled', true);

    fireEvent.click(within(filter).getByRole('radio', { name: 'Hors trajectoire (1)' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Trafic organique' })).toBeNull());
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual(['entity-cout-par-lead']);
    expect(screen.getByText('1 KPI affiché')).toBeTruthy();
    fireEvent.click(within(filter).getByRole('radio', { name: 'Tous (3)' }));
    expect(await screen.findAllByRole('article')).toHaveLength(3);
  });

  it('pages 200 KPIs instead of drawing 200 cards', async () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      dashboardItem(`k${i}`, `kpi-${i}`, `Indicateur ${i}`, i % 3 === 0 ? 'at_risk' : 'on_track'),
    );
    serve(many);
    renderTracking('viewer');

    expect(await screen.findAllByRole('article')).toHaveLength(CARDS_PER_PAGE);
    expect(screen.getByRole('radio', { name: 'À surveiller (67)' })).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Pages des indicateurs' });
    fireEvent.click(within(pages).getByRole('button', { name: 'Page suivante' }));
    await waitFor(() => expect(screen.getByRole('article', { name: `Indicateur ${CARDS_PER_PAGE}` })).toBeTruthy());
    expect(dashboardCalls()).toHaveLength(1);
  });

  it('creates a KPI from the empty state, which explains tracking', async () => {
    serve([]);
    let posted: unknown;
    routes['POST /api/v1/plans/p1/kpis'] = (body) => {
      posted = body;
      return { status: 201, body: kpiEntity('kpi9', 'leads', 'Leads') };
    };
    renderTracking();

    expect(await screen.findByRole('heading', { name: 'Aucun KPI suivi pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/mesurez-les régulièrement/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un KPI' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau KPI' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Leads qualifiés' } });
    fireEvent.change(within(dialog).getByLabelText('Unité'), { target: { value: 'leads' } });
    fireEvent.change(within(dialog).getByLabelText(/^Lecture des mesures/), { target: { value: 'sum' } });
    fireEvent.change(within(dialog).getByLabelText('Valeur de départ'), { target: { value: '20' } });
    fireEvent.change(within(dialog).getByLabelText('Cible'), { target: { value: '35' } });
    fireEvent.change(within(dialog).getByLabelText('Date de la cible'), { target: { value: '2027-06-30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(posted).toBeDefined());
    expect(posted).toEqual({
      name: 'Leads qualifiés',
      description: null,
      unit: 'leads',
      direction: 'increase',
      aggregation: 'sum',
      baseline: 20,
      target: 35,
      targetDate: '2027-06-30',
      tolerancePercent: 10,
      objectiveId: null,
      keyResultId: null,
      strategyId: null,
    });
    // The dashboard is read again after the write.
    await waitFor(() => expect(dashboardCalls().length).toBeGreaterThan(1));
  });

  it('checks the tolerance before sending, and shows the server’s reason on a field', async () => {
    serve([traffic]);
    routes['PATCH /api/v1/plans/p1/kpis/kpi1'] = () => ({
      status: 400,
      body: { title: 'Bad Request', status: 400, errors: [{ path: 'unit', message: 'Unité trop longue' }] },
    });
    renderTracking();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier le KPI « Trafic organique »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le KPI' });
    expect((within(dialog).getByLabelText(/^Nom/) as HTMLInputElement).value).toBe('Trafic organique');
    fireEvent.change(within(dialog).getByLabelText('Tolérance (%)'), { target: { value: '150' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Saisissez un pourcentage entre 0 et 100.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('Tolérance (%)'), { target: { value: '15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Unité trop longue')).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toMatchObject({ version: 1, tolerancePercent: 15 });
  });

  it('offers to reload when someone else changed the KPI meanwhile', async () => {
    serve([traffic]);
    routes['PATCH /api/v1/plans/p1/kpis/kpi1'] = () => ({
      status: 409,
      body: { title: 'Edit conflict', status: 409, code: 'version_conflict' },
    });
    renderTracking();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier le KPI « Trafic organique »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le KPI' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByRole('button', { name: 'Charger la version actuelle en gardant mes saisies' }),
    ).toBeTruthy();
  });

  it('adds an intermediate target to a KPI', async () => {
    serve([traffic]);
    let posted: unknown;
    routes['POST /api/v1/plans/p1/kpi-targets'] = (body) => {
      posted = body;
      return {
        status: 201,
        body: { id: 't1', position: 0, kpiId: 'kpi1', date: '2027-06-30', value: 50000, version: 1 },
      };
    };
    renderTracking();

    fireEvent.click(await screen.findByRole('button', { name: 'Cibles intermédiaires de « Trafic organique »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cibles intermédiaires de « Trafic organique »' });
    expect(await within(dialog).findByText(/la trajectoire est une ligne droite/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Date/), { target: { value: '2027-06-30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Valeur visée/), { target: { value: '50000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter la cible' }));
    await waitFor(() => expect(posted).toEqual({ kpiId: 'kpi1', date: '2027-06-30', value: 50000 }));
  });

  it('shows a viewer the cards and no control', async () => {
    serve([traffic, cost]);
    renderTracking('viewer');

    expect(await screen.findByRole('article', { name: 'Trafic organique' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter un KPI' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Modifier|Supprimer|Cibles/ })).toBeNull();
  });

  it('shows an error with a retry when the dashboard fails', async () => {
    serve([traffic]);
    routes['GET /api/v1/plans/p1/kpi-dashboard'] = () => ({
      status: 500,
      body: { title: 'Server error', status: 500 },
    });
    renderTracking();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger le suivi des KPI.')).toBeTruthy();
    routes['GET /api/v1/plans/p1/kpi-dashboard'] = () => ({ body: dashboardOf([traffic]) });
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('article', { name: 'Trafic organique' })).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve([traffic, cost]);
    renderTracking();

    const card = await screen.findByRole('article', { name: 'Trafic organique' });
    expect(within(card).getByText('On track')).toBeTruthy();
    expect(within(card).getByText('Actual 42,900 sessions · target 60,000 sessions')).toBeTruthy();
    expect(within(card).getByText('Probability of reaching the target: 83%')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Off track (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a KPI' })).toBeTruthy();
  });
});
