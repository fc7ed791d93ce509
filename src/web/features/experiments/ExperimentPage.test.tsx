// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { person } from '../corrective/fixtures';
import { kpiEntity } from '../tracking/testData';
import { ExperimentPage } from './ExperimentPage';
import type { AnalysisResponse } from './experimentsApi';
import { arm, experiment, noAnalysis, threeArmAnalysis, variant } from './testData';

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

const signUps = kpiEntity('k1', 'taux-inscription', 'Taux d’inscription', { unit: '%' });
const visits = kpiEntity('k2', 'visites', 'Visites', { unit: 'visites' });
const twoArms = [variant('v1', 'e1', 'A', true), variant('v2', 'e1', 'B')];
const emptyArms = [arm('v1', 'A', 0, null, { isControl: true, days: 0 }), arm('v2', 'B', 0, null, { days: 0 })];

interface Data {
  experiment?: ExperimentEntity;
  analysis?: AnalysisResponse;
  variants?: ReturnType<typeof variant>[];
}

function serve(data: Data = {}) {
  const current = data.experiment ?? experiment('e1', 'Bouton vert', { kpiId: 'k1' });
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/experiments/e1': () => ({ body: current }),
    'GET /api/v1/plans/p1/experiment-variants': () => ({ body: listPage(data.variants ?? twoArms) }),
    'GET /api/v1/plans/p1/experiments/e1/analysis': () => ({ body: data.analysis ?? noAnalysis(emptyArms) }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage([signUps, visits]) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage([]) }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage([person('p1', 'Claire Martin')]) }),
  });
}

function renderExperiment(role?: Role) {
  return renderPlanPage(<ExperimentPage />, 'experiments', {
    role,
    suffix: '/e1',
    route: 'experiments/:experimentId',
  });
}

const calls = (method: string, path: string) =>
  fetchMock.mock.calls.filter(
    ([input, init]) => (init?.method ?? 'GET') === method && String(input).split('?')[0] === path,
  );
const bodies = (method: string, path: string) =>
  calls(method, path).map(([, init]) => JSON.parse(String(init?.body)) as unknown);

