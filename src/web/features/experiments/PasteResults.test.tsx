// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { ExperimentPage } from './ExperimentPage';
import { arm, experiment, noAnalysis, variant } from './testData';

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};
const twoArms = [variant('v1', 'e1', 'A (témoin)', true), variant('v2', 'e1', 'Vert')];

function serve(current: ExperimentEntity = experiment('e1', 'Bouton vert', { status: 'running' })) {
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/experiments/e1': () => ({ body: current }),
    'GET /api/v1/plans/p1/experiment-variants': () => ({ body: listPage(twoArms) }),
    'GET /api/v1/plans/p1/experiments/e1/analysis': () => ({
      body: noAnalysis(twoArms.map((v) => arm(v.id, v.name, 0, null, { isControl: v.isControl, days: 0 }))),
    }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([]) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage([]) }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage([]) }),
  });
}

const renderExperiment = (role?: Role) =>
  renderPlanPage(<ExperimentPage />, 'experiments', { role, suffix: '/e1', route: 'experiments/:experimentId' });

const puts = () =>
  fetchMock.mock.calls
    .filter(([input, init]) => init?.method === 'PUT' && String(input) === '/api/v1/plans/p1/experiments/e1/results')
    .map(([, init]) => JSON.parse(String(init?.body)) as unknown);

async function openPaste(name = 'Coller des résultats', title = name) {
  const results = await screen.findByRole('region', { name: /^(Résultats|Results)$/ });
  fireEvent.click(within(results).getByRole('button', { name }));
  return screen.findByRole('dialog', { name: title });
}

