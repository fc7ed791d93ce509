// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../api/queryKeys';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, listPage, renderPage, signedInAs, stubFetch } from '../../test-utils';
import { ImportPage } from './ImportPage';
import {
  datesCsv,
  deferred,
  GSC_PREVIEW,
  installFakeXhr,
  KPIS,
  serveImportRoutes,
  type Answer,
  type ImportRoute,
} from './testKit';

const fetchMock = stubFetch();
beforeAll(() => installDomShims());
beforeEach(async () => {
  installFakeXhr();
  await i18n.changeLanguage('fr');
});

const PREVIEW = 'POST /api/v1/plans/p1/imports/preview';

function serve(routes: Record<string, ImportRoute> = {}) {
  return serveImportRoutes(fetchMock, {
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage(KPIS) }),
    [PREVIEW]: () => ({ body: GSC_PREVIEW }),
    ...routes,
  });
}

function renderImports(role: Role = 'editor') {
  return renderPage(<ImportPage />, '/w/ws1/p/p1/imports', {
    route: '/w/:workspaceId/p/:planId/imports',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs(role)),
  });
}

const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText('Fichier à importer'), { target: { files: [file] } });

describe('ImportPage — who may import, and empty states', () => {
  it('tells a viewer that importing is for editors, with no file picker', async () => {
    serve();
    renderImports('viewer');

    expect(await screen.findByRole('heading', { name: 'L’import est réservé aux éditeurs' })).toBeTruthy();
    expect(screen.queryByLabelText('Fichier à importer')).toBeNull();
    expect(screen.getByRole('link', { name: 'Retour à la vue d’ensemble du plan' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1',
    );
  });

  it('explains that KPIs come first when the plan has none', async () => {
    serve({ 'GET /api/v1/plans/p1/kpis': () => ({ body: listPage([]) }) });
    renderImports();

    expect(await screen.findByRole('heading', { name: 'Ce plan n’a pas encore de KPI' })).toBeTruthy();
    expect(screen.getByText(/étape « Suivi » de la méthode/)).toBeTruthy();
    expect(screen.queryByLabelText('Fichier à importer')).toBeNull();
  });

  it('shows a loading state, then an error with a retry that works', async () => {
    let failing = true;
    const kpis = deferred<Answer>();
    serve({
      'GET /api/v1/plans/p1/kpis': () => (failing ? kpis.promise : { body: listPage(KPIS) }),
    });
    renderImports();

    expect(screen.getByRole('status', { name: 'Chargement…' })).toBeTruthy();
    kpis.resolve({ status: 500, body: { title: 'Internal error', status: 500 } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger les KPI du plan')).toBeTruthy();
    failing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByLabelText('Fichier à importer')).toBeTruthy();
  });
});

describe('ImportPage — step 1, the file', () => {
  it('sends a chosen file for a preview, showing the upload’s progress, then the preview', async () => {
    const answer = deferred<Answer>();
    const { requests } = serve({ [PREVIEW]: () => answer.promise });
    renderImports();
    await screen.findByLabelText('Fichier à importer');
    choose(datesCsv());

    // Half the file is up (the fake request reports it before sending); the bar may render
    // before that report does.
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Envoi du fichier…' }).getAttribute('aria-valuenow')).toBe('50'),
    );
    expect(screen.getByText(/^Fichier : Dates\.csv \(\d+ octets\)$/)).toBeTruthy();
    const sent = requests.find((r) => r.method === 'POST')!;
    expect(sent.url.searchParams.get('filename')).toBe('Dates.csv');
    expect(sent.headers['Content-Type']).toBe('text/csv');
    expect(sent.headers['Accept-Language']).toBe('fr');
    expect(sent.body).toBeInstanceOf(File);

    answer.resolve({ body: GSC_PREVIEW });
    expect(await screen.findByRole('heading', { name: 'Étape 2 sur 4 : vérifier l’aperçu' })).toBeTruthy();
    // Focus moves to the new step's heading.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Étape 2 sur 4 : vérifier l’aperçu'));
    const steps = screen.getByRole('navigation', { name: 'Étapes de l’import' });
    expect(within(steps).getByText('Aperçu').closest('li')?.getAttribute('aria-current')).toBe('step');
  });

  it('takes a file dropped on the zone', async () => {
    serve();
    renderImports();
    const zone = (await screen.findByText('Déposez votre fichier ici')).closest(
      'div[data-dragging], .mantine-Paper-root',
    )!;
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [], dropEffect: 'none' } });
    expect(zone.hasAttribute('data-dragging')).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [datesCsv()] } });

    expect(await screen.findByText('Google Search Console')).toBeTruthy();
  });

  it('refuses a file that is not a table before sending anything', async () => {
    const { requests } = serve();
    renderImports();
    await screen.findByLabelText('Fichier à importer');
    choose(new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/choisissez un fichier CSV, TSV ou XLSX/)).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('says when the file is over the server’s limit, in the server’s words for the UI language', async () => {
    serve({
      [PREVIEW]: () => ({
        status: 413,
        body: {
          status: 413,
          code: 'payload_too_large',
          limitBytes: 209_715_200,
          messages: {
            fr: 'Le fichier dépasse la limite d’import de 200 MB (209715200 octets, JALON_MAX_MEASUREMENT_FILE_BYTES).',
            en: 'The file is larger than the import limit of 200 MB (209715200 bytes, JALON_MAX_MEASUREMENT_FILE_BYTES).',
          },
        },
      }),
    });
    renderImports();
    await screen.findByLabelText('Fichier à importer');
    choose(datesCsv());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Ce fichier ne peut pas être importé')).toBeTruthy();
    expect(within(alert).getByText(/dépasse la limite d’import de 200 MB/)).toBeTruthy();
    // Sending it again would fail the same way.
    expect(within(alert).queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('names the limit itself when the 413 carries no message (English)', async () => {
    await i18n.changeLanguage('en');
    serve({ [PREVIEW]: () => ({ status: 413, body: { status: 413, limitBytes: 52_428_800 } }) });
    renderImports();
    fireEvent.change(await screen.findByLabelText('File to import'), { target: { files: [datesCsv()] } });

    expect(
      await screen.findByText(
        'The file is larger than the server’s import limit (50 MB). Split it or export a shorter period.',
      ),
    ).toBeTruthy();
  });

  it('explains an unreadable file, and offers a retry after a network failure', async () => {
    let answer: Answer = {
      status: 400,
      body: {
        status: 400,
        code: 'validation',
        messages: {
          fr: 'Les classeurs Excel 97-2003 (.xls) ne sont pas pris en charge : enregistrez le fichier en .xlsx ou en CSV.',
          en: 'Excel 97-2003 workbooks (.xls) are not supported: save the file as .xlsx or CSV.',
        },
      },
    };
    serve({ [PREVIEW]: () => answer });
    renderImports();
    await screen.findByLabelText('Fichier à importer');
    choose(new File(['\u00d0\u00cf'], 'ancien.xls'));
    expect(await screen.findByText(/Les classeurs Excel 97-2003 \(\.xls\) ne sont pas pris en charge/)).toBeTruthy();

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    choose(datesCsv());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/La connexion au serveur a été interrompue/)).toBeTruthy();
    answer = { body: GSC_PREVIEW };
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Google Search Console')).toBeTruthy();
  });
});
