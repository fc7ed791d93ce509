// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CorrectiveActionEntity, KpiEntity } from '../../../contract/entity-types.js';
import type { KpiStatusReport } from '../../../core/kpi/index.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { kpiPath } from '../plan/planPaths';
import { CorrectiveActionsSection } from './CorrectiveActionsSection';
import { action, kpi, person, report } from './fixtures';

const traffic = kpi('k1', 'Trafic organique', { unit: 'visites' });
const conversion = kpi('k2', 'Taux de conversion', { unit: '%' });
const claire = person('p1', 'Claire Martin');

/** Today is 10 March 2026 in these tests. */
const seo = action('a1', 'k1', {
  title: 'Optimisation SEO',
  description: 'Pages les plus visitées',
  deadline: '2026-03-01',
  ownerId: 'p1',
});
const abTests = action('a2', 'k2', {
  title: 'Tests A/B',
  deadline: '2026-04-15',
  status: 'done',
  outcome: 'Conversion +1 pt',
});
const content = action('a3', 'k1', { title: 'Contenu ciblé', deadline: null, status: 'in_progress' });

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

interface Data {
  actions: CorrectiveActionEntity[];
  kpis?: KpiEntity[];
  reports?: KpiStatusReport[];
}

function serve(data: Data) {
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/corrective-actions': () => ({ body: listPage(data.actions) }),
    'GET /api/v1/plans/p1/kpis': () => ({ body: listPage(data.kpis ?? [traffic, conversion]) }),
    'GET /api/v1/plans/p1/kpi-status': () => ({
      body: {
        items: data.reports ?? [report(traffic, 'off_track', 1000, 700), report(conversion, 'on_track', 5, 5.1)],
      },
    }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage([claire]) }),
  });
}

function renderSection(role?: Role, kpiId?: string) {
  return renderPlanPage(
    <CorrectiveActionsSection workspaceId="ws1" planId="p1" {...(kpiId ? { kpiId } : {})} />,
    'tracking',
    { role },
  );
}

const row = (name: string) => screen.findByRole('row', { name });
/** The body rows in order, by the action title each is named after. */
const bodyRowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => document.getElementById(r.getAttribute('aria-labelledby') ?? '')?.textContent);
const posted = (method: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method === method)
    .map(([input, init]) => ({ url: String(input), body: JSON.parse(String(init?.body ?? 'null')) as unknown }));

setUpPageTests({ today: new Date(2026, 2, 10, 10, 0) });

