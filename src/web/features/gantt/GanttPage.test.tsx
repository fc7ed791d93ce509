// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ActionDependencyEntity,
  ActionEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import type { ScheduleReport } from '../../../core/schedule/index.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { jsonResponse, listPage, renderPlanPage, setUpPageTests, stubFetch } from '../../test-utils';
import { GanttPage } from './GanttPage';

const stamp = { createdAt: '2026-01-05T09:00:00Z', updatedAt: '2026-01-05T09:00:00Z' };

const strategies: StrategyEntity[] = [
  {
    id: 's1',
    key: 'contenu',
    position: 0,
    name: 'Marketing de contenu',
    channel: 'content',
    description: null,
    objectiveIds: [],
    personaIds: [],
    swotItemIds: [],
    version: 1,
    ...stamp,
  },
];
const tactics: TacticEntity[] = [
  { id: 't1', key: 'blog', position: 0, name: 'Blog', description: null, strategyId: 's1', version: 1, ...stamp },
];
const action = (
  id: string,
  title: string,
  startDate: string | null,
  dueDate: string | null,
  extra: Partial<ActionEntity> = {},
): ActionEntity => ({
  id,
  key: id,
  position: Number(id.replace(/\D/g, '')) || 0,
  title,
  description: null,
  status: 'todo',
  priority: 'medium',
  startDate,
  dueDate,
  isMilestone: false,
  estimatedCost: null,
  effortHours: null,
  tacticId: 't1',
  version: 1,
  ...stamp,
  ...extra,
});

/** Write the guide, then publish it (no lag), then the launch milestone; a webinar without dates. */
const guide = action('a1', 'Rédiger le guide', '2026-03-02', '2026-03-10', { version: 3 });
const publish = action('a2', 'Publier le guide', '2026-03-10', '2026-03-20', { version: 2 });
const launch = action('a3', 'Lancement', null, '2026-03-31', { isMilestone: true });
const webinar = action('a4', 'Webinaire', null, null);
const plan = [guide, publish, launch, webinar];

const link = (id: string, predecessorId: string, successorId: string): ActionDependencyEntity => ({
  id,
  position: 0,
  lagDays: 0,
  predecessorId,
  successorId,
  version: 1,
  ...stamp,
});
const links = [link('d1', 'a1', 'a2'), link('d2', 'a2', 'a3')];

const report = (overrides: Partial<ScheduleReport> = {}): ScheduleReport => ({
  today: '2026-03-01',
  raci: [],
  workload: { weeks: [], people: [], overloads: [] } as unknown as ScheduleReport['workload'],
  cycles: [],
  dateConflicts: [],
  criticalPath: {
    projectEnd: '2026-03-31',
    projectEndSource: 'actions',
    timings: [],
    criticalPath: ['a1', 'a2', 'a3'],
    criticalChains: [['a1', 'a2', 'a3']],
    criticalChainsTruncated: false,
    excluded: [{ action: 'a4', reason: 'undated' }],
  },
  milestonesAtRisk: [],
  ...overrides,
});

const fetchMock = stubFetch();

interface Serve {
  actions?: ActionEntity[];
  schedule?: ScheduleReport;
  /** Answers a PATCH of an action (default: saved, version + 1). */
  patch?: (id: string, body: Record<string, unknown>) => Response | undefined;
  failActions?: boolean;
}

function serve({ actions: initial = plan, schedule = report(), patch, failActions = false }: Serve = {}) {
  let actions = initial;
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    const collection = url.match(/^\/api\/v1\/plans\/p1\/([\w-]+)\?limit=1000&offset=0$/)?.[1];
    if (method === 'GET' && collection === 'actions')
      return failActions ? jsonResponse({ title: 'Boom', status: 500 }, 500) : jsonResponse(listPage(actions));
    if (method === 'GET' && collection === 'strategies') return jsonResponse(listPage(strategies));
    if (method === 'GET' && collection === 'tactics') return jsonResponse(listPage(tactics));
    if (method === 'GET' && collection === 'action-dependencies') return jsonResponse(listPage(links));
    if (method === 'GET' && url.startsWith('/api/v1/plans/p1/schedule')) return jsonResponse(schedule);
    const id = url.match(/^\/api\/v1\/plans\/p1\/actions\/(\w+)$/)?.[1];
    if (method === 'PATCH' && id) {
      const refused = patch?.(id, body);
      if (refused) return refused;
      const current = actions.find((a) => a.id === id);
      if (!current) return jsonResponse({ title: 'Not Found', status: 404 }, 404);
      const saved = { ...current, ...body, version: current.version + 1 };
      actions = actions.map((a) => (a.id === id ? saved : a));
      return jsonResponse(saved);
    }
    return jsonResponse({ title: 'Not Found', status: 404 }, 404);
  });
}

