// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diffPlans, summariseDiff, type PlanDiff } from '../../../core/diff/index.js';
import { action, edit, emptyPlan, objective } from '../../../core/diff/test-plans.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { jsonResponse, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { RevisionsPage } from './RevisionsPage';
import type { PlanDiffReport, Revision } from './useRevisions';

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

const revision = (number: number, message: string, createdBy: string | null = 'u1'): Revision => ({
  id: `r${number}`,
  number,
  message,
  createdBy,
  createdAt: `2026-0${number}-15T09:30:00Z`,
});

// Newest first, as the API lists them.
const history = [
  revision(3, 'Après la revue du T1', 'u2'),
  revision(2, 'Budget validé en comité', null),
  revision(1, 'Version initiale'),
];

const members = [
  { id: 'm1', userId: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', role: 'owner', version: 1, createdAt: '' },
  { id: 'm2', userId: 'u2', email: 'bob@example.com', name: 'Bob Martin', role: 'editor', version: 1, createdAt: '' },
];

const plan = {
  id: 'p1',
  workspaceId: 'ws1',
  key: 'plan-2027',
  name: 'Plan 2027',
  description: null,
  status: 'active',
  currency: 'EUR',
  locale: 'fr',
  startDate: null,
  endDate: null,
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

/** A diff as the server's `/diff` route answers: the real core's changes, and its lines in both languages. */
function report(diff: PlanDiff): PlanDiffReport {
  return { ...diff, lines: { fr: summariseDiff(diff, 'fr'), en: summariseDiff(diff, 'en') } };
}

const before = emptyPlan({
  objectives: [objective('trafic', 'Trafic organique', { target: 20 }), objective('notoriete', 'Notoriété')],
  actions: [action('audit', 'Audit SEO', { estimatedCost: 100_000 })],
});
const after = edit(before, (p) => {
  p.objectives[0]!.target = 15;
  p.objectives.splice(1, 1);
  p.actions[0]!.estimatedCost = 150_000;
  p.actions.push(action('newsletter', 'Newsletter mensuelle'));
});
const diff = report(diffPlans(before, after));

function serve(items: Revision[] = history) {
  let list = items;
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/revisions': () => ({ body: { items: list } }),
    'GET /api/v1/plans/p1': () => ({ body: plan }),
    'GET /api/v1/workspaces/ws1/members': () => ({ body: { items: members } }),
    'GET /api/v1/plans/p1/diff': () => ({ body: diff }),
    'POST /api/v1/plans/p1/revisions': (body) => {
      const saved = revision(list.length + 1, (body as { message: string }).message);
      list = [saved, ...list];
      return { status: 201, body: saved };
    },
  });
}

function renderRevisions(role?: Role) {
  return renderPlanPage(<RevisionsPage />, 'revisions', { role });
}

const calls = (method: string, path: string) =>
  fetchMock.mock.calls.filter(
    ([input, init]) => (init?.method ?? 'GET') === method && String(input).split('?')[0] === path,
  );

async function historyRows() {
  const table = await screen.findByRole('table', { name: 'Historique' });
  return within(table).getAllByRole('row').slice(1);
}

function rowOf(table: HTMLElement, message: string) {
  return within(table).getByText(message).closest('tr') as HTMLElement;
}

setUpPageTests();
afterEach(() => {
  vi.restoreAllMocks();
});

