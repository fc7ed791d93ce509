// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { kpiEntity } from '../tracking/testData';
import { ExperimentPage } from './ExperimentPage';
import type { AnalysisResponse } from './experimentsApi';
import { arm, experiment, noAnalysis, objectiveEntity, strategyEntity, variant } from './testData';

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

const signUps = kpiEntity('k1', 'taux-inscription', 'Taux d’inscription', { unit: '%' });
const leads = objectiveEntity('o1', 'obj-leads', 'Doubler les leads');
const content = strategyEntity('s1', 'contenu', 'Marketing de contenu');
const threeArms = [variant('v1', 'e1', 'A', true), variant('v2', 'e1', 'B'), variant('v3', 'e1', 'C')];

interface Data {
  experiment?: ExperimentEntity;
  variants?: ExperimentVariantEntity[];
  analysis?: AnalysisResponse;
}

function serve(data: Data = {}) {
  const current = data.experiment ?? experiment('e1', 'Bouton vert', { kpiId: 'k1' });
  const variants = data.variants ?? threeArms.slice(0, 2);
  const arms = variants.map((v) => arm(v.id, v.name, 0, null, { isControl: v.isControl, days: 0 }));
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/experiments/e1': () => ({ body: current }),
    'GET /api/v1/plans/p1/experiment-variants': () => ({ body: listPage(variants) }),
    'GET /api/v1/plans/p1/experiments/e1/analysis': () => ({ body: data.analysis ?? noAnalysis(arms) }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage([signUps]) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([leads]) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage([content]) }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage([]) }),
  });
}

const renderExperiment = () =>
  renderPlanPage(<ExperimentPage />, 'experiments', { suffix: '/e1', route: 'experiments/:experimentId' });

const calls = (method: string, path: string) =>
  fetchMock.mock.calls.filter(
    ([input, init]) => (init?.method ?? 'GET') === method && String(input).split('?')[0] === path,
  );
const bodies = (method: string, path: string) =>
  calls(method, path).map(([, init]) => JSON.parse(String(init?.body)) as unknown);
/** Every write sent, in order, as `METHOD path`. */
const writes = () =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') !== 'GET')
    .map(([input, init]) => `${init?.method} ${String(input)}`);

setUpPageTests({ today: new Date(2027, 2, 1, 10, 0) });