/** Each preview row's cells, the line number first. */
function previewRows(dialog: HTMLElement, name = 'Aperçu des résultats collés') {
  return within(within(dialog).getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
}

setUpPageTests({ today: new Date(2027, 2, 1, 10, 0) });

describe('pasting results', () => {
  it('previews the lines pasted from a spreadsheet and saves them in one write', async () => {
    serve();
    routes['PUT /api/v1/plans/p1/experiments/e1/results'] = () => ({ body: { saved: 3 } });
    renderExperiment();

    const dialog = await openPaste();
    fireEvent.change(within(dialog).getByLabelText('Résultats copiés du tableur'), {
      target: {
        value:
          'Date\tVariante\tVisiteurs\tConversions\n' +
          '01/03/2027\tA (témoin)\t1 000\t50\n' +
          '01/03/2027\tVert\t1 010\t61\n' +
          '2027-03-02\tvert\t990\t58\n',
      },
    });

    expect(previewRows(dialog)).toEqual([
      ['2', '1 mars 2027', 'A (témoin)', expect.stringMatching(/^1\s000$/), '50', 'Prête'],
      ['3', '1 mars 2027', 'Vert', expect.stringMatching(/^1\s010$/), '61', 'Prête'],
      ['4', '2 mars 2027', 'Vert', '990', '58', 'Prête'],
    ]);
    expect(within(dialog).getByText('3 lignes prêtes à enregistrer.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les résultats collés' }));

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]).toEqual({
      results: [
        { variantId: 'v1', date: '2027-03-01', users: 1000, conversions: 50 },
        { variantId: 'v2', date: '2027-03-01', users: 1010, conversions: 61 },
        { variantId: 'v2', date: '2027-03-02', users: 990, conversions: 58 },
      ],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('3 lignes de résultats collées enregistrées.')).toBeTruthy();
  });

  it('names each line’s problem and sends nothing while one is wrong', async () => {
    serve();
    renderExperiment();

    const dialog = await openPaste();
    fireEvent.change(within(dialog).getByLabelText('Résultats copiés du tableur'), {
      target: {
        value:
          'date;version;utilisateurs;conversions\n' +
          '2027-03-01;Rouge;100;5\n' +
          '2027-03-01;Vert;cent;5\n' +
          '2027-03-01;A (témoin);100;120\n' +
          '2027-03-02;Vert;100;5\n',
      },
    });

    const rows = previewRows(dialog);
    expect(rows.map((row) => [row[0], row.at(-1)])).toEqual([
      ['2', 'Version inconnue « Rouge ».'],
      ['3', 'Nombre invalide « cent » (Visiteurs).'],
      ['4', 'Plus de conversions que de visiteurs.'],
      ['5', 'Prête'],
    ]);
    // A wrong line shows what was pasted, as pasted.
    expect(rows[1]).toEqual(['3', '2027-03-01', 'Vert', 'cent', '5', 'Nombre invalide « cent » (Visiteurs).']);
    expect(within(dialog).getByText(/^3 lignes sur 4 ont un problème/)).toBeTruthy();
    const save = within(dialog).getByRole('button', { name: 'Enregistrer les résultats collés' });
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.click(save);
    expect(puts()).toEqual([]);
  });

  it('says which columns it could not find', async () => {
    serve(experiment('e1', 'Panier moyen', { metricType: 'continuous' }));
    renderExperiment();

    const dialog = await openPaste();
    expect(within(dialog).getByText(/moyenne, écart type/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Résultats copiés du tableur'), {
      target: { value: 'date,version,visiteurs,moyenne\n2027-03-01,Vert,400,52' },
    });
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Colonnes introuvables : Écart type. La première ligne collée doit nommer les colonnes.',
    );
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(
      within(dialog).getByRole('button', { name: 'Enregistrer les résultats collés' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('puts the server’s refusal on the line it names, and keeps the dialog open', async () => {
    serve(experiment('e1', 'Panier moyen', { status: 'running', metricType: 'continuous' }));
    routes['PUT /api/v1/plans/p1/experiments/e1/results'] = () => ({
      status: 400,
      body: {
        title: 'Invalid experiment results',
        status: 400,
        errors: [{ path: 'results.1.variantId', message: 'Not a variant of this experiment', code: 'unknown_variant' }],
      },
    });
    renderExperiment();

    const dialog = await openPaste();
    fireEvent.change(within(dialog).getByLabelText('Résultats copiés du tableur'), {
      target: {
        value: 'date;version;n;moyenne;écart type\n2027-03-01;A (témoin);400;52,5;9\n2027-03-01;Vert;410;54;9,5',
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les résultats collés' }));

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]).toEqual({
      results: [
        { variantId: 'v1', date: '2027-03-01', users: 400, mean: 52.5, sd: 9 },
        { variantId: 'v2', date: '2027-03-01', users: 410, mean: 54, sd: 9.5 },
      ],
    });
    await waitFor(() =>
      expect(previewRows(dialog)[1]?.at(-1)).toBe('Cette version n’appartient pas à ce test. Rechargez la page.'),
    );
    expect(previewRows(dialog)[0]?.at(-1)).toBe('Prête');
    expect(screen.getByRole('dialog', { name: 'Coller des résultats' })).toBeTruthy();
  });

  it('is offered to editors only, and not once the test is decided', async () => {
    serve();
    const { unmount } = renderExperiment('viewer');
    const results = await screen.findByRole('region', { name: 'Résultats' });
    expect(within(results).queryByRole('button')).toBeNull();
    unmount();

    serve(experiment('e1', 'Bouton vert', { status: 'decided', decision: 'iterate' }));
    renderExperiment();
    expect(within(await screen.findByRole('region', { name: 'Résultats' })).queryByRole('button')).toBeNull();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderExperiment();

    const dialog = await openPaste('Paste results');
    fireEvent.change(within(dialog).getByLabelText('Results copied from the spreadsheet'), {
      target: { value: 'date,version name,users,conversions\n31/04/2027,Vert,100,5' },
    });
    expect(previewRows(dialog, 'Preview of the pasted results')[0]?.at(-1)).toBe(
      'Invalid date “31/04/2027” (YYYY-MM-DD or DD/MM/YYYY).',
    );
    expect(within(dialog).getByRole('button', { name: 'Save the pasted results' })).toBeTruthy();
  });
});
