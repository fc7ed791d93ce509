// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportMapping, ImportPreview } from '../../../contract/imports.js';
import { queryKeys } from '../../api/queryKeys';
import i18n from '../../i18n';
import { installDomShims, listPage, renderPage, signedInAs, stubFetch } from '../../test-utils';
import { ImportPage } from './ImportPage';
import {
  datesCsv,
  deferred,
  FakeXhr,
  GA4_PREVIEW,
  GSC_PREVIEW,
  installFakeXhr,
  KPIS,
  refusedReport,
  report,
  savedMapping,
  serveImportRoutes,
  type ImportRoute,
  type SeenRequest,
} from './testKit';

const fetchMock = stubFetch();
beforeAll(() => installDomShims());
beforeEach(async () => {
  installFakeXhr();
  // Only the clock: the fixed date falls back on today.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 1, 10, 0));
  await i18n.changeLanguage('fr');
});
afterEach(() => vi.useRealTimers());

const IMPORT = 'POST /api/v1/plans/p1/imports';
const MAPPINGS = 'GET /api/v1/plans/p1/import-mappings';

function serve(preview: ImportPreview, routes: Record<string, ImportRoute> = {}) {
  return serveImportRoutes(fetchMock, {
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage(KPIS) }),
    'POST /api/v1/plans/p1/imports/preview': () => ({ body: preview }),
    [MAPPINGS]: () => ({ body: { items: [] } }),
    [IMPORT]: () => ({ ndjson: [{ type: 'report', status: 200, report: report() }] }),
    ...routes,
  });
}

async function upToPreview(file = datesCsv()) {
  renderPage(<ImportPage />, '/w/ws1/p/p1/imports', {
    route: '/w/:workspaceId/p/:planId/imports',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs('editor')),
  });
  const input = await screen.findByLabelText(i18n.language === 'en' ? 'File to import' : 'Fichier à importer');
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByRole('heading', { name: /^(Étape 2 sur 4|Step 2 of 4)/ });
}

async function upToMapping(file?: File) {
  await upToPreview(file);
  fireEvent.click(screen.getByRole('button', { name: 'Continuer vers la correspondance' }));
  await screen.findByRole('heading', { name: 'Étape 3 sur 4 : faire correspondre les colonnes aux KPI' });
}

const select = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

const importsSent = (requests: SeenRequest[]) =>
  requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/v1/plans/p1/imports');
const mappingOf = (request: SeenRequest) => JSON.parse(request.url.searchParams.get('mapping')!) as ImportMapping;

/** Text of the `<dd>` that follows the `<dt>` labelled `label`. */
const figure = (label: string) => screen.getByText(label).nextElementSibling?.textContent;

