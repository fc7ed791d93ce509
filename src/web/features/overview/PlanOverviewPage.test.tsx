// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidedPath } from '../../../core/guide/index.js';
import { emptyPlan } from '../../../core/shared/empty-plan.js';
import type { Plan, PlanHealth } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, listPage, renderPage, serveRoutes, stubFetch } from '../../test-utils';
import { PlanOverviewPage } from './PlanOverviewPage';

const plan: Plan = {
  id: 'p1',
  workspaceId: 'ws1',
  key: 'pac-2026',
  name: 'PAC 2026',
  description: null,
  status: 'draft',
  currency: 'EUR',
  locale: 'fr',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  version: 1,
  createdAt: '2025-11-02T09:00:00Z',
  updatedAt: '2025-11-20T16:30:00Z',
};

const stamp = { version: 1, createdAt: '2025-11-02T09:00:00Z', updatedAt: '2025-11-02T09:00:00Z' };

/** Goal "CA" ← objective "Leads" (KPI, strategy SEO → tactic Blog → two actions, one late). */
const collections = {
  'business-goals': [
    { id: 'g1', key: 'ca-2026', position: 0, title: 'CA +20 %', kind: 'revenue', ...stamp },
    { id: 'g2', key: 'belgique', position: 1, title: 'Conquérir la Belgique', kind: 'market', ...stamp },
  ],
  objectives: [
    {
      id: 'o1',
      key: 'obj-ca',
      position: 0,
      title: 'Augmenter les leads',
      type: 'acquisition',
      businessGoalIds: ['g1'],
      ...stamp,
    },
    {
      id: 'o2',
      key: 'notoriete',
      position: 1,
      title: 'Notoriété Instagram',
      type: 'awareness',
      businessGoalIds: [],
      ...stamp,
    },
  ],
  'okr-objectives': [],
  'key-results': [],
  strategies: [
    { id: 's1', key: 'seo', position: 0, name: 'Référencement', channel: 'seo', objectiveIds: ['o1'], ...stamp },
  ],
  tactics: [{ id: 't1', key: 'blog', position: 0, name: 'Blog', strategyId: 's1', ...stamp }],
  actions: [
    {
      id: 'a1',
      key: 'articles',
      position: 0,
      title: 'Dix articles',
      status: 'in_progress',
      dueDate: '2020-01-31',
      tacticId: 't1',
      ...stamp,
    },
    {
      id: 'a2',
      key: 'audit',
      position: 1,
      title: 'Audit SEO',
      status: 'done',
      dueDate: '2020-01-15',
      tacticId: 't1',
      ...stamp,
    },
    {
      id: 'a3',
      key: 'refonte',
      position: 2,
      title: 'Refonte',
      status: 'todo',
      dueDate: '2999-01-01',
      tacticId: 't1',
      ...stamp,
    },
  ],
  kpis: [
    {
      id: 'k1',
      key: 'leads',
      position: 0,
      name: 'Leads qualifiés',
      objectiveId: 'o1',
      strategyId: null,
      keyResultId: null,
      ...stamp,
    },
  ],
};

const fetchMock = stubFetch();

function serve(health: PlanHealth, content: Record<string, unknown[]> = collections) {
  const bodies: Record<string, unknown> = {
    '/api/v1/plans/p1': plan,
    '/api/v1/plans/p1/health': health,
    '/api/v1/plans/p1/budget-summary': {
      currency: 'EUR',
      envelope: { totalAmount: 1_000_000, allocatable: 900_000, reserve: 100_000, unallocated: 400_000 },
      totals: { planned: 500_000, committed: 0, actual: 0 },
    },
    '/api/v1/plans/p1/guided-path': guidedPath(emptyPlan(), '2026-03-01'),
    '/api/v1/plans/p1/kpi-status': {
      items: [
        { kpi: 'ca', status: 'on_track' },
        { kpi: 'leads', status: 'at_risk' },
      ],
    },
    '/api/v1/plans/p1/alignment': {
      items: (content['business-goals'] ?? []).map((goal) => ({
        businessGoal: (goal as { key: string }).key,
        status: 'shortfall',
        summary: { fr: 'Le tunnel donne +10 % pour +20 % visés', en: 'The funnel gives +10% for the +20% aimed at' },
      })),
    },
  };
  for (const [name, items] of Object.entries(content)) bodies[`/api/v1/plans/p1/${name}`] = listPage(items);
  serveRoutes(
    fetchMock,
    Object.fromEntries(Object.entries(bodies).map(([path, body]) => [`GET ${path}`, () => ({ body })])),
  );
}