describe('managing an experiment', () => {
  it('links the objective and the strategy the test serves to their screens', async () => {
    serve({ experiment: experiment('e1', 'Bouton vert', { objectiveId: 'o1', strategyId: 's1' }) });
    renderExperiment();

    expect((await screen.findByRole('link', { name: 'Doubler les leads' })).getAttribute('href')).toBe(
      '/w/ws1/p/p1/objectives#entity-obj-leads',
    );
    expect(screen.getByRole('link', { name: 'Marketing de contenu' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/actions#entity-contenu',
    );
    expect(screen.getByText('Objectif :')).toBeTruthy();
    expect(screen.getByText('Stratégie :')).toBeTruthy();
  });

  it('edits the test’s details with the version read, and checks them first', async () => {
    serve({ experiment: experiment('e1', 'Bouton vert', { kpiId: 'k1', endDate: '2027-03-31', version: 3 }) });
    routes['PATCH /api/v1/plans/p1/experiments/e1'] = (body) => ({
      body: experiment('e1', 'x', { ...(body as object), version: 4 }),
    });
    renderExperiment();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier le test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le test' });
    const name = within(dialog).getByLabelText(/^Nom du test/) as HTMLInputElement;
    expect(name.value).toBe('Bouton vert');
    expect((within(dialog).getByLabelText('KPI lié') as HTMLSelectElement).value).toBe('k1');
    // The metric and the versions are not edited here.
    expect(within(dialog).queryByLabelText('Mesure')).toBeNull();
    expect(within(dialog).queryByLabelText(/^Nom de la version/)).toBeNull();

    fireEvent.change(name, { target: { value: ' ' } });
    fireEvent.change(within(dialog).getByLabelText('Date de début'), { target: { value: '2027-04-02' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(within(dialog).getByText('La fin tombe avant le début.')).toBeTruthy();
    expect(calls('PATCH', '/api/v1/plans/p1/experiments/e1')).toEqual([]);

    fireEvent.change(name, { target: { value: ' Bouton vert vif ' } });
    fireEvent.change(within(dialog).getByLabelText(/^Hypothèse/), { target: { value: 'Plus visible, plus cliqué' } });
    fireEvent.change(within(dialog).getByLabelText('Objectif lié'), { target: { value: 'o1' } });
    fireEvent.change(within(dialog).getByLabelText('Stratégie liée'), { target: { value: 's1' } });
    fireEvent.change(within(dialog).getByLabelText('KPI lié'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByLabelText('Date de fin'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByLabelText(/^Seuil de signification/), { target: { value: '0,1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));

    await waitFor(() => expect(calls('PATCH', '/api/v1/plans/p1/experiments/e1')).toHaveLength(1));
    expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')[0]).toEqual({
      version: 3,
      name: 'Bouton vert vif',
      hypothesis: 'Plus visible, plus cliqué',
      objectiveId: 'o1',
      kpiId: null,
      strategyId: 's1',
      startDate: '2027-04-02',
      endDate: null,
      alpha: 0.1,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers to reload when the test changed meanwhile, then edits what it now says', async () => {
    serve();
    routes['PATCH /api/v1/plans/p1/experiments/e1'] = () => ({
      status: 409,
      body: { title: 'Conflict', status: 409, code: 'version_conflict' },
    });
    renderExperiment();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier le test' }));
    let dialog = await screen.findByRole('dialog', { name: 'Modifier le test' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom du test/), { target: { value: 'Bouton rouge' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await within(dialog).findByText('Quelqu’un a modifié ce test entre-temps')).toBeTruthy();

    routes['GET /api/v1/plans/p1/experiments/e1'] = () => ({
      body: experiment('e1', 'Bouton vert foncé', { version: 2 }),
    });
    routes['PATCH /api/v1/plans/p1/experiments/e1'] = (body) => ({ body: experiment('e1', 'x', body as object) });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Recharger le test' }));
    await waitFor(() =>
      expect((screen.getByLabelText(/^Nom du test/) as HTMLInputElement).value).toBe('Bouton vert foncé'),
    );
    dialog = screen.getByRole('dialog', { name: 'Modifier le test' });
    expect(within(dialog).queryByText('Quelqu’un a modifié ce test entre-temps')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(calls('PATCH', '/api/v1/plans/p1/experiments/e1')).toHaveLength(2));
    expect(bodies('PATCH', '/api/v1/plans/p1/experiments/e1')[1]).toMatchObject({
      version: 2,
      name: 'Bouton vert foncé',
    });
  });

  it('deletes the test after saying its versions and results go with it, and leaves its page', async () => {
    serve({ experiment: experiment('e1', 'Bouton vert', { status: 'decided', decision: 'iterate' }) });
    routes['DELETE /api/v1/plans/p1/experiments/e1'] = () => ({ status: 204 });
    renderExperiment();

    // A decided test is no longer edited, but it may still be deleted.
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer le test' }));
    expect(screen.queryByRole('button', { name: 'Modifier le test' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer définitivement ?' });
    expect(dialog.textContent).toContain('« Bouton vert » sera supprimé.');
    expect(dialog.textContent).toContain('Ses versions et tous les résultats saisis seront supprimés avec lui.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));

    await waitFor(() => expect(calls('DELETE', '/api/v1/plans/p1/experiments/e1')).toHaveLength(1));
    // The page routed here is the experiment's only: leaving it empties the screen.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Bouton vert' })).toBeNull());
    expect(screen.queryByRole('heading', { name: 'Test introuvable' })).toBeNull();
  });

  it('keeps the test when the deletion is refused, and says why', async () => {
    serve();
    routes['DELETE /api/v1/plans/p1/experiments/e1'] = () => ({
      status: 403,
      body: { title: 'Forbidden', status: 403 },
    });
    renderExperiment();

    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer le test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer définitivement ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    expect(await within(dialog).findByText('Vous n’avez pas accès à cette ressource.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bouton vert' })).toBeTruthy();
  });

  it('renames, reweights, adds and removes versions of a draft test', async () => {
    serve({
      variants: threeArms,
      analysis: noAnalysis([
        arm('v1', 'A', 0, null, { isControl: true, days: 0 }),
        arm('v2', 'B', 0, null, { days: 0 }),
        arm('v3', 'C', 120, 6, { days: 1 }),
      ]),
    });
    routes['DELETE /api/v1/plans/p1/experiment-variants/v3'] = () => ({ status: 204 });
    routes['PATCH /api/v1/plans/p1/experiment-variants/v2'] = (body) => ({
      body: { ...variant('v2', 'e1', 'x'), ...(body as object) },
    });
    routes['POST /api/v1/plans/p1/experiment-variants'] = (body) => ({ status: 201, body });
    renderExperiment();

    const section = await screen.findByRole('region', { name: 'Versions comparées' });
    const shares = within(section)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(shares).toEqual([
      expect.stringMatching(/^A \(témoin\)33,3\s%$/),
      expect.stringMatching(/^B33,3\s%$/),
      expect.stringMatching(/^C33,3\s%$/),
    ]);

    fireEvent.click(within(section).getByRole('button', { name: 'Modifier les versions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier les versions' });
    expect((within(dialog).getByLabelText(/^Nom de la version 2/) as HTMLInputElement).value).toBe('B');
    fireEvent.change(within(dialog).getByLabelText(/^Nom de la version 2/), { target: { value: ' Vert ' } });
    fireEvent.change(within(dialog).getByLabelText(/^Part du trafic de la version 2/), { target: { value: '2' } });
    expect(within(dialog).queryByText(/emporte avec elle les résultats/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer la version 3' }));
    // C already has results: removing it loses them, and the dialog says so.
    expect(within(dialog).getByText(/Une version retirée emporte avec elle les résultats déjà saisis/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter une variante' }));
    fireEvent.change(within(dialog).getByLabelText(/^Nom de la version 3/), { target: { value: 'Rouge' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les versions' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Removals first, then updates, then creations; only what changed is sent.
    expect(writes()).toEqual([
      'DELETE /api/v1/plans/p1/experiment-variants/v3',
      'PATCH /api/v1/plans/p1/experiment-variants/v2',
      'POST /api/v1/plans/p1/experiment-variants',
    ]);
    expect(bodies('PATCH', '/api/v1/plans/p1/experiment-variants/v2')).toEqual([
      { version: 1, name: 'Vert', weight: 2 },
    ]);
    // A version added gets the control's share.
    expect(bodies('POST', '/api/v1/plans/p1/experiment-variants')).toEqual([
      { name: 'Rouge', weight: 1, experimentId: 'e1', isControl: false },
    ]);
  });

  it('checks the versions before writing, and sends nothing when nothing changed', async () => {
    serve();
    renderExperiment();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier les versions' }));
    let dialog = await screen.findByRole('dialog', { name: 'Modifier les versions' });
    // The control and one variant always stay.
    expect(within(dialog).queryByRole('button', { name: /^Retirer la version/ })).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/^Nom de la version 2/), { target: { value: 'a' } });
    fireEvent.change(within(dialog).getByLabelText(/^Part du trafic de la version 1/), { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les versions' }));
    expect(await within(dialog).findByText(/Deux versions portent ce nom/)).toBeTruthy();
    expect(within(dialog).getByText('La part du trafic doit être supérieure à 0.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Modifier les versions' }));
    dialog = await screen.findByRole('dialog', { name: 'Modifier les versions' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les versions' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes()).toEqual([]);
  });

  it('offers to reload when a version changed meanwhile', async () => {
    serve();
    routes['PATCH /api/v1/plans/p1/experiment-variants/v2'] = () => ({
      status: 409,
      body: { title: 'Conflict', status: 409, code: 'version_conflict' },
    });
    renderExperiment();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier les versions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier les versions' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom de la version 2/), { target: { value: 'Vert' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les versions' }));
    expect(await within(dialog).findByText('Quelqu’un a modifié ce test entre-temps')).toBeTruthy();

    routes['GET /api/v1/plans/p1/experiment-variants'] = () => ({
      body: listPage([variant('v1', 'e1', 'A', true), { ...variant('v2', 'e1', 'Bleu'), version: 2 }]),
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Recharger le test' }));
    await waitFor(() => expect((screen.getByLabelText(/^Nom de la version 2/) as HTMLInputElement).value).toBe('Bleu'));
  });

  it('freezes the versions once the test runs', async () => {
    serve({ experiment: experiment('e1', 'Bouton vert', { status: 'running' }) });
    renderExperiment();

    const section = await screen.findByRole('region', { name: 'Versions comparées' });
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).getByText(/tant que le test est en préparation/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier le test' })).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve({ experiment: experiment('e1', 'Green button', { objectiveId: 'o1' }) });
    renderExperiment();

    expect(await screen.findByText('Objective:')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Versions compared' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the test' });
    expect(within(dialog).getByRole('button', { name: 'Save the changes' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit the versions' }));
    expect(await screen.findByRole('button', { name: 'Save the versions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete the test' })).toBeTruthy();
  });
});