function renderGantt(role?: Role) {
  return renderPlanPage(<GanttPage />, 'gantt', { role });
}

const calls = (method: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === method)
    .map(([url, init]) => ({
      url: String(url),
      body: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>,
    }));
const getCount = (fragment: string) => calls('GET').filter((c) => c.url.includes(fragment)).length;

const guideName = '« Rédiger le guide », du 2 mars 2026 au 10 mars 2026, sur le chemin critique';
const publishName = '« Publier le guide », du 10 mars 2026 au 20 mars 2026, sur le chemin critique';
const bar = (name: string | RegExp) => screen.findByRole('button', { name });
const liveRegion = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;

setUpPageTests();
afterEach(() => {
  vi.useRealTimers();
});

describe('GanttPage — the chart', () => {
  it('draws each dated action and milestone under its strategy and tactic, with arrows and the critical path', async () => {
    serve();
    renderGantt();

    const chart = await screen.findByRole('group', { name: 'Diagramme de Gantt' });
    expect(await within(chart).findByRole('button', { name: guideName })).toBeTruthy();
    expect(within(chart).getByRole('button', { name: publishName })).toBeTruthy();
    expect(
      within(chart).getByRole('button', { name: 'Jalon « Lancement », le 31 mars 2026, sur le chemin critique' }),
    ).toBeTruthy();
    expect(within(chart).getByText('Marketing de contenu')).toBeTruthy();
    expect(within(chart).getByText('Blog')).toBeTruthy();
    // Critical bars are drawn as such, and both dependencies are arrows between critical actions.
    expect(within(chart).getByRole('button', { name: guideName }).getAttribute('data-tone')).toBe('critical');
    const arrows = chart.querySelectorAll('path[data-dependency]');
    expect([...arrows].map((a) => [a.getAttribute('data-dependency'), a.getAttribute('data-kind')])).toEqual([
      ['d1', 'critical'],
      ['d2', 'critical'],
    ]);
    // One tab stop for the whole chart.
    expect(
      within(chart)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(1);
    expect(screen.getByText('Chemin critique : 3 actions sans marge, fin du projet le 31 mars 2026.')).toBeTruthy();

    const unscheduled = screen.getByRole('region', { name: 'Actions non planifiées' });
    expect(within(unscheduled).getByText('Webinaire')).toBeTruthy();
    expect(within(unscheduled).getByText('Marketing de contenu › Blog')).toBeTruthy();
  });

  it('shows the milestones at risk and the broken dependencies the schedule report finds', async () => {
    serve({
      schedule: report({
        milestonesAtRisk: [
          {
            milestone: 'a3',
            dueDate: '2026-03-31',
            reasons: [
              {
                code: 'overdue',
                predecessors: [],
                earliestDate: null,
                message: { fr: 'Le jalon « Lancement » est en retard.', en: 'Milestone “Lancement” is late.' },
              },
            ],
          },
        ],
        dateConflicts: [
          {
            predecessor: 'a1',
            successor: 'a2',
            lagDays: 0,
            predecessorDueDate: '2026-03-10',
            successorStartDate: '2026-03-09',
            earliestStartDate: '2026-03-10',
            daysEarly: 1,
            message: { fr: 'Conflit de dates entre les deux guides.', en: 'Date conflict between the guides.' },
          },
        ],
      }),
    });
    renderGantt();

    expect(await screen.findByText('Le jalon « Lancement » est en retard.')).toBeTruthy();
    expect(screen.getByText('Conflit de dates entre les deux guides.')).toBeTruthy();
    expect(await bar('Jalon « Lancement », le 31 mars 2026, sur le chemin critique, jalon menacé')).toBeTruthy();
  });

  it('draws a line for today and switches the scale to weeks', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12));
    serve();
    renderGantt();

    await bar(guideName);
    expect(screen.getByTestId('gantt-today-line')).toBeTruthy();
    expect(screen.getByText('Aujourd’hui : 15 mars 2026')).toBeTruthy();
    expect(screen.queryByText('S11 · 9 mars')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Semaine' }));
    expect(await screen.findByText('S11 · 9 mars')).toBeTruthy();
  });
});

