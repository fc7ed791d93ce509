// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { kpiEntity } from '../tracking/testData';
import { ExperimentsPage } from './ExperimentsPage';
import { experiment } from './testData';

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};
const conversionKpi = kpiEntity('k1', 'taux-conversion', 'Taux de conversion', { unit: '%' });

function serve(experiments: ExperimentEntity[]) {
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/experiments': () => ({ body: listPage(experiments) }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage([conversionKpi]) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage([]) }),
  });
}

function renderList(role?: Role) {
  return renderPlanPage(<ExperimentsPage />, 'experiments', { role });
}

const sent = (method: string, path: string) =>
  fetchMock.mock.calls
    .filter(([input, init]) => init?.method === method && String(input) === path)
    .map(([, init]) => JSON.parse(String(init?.body)) as unknown);

setUpPageTests({ today: new Date(2027, 2, 1, 10, 0) });

describe('ExperimentsPage', () => {
  it('explains what an A/B test is for when the plan has none, and offers to plan one', async () => {
    serve([]);
    renderList();

    expect(await screen.findByRole('heading', { name: 'Aucun test A/B pour l’instant' })).toBeTruthy();
    expect(
      screen.getByText(
        /tester différentes versions d’une même campagne — une annonce, une page de destination — pour garder celle qui donne les meilleurs résultats/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Planifier un test' })).toBeTruthy();
  });

  it('lists the experiments with their status, metric, KPI and decision', async () => {
    serve([
      experiment('e1', 'Bouton d’inscription', { status: 'running', kpiId: 'k1' }),
      experiment('e2', 'Page tarifs', {
        status: 'decided',
        metricType: 'continuous',
        decision: 'keep_control',
        decisionNote: 'Aucun écart mesurable.',
      }),
    ]);
    renderList();

    const table = await screen.findByRole('table', { name: 'Tests A/B du plan' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('link', { name: 'Bouton d’inscription' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/experiments/e1',
    );
    expect(within(first!).getByText('En cours')).toBeTruthy();
    expect(within(first!).getByText('Taux de conversion', { selector: 'td' })).toBeTruthy();
    expect(within(first!).getByRole('link', { name: 'Taux de conversion' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/tracking/k1',
    );
    expect(within(first!).getByText('Pas encore décidé')).toBeTruthy();
    expect(within(second!).getByText('Décidé')).toBeTruthy();
    expect(within(second!).getByText('Valeur moyenne (panier, durée…)')).toBeTruthy();
    expect(second!.textContent).toContain('Garder le témoin — Aucun écart mesurable.');
  });

  it('creates the experiment, then its control and variant, and opens it', async () => {
    serve([]);
    routes['POST /api/v1/plans/p1/experiments'] = (body) => ({
      status: 201,
      body: experiment('e9', 'x', body as Partial<ExperimentEntity>),
    });
    routes['POST /api/v1/plans/p1/experiment-variants'] = (body) => ({ status: 201, body });
    renderList();

    fireEvent.click(await screen.findByRole('button', { name: 'Planifier un test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planifier un test A/B' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom du test/), { target: { value: ' Bouton vert ' } });
    fireEvent.change(within(dialog).getByLabelText(/^Hypothèse/), {
      target: { value: 'Un bouton plus visible augmente les inscriptions' },
    });
    fireEvent.change(within(dialog).getByLabelText('KPI lié'), { target: { value: 'k1' } });
    fireEvent.change(within(dialog).getByLabelText('Date de début'), { target: { value: '2027-03-01' } });
    fireEvent.change(within(dialog).getByLabelText('Date de fin'), { target: { value: '2027-03-31' } });
    fireEvent.change(within(dialog).getByLabelText(/^Nom de la version 2/), { target: { value: 'Vert' } });
    fireEvent.change(within(dialog).getByLabelText(/^Part du trafic de la version 1/), { target: { value: '70' } });
    fireEvent.change(within(dialog).getByLabelText(/^Part du trafic de la version 2/), { target: { value: '30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le test' }));

    await waitFor(() => expect(sent('POST', '/api/v1/plans/p1/experiment-variants')).toHaveLength(2));
    expect(sent('POST', '/api/v1/plans/p1/experiments')).toEqual([
      {
        name: 'Bouton vert',
        hypothesis: 'Un bouton plus visible augmente les inscriptions',
        metricType: 'conversion',
        objectiveId: null,
        kpiId: 'k1',
        strategyId: null,
        startDate: '2027-03-01',
        endDate: '2027-03-31',
        alpha: 0.05,
      },
    ]);
    expect(sent('POST', '/api/v1/plans/p1/experiment-variants')).toEqual([
      { name: 'A (témoin)', weight: 70, experimentId: 'e9', isControl: true },
      { name: 'Vert', weight: 30, experimentId: 'e9', isControl: false },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('checks the form before sending: a name, distinct versions, a valid alpha, an end after the start', async () => {
    serve([]);
    renderList();

    fireEvent.click(await screen.findByRole('button', { name: 'Planifier un test' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Nom de la version 2/), { target: { value: 'a (TÉMOIN)' } });
    fireEvent.change(within(dialog).getByLabelText(/^Seuil de signification/), { target: { value: '0.9' } });
    fireEvent.change(within(dialog).getByLabelText('Date de début'), { target: { value: '2027-03-31' } });
    fireEvent.change(within(dialog).getByLabelText('Date de fin'), { target: { value: '2027-03-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le test' }));

    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(within(dialog).getByText(/Deux versions portent ce nom/)).toBeTruthy();
    expect(within(dialog).getByText(/Le seuil doit être supérieur à 0 et au plus 0,5/)).toBeTruthy();
    expect(within(dialog).getByText('La fin tombe avant le début.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    // A third version can be added, and removed again; the control and one variant always stay.
    expect(within(dialog).queryByRole('button', { name: /^Retirer la version/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter une variante' }));
    expect((within(dialog).getByLabelText(/^Nom de la version 3/) as HTMLInputElement).value).toBe('Variante C');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer la version 3' }));
    expect(within(dialog).queryByLabelText(/^Nom de la version 3/)).toBeNull();
  });

  it('deletes the experiment again when a version is refused, and says why', async () => {
    serve([]);
    routes['POST /api/v1/plans/p1/experiments'] = () => ({ status: 201, body: experiment('e9', 'Bouton') });
    routes['POST /api/v1/plans/p1/experiment-variants'] = () => ({
      status: 400,
      body: { title: 'Invalid', status: 400, detail: 'Poids invalide.' },
    });
    routes['DELETE /api/v1/plans/p1/experiments/e9'] = () => ({ status: 204 });
    renderList();

    fireEvent.click(await screen.findByRole('button', { name: 'Planifier un test' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Nom du test/), { target: { value: 'Bouton' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le test' }));

    expect(await within(dialog).findByText('Poids invalide.')).toBeTruthy();
    expect(
      fetchMock.mock.calls.some(
        ([input, init]) => init?.method === 'DELETE' && String(input) === '/api/v1/plans/p1/experiments/e9',
      ),
    ).toBe(true);
  });

  it('shows a load error and reads again on retry', async () => {
    serve([]);
    routes['GET /api/v1/plans/p1/experiments'] = () => ({ status: 500, body: { title: 'Boom', status: 500 } });
    renderList();

    expect(await screen.findByText('Impossible de charger les tests A/B.')).toBeTruthy();
    routes['GET /api/v1/plans/p1/experiments'] = () => ({ body: listPage([]) });
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { name: 'Aucun test A/B pour l’instant' })).toBeTruthy();
  });

  it('offers no button to a viewer', async () => {
    serve([experiment('e1', 'Bouton')]);
    renderList('viewer');

    expect(await screen.findByRole('link', { name: 'Bouton' })).toBeTruthy();
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Pourquoi et comment ?']);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve([]);
    renderList();

    expect(await screen.findByRole('heading', { name: 'No A/B test yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Plan a test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan an A/B test' });
    expect(within(dialog).getByLabelText(/^Test name/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Create the test' })).toBeTruthy();
  });
});
