// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type {
  ActionDependencyEntity,
  ActionEntity,
  ObjectiveEntity,
  PersonaEntity,
  StrategyEntity,
  SwotItemEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import type { Plan, Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { ActionPlanPage } from './ActionPlanPage';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

const plan: Plan = {
  id: 'p1',
  workspaceId: 'ws1',
  key: 'plan-2026',
  name: 'Plan 2026',
  description: null,
  status: 'active',
  currency: 'EUR',
  locale: 'fr',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  ...stamp,
};

const objective: ObjectiveEntity = {
  id: 'obj1',
  key: 'trafic-organique',
  position: 0,
  title: 'Trafic organique +30 %',
  description: null,
  type: 'acquisition',
  metric: null,
  unit: null,
  baseline: null,
  target: null,
  startDate: null,
  deadline: null,
  businessGoalIds: [],
  ...stamp,
};

const persona: PersonaEntity = {
  id: 'per1',
  key: 'camille',
  position: 0,
  name: 'Camille, cadre urbaine',
  summary: null,
  ageRange: null,
  gender: null,
  income: null,
  location: null,
  occupation: null,
  lifestyle: null,
  values: [],
  interests: [],
  motivations: [],
  painPoints: [],
  preferredChannels: [],
  sources: [],
  ...stamp,
};

const swotItem: SwotItemEntity = {
  id: 'sw1',
  key: 'produits-bio',
  position: 0,
  quadrant: 'strength',
  title: 'Produits 100 % bio',
  description: null,
  weight: 4,
  ...stamp,
};

const content: StrategyEntity = {
  id: 's1',
  key: 'contenu-bio',
  position: 0,
  name: 'Marketing de contenu bio',
  channel: 'content',
  description: 'Attirer des prospects avec des recettes de saison.',
  objectiveIds: ['obj1'],
  personaIds: ['per1'],
  swotItemIds: ['sw1'],
  ...stamp,
};

const fairs: StrategyEntity = {
  ...content,
  id: 's2',
  key: 'salons',
  position: 1,
  name: 'Salons professionnels',
  channel: 'events',
  description: null,
  objectiveIds: [],
  personaIds: [],
  swotItemIds: [],
};

const blog: TacticEntity = {
  id: 't1',
  key: 'articles-seo',
  position: 0,
  name: 'Articles de blog SEO',
  description: null,
  strategyId: 's1',
  ...stamp,
};

const stand: TacticEntity = {
  ...blog,
  id: 't2',
  key: 'stand-natexpo',
  name: 'Stand au salon Natexpo',
  strategyId: 's2',
};

const articles: ActionEntity = {
  id: 'a1',
  key: 'rediger-articles',
  position: 0,
  title: 'Rédiger 4 articles',
  description: null,
  status: 'todo',
  priority: 'medium',
  startDate: '2026-03-02',
  dueDate: '2026-03-20',
  isMilestone: false,
  estimatedCost: 150_000,
  effortHours: 16,
  tacticId: 't1',
  ...stamp,
  version: 3,
};

const newsletter: ActionEntity = {
  ...articles,
  id: 'a2',
  key: 'newsletter',
  position: 1,
  title: 'Publier la newsletter',
  status: 'in_progress',
  startDate: '2026-03-21',
  dueDate: '2026-03-25',
  isMilestone: true,
  estimatedCost: null,
  version: 1,
};

const booking: ActionEntity = {
  ...articles,
  id: 'a3',
  key: 'reserver-stand',
  position: 2,
  title: 'Réserver le stand',
  tacticId: 't2',
  startDate: null,
  dueDate: null,
  estimatedCost: null,
  version: 1,
};

/** The newsletter waits for the articles. */
const articlesFirst: ActionDependencyEntity = {
  id: 'd1',
  position: 0,
  lagDays: 0,
  predecessorId: 'a1',
  successorId: 'a2',
  ...stamp,
};

interface Data {
  strategies: StrategyEntity[];
  tactics?: TacticEntity[];
  actions?: ActionEntity[];
  dependencies?: ActionDependencyEntity[];
}

const full: Data = {
  strategies: [content, fairs],
  tactics: [blog, stand],
  actions: [articles, newsletter, booking],
  dependencies: [articlesFirst],
};

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

function serve(data: Data) {
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1': () => ({ body: plan }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage(data.strategies) }),
    'GET /api/v1/plans/p1/tactics': () => ({ body: listPage(data.tactics ?? []) }),
    'GET /api/v1/plans/p1/actions': () => ({ body: listPage(data.actions ?? []) }),
    'GET /api/v1/plans/p1/action-dependencies': () => ({ body: listPage(data.dependencies ?? []) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([objective]) }),
    'GET /api/v1/plans/p1/personas': () => ({ body: listPage([persona]) }),
    'GET /api/v1/plans/p1/swot-items': () => ({ body: listPage([swotItem]) }),
  });
}