const health: PlanHealth = {
  score: 72,
  counts: { error: 1, warning: 1, info: 1 },
  findings: [
    {
      rule: 'objective.smart',
      severity: 'error',
      message: { fr: 'L’objectif n’a pas d’échéance', en: 'The objective has no deadline' },
      entity: { collection: 'objectives', key: 'obj-ca' },
    },
    {
      rule: 'funnel',
      severity: 'warning',
      message: { fr: 'Le tunnel ne couvre pas le but', en: 'The funnel falls short' },
      entity: { collection: 'business-goals', key: 'ca-2026' },
    },
    {
      rule: 'strategy_without_objective',
      severity: 'info',
      message: { fr: 'La stratégie ne sert aucun objectif', en: 'The strategy serves no objective' },
      entity: { collection: 'strategies', key: 'seo' },
    },
  ],
};

const noContent = Object.fromEntries(Object.keys(collections).map((name) => [name, []]));

function renderOverview() {
  return renderPage(<PlanOverviewPage />, '/w/ws1/p/p1', { route: '/w/:workspaceId/p/:planId' });
}

beforeAll(() => installDomShims());

describe('PlanOverviewPage', () => {
  it('shows the findings in French, linked to the entity at fault', async () => {
    await i18n.changeLanguage('fr');
    serve(health);
    renderOverview();

    expect(await screen.findByText('L’objectif n’a pas d’échéance')).toBeTruthy();
    expect(screen.getByText('Erreur')).toBeTruthy();
    expect(screen.getByText('72')).toBeTruthy();
    expect(await screen.findByText('1 sur 2 dans la cible')).toBeTruthy();
    expect(screen.queryByText('The objective has no deadline')).toBeNull();

    const path = screen.getByRole('region', { name: 'Parcours de la méthode' });
    expect(await within(path).findByText('0 / 15 étapes faites')).toBeTruthy();

    const findings = screen.getByRole('region', { name: 'Points à revoir' });
    const objective = await within(findings).findByRole('link', { name: 'Objectif marketing · Augmenter les leads' });
    expect(objective.getAttribute('href')).toBe('/w/ws1/p/p1/objectives#entity-obj-ca');
    const goal = within(findings).getByRole('link', { name: 'Objectif business · CA +20 %' });
    expect(goal.getAttribute('href')).toBe('/w/ws1/p/p1/goals#entity-ca-2026');
    const strategy = within(findings).getByRole('link', { name: 'Stratégie · Référencement' });
    expect(strategy.getAttribute('href')).toMatch(/^\/w\/ws1\/p\/p1\/actions#entity-/);
    expect(within(findings).queryByText(/objectives · obj-ca/)).toBeNull();
  });

  it('shows the findings in English', async () => {
    await i18n.changeLanguage('en');
    serve(health);
    renderOverview();

    expect(await screen.findByText('The objective has no deadline')).toBeTruthy();
    expect(screen.queryByText('L’objectif n’a pas d’échéance')).toBeNull();
    expect(await screen.findByRole('link', { name: 'Marketing objective · Augmenter les leads' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Alignment tree' })).toBeTruthy();
  });

  it('says the plan holds up when nothing is found', async () => {
    await i18n.changeLanguage('fr');
    serve({ score: 100, counts: { error: 0, warning: 0, info: 0 }, findings: [] });
    renderOverview();

    expect(await screen.findByRole('heading', { name: 'Votre plan tient la route' })).toBeTruthy();
  });

  it('gives the budget used, the KPIs on track and the late actions', async () => {
    await i18n.changeLanguage('fr');
    serve(health);
    renderOverview();

    const budget = await screen.findByRole('region', { name: 'Budget' });
    // 5 000 € planned of 9 000 € allocatable.
    expect(await within(budget).findByText(/Budget utilisé\s*:\s*56\s*%/)).toBeTruthy();
    const actions = screen.getByRole('region', { name: 'Actions' });
    // "Dix articles" is past due and in progress; the audit is done; the redesign is due later.
    expect(await within(actions).findByText('1 action en retard')).toBeTruthy();
    expect(within(actions).getByText('2 sur 3 restent à mener')).toBeTruthy();
  });

  it('gives the funnel status of each business goal, linked to the goals tab', async () => {
    await i18n.changeLanguage('fr');
    serve(health);
    renderOverview();

    const funnel = await screen.findByRole('region', { name: 'Alignement de l’entonnoir' });
    const link = await within(funnel).findByRole('link', { name: 'Conquérir la Belgique' });
    expect(link.getAttribute('href')).toBe('/w/ws1/p/p1/goals#entity-belgique');
    expect(within(funnel).getAllByText('Insuffisant')).toHaveLength(2);
  });

  it('draws the alignment tree with its gaps and orphans', async () => {
    await i18n.changeLanguage('fr');
    serve(health);
    renderOverview();

    const tree = await screen.findByRole('tree', { name: 'Arbre d’alignement' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((item) => item.getAttribute('aria-level'))).toEqual(['1', '2', '3', '4', '5', '5', '5', '3', '1']);
    const objective = within(tree).getByRole('treeitem', { name: /Augmenter les leads/ });
    expect(objective.getAttribute('href')).toBe('/w/ws1/p/p1/objectives#entity-obj-ca');
    // The second goal has no objective: flagged, with its explanation.
    const lonely = within(tree).getByRole('treeitem', { name: /Conquérir la Belgique/ });
    expect(within(lonely).getByText('Sans objectif marketing')).toBeTruthy();
    const explanation = document.getElementById(lonely.getAttribute('aria-describedby') ?? '');
    expect(explanation?.textContent).toMatch(/Aucun objectif marketing ne sert cet objectif business/);
    // Strategies link to the action plan.
    expect(within(tree).getByRole('treeitem', { name: /Référencement/ }).tagName).toBe('A');
    // The lonely goal, and the orphan objective's two gaps.
    expect(screen.getByText('3 maillons manquants à compléter, signalés ci-dessous.')).toBeTruthy();

    const orphans = screen.getByRole('tree', { name: 'Objectifs non rattachés à un objectif business' });
    const orphan = within(orphans).getByRole('treeitem', { name: /Notoriété Instagram/ });
    expect(within(orphan).getByText('Sans stratégie')).toBeTruthy();
    expect(within(orphan).getByText('Sans KPI')).toBeTruthy();
  });

  it('moves through the tree and folds it with the keyboard', async () => {
    await i18n.changeLanguage('fr');
    serve(health);
    renderOverview();

    const tree = await screen.findByRole('tree', { name: 'Arbre d’alignement' });
    const [goal, objective] = within(tree).getAllByRole('treeitem');
    expect(goal?.tabIndex).toBe(0);
    expect(objective?.tabIndex).toBe(-1);
    goal!.focus();
    fireEvent.keyDown(goal!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(objective);
    expect(objective?.tabIndex).toBe(0);
    fireEvent.keyDown(objective!, { key: 'ArrowLeft' });
    await waitFor(() => expect(objective?.getAttribute('aria-expanded')).toBe('false'));
    expect(within(tree).queryByRole('treeitem', { name: /Référencement/ })).toBeNull();
    fireEvent.keyDown(objective!, { key: 'ArrowRight' });
    await waitFor(() => expect(within(tree).getByRole('treeitem', { name: /Référencement/ })).toBeTruthy());
    fireEvent.keyDown(objective!, { key: 'ArrowLeft' });
    fireEvent.keyDown(objective!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(goal);
  });

  it('says the first step is a business goal when the plan is empty', async () => {
    await i18n.changeLanguage('fr');
    serve({ score: 100, counts: { error: 0, warning: 0, info: 0 }, findings: [] }, noContent);
    renderOverview();

    expect(await screen.findByRole('heading', { name: 'Commencez par un objectif business' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Aller aux objectifs business' });
    expect(link.getAttribute('href')).toBe('/w/ws1/p/p1/goals');
    expect(screen.queryByRole('tree')).toBeNull();
    expect(screen.getByText('Aucune action pour l’instant.')).toBeTruthy();
  });
});
