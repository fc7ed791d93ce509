// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionEntity,
  PersonEntity,
  RaciAssignmentEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import { computeWorkload } from '../../../core/schedule/workload.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { RaciPage } from './RaciPage';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

const strategy = { id: 's1', key: 'contenu', position: 0, name: 'Contenu', ...stamp } as StrategyEntity;
const tactic = { id: 't1', key: 'blog', position: 0, name: 'Blog', strategyId: 's1', ...stamp } as TacticEntity;

function action(id: string, key: string, title: string, extra: Partial<ActionEntity> = {}): ActionEntity {
  return {
    id,
    key,
    position: 0,
    title,
    description: null,
    status: 'todo',
    priority: 'medium',
    startDate: '2026-03-02',
    dueDate: '2026-03-06',
    isMilestone: false,
    estimatedCost: null,
    effortHours: null,
    tacticId: 't1',
    ...stamp,
    ...extra,
  };
}

const newsletter = action('a1', 'newsletter', 'Lancer la newsletter', { effortHours: 50 });
const articles = action('a2', 'articles', 'Publier quatre articles', { effortHours: 10 });

function person(id: string, name: string, weeklyCapacityHours = 35): PersonEntity {
  return { id, key: id, position: 0, name, email: null, jobTitle: null, weeklyCapacityHours, ...stamp };
}
const claire = person('p1', 'Claire Martin');
const marc = person('p2', 'Marc Dubois');

function assignment(id: string, actionId: string, personId: string, role: RaciAssignmentEntity['role']) {
  return { id, position: 0, actionId, personId, role, ...stamp } satisfies RaciAssignmentEntity;
}

/** The newsletter is complete (Claire A and R, Marc C); the articles have an R but no A. */
const initialAssignments = [
  assignment('r1', 'a1', 'p1', 'A'),
  assignment('r2', 'a1', 'p1', 'R'),
  assignment('r3', 'a1', 'p2', 'C'),
  assignment('r4', 'a2', 'p2', 'R'),
];

interface Data {
  actions?: ActionEntity[];
  people?: PersonEntity[];
  assignments?: RaciAssignmentEntity[];
}

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};
let stored: RaciAssignmentEntity[] = [];

/** The engine's report, computed by the engine's own function from the same data. */
function scheduleReport(actions: ActionEntity[], people: PersonEntity[]) {
  const key = new Map(people.map((p) => [p.id, p.key]));
  const actionKey = new Map(actions.map((a) => [a.id, a.key]));
  const workload = computeWorkload(
    actions.map((a) => ({ ...a, tactic: a.tacticId })),
    stored.map((a) => ({ action: actionKey.get(a.actionId) ?? '', person: key.get(a.personId) ?? '', role: a.role })),
    people,
  );
  return { today: '2026-03-04', raci: [], workload, cycles: [], dateConflicts: [], milestonesAtRisk: [] };
}

function serve(data: Data = {}) {
  const actions = data.actions ?? [newsletter, articles];
  const people = data.people ?? [claire, marc];
  stored = [...(data.assignments ?? initialAssignments)];
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/actions': () => ({ body: listPage(actions) }),
    'GET /api/v1/plans/p1/tactics': () => ({ body: listPage([tactic]) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage([strategy]) }),
    'GET /api/v1/plans/p1/raci-assignments': () => ({ body: listPage(stored) }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage(people) }),
    'GET /api/v1/plans/p1/schedule': () => ({ body: scheduleReport(actions, people) }),
    'POST /api/v1/plans/p1/raci-assignments': (body) => {
      const saved = { id: `new${stored.length}`, position: 0, ...stamp, ...(body as object) } as RaciAssignmentEntity;
      stored.push(saved);
      return { status: 201, body: saved };
    },
  });
}

function renderRaci(role?: Role, hash = '') {
  return renderPlanPage(<RaciPage />, 'raci', { role, suffix: hash });
}

const cellName = (person: string, title: string, roles: string) => `${person}, « ${title} » : ${roles}`;
const requests = (method: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === method)
    .map(([url, init]) => ({ url: String(url), body: init?.body ? JSON.parse(String(init.body)) : undefined }));