function renderActions(role?: Role, hash = '') {
  return renderPlanPage(<ActionPlanPage />, 'actions', { role, suffix: hash });
}

/** The requests sent with a method other than GET, as `METHOD path`. */
function writes() {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method && init.method !== 'GET')
    .map(([input, init]) => `${init?.method} ${String(input)}`);
}

function bodyOf(method: string, path: string): unknown {
  const call = fetchMock.mock.calls.find(([input, init]) => init?.method === method && String(input) === path);
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
}

async function row(name: string) {
  return (await screen.findByRole('listitem', { name })) as HTMLElement;
}

const conflict = {
  status: 409,
  body: {
    title: 'Edit conflict',
    status: 409,
    code: 'version_conflict',
    errors: [{ path: 'version', message: 'Stale version' }],
  },
};

setUpPageTests();

describe('ActionPlanPage', () => {
  it('explains strategies, tactics and actions when there is none, and starts with a strategy', async () => {
    serve({ strategies: [] });
    renderActions();

    expect(await screen.findByRole('heading', { name: 'Aucune stratégie pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/dit comment vos objectifs SMART seront atteints/)).toBeTruthy();
    expect(screen.getByText(/actions : des tâches datées/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une stratégie' }));
    expect(await screen.findByRole('dialog', { name: 'Nouvelle stratégie' })).toBeTruthy();
  });

  it('shows the tree in the plan’s order, with links, warnings and counts', async () => {
    serve(full);
    renderActions();

    const strategy = await row(content.name);
    expect(strategy.id).toBe('entity-contenu-bio');
    expect(within(strategy).getByText('Marketing de contenu')).toBeTruthy();
    expect(within(strategy).getByText(/1 tactique · 2 actions/)).toBeTruthy();
    expect(within(strategy).getByRole('link', { name: objective.title }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/objectives#entity-trafic-organique',
    );
    expect(within(strategy).getByRole('link', { name: persona.name }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/personas#entity-camille',
    );
    expect(within(strategy).getByRole('link', { name: swotItem.title }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/swot#entity-produits-bio',
    );
    expect(within(strategy).queryByText(/ne sert aucun objectif SMART/)).toBeNull();
    // The other strategy serves no objective: the method wants every action traced to a goal.
    expect(within(await row(fairs.name)).getByText(/ne sert aucun objectif SMART/)).toBeTruthy();

    expect((await row(blog.name)).id).toBe('entity-articles-seo');
    const first = await row(articles.title);
    expect(first.id).toBe('entity-rediger-articles');
    expect((within(first).getByLabelText(`Statut de « ${articles.title} »`) as HTMLSelectElement).value).toBe('todo');
    expect((within(first).getByLabelText(`Début de « ${articles.title} »`) as HTMLInputElement).value).toBe(
      '2026-03-02',
    );
    expect(
      (within(first).getByLabelText(`Coût estimé de « ${articles.title} » (€)`) as HTMLInputElement).value,
    ).toMatch(/^1\s?500$/);
    const second = await row(newsletter.title);
    expect(within(second).getByText('Dépend de 1 action')).toBeTruthy();
    expect((within(second).getByLabelText(`Jalon : « ${newsletter.title} »`) as HTMLInputElement).checked).toBe(true);

    // Plan order: strategies, then each one's tactics and actions under it.
    const ids = screen.getAllByRole('listitem').map((item) => item.id);
    expect(ids).toEqual([
      'entity-contenu-bio',
      'entity-articles-seo',
      'entity-rediger-articles',
      'entity-newsletter',
      'entity-salons',
      'entity-stand-natexpo',
      'entity-reserver-stand',
    ]);
  });

  it('folds a strategy and filters actions by text and status', async () => {
    serve(full);
    renderActions();

    fireEvent.click(await screen.findByRole('button', { name: `Replier « ${content.name} »` }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: articles.title })).toBeNull());
    expect(screen.getByRole('button', { name: `Déplier « ${content.name} »` }).getAttribute('aria-expanded')).toBe(
      'false',
    );

    // A filter shows every matching action, folded or not.
    fireEvent.change(screen.getByLabelText('Rechercher une action'), { target: { value: 'redig' } });
    expect(await screen.findByRole('listitem', { name: articles.title })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: newsletter.title })).toBeNull();
    expect(screen.queryByRole('listitem', { name: fairs.name })).toBeNull();
    expect(screen.getByText('1 sur 3 actions')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Rechercher une action'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'in_progress' } });
    expect(await screen.findByRole('listitem', { name: newsletter.title })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: articles.title })).toBeNull());
  });

  it('creates a strategy with its channel and the objectives, personas and SWOT items it serves', async () => {
    serve(full);
    let posted: unknown;
    routes['POST /api/v1/plans/p1/strategies'] = (body) => {
      posted = body;
      return { status: 201, body: { ...fairs, id: 's3', key: 'seo' } };
    };
    renderActions();

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une stratégie' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle stratégie' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Référencement naturel' } });
    fireEvent.change(within(dialog).getByLabelText('Levier'), { target: { value: 'seo' } });
    fireEvent.click(within(dialog).getByLabelText('Objectifs SMART servis'));
    // The dropdown's transition never ends in happy-dom: the option stays hidden to queries.
    fireEvent.click(await screen.findByRole('option', { name: objective.title, hidden: true }));
    fireEvent.click(within(dialog).getByLabelText('Personas visés'));
    fireEvent.click(await screen.findByRole('option', { name: persona.name, hidden: true }));
    fireEvent.click(within(dialog).getByLabelText('Éléments SWOT exploités'));
    fireEvent.click(await screen.findByRole('option', { name: swotItem.title, hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(posted).toBeDefined());
    expect(posted).toEqual({
      name: 'Référencement naturel',
      channel: 'seo',
      description: null,
      objectiveIds: ['obj1'],
      personaIds: ['per1'],
      swotItemIds: ['sw1'],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('changes an action’s status in its row with the version read', async () => {
    serve(full);
    routes['PATCH /api/v1/plans/p1/actions/a1'] = (body) => ({
      body: { ...articles, ...(body as object), version: 4 },
    });
    renderActions();

    const item = await row(articles.title);
    const status = within(item).getByLabelText(`Statut de « ${articles.title} »`) as HTMLSelectElement;
    fireEvent.change(status, { target: { value: 'done' } });
    await waitFor(() => expect(status.value).toBe('done'));
    await waitFor(() => expect(bodyOf('PATCH', '/api/v1/plans/p1/actions/a1')).toEqual({ version: 3, status: 'done' }));

    // The next change carries the version the server returned.
    fireEvent.change(within(item).getByLabelText(`Priorité de « ${articles.title} »`), { target: { value: 'high' } });
    await waitFor(() => expect(writes()).toHaveLength(2));
    const second = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH')[1];
    expect(JSON.parse(String(second?.[1]?.body))).toEqual({ version: 4, priority: 'high' });
  });

  it('puts a refused status back and offers to reload after an edit conflict', async () => {
    serve(full);
    routes['PATCH /api/v1/plans/p1/actions/a1'] = () => conflict;
    renderActions();

    const item = await row(articles.title);
    const status = within(item).getByLabelText(`Statut de « ${articles.title} »`) as HTMLSelectElement;
    fireEvent.change(status, { target: { value: 'blocked' } });

    const alert = await within(item).findByRole('alert');
    expect(alert.textContent).toMatch(/Quelqu’un a modifié cette action entre-temps/);
    expect(status.value).toBe('todo');

    const listed = () => fetchMock.mock.calls.filter(([input]) => String(input).includes('/plans/p1/actions?')).length;
    const before = listed();
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger les actions' }));
    await waitFor(() => expect(listed()).toBe(before + 1));
    await waitFor(() => expect(within(item).queryByRole('alert')).toBeNull());
  });

  it('shows the server’s reason next to the row when a change is refused', async () => {
    serve(full);
    routes['PATCH /api/v1/plans/p1/actions/a1'] = () => ({
      status: 400,
      body: {
        title: 'Invalid request',
        status: 400,
        code: 'validation',
        errors: [{ path: 'estimatedCost', message: 'Nombre trop grand', code: 'too_big' }],
      },
    });
    renderActions();

    const item = await row(articles.title);
    const cost = within(item).getByLabelText(`Coût estimé de « ${articles.title} » (€)`);
    fireEvent.change(cost, { target: { value: '2000' } });
    fireEvent.blur(cost);

    await waitFor(() =>
      expect(bodyOf('PATCH', '/api/v1/plans/p1/actions/a1')).toEqual({ version: 3, estimatedCost: 200_000 }),
    );
    expect((await within(item).findByRole('alert')).textContent).toMatch(/Changement refusé : Nombre trop grand/);
    await waitFor(() => expect((cost as HTMLInputElement).value).toMatch(/^1\s?500$/));
  });

  it('refuses a due date before the start date without calling the server', async () => {
    serve(full);
    renderActions();

    const item = await row(articles.title);
    const due = within(item).getByLabelText(`Échéance de « ${articles.title} »`) as HTMLInputElement;
    fireEvent.change(due, { target: { value: '2026-02-27' } });
    fireEvent.blur(due);

    expect((await within(item).findByRole('alert')).textContent).toMatch(
      /L’échéance \(27 févr\. 2026\) ne peut pas précéder le début \(2 mars 2026\)/,
    );
    expect(due.value).toBe('2026-03-20');
    expect(writes()).toEqual([]);
  });

  it('saves an action’s dependencies as rows: removed ones deleted, new ones created', async () => {
    serve(full);
    routes['PATCH /api/v1/plans/p1/actions/a2'] = () => ({ body: { ...newsletter, version: 2 } });
    routes['DELETE /api/v1/plans/p1/action-dependencies/d1'] = () => ({ status: 204 });
    routes['POST /api/v1/plans/p1/action-dependencies'] = (body) => ({
      status: 201,
      body: { ...articlesFirst, id: 'd2', ...(body as object) },
    });
    renderActions();

    fireEvent.click(await screen.findByRole('button', { name: `Modifier l’action « ${newsletter.title} »` }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’action' });
    const dependsOn = within(dialog).getByLabelText('Dépend de');
    // The current predecessor is shown as a pill with its remove button.
    expect(within(dialog).getByText(articles.title)).toBeTruthy();
    fireEvent.click(dependsOn);
    fireEvent.click(await screen.findByRole('option', { name: booking.title, hidden: true }));
    fireEvent.click(await screen.findByRole('option', { name: articles.title, hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes()).toEqual([
      'PATCH /api/v1/plans/p1/actions/a2',
      'DELETE /api/v1/plans/p1/action-dependencies/d1',
      'POST /api/v1/plans/p1/action-dependencies',
    ]);
    expect(bodyOf('POST', '/api/v1/plans/p1/action-dependencies')).toEqual({ predecessorId: 'a3', successorId: 'a2' });
  });

  it('refuses a dependency loop it can see, naming the loop, before sending anything', async () => {
    serve(full);
    renderActions();

    fireEvent.click(await screen.findByRole('button', { name: `Modifier l’action « ${articles.title} »` }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’action' });
    fireEvent.click(within(dialog).getByLabelText('Dépend de'));
    fireEvent.click(await screen.findByRole('option', { name: newsletter.title, hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await within(dialog).findByText(
        'Cette dépendance créerait un cycle : Publier la newsletter → Rédiger 4 articles → Publier la newsletter',
      ),
    ).toBeTruthy();
    expect(writes()).toEqual([]);
  });

  it('shows the server’s refusal of a dependency loop in the UI language', async () => {
    // The plan as loaded shows no loop (someone added the other half meanwhile): the server sees it.
    serve(full);
    routes['PATCH /api/v1/plans/p1/actions/a3'] = () => ({ body: { ...booking, version: 2 } });
    routes['POST /api/v1/plans/p1/action-dependencies'] = () => ({
      status: 400,
      body: {
        title: 'Invalid request',
        status: 400,
        code: 'validation',
        detail: 'This dependency would create a cycle: Rédiger 4 articles → Réserver le stand → Rédiger 4 articles',
        errors: [
          {
            path: 'successorId',
            message:
              'This dependency would create a cycle: Rédiger 4 articles → Réserver le stand → Rédiger 4 articles',
            code: 'dependency_cycle',
          },
        ],
      },
    });
    renderActions();

    fireEvent.click(await screen.findByRole('button', { name: `Modifier l’action « ${booking.title} »` }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’action' });
    fireEvent.click(within(dialog).getByLabelText('Dépend de'));
    fireEvent.click(await screen.findByRole('option', { name: articles.title, hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await within(dialog).findByText(
        'Cette dépendance créerait un cycle : Rédiger 4 articles → Réserver le stand → Rédiger 4 articles',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByLabelText('Dépend de').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('dialog', { name: 'Modifier l’action' })).toBeTruthy();
  });

  it('warns that deleting a strategy deletes its tactics and actions', async () => {
    serve(full);
    routes['DELETE /api/v1/plans/p1/strategies/s1'] = () => ({ status: 204 });
    renderActions();

    fireEvent.click(await screen.findByRole('button', { name: `Supprimer la stratégie « ${content.name} »` }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/Seront aussi supprimées : 1 tactique et 2 actions/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(writes()).toEqual(['DELETE /api/v1/plans/p1/strategies/s1']));
  });

  it('unfolds and focuses the action a finding links to in a large plan', async () => {
    // Above 200 actions, tactics start folded.
    const many = Array.from({ length: 240 }, (_, i) => ({
      ...booking,
      id: `x${i}`,
      key: `action-${i}`,
      title: `Action n° ${i}`,
      position: i,
    }));
    serve({ ...full, actions: [articles, newsletter, ...many] });
    // happy-dom lays nothing out: give the scrolling box the height of its content.
    const scrollHeight = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return (this.firstElementChild as HTMLElement | null)?.style.height
        ? parseFloat((this.firstElementChild as HTMLElement).style.height)
        : 0;
    });
    onTestFinished(() => scrollHeight.mockRestore());
    renderActions('editor', '#entity-action-150');

    // The box scrolls to the row (happy-dom moves it but does not say so: the test does).
    // (Found by id rather than by role: role queries over many rows are slow in happy-dom.)
    const list = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="list"][aria-label="Stratégies, tactiques et actions"]');
      expect(found?.querySelector('#entity-action-0')).toBeTruthy();
      return found as HTMLElement;
    });
    await waitFor(() => expect(list.scrollTop).toBeGreaterThan(0));
    fireEvent.scroll(list);
    const target = await waitFor(() => document.getElementById('entity-action-150') as HTMLElement);
    expect(target.textContent).toMatch(/Action n° 150/);
    await waitFor(() => expect(document.activeElement).toBe(target));
    // Only the rows around it are rendered.
    expect(screen.getAllByRole('listitem').length).toBeLessThan(60);

    // Back at the top, the other tactic is still folded.
    list.scrollTop = 0;
    fireEvent.scroll(list);
    expect(await screen.findByRole('button', { name: `Déplier « ${blog.name} »` })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: articles.title })).toBeNull();
  });

  it('gives a viewer the tree without any edit control', async () => {
    serve(full);
    renderActions('viewer');

    const item = await row(articles.title);
    expect(within(item).getByText('À faire')).toBeTruthy();
    expect(within(item).getByText('2 mars 2026 → 20 mars 2026')).toBeTruthy();
    expect(within(item).getByText(/^1\s500\s€$/)).toBeTruthy();
    expect(within(await row(newsletter.title)).getByText('Jalon')).toBeTruthy();
    for (const listed of screen.getAllByRole('listitem')) expect(within(listed).queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Ajouter|Modifier|Supprimer/ })).toBeNull();
    expect(screen.queryByLabelText(`Statut de « ${articles.title} »`)).toBeNull();
  });

  it('fails with a retry when the plan cannot be loaded', async () => {
    serve(full);
    routes['GET /api/v1/plans/p1/actions'] = () => ({ status: 500, body: { title: 'Server error', status: 500 } });
    renderActions();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger le plan d’action.')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve(full);
    renderActions();

    const strategy = await row(content.name);
    expect(within(strategy).getByText('Content marketing')).toBeTruthy();
    expect(within(strategy).getByText(/1 tactic · 2 actions/)).toBeTruthy();
    expect(within(await row(fairs.name)).getByText(/serves no SMART objective/)).toBeTruthy();
    const item = await row(articles.title);
    expect(within(item).getByLabelText(`Status of “${articles.title}”`)).toBeTruthy();
    expect(within(item).getByLabelText(`Estimated cost of “${articles.title}” (€)`)).toBeTruthy();
    expect(within(await row(newsletter.title)).getByText('Depends on 1 action')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a strategy' })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Add a tactic to “${content.name}”` })).toBeTruthy();
  });
});