describe('CorrectiveActionsSection', () => {
  it('shows the method’s table: KPI, target to date, actual, KPI status, action, owner, deadline, status, outcome', async () => {
    serve({ actions: [seo, abTests, content] });
    renderSection();

    const seoRow = await row('Optimisation SEO');
    expect(seoRow.id).toBe('entity-action-a1');
    expect(within(seoRow).getByRole('link', { name: 'Trafic organique' }).getAttribute('href')).toBe(
      kpiPath('ws1', 'p1', 'k1'),
    );
    expect(within(seoRow).getByText(/^1\s000 visites$/)).toBeTruthy();
    expect(within(seoRow).getByText('au 1 mars 2026')).toBeTruthy();
    expect(within(seoRow).getByText(/^700 visites$/)).toBeTruthy();
    expect(within(seoRow).getByText(/^écart -30\s%$/)).toBeTruthy();
    expect(within(seoRow).getByText('Hors trajectoire')).toBeTruthy();
    expect(within(seoRow).getByText('Pages les plus visitées')).toBeTruthy();
    expect(within(seoRow).getByText('Claire Martin')).toBeTruthy();
    // Due on 1 March and still planned on the 10th.
    expect(within(seoRow).getByText('En retard')).toBeTruthy();
    expect(
      (within(seoRow).getByRole('combobox', { name: 'Statut de « Optimisation SEO »' }) as HTMLSelectElement).value,
    ).toBe('planned');

    const abRow = await row('Tests A/B');
    expect(within(abRow).getByText('Dans les temps')).toBeTruthy();
    expect(within(abRow).getByText('Conversion +1 pt')).toBeTruthy();
    expect(within(abRow).queryByText('En retard')).toBeNull();
    expect(within(await row('Contenu ciblé')).getByText('Non attribuée')).toBeTruthy();

    // Judged as of the user's today, like the overdue flags.
    expect(fetchMock.mock.calls.map(([input]) => String(input))).toContain(
      '/api/v1/plans/p1/kpi-status?today=2026-03-10',
    );
    expect(screen.getByText(/2 actions ouvertes/)).toBeTruthy();
    expect(screen.getByText(/1 en retard/)).toBeTruthy();
  });

  it('sorts by deadline both ways and filters by status', async () => {
    serve({ actions: [abTests, content, seo] });
    renderSection();

    await row('Optimisation SEO');
    expect(bodyRowNames()).toEqual(['Optimisation SEO', 'Tests A/B', 'Contenu ciblé']);
    const header = screen.getByRole('columnheader', { name: /Échéance/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header).getByRole('button'));
    expect(bodyRowNames()).toEqual(['Tests A/B', 'Optimisation SEO', 'Contenu ciblé']);
    expect(header.getAttribute('aria-sort')).toBe('descending');

    const filter = screen.getByLabelText('Filtrer par statut');
    expect(within(filter).getByRole('option', { name: 'Ouvertes (prévues ou en cours) (2)' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'done' } });
    expect(bodyRowNames()).toEqual(['Tests A/B']);
    fireEvent.change(filter, { target: { value: 'abandoned' } });
    expect(screen.getByText('Aucune action corrective n’a ce statut.')).toBeTruthy();
  });

  it('creates an action with the right body, and checks the form before sending', async () => {
    serve({ actions: [seo] });
    routes['POST /api/v1/plans/p1/corrective-actions'] = (body) => ({
      status: 201,
      body: { ...seo, ...(body as object), id: 'a9', key: 'nouvelle' },
    });
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une action corrective' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle action corrective' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Choisissez le KPI que cette action doit redresser.')).toBeTruthy();
    expect(within(dialog).getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(posted('POST')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/^KPI concerné/), { target: { value: 'k2' } });
    // The chosen KPI's situation, to decide against the numbers.
    expect(within(dialog).getByText('Dans les temps')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Action corrective/), {
      target: { value: ' Amélioration de l’UX ' },
    });
    fireEvent.change(within(dialog).getByLabelText('Responsable'), { target: { value: 'p1' } });
    fireEvent.change(within(dialog).getByLabelText(/^Échéance/), { target: { value: '2026-04-30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(posted('POST')).toHaveLength(1));
    expect(posted('POST')[0]).toEqual({
      url: '/api/v1/plans/p1/corrective-actions',
      body: {
        kpiId: 'k2',
        title: 'Amélioration de l’UX',
        description: null,
        ownerId: 'p1',
        deadline: '2026-04-30',
        status: 'planned',
        outcome: null,
      },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('edits an action and records its outcome, then shows a server refusal that names no field', async () => {
    serve({ actions: [seo] });
    routes['PATCH /api/v1/plans/p1/corrective-actions/a1'] = () => ({
      status: 422,
      body: { title: 'Unprocessable', status: 422, detail: 'Le KPI n’appartient pas à ce plan.' },
    });
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier l’action corrective « Optimisation SEO »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’action corrective' });
    expect((within(dialog).getByLabelText(/^KPI concerné/) as HTMLSelectElement).value).toBe('k1');
    fireEvent.change(within(dialog).getByLabelText('Statut'), { target: { value: 'done' } });
    fireEvent.change(within(dialog).getByLabelText(/^Résultat obtenu/), { target: { value: 'Trafic +12 %' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(posted('PATCH')).toHaveLength(1));
    expect(posted('PATCH')[0]?.body).toMatchObject({
      version: 1,
      status: 'done',
      outcome: 'Trafic +12 %',
      kpiId: 'k1',
    });
    expect(await within(dialog).findByText('Le KPI n’appartient pas à ce plan.')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'La demande est invalide. Vérifiez les champs signalés.',
    );
  });

  it('changes a status inline on the version read, and offers to reload after a conflict', async () => {
    serve({ actions: [seo] });
    let patches = 0;
    routes['PATCH /api/v1/plans/p1/corrective-actions/a1'] = (body) => {
      patches += 1;
      return patches === 1
        ? { body: { ...seo, ...(body as object), version: 2 } }
        : { status: 409, body: { title: 'Edit conflict', status: 409, code: 'version_conflict' } };
    };
    renderSection();

    const select = (await screen.findByRole('combobox', {
      name: 'Statut de « Optimisation SEO »',
    })) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'in_progress' } });
    await waitFor(() => expect(posted('PATCH')).toHaveLength(1));
    expect(posted('PATCH')[0]?.body).toEqual({ version: 1, status: 'in_progress' });

    // The saved version is the base of the next change.
    await waitFor(() => expect(select.disabled).toBe(false));
    fireEvent.change(select, { target: { value: 'done' } });
    await waitFor(() => expect(posted('PATCH')).toHaveLength(2));
    expect(posted('PATCH')[1]?.body).toEqual({ version: 2, status: 'done' });

    const alert = await screen.findByText(/Quelqu’un a modifié cette action corrective entre-temps/);
    const reads = () => fetchMock.mock.calls.filter(([input]) => String(input).includes('/corrective-actions?')).length;
    const before = reads();
    fireEvent.click(screen.getByRole('button', { name: 'Recharger les actions correctives' }));
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    expect(alert.isConnected).toBe(false);
  });

  it('deletes an action after confirmation', async () => {
    serve({ actions: [seo] });
    routes['DELETE /api/v1/plans/p1/corrective-actions/a1'] = () => ({ status: 204 });
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer l’action corrective « Optimisation SEO »' }));
    const confirm = await screen.findByRole('dialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(([input, init]) => init?.method === 'DELETE' && String(input).endsWith('/a1')),
      ).toBe(true),
    );
  });

  it('keeps one KPI’s actions and presets new ones to it', async () => {
    serve({ actions: [seo, abTests, content] });
    routes['POST /api/v1/plans/p1/corrective-actions'] = (body) => ({
      status: 201,
      body: { ...seo, ...(body as object) },
    });
    renderSection('editor', 'k1');

    await row('Optimisation SEO');
    expect(bodyRowNames()).toEqual(['Optimisation SEO', 'Contenu ciblé']);
    // The KPI's own columns are the page around the table.
    expect(screen.queryByRole('columnheader', { name: 'KPI' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une action corrective' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText(/^KPI concerné/) as HTMLSelectElement).value).toBe('k1');
    fireEvent.change(within(dialog).getByLabelText(/^Action corrective/), { target: { value: 'Netlinking' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(posted('POST')).toHaveLength(1));
    expect(posted('POST')[0]?.body).toMatchObject({ kpiId: 'k1', title: 'Netlinking' });
  });

  it('shows a viewer the table without any control', async () => {
    serve({ actions: [seo, abTests] });
    renderSection('viewer');

    const seoRow = await row('Optimisation SEO');
    expect(within(seoRow).getByText('Prévue')).toBeTruthy();
    expect(within(seoRow).queryByRole('combobox')).toBeNull();
    expect(screen.queryAllByRole('button', { name: /Ajouter|Modifier|Supprimer/ })).toEqual([]);
    expect(screen.queryAllByRole('combobox', { name: /Statut de/ })).toEqual([]);
  });

  it('explains corrective actions in the method when there is none', async () => {
    serve({ actions: [] });
    renderSection();

    expect(await screen.findByRole('heading', { name: 'Aucune action corrective pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/Quand le résultat réel s’en écarte, décidez d’une action corrective/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter une action corrective' })).toBeTruthy();
  });

  it('asks for KPIs first when the plan has none', async () => {
    serve({ actions: [], kpis: [], reports: [] });
    renderSection();

    expect(await screen.findByText(/Définissez d’abord les KPI du plan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter une action corrective' })).toBeNull();
  });

  it('shows a loading failure with a retry', async () => {
    serve({ actions: [] });
    routes['GET /api/v1/plans/p1/corrective-actions'] = () => ({ status: 500, body: { title: 'Oops', status: 500 } });
    renderSection();

    expect(await screen.findByText('Impossible de charger les actions correctives.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('keeps the table when the KPI statuses cannot be computed, and says so', async () => {
    serve({ actions: [seo] });
    routes['GET /api/v1/plans/p1/kpi-status'] = () => ({ status: 500, body: { title: 'Oops', status: 500 } });
    renderSection();

    expect(await screen.findByText(/Les statuts des KPI n’ont pas pu être calculés/)).toBeTruthy();
    const seoRow = await row('Optimisation SEO');
    expect(within(seoRow).getByRole('link', { name: 'Trafic organique' })).toBeTruthy();
    expect(within(seoRow).queryByText('Hors trajectoire')).toBeNull();
  });

  it('renders only the rows in view of a long table', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      action(`m${i}`, 'k1', { title: `Action ${String(i).padStart(3, '0')}`, deadline: '2026-05-01' }),
    );
    serve({ actions: many });
    // happy-dom lays nothing out: give the scroll box and the rows the sizes a browser would.
    const clientHeight = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const offsetHeight = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(60);
    try {
      renderSection('viewer');

      await row('Action 000');
      const rendered = within(screen.getByRole('table')).getAllByRole('row').length;
      expect(rendered).toBeGreaterThan(10);
      expect(rendered).toBeLessThan(60);
      expect(screen.queryByRole('row', { name: 'Action 299' })).toBeNull();
    } finally {
      clientHeight.mockRestore();
      offsetHeight.mockRestore();
    }
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve({ actions: [seo] });
    renderSection();

    const seoRow = await row('Optimisation SEO');
    expect(within(seoRow).getByText('Off track')).toBeTruthy();
    expect(within(seoRow).getByText('Overdue')).toBeTruthy();
    expect(within(seoRow).getByText(/^variance -30%$/)).toBeTruthy();
    expect(within(seoRow).getByText('on Mar 1, 2026')).toBeTruthy();
    for (const name of ['KPI', 'Target to date', 'Actual', 'KPI status', 'Corrective action', 'Owner', 'Outcome']) {
      expect(screen.getByRole('columnheader', { name })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: 'Add a corrective action' }));
    expect(await screen.findByRole('dialog', { name: 'New corrective action' })).toBeTruthy();
  });
});