describe('RevisionsPage', () => {
  it('lists the revisions newest first, with their author and message', async () => {
    serve();
    renderRevisions();

    const rows = await historyRows();
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['3', '2', '1']);
    expect(within(rows[0]!).getByText('Après la revue du T1')).toBeTruthy();
    expect(await within(rows[0]!).findByText('Bob Martin')).toBeTruthy();
    expect(within(rows[1]!).getByText('Jeton d’API')).toBeTruthy();
    expect(within(rows[2]!).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(rows[2]!).getByText(/15 janv\. 2026/)).toBeTruthy();
    expect(screen.getByText('3 révisions, la plus récente en premier.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restaurer la révision 2' })).toBeTruthy();
  });

  it('pages a long history', async () => {
    serve(Array.from({ length: 25 }, (_, i) => revision(25 - i, `Révision hebdomadaire ${25 - i}`)));
    renderRevisions();

    expect(await historyRows()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    const rows = await historyRows();
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['5', '4', '3', '2', '1']);
  });

  it('explains revisions when there is none, and saves the first one with its message', async () => {
    serve([]);
    renderRevisions();

    expect(await screen.findByRole('heading', { name: 'Aucune révision pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/Une révision fige le plan tel qu’il est/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer une révision' }));
    const dialog = await screen.findByRole('dialog');

    // An empty (or blank) message is refused before calling the server.
    fireEvent.change(within(dialog).getByLabelText(/^Message/), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la révision' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(calls('POST', '/api/v1/plans/p1/revisions')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^Message/), { target: { value: '  Avant la revue du T2 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la révision' }));
    await waitFor(() => expect(calls('POST', '/api/v1/plans/p1/revisions')).toHaveLength(1));
    expect(JSON.parse(String(calls('POST', '/api/v1/plans/p1/revisions')[0]![1]!.body))).toEqual({
      message: 'Avant la revue du T2',
    });

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Révision 1 enregistrée : « Avant la revue du T2 ».')).toBeTruthy();
    const rows = await historyRows();
    expect(within(rows[0]!).getByText('Avant la revue du T2')).toBeTruthy();
  });

  it('puts a new revision at the top of the history, and refuses a message over 500 characters', async () => {
    serve();
    renderRevisions();
    await historyRows();

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer une révision' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Message/), { target: { value: 'x'.repeat(501) } });
    expect(within(dialog).getByText('501 / 500 caractères')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la révision' }));
    expect(await within(dialog).findByText(/ne doit pas dépasser 500 caractères \(actuellement 501\)/)).toBeTruthy();
    expect(calls('POST', '/api/v1/plans/p1/revisions')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^Message/), {
      target: { value: 'Avant la campagne de printemps' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la révision' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const rows = await historyRows();
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['4', '3', '2', '1']);
    expect(within(rows[0]!).getByText('Avant la campagne de printemps')).toBeTruthy();
  });

  it('shows the changes between two revisions by part of the plan, before and after side by side', async () => {
    serve();
    renderRevisions();
    await historyRows();

    expect(screen.getByText(/Choisissez la version de départ/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Version de départ (avant)'), { target: { value: 'r1' } });
    fireEvent.change(screen.getByLabelText('Version d’arrivée (après)'), { target: { value: 'r2' } });

    const objectives = await screen.findByRole('table', { name: 'Objectifs' });
    await waitFor(() =>
      expect(calls('GET', '/api/v1/plans/p1/diff').map(([input]) => String(input))).toContain(
        '/api/v1/plans/p1/diff?from=r1&to=r2',
      ),
    );
    const actions = screen.getByRole('table', { name: 'Actions' });
    expect(screen.getByText(/Révision 1 → Révision 2 · 4 changements/)).toBeTruthy();

    // Every sentence of the server, in French, in its section.
    for (const change of diff.changes) {
      const table = change.collection === 'objectives' ? objectives : actions;
      expect(within(table).getByText(change.message.fr)).toBeTruthy();
    }
    const message = (collection: string, kind: string) =>
      diff.changes.find((c) => c.collection === collection && c.kind === kind)!.message.fr;

    const target = rowOf(objectives, message('objectives', 'changed'));
    expect(within(target).getByText('Modification')).toBeTruthy();
    expect(within(target).getByText('20').closest('del')).toBeTruthy();
    expect(within(target).getByText('15').closest('ins')).toBeTruthy();

    const removed = rowOf(objectives, message('objectives', 'removed'));
    expect(within(removed).getByText('Suppression')).toBeTruthy();
    expect(within(removed).getByText('Notoriété').closest('del')).toBeTruthy();

    const added = rowOf(actions, message('actions', 'added'));
    expect(within(added).getByText('Ajout')).toBeTruthy();
    expect(within(added).getByText('Newsletter mensuelle').closest('ins')).toBeTruthy();

    const cost = rowOf(actions, message('actions', 'changed'));
    expect(within(cost).getByText('1 000 €').closest('del')).toBeTruthy();
    expect(within(cost).getByText('1 500 €').closest('ins')).toBeTruthy();
  });

  it('shows the diff in English', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderRevisions();
    await screen.findByRole('table', { name: 'History' });

    fireEvent.change(screen.getByLabelText('From version (before)'), { target: { value: 'r1' } });
    const objectives = await screen.findByRole('table', { name: 'Objectives' });
    for (const change of diff.changes.filter((c) => c.collection === 'objectives')) {
      expect(within(objectives).getByText(change.message.en)).toBeTruthy();
    }
    const cost = diff.changes.find((c) => c.collection === 'actions' && c.kind === 'changed')!.message.en;
    const row = rowOf(screen.getByRole('table', { name: 'Actions' }), cost);
    expect(within(row).getByText('Changed')).toBeTruthy();
    expect(within(row).getByText('€1,000')).toBeTruthy();
    expect(within(row).getByText('€1,500')).toBeTruthy();
    expect(screen.getByText(/Revision 1 → Current plan · 4 changes/)).toBeTruthy();
  });

  it('compares a revision with the current plan from the history, and says when nothing changed', async () => {
    serve();
    routes['GET /api/v1/plans/p1/diff'] = () => ({ body: report({ changes: [] }) });
    renderRevisions();
    await historyRows();

    fireEvent.click(screen.getByRole('button', { name: 'Comparer la révision 3 avec le plan actuel' }));
    expect(await screen.findByText('Aucune différence')).toBeTruthy();
    expect(screen.getByText('Révision 3 et Plan actuel sont identiques.')).toBeTruthy();
    expect(calls('GET', '/api/v1/plans/p1/diff').map(([input]) => String(input))).toEqual([
      '/api/v1/plans/p1/diff?from=r3',
    ]);
    expect((screen.getByLabelText('Version de départ (avant)') as HTMLSelectElement).value).toBe('r3');
  });

  it('does not ask for a diff of a revision with itself', async () => {
    serve();
    renderRevisions();
    await historyRows();

    fireEvent.change(screen.getByLabelText('Version de départ (avant)'), { target: { value: 'r2' } });
    fireEvent.change(screen.getByLabelText('Version d’arrivée (après)'), { target: { value: 'r2' } });
    expect(await screen.findByText('Choisissez deux versions différentes.')).toBeTruthy();
    expect(calls('GET', '/api/v1/plans/p1/diff').map(([input]) => String(input))).not.toContain(
      '/api/v1/plans/p1/diff?from=r2&to=r2',
    );
  });

  it('virtualises a long section of changes', async () => {
    // happy-dom lays nothing out: the scrolling box is 560 px tall, each row 52 px.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'region' ? 560 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'TR' ? 52 : 0;
    });
    serve();
    const many = edit(before, (p) => {
      for (let i = 0; i < 150; i++) p.actions.push(action(`action-${i}`, `Action générée ${i}`));
    });
    routes['GET /api/v1/plans/p1/diff'] = () => ({ body: report(diffPlans(before, many)) });
    renderRevisions();
    await historyRows();

    fireEvent.change(screen.getByLabelText('Version de départ (avant)'), { target: { value: 'r1' } });
    const table = await screen.findByRole('table', { name: 'Actions' });
    expect(screen.getByText('150 changements', { selector: 'p' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Changements de la partie « Actions » (liste défilante)' })).toBeTruthy();
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(1);
    // The header and the rows in view (560 / 52 ≈ 11) with the overscan, not all 150.
    expect(rendered).toBeLessThan(40);
  });

  it('restores a revision after a confirmation that says the current state is kept, then refreshes the plan', async () => {
    serve();
    routes['POST /api/v1/plans/p1/revisions/r1/restore'] = () => ({
      status: 201,
      body: revision(5, 'Révision 1 restaurée'),
    });
    renderRevisions();
    await historyRows();
    await waitFor(() => expect(calls('GET', '/api/v1/plans/p1')).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Restaurer la révision 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restaurer la révision 1 ?' });
    expect(within(dialog).getByText(/Le plan actuel sera remplacé par la révision 1/)).toBeTruthy();
    expect(within(dialog).getByText(/enregistré automatiquement comme une nouvelle révision/)).toBeTruthy();
    expect(calls('POST', '/api/v1/plans/p1/revisions/r1/restore')).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Restaurer la révision 1' }));
    await waitFor(() => expect(calls('POST', '/api/v1/plans/p1/revisions/r1/restore')).toHaveLength(1));
    expect(
      await screen.findByText('Révision 1 restaurée. L’état remplacé est conservé dans la révision 4.'),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    // The plan and its history are read again.
    expect(calls('GET', '/api/v1/plans/p1')).toHaveLength(2);
    expect(calls('GET', '/api/v1/plans/p1/revisions').length).toBeGreaterThanOrEqual(2);
  });

  it('restores nothing when the confirmation is cancelled', async () => {
    serve();
    renderRevisions();
    await historyRows();

    fireEvent.click(screen.getByRole('button', { name: 'Restaurer la révision 2' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('shows a viewer the history and the diff, without saving or restoring', async () => {
    serve();
    renderRevisions('viewer');
    await historyRows();

    expect(screen.queryByRole('button', { name: 'Enregistrer une révision' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Restaurer/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Comparer la révision 1 avec le plan actuel' }));
    expect(await screen.findByRole('table', { name: 'Objectifs' })).toBeTruthy();
  });

  it('shows a viewer an empty history without the save button', async () => {
    serve([]);
    renderRevisions('viewer');

    expect(await screen.findByRole('heading', { name: 'Aucune révision pour l’instant' })).toBeTruthy();
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Pourquoi et comment ?']);
  });

  it('shows the server’s refusal of a save, and its reason on the message field', async () => {
    serve();
    routes['POST /api/v1/plans/p1/revisions'] = () => ({
      status: 403,
      body: { title: 'Not allowed', status: 403, code: 'forbidden', detail: 'Votre rôle ne le permet pas' },
    });
    renderRevisions();
    await historyRows();

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer une révision' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Message/), { target: { value: 'Jalon T2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la révision' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Vous n’avez pas accès à cette ressource.');
    expect(alert.textContent).toContain('Motif donné par le serveur : Votre rôle ne le permet pas');

    routes['POST /api/v1/plans/p1/revisions'] = () => ({
      status: 400,
      body: {
        title: 'Invalid request',
        status: 400,
        code: 'validation',
        errors: [{ path: 'message', message: 'Message trop long pour le serveur', code: 'too_big' }],
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la révision' }));
    expect(await within(dialog).findByText('Message trop long pour le serveur')).toBeTruthy();
    expect(
      within(dialog)
        .getByLabelText(/^Message/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('offers to reload the history when another revision was saved at the same time as a restore', async () => {
    serve();
    // The API writes its reasons in English (no Content-Language: the client's default).
    const api = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation((input, init) =>
      String(input).endsWith('/revisions/r2/restore')
        ? Promise.resolve(
            jsonResponse(
              {
                title: 'Conflict',
                status: 409,
                code: 'conflict',
                detail: 'Another revision was saved at the same time',
              },
              409,
              'en',
            ),
          )
        : api(input, init),
    );
    renderRevisions();
    await historyRows();

    fireEvent.click(screen.getByRole('button', { name: 'Restaurer la révision 2' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restaurer la révision 2' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Une autre révision a été enregistrée au même moment.');
    // The server wrote its reason in English: the French screen does not show it.
    expect(alert.textContent).not.toContain('Another revision');

    const before = calls('GET', '/api/v1/plans/p1/revisions').length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger l’historique' }));
    await waitFor(() => expect(calls('GET', '/api/v1/plans/p1/revisions').length).toBe(before + 1));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
  });

  it('shows an error with a retry when the history cannot be loaded', async () => {
    serve();
    routes['GET /api/v1/plans/p1/revisions'] = () => ({ status: 500, body: { title: 'Boom', status: 500 } });
    renderRevisions();

    expect(await screen.findByText('Impossible de charger les révisions de ce plan.')).toBeTruthy();
    routes['GET /api/v1/plans/p1/revisions'] = () => ({ body: { items: history } });
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('table', { name: 'Historique' })).toBeTruthy();
  });
});