const articlesRow = () => document.getElementById('entity-articles') as HTMLElement;

setUpPageTests();
const sizes = { clientHeight: 800, clientWidth: 800, scrollHeight: 100_000 } as const;
beforeAll(() => {
  // happy-dom lays nothing out: give the scrolling grid a size so that rows are rendered.
  for (const [size, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const size of Object.keys(sizes)) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size];
});

describe('RaciPage', () => {
  it('shows actions by strategy › tactic against people, with each cell’s roles', async () => {
    serve();
    renderRaci();
    const grid = await screen.findByRole('grid', { name: 'Matrice RACI : actions et personnes' });
    expect(within(grid).getByRole('columnheader', { name: 'Claire Martin' })).toBeTruthy();
    expect(within(grid).getByRole('columnheader', { name: 'Marc Dubois' })).toBeTruthy();
    expect(within(grid).getByText('Contenu › Blog')).toBeTruthy();
    expect(
      within(grid).getByRole('gridcell', { name: cellName('Claire Martin', 'Lancer la newsletter', 'R, A') }),
    ).toBeTruthy();
    expect(
      within(grid).getByRole('gridcell', { name: cellName('Marc Dubois', 'Publier quatre articles', 'R') }),
    ).toBeTruthy();
    expect(document.getElementById('entity-newsletter')?.getAttribute('role')).toBe('row');
  });

  it('flags the action without an Accountable, then clears the flag once an A is given by the menu', async () => {
    serve();
    renderRaci();
    await screen.findByRole('grid');
    expect(within(articlesRow()).getByText('Aucun Accountable (A) : il en faut exactement un.')).toBeTruthy();
    expect(screen.getByText(/1 action à corriger/)).toBeTruthy();
    expect(within(document.getElementById('entity-newsletter') as HTMLElement).getByText('Conforme')).toBeTruthy();

    fireEvent.click(
      screen.getByRole('gridcell', { name: cellName('Claire Martin', 'Publier quatre articles', 'aucun rôle') }),
    );
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Attribuer A (Accountable)' }));

    await waitFor(() => expect(within(articlesRow()).queryByText(/Aucun Accountable/)).toBeNull());
    expect(within(articlesRow()).getByText('Conforme')).toBeTruthy();
    expect(
      screen.getByText('Toutes les actions ont un seul Accountable (A) et au moins un Responsable (R).'),
    ).toBeTruthy();
    await waitFor(() => expect(requests('POST')).toHaveLength(1));
    expect(requests('POST')[0]).toEqual({
      url: '/api/v1/plans/p1/raci-assignments',
      body: { actionId: 'a2', personId: 'p1', role: 'A' },
    });
    expect(
      screen.getByRole('gridcell', { name: cellName('Claire Martin', 'Publier quatre articles', 'A') }),
    ).toBeTruthy();
  });

  it('is one tab stop moved with the arrows; typing A gives the role, another letter replaces it, Delete clears', async () => {
    serve();
    let patched: unknown;
    routes['PATCH /api/v1/plans/p1/raci-assignments/r4'] = (body) => {
      patched = body;
      return { body: { ...initialAssignments[3], ...(body as object), version: 2 } };
    };
    routes['DELETE /api/v1/plans/p1/raci-assignments/r3'] = () => ({ status: 204 });
    renderRaci();
    const grid = await screen.findByRole('grid');
    const focusable = grid.querySelectorAll('[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    const start = focusable[0] as HTMLElement;
    expect(start.getAttribute('aria-label')).toBe(cellName('Claire Martin', 'Lancer la newsletter', 'R, A'));

    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    const target = screen.getByRole('gridcell', {
      name: cellName('Claire Martin', 'Publier quatre articles', 'aucun rôle'),
    });
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.getAttribute('tabindex')).toBe('0');
    expect(start.getAttribute('tabindex')).toBe('-1');

    fireEvent.keyDown(target, { key: 'a' });
    await waitFor(() => expect(requests('POST')).toHaveLength(1));
    expect(requests('POST')[0]?.body).toEqual({ actionId: 'a2', personId: 'p1', role: 'A' });
    await waitFor(() => expect(within(articlesRow()).getByText('Conforme')).toBeTruthy());

    // Marc holds R on the articles: typing C replaces it (one PATCH with the version read).
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    const marcCell = screen.getByRole('gridcell', { name: cellName('Marc Dubois', 'Publier quatre articles', 'R') });
    await waitFor(() => expect(document.activeElement).toBe(marcCell));
    fireEvent.keyDown(marcCell, { key: 'c' });
    await waitFor(() => expect(patched).toEqual({ version: 1, role: 'C' }));
    // The articles have no R any more.
    await waitFor(() =>
      expect(within(articlesRow()).getByText('Aucun Responsable (R) : il en faut au moins un.')).toBeTruthy(),
    );

    fireEvent.keyDown(marcCell, { key: 'ArrowUp' });
    const marcNewsletter = screen.getByRole('gridcell', { name: cellName('Marc Dubois', 'Lancer la newsletter', 'C') });
    await waitFor(() => expect(document.activeElement).toBe(marcNewsletter));
    fireEvent.keyDown(marcNewsletter, { key: 'Delete' });
    await waitFor(() => expect(requests('DELETE')).toHaveLength(1));
    expect(requests('DELETE')[0]?.url).toBe('/api/v1/plans/p1/raci-assignments/r3?version=1');
    await waitFor(() =>
      expect(
        screen.getByRole('gridcell', { name: cellName('Marc Dubois', 'Lancer la newsletter', 'aucun rôle') }),
      ).toBeTruthy(),
    );
  });

  it('shows the server’s reason for a refusal and puts the cell back', async () => {
    serve();
    routes['POST /api/v1/plans/p1/raci-assignments'] = () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Requête invalide',
        code: 'validation',
        detail: 'Cette personne ne fait pas partie de l’espace de travail.',
      },
    });
    renderRaci();
    const cell = await screen.findByRole('gridcell', {
      name: cellName('Claire Martin', 'Publier quatre articles', 'aucun rôle'),
    });
    fireEvent.click(cell);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Attribuer A (Accountable)' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Rôle de Claire Martin sur « Publier quatre articles » non enregistré');
    expect(alert.textContent).toContain('Cette personne ne fait pas partie de l’espace de travail.');
    expect(within(alert).queryByRole('button', { name: 'Recharger la matrice' })).toBeNull();
    await waitFor(() => expect(within(articlesRow()).getByText(/Aucun Accountable/)).toBeTruthy());
    expect(
      screen.getByRole('gridcell', { name: cellName('Claire Martin', 'Publier quatre articles', 'aucun rôle') }),
    ).toBeTruthy();
  });

  it('offers to reload after a conflict, and shows what the server holds then', async () => {
    serve();
    routes['POST /api/v1/plans/p1/raci-assignments'] = () => {
      // Someone else gave Claire the A meanwhile.
      stored.push(assignment('r9', 'a2', 'p1', 'A'));
      return { status: 409, body: { status: 409, title: 'Conflict', code: 'conflict' } };
    };
    renderRaci();
    const cell = await screen.findByRole('gridcell', {
      name: cellName('Claire Martin', 'Publier quatre articles', 'aucun rôle'),
    });
    fireEvent.keyDown(cell, { key: 'A' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Quelqu’un a modifié cette case entre-temps.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger la matrice' }));
    await waitFor(() =>
      expect(
        screen.getByRole('gridcell', { name: cellName('Claire Martin', 'Publier quatre articles', 'A') }),
      ).toBeTruthy(),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows only the rows with a problem when asked', async () => {
    serve();
    renderRaci();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('switch', { name: 'Afficher seulement les lignes à problème' }));
    await waitFor(() => expect(document.getElementById('entity-newsletter')).toBeNull());
    expect(articlesRow()).toBeTruthy();
  });

  it('shows the weekly workload with the overloads against the capacity', async () => {
    serve();
    renderRaci();
    const table = await screen.findByRole('table', { name: /Heures prévues par personne et par semaine/ });
    const report = scheduleReport([newsletter, articles], [claire, marc]).workload;
    const overload = report.overloads[0];
    expect(overload?.person).toBe('p1');
    const row = within(table).getByRole('rowheader', { name: 'Claire Martin' }).closest('tr') as HTMLElement;
    const over = row.querySelectorAll('td[data-level="over"]');
    expect(over).toHaveLength(1);
    expect(over[0]?.textContent).toContain(`${String(overload?.hours).replace('.', ',')} h`);
    expect(over[0]?.textContent).toContain(`surcharge : capacité 35 h, ${overload?.excessHours} h de trop`);
    expect(screen.getByText('1 semaine en surcharge')).toBeTruthy();
  });

  it('renders only the rows in view of a large plan, and brings the row named by the link into view', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => action(`x${i}`, `action-${i}`, `Action numéro ${i}`));
    serve({ actions: many, assignments: [] });
    renderRaci('editor', '#entity-action-1500');
    const grid = await screen.findByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('2002');
    expect(screen.getByText('2000 actions à corriger')).toBeTruthy();
    const row = await waitFor(() => {
      // The grid scrolled to the row; happy-dom sets the offset but sends no scroll event.
      fireEvent.scroll(grid);
      const found = document.getElementById('entity-action-1500');
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    expect(document.getElementById('entity-action-0')).toBeNull();
  });

  it('is read-only for a viewer: no menu, no write, no person to add', async () => {
    serve();
    renderRaci('viewer');
    const grid = await screen.findByRole('grid');
    expect(grid.getAttribute('aria-readonly')).toBe('true');
    const cell = screen.getByRole('gridcell', {
      name: cellName('Claire Martin', 'Publier quatre articles', 'aucun rôle'),
    });
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'a' });
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(screen.queryByRole('menuitem')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter une personne' })).toBeNull();
    await act(() => Promise.resolve());
    expect(requests('POST')).toHaveLength(0);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderRaci();
    const grid = await screen.findByRole('grid', { name: 'RACI matrix: actions and people' });
    expect(screen.getByRole('heading', { name: 'RACI matrix' })).toBeTruthy();
    expect(within(articlesRow()).getByText('No Accountable (A): it needs exactly one.')).toBeTruthy();
    expect(within(grid).getByRole('gridcell', { name: 'Claire Martin, “Lancer la newsletter”: R, A' })).toBeTruthy();
    expect(screen.getByText('1 action to fix')).toBeTruthy();
    expect(await screen.findByText('1 overloaded week')).toBeTruthy();
  });

  it('sends to the action plan when there is no action yet', async () => {
    serve({ actions: [] });
    renderRaci();
    const link = await screen.findByRole('link', { name: 'Ouvrir le plan d’action' });
    expect(link.getAttribute('href')).toBe('/w/ws1/p/p1/actions');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('adds a first person to the workspace', async () => {
    serve({ people: [] });
    let created: unknown;
    routes['POST /api/v1/workspaces/ws1/people'] = (body) => {
      created = body;
      return { status: 201, body: { ...claire, ...(body as object) } };
    };
    renderRaci();
    expect(await screen.findByRole('heading', { name: 'Personne dans l’espace de travail' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle personne' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Nom/ }), { target: { value: 'Inès Moreau' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Fonction/ }), { target: { value: 'Rédactrice' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    await waitFor(() =>
      expect(created).toEqual({ name: 'Inès Moreau', email: null, jobTitle: 'Rédactrice', weeklyCapacityHours: 35 }),
    );
  });

  it('shows an error with a retry when the plan cannot be read', async () => {
    serve();
    routes['GET /api/v1/plans/p1/actions'] = () => ({ status: 500, body: { status: 500, title: 'Server error' } });
    renderRaci();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Impossible de charger la matrice RACI.');
    routes['GET /api/v1/plans/p1/actions'] = () => ({ body: listPage([newsletter, articles]) });
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('grid')).toBeTruthy();
  });
});