describe('GanttPage — moving bars', () => {
  it('moves a bar by one day with the arrow keys and saves both dates with the version read', async () => {
    serve();
    renderGantt();

    const guideBar = await bar(guideName);
    guideBar.focus();
    fireEvent.keyDown(guideBar, { key: 'ArrowLeft' });
    expect(liveRegion().textContent).toBe('« Rédiger le guide » : du 1er mars 2026 au 9 mars 2026.');
    expect(guideBar.getAttribute('aria-label')).toContain('du 1er mars 2026 au 9 mars 2026');

    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]).toEqual({
      url: '/api/v1/plans/p1/actions/a1',
      body: { version: 3, startDate: '2026-03-01', dueDate: '2026-03-09' },
    });
    // The report is read again after the write.
    await waitFor(() => expect(getCount('/schedule')).toBeGreaterThan(1));
  });

  it('changes only the due date with Shift + arrow, gathering quick steps into one save', async () => {
    serve();
    renderGantt();

    const publishBar = await bar(publishName);
    publishBar.focus();
    fireEvent.keyDown(publishBar, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(publishBar, { key: 'ArrowRight', shiftKey: true });
    expect(liveRegion().textContent).toBe('« Publier le guide » : du 10 mars 2026 au 22 mars 2026.');
    fireEvent.blur(publishBar);

    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]?.body).toEqual({ version: 2, dueDate: '2026-03-22' });
  });

  it('refuses a move that would start before a predecessor ends, naming it and its date', async () => {
    serve();
    renderGantt();

    const publishBar = await bar(publishName);
    fireEvent.keyDown(publishBar, { key: 'ArrowLeft' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Changement refusé pour « Publier le guide »')).toBeTruthy();
    expect(
      within(alert).getByText(
        'L’action ne peut pas commencer avant le 10 mars 2026 : elle dépend de « Rédiger le guide », dont l’échéance est le 10 mars 2026.',
      ),
    ).toBeTruthy();
    expect(publishBar.getAttribute('aria-label')).toBe(publishName);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(calls('PATCH')).toEqual([]);
  });

  it('refuses a resize that would end after a successor starts', async () => {
    serve();
    renderGantt();

    const guideBar = await bar(guideName);
    fireEvent.keyDown(guideBar, { key: 'ArrowRight', shiftKey: true });
    expect(
      within(await screen.findByRole('alert')).getByText(
        'L’action ne peut pas finir après le 10 mars 2026 : « Publier le guide », qui en dépend, commence le 10 mars 2026.',
      ),
    ).toBeTruthy();
  });

  it('moves a bar dragged by its body, snapped to whole days, and resizes it by its end', async () => {
    serve();
    renderGantt();

    const guideBar = await bar(guideName);
    // Month scale: 8 px a day. 21 px to the left is about 2.6 days: snapped to 3.
    fireEvent.pointerDown(guideBar, { button: 0, clientX: 300, pointerId: 1 });
    fireEvent.pointerMove(guideBar, { clientX: 279, pointerId: 1 });
    expect(guideBar.getAttribute('aria-label')).toContain('du 27 février 2026 au 7 mars 2026');
    fireEvent.pointerUp(guideBar, { clientX: 279, pointerId: 1 });
    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]?.body).toEqual({ version: 3, startDate: '2026-02-27', dueDate: '2026-03-07' });

    const publishBar = await bar(publishName);
    const end = publishBar.querySelector('[data-handle="end"]')!;
    fireEvent.pointerDown(end, { button: 0, clientX: 500, pointerId: 2 });
    fireEvent.pointerMove(end, { clientX: 540, pointerId: 2 });
    fireEvent.pointerUp(end, { clientX: 540, pointerId: 2 });
    await waitFor(() => expect(calls('PATCH')).toHaveLength(2));
    expect(calls('PATCH')[1]).toEqual({
      url: '/api/v1/plans/p1/actions/a2',
      body: { version: 2, dueDate: '2026-03-25' },
    });
  });

  it('refuses a drop that puts the due date before the start date, without saving', async () => {
    serve();
    renderGantt();

    const guideBar = await bar(guideName);
    const start = guideBar.querySelector('[data-handle="start"]')!;
    fireEvent.pointerDown(start, { button: 0, clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(start, { clientX: 180, pointerId: 1 });
    fireEvent.pointerUp(start, { clientX: 180, pointerId: 1 });

    expect(
      within(await screen.findByRole('alert')).getByText(
        'L’échéance (10 mars 2026) tomberait avant le début (12 mars 2026).',
      ),
    ).toBeTruthy();
    expect(guideBar.getAttribute('aria-label')).toBe(guideName);
    expect(calls('PATCH')).toEqual([]);
  });

  it('puts the bar back and gives the server’s reason when the server refuses the dates', async () => {
    serve({
      patch: () =>
        jsonResponse(
          {
            title: 'Unprocessable',
            status: 422,
            errors: [
              { path: 'dueDate', message: 'Cette échéance tombe pendant la fermeture annuelle.', code: 'custom' },
            ],
          },
          422,
        ),
    });
    renderGantt();

    const guideBar = await bar(guideName);
    fireEvent.keyDown(guideBar, { key: 'ArrowLeft' });
    fireEvent.blur(guideBar);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dates non enregistrées pour « Rédiger le guide »')).toBeTruthy();
    expect(within(alert).getByText('Cette échéance tombe pendant la fermeture annuelle.')).toBeTruthy();
    await waitFor(() => expect(guideBar.getAttribute('aria-label')).toBe(guideName));
  });

  it('reloads on an edit conflict and says someone else changed the action', async () => {
    serve({
      patch: () => jsonResponse({ title: 'Edit conflict', status: 409, code: 'version_conflict' }, 409),
    });
    renderGantt();

    const guideBar = await bar(guideName);
    fireEvent.keyDown(guideBar, { key: 'ArrowLeft' });
    fireEvent.blur(guideBar);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        'Quelqu’un d’autre a modifié « Rédiger le guide » entre-temps : sa version actuelle est rechargée. Refaites le changement si besoin.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(guideBar.getAttribute('aria-label')).toBe(guideName));
    const before = getCount('/actions?');
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(getCount('/actions?')).toBeGreaterThan(before));
  });

  it('opens a dialog with Enter to type the dates, and checks them before saving', async () => {
    serve();
    renderGantt();

    const publishBar = await bar(publishName);
    fireEvent.keyDown(publishBar, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Dates de « Publier le guide »' });
    const start = within(dialog).getByLabelText(/^Début/);
    expect((start as HTMLInputElement).value).toBe('2026-03-10');
    fireEvent.change(start, { target: { value: '2026-03-05' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText(/elle dépend de « Rédiger le guide »/)).toBeTruthy();
    expect(calls('PATCH')).toEqual([]);

    fireEvent.change(start, { target: { value: '2026-03-12' } });
    fireEvent.change(within(dialog).getByLabelText(/^Échéance/), { target: { value: '2026-03-25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]?.body).toEqual({ version: 2, startDate: '2026-03-12', dueDate: '2026-03-25' });
  });

  it('schedules an action without dates from the list apart', async () => {
    serve();
    renderGantt();

    fireEvent.click(await screen.findByRole('button', { name: 'Définir les dates de « Webinaire »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dates de « Webinaire »' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Indiquez la date de début.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Début/), { target: { value: '2026-04-02' } });
    fireEvent.change(within(dialog).getByLabelText(/^Échéance/), { target: { value: '2026-04-02' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]).toEqual({
      url: '/api/v1/plans/p1/actions/a4',
      body: { version: 1, startDate: '2026-04-02', dueDate: '2026-04-02' },
    });
    expect(await bar('« Webinaire », du 2 avril 2026 au 2 avril 2026')).toBeTruthy();
  });

  it('goes from one bar to the next with the up and down arrows', async () => {
    serve();
    renderGantt();

    const guideBar = await bar(guideName);
    guideBar.focus();
    fireEvent.keyDown(guideBar, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(publishName));
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
    expect(guideBar.tabIndex).toBe(-1);
  });
});

describe('GanttPage — states', () => {
  it('shows viewers the chart without anything to drag or edit', async () => {
    serve();
    renderGantt('viewer');

    const chart = await screen.findByRole('group', { name: 'Diagramme de Gantt' });
    const guideBar = await within(chart).findByRole('img', { name: guideName });
    expect(within(chart).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Définir les dates/ })).toBeNull();
    fireEvent.pointerDown(guideBar, { button: 0, clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(guideBar, { clientX: 200, pointerId: 1 });
    fireEvent.pointerUp(guideBar, { clientX: 200, pointerId: 1 });
    fireEvent.keyDown(guideBar, { key: 'ArrowLeft' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(calls('PATCH')).toEqual([]);
    expect(guideBar.getAttribute('aria-label')).toBe(guideName);
  });

  it('explains an empty chart and links to the action plan', async () => {
    serve({ actions: [webinar] });
    renderGantt();

    expect(await screen.findByRole('heading', { name: 'Aucune action datée' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ouvrir le plan d’action' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/actions',
    );
    expect(screen.getByRole('button', { name: 'Définir les dates de « Webinaire »' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Diagramme de Gantt' })).toBeNull();
  });

  it('shows loading, then an error with a retry', async () => {
    serve({ failActions: true });
    renderGantt();

    expect(screen.getByRole('status', { name: 'Chargement…' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger le Gantt')).toBeTruthy();
    serve();
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await bar(guideName)).toBeTruthy();
  });

  it('still draws the chart when the schedule report fails, and says so', async () => {
    serve();
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) =>
      String(input).includes('/schedule') ? jsonResponse({ title: 'Boom', status: 500 }, 500) : answer(input, init),
    );
    renderGantt();

    expect(await bar('« Rédiger le guide », du 2 mars 2026 au 10 mars 2026')).toBeTruthy();
    expect(await screen.findByText(/Le rapport de planning .* n’a pas pu être calculé/)).toBeTruthy();
  });

  it('keeps only the rows in view in the page for a large plan', async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      action(`a${i + 1}`, `Action ${i + 1}`, '2026-03-02', '2026-03-10'),
    );
    serve({ actions: many, schedule: report({ criticalPath: { ...report().criticalPath, criticalPath: [] } }) });
    renderGantt();

    const chart = await screen.findByRole('group', { name: 'Diagramme de Gantt' });
    await within(chart).findByRole('button', { name: /« Action 1 »/ });
    const drawn = within(chart).getAllByRole('button').length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderGantt();

    const chart = await screen.findByRole('group', { name: 'Gantt chart' });
    expect(
      await within(chart).findByRole('button', {
        name: '“Rédiger le guide”, from 2 March 2026 to 10 March 2026, on the critical path',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Unscheduled actions' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Quarter' })).toBeTruthy();
    const publishBar = within(chart).getByRole('button', { name: /“Publier le guide”/ });
    fireEvent.keyDown(publishBar, { key: 'ArrowLeft' });
    expect(
      within(await screen.findByRole('alert')).getByText(
        'The action cannot start before 10 March 2026: it depends on “Rédiger le guide”, due on 10 March 2026.',
      ),
    ).toBeTruthy();
    await act(async () => {
      await i18n.changeLanguage('fr');
    });
  });
});