describe('step 2 — the preview', () => {
  it('shows the format, the columns with their kind, the first rows', async () => {
    serve(GSC_PREVIEW);
    await upToPreview();

    expect(screen.getByText('Format détecté').nextElementSibling?.textContent).toBe('Google Search Console');
    expect(screen.getByText('Aucune période indiquée dans le fichier')).toBeTruthy();
    expect(screen.getByText('92 lignes de données.')).toBeTruthy();
    const columns = screen.getByRole('table', { name: 'Colonnes et contenu deviné' });
    const ctr = within(columns).getByRole('rowheader', { name: 'CTR' }).closest('tr')!;
    expect(within(ctr).getByText('Pourcentage')).toBeTruthy();
    const date = within(columns).getByRole('rowheader', { name: 'Date' }).closest('tr')!;
    expect(within(date).getByText('Date · AAAA-MM-JJ (2024-01-31)')).toBeTruthy();
    const rows = screen.getByRole('table', { name: '2 premières lignes du fichier' });
    expect(within(rows).getAllByRole('row')).toHaveLength(3);
    expect(within(rows).getByText('371375')).toBeTruthy();
  });

  it('offers the tables of a file with several, with the report’s period and the tool’s notes', async () => {
    serve(GA4_PREVIEW);
    await upToPreview(new File(['x'], 'villes.csv'));

    expect(screen.getByText('Google Analytics 4')).toBeTruthy();
    expect(screen.getByText('du 22 oct. 2020 au 22 oct. 2021')).toBeTruthy();
    expect(screen.getByText('Les taux de GA4 sont des fractions (0,67 = 67 %).')).toBeTruthy();
    const choice = screen.getByRole('radiogroup', { name: 'Tableau à importer' });
    expect((within(choice).getByRole('radio', { name: 'Villes' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(choice).getByRole('radio', { name: 'Appareils' }));
    expect(screen.getByRole('rowheader', { name: 'Device' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'City' })).toBeNull();
    expect(screen.getByText('3 lignes de données.')).toBeTruthy();
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    serve(GA4_PREVIEW);
    await upToPreview(new File(['x'], 'villes.csv'));

    expect(screen.getByText('GA4 rates are fractions (0.67 = 67%).')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Step 2 of 4: check the preview' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue to the mapping' })).toBeTruthy();
  });
});

describe('step 3 — the mapping', () => {
  it('asks for at least one KPI, then sends the mapping with the suggested date column', async () => {
    const { requests } = serve(GSC_PREVIEW);
    await upToMapping();

    expect((screen.getByLabelText('Colonne des dates', { exact: false }) as HTMLSelectElement).value).toBe('Date');
    expect((screen.getByLabelText('Format des dates') as HTMLSelectElement).value).toBe('iso');
    expect((screen.getByLabelText('Séparateur décimal') as HTMLSelectElement).value).toBe('.');
    expect((screen.getByLabelText('Source', { exact: false }) as HTMLInputElement).value).toBe('search-console');
    // The date column feeds no KPI.
    expect(screen.queryByLabelText('KPI pour « Date »')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    expect(await screen.findByText('Choisissez un KPI pour au moins une colonne.')).toBeTruthy();
    expect(importsSent(requests)).toHaveLength(0);

    select('KPI pour « Clics »', 'trafic-organique');
    select('KPI pour « CTR »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    expect(await screen.findByText('Ce KPI est déjà alimenté par une autre colonne.')).toBeTruthy();

    select('KPI pour « CTR »', 'taux-de-clic');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    const [sent] = importsSent(requests);
    expect(mappingOf(sent!)).toEqual({
      table: '1',
      dateColumn: 'Date',
      dateFormat: 'iso',
      decimalSeparator: '.',
      columns: [
        { column: 'Clics', kpiKey: 'trafic-organique' },
        { column: 'CTR', kpiKey: 'taux-de-clic' },
      ],
      source: 'search-console',
    });
    expect(sent!.url.searchParams.get('skipInvalid')).toBe('false');
    expect(sent!.headers.Accept).toMatch(/^application\/x-ndjson/);
  });

  it('dates a report without a date column at the end of its period, and adds its rows up', async () => {
    const { requests } = serve(GA4_PREVIEW);
    await upToMapping(new File(['x'], 'villes.csv'));

    expect(
      (screen.getByRole('radio', { name: 'd’une date unique pour tout le fichier' }) as HTMLInputElement).checked,
    ).toBe(true);
    const date = screen.getByLabelText('Date des mesures', { exact: false, selector: 'input' }) as HTMLInputElement;
    expect(date.value).toBe('2021-10-22');
    expect((screen.getByLabelText('Additionner les lignes d’une même date') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(date, { target: { value: '' } });
    select('KPI pour « Users »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();

    fireEvent.change(date, { target: { value: '2021-09-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un filtre' }));
    select('Colonne du filtre 1', 'City');
    fireEvent.change(screen.getByLabelText('Valeur du filtre 1'), { target: { value: 'Chicago' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(mappingOf(importsSent(requests)[0]!)).toEqual({
      table: '1',
      fixedDate: '2021-09-30',
      columns: [{ column: 'Users', kpiKey: 'trafic-organique' }],
      source: 'ga4',
      filters: [{ column: 'City', equals: 'Chicago' }],
      aggregate: 'sum',
    });
  });

  it('offers a column guessed as text once asked to', async () => {
    const { requests } = serve(GA4_PREVIEW);
    await upToMapping(new File(['x'], 'villes.csv'));

    expect(screen.queryByLabelText('KPI pour « City »', { exact: false })).toBeNull();
    fireEvent.click(
      screen.getByLabelText('Montrer aussi les colonnes qui ne semblent pas numériques', { exact: false }),
    );
    select('KPI pour « City »', 'cout-par-lead');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(mappingOf(importsSent(requests)[0]!).columns).toEqual([{ column: 'City', kpiKey: 'cout-par-lead' }]);
  });

  it('comes back to the mapping when the server says it does not fit the file, pointing at the field', async () => {
    serve(GSC_PREVIEW, {
      [IMPORT]: () => ({
        status: 400,
        body: {
          status: 400,
          code: 'validation',
          errors: [{ path: 'mapping.columns.0.kpiKey', message: 'No KPI with key "trafic-organique"' }],
          messages: {
            fr: 'La correspondance nomme des indicateurs absents de ce plan : trafic-organique',
            en: 'The mapping names KPIs this plan does not have: trafic-organique',
          },
        },
      }),
    });
    await upToMapping();
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));

    const alert = await screen.findByRole('alert', { name: 'La correspondance ne convient pas à ce fichier' });
    expect(within(alert).getByText(/absents de ce plan : trafic-organique/)).toBeTruthy();
    const clics = screen.getByLabelText('KPI pour « Clics »', { exact: false });
    expect(clics.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('À corriger : voir le message en haut du formulaire.')).toBeTruthy();
    // What was chosen is still there.
    expect((clics as HTMLSelectElement).value).toBe('trafic-organique');
  });
});

describe('step 4 — validation and import', () => {
  it('lists the invalid rows in the UI language, then imports skipping them', async () => {
    const answers = [
      {
        ndjson: [
          { type: 'progress', phase: 'import', bytes: 40, rowsRead: 50 },
          { type: 'report', status: 400, report: refusedReport(5) },
        ],
      },
      {
        ndjson: [
          {
            type: 'report',
            status: 200,
            report: report({ inserted: 87, measurements: 87, skipped: { ...report().skipped, invalidRows: 5 } }),
          },
        ],
      },
    ];
    const { requests } = serve(GSC_PREVIEW, { [IMPORT]: () => answers.shift()! });
    await upToMapping();
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));

    expect(await screen.findByText('Des lignes sont invalides : rien n’a été importé')).toBeTruthy();
    expect(screen.getByText(/^5 lignes invalides sur 92 lues\./)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Lignes à corriger' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['5', 'Clics', 'n/a', 'Ce n’est pas un nombre'],
      ['12', 'Date', '32/01/2025', 'Date impossible'],
    ]);
    expect(screen.getByText('… et 3 autres erreurs, non listées.')).toBeTruthy();
    expect(screen.getByText('En ignorant les lignes invalides, les 87 lignes valides seront importées.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Importer en ignorant les lignes invalides' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    const sent = importsSent(requests);
    expect(sent.map((r) => r.url.searchParams.get('skipInvalid'))).toEqual(['false', 'true']);
    expect(mappingOf(sent[1]!)).toEqual(mappingOf(sent[0]!));
    expect(figure('Nouvelles mesures')).toBe('87');
    expect(screen.getByText('5 lignes invalides ignorées.')).toBeTruthy();
  });

  it('shows how far the server has read while it imports', async () => {
    const hold = deferred<void>();
    FakeXhr.holdAfterFirstLine = hold.promise;
    const file = datesCsv();
    serve(GSC_PREVIEW, {
      [IMPORT]: () => ({
        ndjson: [
          { type: 'progress', phase: 'import', bytes: Math.floor(file.size / 4), rowsRead: 12_500 },
          { type: 'report', status: 200, report: report() },
        ],
      }),
    });
    await upToMapping(file);
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));

    // Wait for the progress line to be shown: the bar may render before it arrives.
    expect(await screen.findByText(/^12\s500 lignes lues$/)).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Import en cours…' });
    // A quarter of the file read (rounded down to a whole byte).
    expect(bar.getAttribute('aria-valuenow')).toBe(String(Math.round((Math.floor(file.size / 4) / file.size) * 100)));
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(20);
    hold.resolve();
    expect(await screen.findByRole('heading', { name: 'Import terminé' })).toBeTruthy();
  });

  it('shows the reasons in English when the UI is in English', async () => {
    await i18n.changeLanguage('en');
    serve(GSC_PREVIEW, { [IMPORT]: () => ({ ndjson: [{ type: 'report', status: 400, report: refusedReport(1) }] }) });
    await upToPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the mapping' }));
    select('KPI for “Clics”', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Check and import' }));

    expect(await screen.findByText('Some rows are invalid: nothing was imported')).toBeTruthy();
    expect(screen.getByText('Not a number')).toBeTruthy();
    expect(screen.queryByText('Ce n’est pas un nombre')).toBeNull();
    // Two listed for one counted: nothing beyond.
    expect(screen.queryByText(/more error/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Import, skipping the invalid rows' })).toBeTruthy();
  });

  it('reads a refusal sent as a plain 400 problem, and goes back to the mapping', async () => {
    serve(GSC_PREVIEW, {
      [IMPORT]: () => ({
        status: 400,
        body: { status: 400, code: 'validation', report: refusedReport(2), messages: { fr: '2', en: '2' } },
      }),
    });
    await upToMapping();
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));

    expect(await screen.findByText(/^2 lignes invalides sur 92 lues\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Revenir à la correspondance' }));
    const clics = await screen.findByLabelText('KPI pour « Clics »', { exact: false });
    expect((clics as HTMLSelectElement).value).toBe('trafic-organique');
  });

  it('gives the counts, links back to the plan, and says when a re-import changed nothing', async () => {
    const answers = [
      report({ inserted: 90, updated: 2, unchanged: 0 }),
      report({ inserted: 0, updated: 0, unchanged: 92 }),
    ];
    serve(GSC_PREVIEW, { [IMPORT]: () => ({ ndjson: [{ type: 'report', status: 200, report: answers.shift() }] }) });
    await upToMapping();
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));

    expect(await screen.findByRole('heading', { name: 'Import terminé' })).toBeTruthy();
    expect([figure('Nouvelles mesures'), figure('Mesures modifiées'), figure('Mesures inchangées')]).toEqual([
      '90',
      '2',
      '0',
    ]);
    expect(screen.getByText('Trafic organique : 92 mesures')).toBeTruthy();
    expect(screen.getByText('Mesures du 6 nov. 2024 au 5 févr. 2025.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour à la vue d’ensemble du plan' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1',
    );

    // The same file again: the wizard starts over, the file is sent again.
    fireEvent.click(screen.getByRole('button', { name: 'Importer un autre fichier' }));
    fireEvent.change(await screen.findByLabelText('Fichier à importer'), { target: { files: [datesCsv()] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Continuer vers la correspondance' }));
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    expect(await screen.findByRole('heading', { name: 'Rien n’a changé' })).toBeTruthy();
    expect(screen.getByText(/Les 92 mesures du fichier étaient déjà enregistrées/)).toBeTruthy();
    expect(figure('Mesures inchangées')).toBe('92');
  });

  it('explains a failure it cannot turn into a report, with a retry', async () => {
    let fail = true;
    serve(GSC_PREVIEW, {
      [IMPORT]: () =>
        fail
          ? { ndjson: [{ type: 'error', status: 500, problem: { status: 500, title: 'Internal error' } }] }
          : { ndjson: [{ type: 'report', status: 200, report: report() }] },
    });
    await upToMapping();
    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));

    const alert = await screen.findByRole('alert', { name: 'L’import n’a pas abouti' });
    expect(within(alert).getByText('Le serveur a rencontré un problème. Réessayez plus tard.')).toBeTruthy();
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { name: 'Import terminé' })).toBeTruthy();
  });
});

describe('saved mappings', () => {
  it('applies a saved mapping, saying what does not fit this file', async () => {
    const { requests } = serve(GSC_PREVIEW, { [MAPPINGS]: () => ({ body: { items: [savedMapping()] } }) });
    await upToMapping();
    const saved = screen.getByRole('region', { name: 'Correspondances enregistrées' });
    expect(((await within(saved).findByLabelText('Correspondance à reprendre')) as HTMLSelectElement).value).toBe('m1');
    fireEvent.click(within(saved).getByRole('button', { name: 'Appliquer' }));

    expect(
      within(saved).getByText('Correspondance « Search Console mensuel » appliquée. Vérifiez-la avant d’importer.'),
    ).toBeTruthy();
    expect(within(saved).getByText('Colonnes absentes de ce fichier, laissées de côté : Requêtes.')).toBeTruthy();
    expect((screen.getByLabelText('KPI pour « Clics »', { exact: false }) as HTMLSelectElement).value).toBe(
      'trafic-organique',
    );
    expect((screen.getByLabelText('Source', { exact: false }) as HTMLInputElement).value).toBe('gsc-mensuel');
    // Saving again under the loaded name replaces it.
    expect((screen.getByLabelText('Nom de la correspondance', { exact: false }) as HTMLInputElement).value).toBe(
      'Search Console mensuel',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier et importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(mappingOf(importsSent(requests)[0]!).source).toBe('gsc-mensuel');
  });

  it('saves the current mapping under a new name', async () => {
    let items = [savedMapping({ id: 'm2', name: 'Autre' })];
    const { requests } = serve(GSC_PREVIEW, {
      [MAPPINGS]: () => ({ body: { items } }),
      'POST /api/v1/plans/p1/import-mappings': (request) => {
        const body = request.body as { name: string; mapping: ImportMapping };
        const created = savedMapping({ id: 'm3', name: body.name, mapping: body.mapping, version: 1 });
        items = [...items, created];
        return { status: 201, body: created };
      },
    });
    await upToMapping();
    const save = screen.getByRole('region', { name: 'Enregistrer cette correspondance' });
    fireEvent.change(within(save).getByLabelText('Nom de la correspondance', { exact: false }), {
      target: { value: 'GSC quotidien' },
    });
    fireEvent.click(within(save).getByRole('button', { name: 'Enregistrer la correspondance' }));
    // Nothing mapped yet: the form says what to complete, nothing is sent.
    expect(await within(save).findByText('Complétez la correspondance avant de l’enregistrer.')).toBeTruthy();
    expect(screen.getByText('Choisissez un KPI pour au moins une colonne.')).toBeTruthy();

    select('KPI pour « Clics »', 'trafic-organique');
    fireEvent.submit(within(save).getByLabelText('Nom de la correspondance', { exact: false }).closest('form')!);
    expect(await within(save).findByText('Correspondance « GSC quotidien » enregistrée.')).toBeTruthy();
    const posted = requests.find((r) => r.method === 'POST' && r.url.pathname.endsWith('/import-mappings'))!;
    expect(posted.body).toEqual({
      name: 'GSC quotidien',
      mapping: {
        table: '1',
        dateColumn: 'Date',
        dateFormat: 'iso',
        decimalSeparator: '.',
        columns: [{ column: 'Clics', kpiKey: 'trafic-organique' }],
        source: 'search-console',
      },
    });
  });

  it('asks before replacing another mapping of the same name, then sends the version read', async () => {
    const { requests } = serve(GSC_PREVIEW, {
      [MAPPINGS]: () => ({ body: { items: [savedMapping()] } }),
      'PATCH /api/v1/plans/p1/import-mappings/m1': (request) => ({
        body: savedMapping({ version: (request.body as { version: number }).version + 1 }),
      }),
    });
    await upToMapping();
    select('KPI pour « Clics »', 'trafic-organique');
    const save = screen.getByRole('region', { name: 'Enregistrer cette correspondance' });
    fireEvent.change(within(save).getByLabelText('Nom de la correspondance', { exact: false }), {
      target: { value: 'Search Console mensuel' },
    });
    fireEvent.click(within(save).getByRole('button', { name: 'Enregistrer la correspondance' }));

    const ask = await within(save).findByRole('alert', { name: 'Ce nom est déjà pris' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Remplacer « Search Console mensuel »' }));
    expect(await within(save).findByText('Correspondance « Search Console mensuel » enregistrée.')).toBeTruthy();
    const patched = requests.filter((r) => r.method === 'PATCH');
    expect(patched).toHaveLength(1);
    expect(patched[0]!.body).toMatchObject({ version: 3, name: 'Search Console mensuel' });
  });

  it('handles someone else’s change: keeps the mapping, loads the current version, saves again', async () => {
    const versions: number[] = [];
    serve(GSC_PREVIEW, {
      [MAPPINGS]: () => ({ body: { items: [savedMapping()] } }),
      'GET /api/v1/plans/p1/import-mappings/m1': () => ({ body: savedMapping({ version: 5 }) }),
      'PATCH /api/v1/plans/p1/import-mappings/m1': (request) => {
        const { version } = request.body as { version: number };
        versions.push(version);
        return version === 5
          ? { body: savedMapping({ version: 6 }) }
          : { status: 409, body: { status: 409, code: 'version_conflict', title: 'Edit conflict' } };
      },
    });
    await upToMapping();
    fireEvent.click(await screen.findByRole('button', { name: 'Appliquer' }));
    select('KPI pour « CTR »', 'taux-de-clic');
    const save = screen.getByRole('region', { name: 'Enregistrer cette correspondance' });
    fireEvent.click(within(save).getByRole('button', { name: 'Enregistrer la correspondance' }));

    const notice = await within(save).findByRole('alert', {
      name: 'Quelqu’un a modifié cet élément pendant que vous l’éditiez',
    });
    fireEvent.click(within(notice).getByRole('button', { name: 'Charger la version actuelle en gardant mes saisies' }));
    expect(await within(save).findByText(/Version actuelle chargée/)).toBeTruthy();
    expect((screen.getByLabelText('KPI pour « CTR »', { exact: false }) as HTMLSelectElement).value).toBe(
      'taux-de-clic',
    );
    fireEvent.click(within(save).getByRole('button', { name: 'Enregistrer la correspondance' }));
    expect(await within(save).findByText('Correspondance « Search Console mensuel » enregistrée.')).toBeTruthy();
    await waitFor(() => expect(versions).toEqual([3, 5]));
  });
});