/** The value shown under a figure's label. */
function figure(scope: HTMLElement, label: string): string {
  return within(scope).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

setUpPageTests({ today: new Date(2027, 2, 1, 10, 0) });
// ECharts comes on demand: loaded before the tests, a chart waits only for its drawing.
beforeAll(() => import('../../ui/echartsParts'));

describe('ExperimentPage', () => {
  it('asks the sample size as the inputs change, shows it, and saves the plan on the experiment', async () => {
    serve();
    // 8 158 per arm for 5 % → 6 % (+20 % relative), α 0.05, power 0.8: the classic two-proportion
    // formula with scipy's `norm.ppf(0.975)` and `norm.ppf(0.8)` gives 8 157.7, rounded up.
    routes['POST /api/v1/abtest/size'] = () => ({ body: { perArm: 8158, total: 16_316, days: 6 } });
    routes['PATCH /api/v1/plans/p1/experiments/e1'] = (body) => ({
      body: experiment('e1', 'Bouton vert', { ...(body as object), version: 2 }),
    });
    renderExperiment();

    const calculator = await screen.findByRole('region', { name: 'Taille d’échantillon' });
    expect(within(calculator).getByText(/Saisissez le taux actuel/)).toBeTruthy();
    fireEvent.change(within(calculator).getByLabelText('Taux de conversion actuel'), { target: { value: '5' } });
    fireEvent.change(within(calculator).getByLabelText('Effet minimal à détecter'), { target: { value: '20' } });
    fireEvent.click(within(calculator).getByRole('radio', { name: 'Saisi' }));
    fireEvent.change(within(calculator).getByLabelText('Visiteurs par jour'), { target: { value: '2720' } });

    await waitFor(() => expect(figure(calculator, 'Par version')).toMatch(/^8\s158$/));
    expect(figure(calculator, 'Au total')).toMatch(/^16\s316$/);
    expect(figure(calculator, 'Durée')).toBe('6 jours');
    // Debounced: the inputs typed in a row make one request, with the rates as shares.
    expect(bodies('POST', '/api/v1/abtest/size')).toEqual([
      { baseline: 0.05, mde: 0.2, absolute: false, alpha: 0.05, power: 0.8, arms: 2, dailyTraffic: 2720 },
    ]);

    fireEvent.click(within(calculator).getByRole('button', { name: 'Enregistrer ce plan' }));
    await waitFor(() => expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')).toHaveLength(1));
    expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')[0]).toEqual({
      version: 1,
      baselineRate: 0.05,
      minimumEffect: 0.2,
      power: 0.8,
      alpha: 0.05,
      plannedSampleSize: 8158,
      trafficKpiId: null,
    });
    expect(await within(calculator).findByText('Plan d’échantillonnage enregistré sur le test.')).toBeTruthy();
  });

  it('reads the daily traffic of the KPI chosen, and says when that KPI has no measurement', async () => {
    serve();
    routes['GET /api/v1/plans/p1/kpis/k2/traffic'] = () => ({ body: { dailyTraffic: 1360, days: 28 } });
    routes['GET /api/v1/plans/p1/kpis/k1/traffic'] = () => ({ body: { dailyTraffic: null, days: 0 } });
    routes['POST /api/v1/abtest/size'] = () => ({ body: { perArm: 8158, total: 16_316, days: 12 } });
    renderExperiment();
    const calculator = await screen.findByRole('region', { name: 'Taille d’échantillon' });
    fireEvent.change(within(calculator).getByLabelText('Taux de conversion actuel'), { target: { value: '5' } });
    fireEvent.change(within(calculator).getByLabelText('Effet minimal à détecter'), { target: { value: '20' } });
    fireEvent.click(within(calculator).getByRole('radio', { name: 'D’un KPI' }));
    fireEvent.change(within(calculator).getByLabelText('KPI de trafic'), { target: { value: 'k2' } });
    await waitFor(() => expect(figure(calculator, 'Durée')).toBe('12 jours'));
    expect(bodies('POST', '/api/v1/abtest/size').at(-1)).toMatchObject({ dailyTraffic: 1360 });
    fireEvent.change(within(calculator).getByLabelText('KPI de trafic'), { target: { value: 'k1' } });
    expect(await within(calculator).findByText(/pas encore de mesure/)).toBeTruthy();
  });

  it('saves an absolute effect as relative, and words the checks in the UI language', async () => {
    serve();
    routes['POST /api/v1/abtest/size'] = () => ({ body: { perArm: 8158, total: 16_316, days: null } });
    renderExperiment();

    const calculator = await screen.findByRole('region', { name: 'Taille d’échantillon' });
    fireEvent.change(within(calculator).getByLabelText('Taux de conversion actuel'), { target: { value: '120' } });
    expect(within(calculator).getByText('Le taux actuel doit être compris entre 0 et 100 % (exclus).')).toBeTruthy();
    fireEvent.change(within(calculator).getByLabelText('Taux de conversion actuel'), { target: { value: '5' } });
    fireEvent.click(within(calculator).getByRole('radio', { name: 'Absolu (points)' }));
    fireEvent.change(within(calculator).getByLabelText('Effet minimal à détecter'), { target: { value: '96' } });
    expect(within(calculator).getByText(/le taux de la variante sortirait de l’intervalle 0–100 %/)).toBeTruthy();
    fireEvent.change(within(calculator).getByLabelText('Effet minimal à détecter'), { target: { value: '1' } });

    await waitFor(() => expect(figure(calculator, 'Par version')).toMatch(/^8\s158$/));
    expect(bodies('POST', '/api/v1/abtest/size').at(-1)).toEqual({
      baseline: 0.05,
      mde: 0.01,
      absolute: true,
      alpha: 0.05,
      power: 0.8,
      arms: 2,
    });
    expect(within(calculator).getByText(/Indiquez le trafic quotidien/)).toBeTruthy();

    routes['PATCH /api/v1/plans/p1/experiments/e1'] = () => ({
      status: 409,
      body: { title: 'Conflict', status: 409, code: 'version_conflict' },
    });
    fireEvent.click(within(calculator).getByRole('button', { name: 'Enregistrer ce plan' }));
    await waitFor(() => expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')).toHaveLength(1));
    // +1 point on a 5 % baseline is +20 % of it.
    expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')[0]).toMatchObject({ minimumEffect: 0.2 });

    // Someone changed the experiment meanwhile: say so, and read it again on demand.
    expect(await within(calculator).findByText('Quelqu’un a modifié ce test entre-temps')).toBeTruthy();
    const reads = calls('GET', '/api/v1/plans/p1/experiments/e1').length;
    fireEvent.click(within(calculator).getByRole('button', { name: 'Recharger le test' }));
    await waitFor(() => expect(calls('GET', '/api/v1/plans/p1/experiments/e1').length).toBeGreaterThan(reads));
  });

  it('shows the server’s refusal of a size in the UI language', async () => {
    serve({ experiment: experiment('e1', 'Bouton vert', { baselineRate: 0.05, minimumEffect: 0.2 }) });
    // The server words its reasons in English and names them by a code: the page words them in French.
    routes['POST /api/v1/abtest/size'] = () => ({
      status: 400,
      body: {
        title: 'Invalid request',
        status: 400,
        code: 'validation',
        errors: [{ path: 'mde', message: 'The effect is zero.', code: 'no_effect' }],
      },
    });
    renderExperiment();

    const calculator = await screen.findByRole('region', { name: 'Taille d’échantillon' });
    expect(await within(calculator).findByText('L’effet minimal est nul : il n’y a rien à détecter.')).toBeTruthy();
    expect(within(calculator).getByRole('button', { name: 'Enregistrer ce plan' }).hasAttribute('disabled')).toBe(true);
  });

  it('saves a day’s results of every arm in one write, and checks them first', async () => {
    serve();
    routes['PUT /api/v1/plans/p1/experiments/e1/results'] = () => ({ body: { saved: 2 } });
    renderExperiment();

    const form = await screen.findByRole('form', { name: 'Saisir les résultats d’une journée' });
    expect((within(form).getByLabelText(/^Date des résultats/) as HTMLInputElement).value).toBe('2027-03-01');
    fireEvent.change(within(form).getByLabelText('Visiteurs de A'), { target: { value: '1000' } });
    fireEvent.change(within(form).getByLabelText('Conversions de A'), { target: { value: '1200' } });
    fireEvent.change(within(form).getByLabelText('Visiteurs de B'), { target: { value: '1010' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les résultats' }));
    expect(await within(form).findByText('Plus de conversions que de visiteurs.')).toBeTruthy();
    expect(within(form).getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(calls('PUT', '/api/v1/plans/p1/experiments/e1/results')).toEqual([]);

    fireEvent.change(within(form).getByLabelText('Conversions de A'), { target: { value: '50' } });
    fireEvent.change(within(form).getByLabelText('Conversions de B'), { target: { value: '61' } });
    fireEvent.change(within(form).getByLabelText(/^Date des résultats/), { target: { value: '2027-02-28' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les résultats' }));

    await waitFor(() => expect(calls('PUT', '/api/v1/plans/p1/experiments/e1/results')).toHaveLength(1));
    expect(bodies('PUT', '/api/v1/plans/p1/experiments/e1/results')[0]).toEqual({
      results: [
        { variantId: 'v1', date: '2027-02-28', users: 1000, conversions: 50 },
        { variantId: 'v2', date: '2027-02-28', users: 1010, conversions: 61 },
      ],
    });
    expect(await within(form).findByText('Résultats du 28 févr. 2027 enregistrés (2 versions).')).toBeTruthy();
    // The totals and the analysis are read again.
    await waitFor(() => expect(calls('GET', '/api/v1/plans/p1/experiments/e1/analysis').length).toBeGreaterThan(1));
  });

  it('puts the server’s field refusals back on the arm they name', async () => {
    serve({
      experiment: experiment('e1', 'Panier moyen', { metricType: 'continuous' }),
    });
    routes['PUT /api/v1/plans/p1/experiments/e1/results'] = () => ({
      status: 400,
      body: {
        title: 'Invalid',
        status: 400,
        errors: [{ path: 'results.1.sd', message: 'Écart type manquant', code: 'custom' }],
      },
    });
    renderExperiment();

    const form = await screen.findByRole('form', { name: 'Saisir les résultats d’une journée' });
    for (const name of ['A', 'B']) {
      fireEvent.change(within(form).getByLabelText(`Visiteurs de ${name}`), { target: { value: '400' } });
      fireEvent.change(within(form).getByLabelText(`Moyenne de ${name}`), { target: { value: '52' } });
      fireEvent.change(within(form).getByLabelText(`Écart type de ${name}`), { target: { value: '9' } });
    }
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les résultats' }));

    expect(await within(form).findByText('Écart type manquant')).toBeTruthy();
    expect(within(form).getByLabelText('Écart type de B').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Écart type de A').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('shows the verdict, the sample-ratio warning, each variant’s figures and an undefined comparison', async () => {
    serve({
      variants: [...twoArms, variant('v3', 'e1', 'C')],
      experiment: experiment('e1', 'Bouton vert', { status: 'running', kpiId: 'k1' }),
      analysis: threeArmAnalysis(),
    });
    renderExperiment();

    const section = await screen.findByRole('region', { name: 'Analyse' });
    expect(within(section).getByTestId('experiment-verdict').textContent).toBe(
      'B améliore la conversion de 16 % (IC à 95 % : 2,5 % à 29 %) ; probabilité de battre le témoin : 99 % ; déséquilibre de répartition détecté.',
    );
    const srm = within(section).getByRole('alert');
    expect(srm.textContent).toMatch(/Déséquilibre de répartition détecté/);
    expect(srm.textContent).toMatch(/p = < 0,001/);

    const table = within(section).getByRole('table', { name: 'Comparaison de chaque variante au témoin' });
    expect(within(table).getByRole('columnheader', { name: 'Valeur p ajustée (Holm)' })).toBeTruthy();
    const [a, b, c] = within(table).getAllByRole('row').slice(1);
    expect(a!.textContent).toMatch(/^A5\s%Référence1\s%$/);
    const cells = within(b!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      expect.stringMatching(/^5,8\s%$/),
      expect.stringMatching(/^\+16\s% \(\+2,5\s% à \+29,5\s%\)$/),
      '0,020',
      '0,040',
      expect.stringMatching(/^99\s%$/),
      '0 pt',
      expect.stringMatching(/^\(−3\s% à \+36\s%\)$/),
      expect.stringMatching(/^99\s%$/),
    ]);
    expect(within(c!).getByText(/C n’a encore converti personne/)).toBeTruthy();
    const liftChart = within(section).getByRole('img', { name: /Écart relatif de chaque variante au témoin/ });
    await waitFor(() => expect(liftChart.querySelector('svg')).not.toBeNull());

    // The planned sample and how far the results have come.
    const planning = screen.getByRole('region', { name: 'Plan d’échantillonnage' });
    expect(figure(planning, 'Échantillon prévu par version')).toMatch(/^8\s158$/);
    expect(figure(planning, 'Observé par version')).toBe('200');
    expect(screen.getByRole('button', { name: 'Arrêter le test' })).toBeTruthy();
  });

  it('says why there is no analysis yet, and starts the test', async () => {
    serve();
    routes['PATCH /api/v1/plans/p1/experiments/e1'] = (body) => ({
      body: experiment('e1', 'Bouton vert', { ...(body as object), version: 2 }),
    });
    renderExperiment();

    const section = await screen.findByRole('region', { name: 'Analyse' });
    expect(within(section).getByTestId('experiment-missing').textContent).toBe(
      'Il faut des résultats pour au moins deux versions.',
    );
    expect(screen.getByText('Aucun résultat saisi pour l’instant.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le test' }));
    await waitFor(() => expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')).toHaveLength(1));
    expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')[0]).toEqual({
      version: 1,
      status: 'running',
      startDate: '2027-03-01',
    });
  });

  it('records the decision with its reason, the KPI’s new baseline and a corrective action', async () => {
    const analysis = threeArmAnalysis();
    serve({ experiment: experiment('e1', 'Bouton vert', { status: 'stopped', kpiId: 'k1', version: 4 }), analysis });
    routes['POST /api/v1/plans/p1/experiments/e1/decision'] = () => {
      const decided = experiment('e1', 'Bouton vert', {
        status: 'decided',
        kpiId: 'k1',
        decision: 'ship_variant',
        decisionNote: 'B gagne nettement.',
        decidedById: 'p1',
        decidedAt: '2027-03-01',
        version: 5,
      });
      routes['GET /api/v1/plans/p1/experiments/e1'] = () => ({ body: decided });
      return { body: { experiment: decided, correctiveActionId: 'a1', kpiUpdated: true } };
    };
    renderExperiment();

    const form = await screen.findByRole('form', { name: 'Décision' });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await within(form).findByText('Choisissez une décision.')).toBeTruthy();
    expect(within(form).getByText(/Expliquez la décision/)).toBeTruthy();
    expect(calls('POST', '/api/v1/plans/p1/experiments/e1/decision')).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/^Décision/), { target: { value: 'ship_variant' } });
    fireEvent.change(within(form).getByLabelText('Décidé par'), { target: { value: 'p1' } });
    fireEvent.change(within(form).getByLabelText(/^Pourquoi cette décision/), {
      target: { value: ' B gagne nettement. ' },
    });
    // B converted 580 of 10 000: 5,8 % on a KPI counted in percent.
    fireEvent.click(
      within(form).getByLabelText(
        /^Mettre à jour la valeur de départ du KPI « Taux d’inscription » à 5,8 % \(résultat de B\)$/,
      ),
    );
    fireEvent.click(within(form).getByLabelText('Consigner une action corrective sur le KPI « Taux d’inscription »'));
    fireEvent.change(within(form).getByLabelText(/^Intitulé de l’action corrective/), {
      target: { value: 'Déployer le bouton vert' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la décision' }));

    await waitFor(() => expect(calls('POST', '/api/v1/plans/p1/experiments/e1/decision')).toHaveLength(1));
    expect(bodies('POST', '/api/v1/plans/p1/experiments/e1/decision')[0]).toEqual({
      version: 4,
      decision: 'ship_variant',
      decisionNote: 'B gagne nettement.',
      decidedById: 'p1',
      decidedAt: '2027-03-01',
      kpiBaseline: 5.8,
      correctiveAction: { title: 'Déployer le bouton vert' },
    });
    expect(
      await screen.findByText(/Décision enregistrée\. La valeur de départ du KPI a été mise à jour\./),
    ).toBeTruthy();
    const record = await screen.findByTestId('experiment-decision');
    expect(figure(record, 'Décision')).toBe('Déployer la variante');
    expect(figure(record, 'Décidé par')).toBe('Claire Martin');
    expect(figure(record, 'Date de la décision')).toBe('1 mars 2027');
    expect(figure(record, 'Pourquoi cette décision')).toBe('B gagne nettement.');
    expect(screen.queryByRole('form', { name: 'Décision' })).toBeNull();
  });

  it('offers to reload when the decision is made on a stale version', async () => {
    serve({ experiment: experiment('e1', 'Bouton vert', { status: 'stopped' }) });
    routes['POST /api/v1/plans/p1/experiments/e1/decision'] = () => ({
      status: 409,
      body: { title: 'Conflict', status: 409, code: 'version_conflict' },
    });
    renderExperiment();

    const form = await screen.findByRole('form', { name: 'Décision' });
    expect(within(form).getByText(/Liez un KPI à ce test/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Décision/), { target: { value: 'iterate' } });
    fireEvent.change(within(form).getByLabelText(/^Pourquoi cette décision/), {
      target: { value: 'Trop peu de trafic' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la décision' }));

    expect(await within(form).findByText('Quelqu’un a modifié ce test entre-temps')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Recharger le test' })).toBeTruthy();
  });

  it('shows a viewer the results and the analysis, and no control to change them', async () => {
    serve({
      experiment: experiment('e1', 'Bouton vert', { status: 'running', kpiId: 'k1' }),
      analysis: threeArmAnalysis(),
      variants: [...twoArms, variant('v3', 'e1', 'C')],
    });
    renderExperiment('viewer');

    expect(await screen.findByTestId('experiment-verdict')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Totaux par version' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Taille d’échantillon' })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
  });

  it('says when the experiment does not exist, and when it cannot be read', async () => {
    serve();
    routes['GET /api/v1/plans/p1/experiments/e1'] = () => ({ status: 404, body: { title: 'Not found', status: 404 } });
    const { unmount } = renderExperiment();
    expect(await screen.findByRole('heading', { name: 'Test introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Tous les tests A/B' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/experiments',
    );
    unmount();

    routes['GET /api/v1/plans/p1/experiments/e1/analysis'] = () => ({
      status: 500,
      body: { title: 'Boom', status: 500 },
    });
    routes['GET /api/v1/plans/p1/experiments/e1'] = () => ({ body: experiment('e1', 'Bouton vert') });
    renderExperiment();
    expect(await screen.findByText('Impossible de charger ce test A/B.')).toBeTruthy();
    routes['GET /api/v1/plans/p1/experiments/e1/analysis'] = () => ({ body: noAnalysis(emptyArms) });
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { name: 'Bouton vert' })).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve({
      experiment: experiment('e1', 'Green button', { status: 'running', kpiId: 'k1' }),
      analysis: threeArmAnalysis(),
    });
    renderExperiment();

    expect((await screen.findByTestId('experiment-verdict')).textContent).toMatch(/^B improves conversion by 16 %/);
    expect(screen.getByRole('alert').textContent).toMatch(/Sample ratio mismatch detected/);
    const table = screen.getByRole('table', { name: 'Each variant compared with the control' });
    expect(table.textContent).toContain('+16% (+2.5% to +29.5%)');
    expect(screen.getByRole('region', { name: 'Sample size' })).toBeTruthy();
    expect(screen.getByLabelText('Current conversion rate')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the results' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Record the decision' })).toBeTruthy();
  });
});
