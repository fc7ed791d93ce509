// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../api/queryKeys';
import type { Page, Plan } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, renderPage, serveRoutes, signedInAs, stubFetch } from '../../test-utils';
import { PlansPage } from './PlansPage';

const plan: Plan = {
  id: 'p1',
  workspaceId: 'ws1',
  key: 'pac-2026',
  name: 'PAC 2026',
  description: 'Conquérir le marché belge',
  status: 'active',
  currency: 'EUR',
  locale: 'fr',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  version: 3,
  createdAt: '2025-11-02T09:00:00Z',
  updatedAt: '2025-11-20T16:30:00Z',
};

const fetchMock = stubFetch();

function respondWith(page: Page<Plan>) {
  fetchMock.mockResolvedValue(new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json' } }));
}

function renderPlans() {
  return renderPage(<PlansPage />, '/w/ws1/plans', {
    route: '/w/:workspaceId/plans',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs('editor')),
  });
}

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('PlansPage', () => {
  it('lists the workspace’s plans with their translated status', async () => {
    respondWith({ items: [plan], total: 1, limit: 20, offset: 0 });
    renderPlans();

    const row = (await screen.findByText('PAC 2026')).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row!).getByText('En cours')).toBeTruthy();
    expect(within(row!).getByText('EUR')).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/workspaces/ws1/plans?limit=20&offset=0');
  });

  it('shows each plan’s health score, coloured by how it stands', async () => {
    serveRoutes(fetchMock, {
      'GET /api/v1/workspaces/ws1/plans': () => ({ body: { items: [plan], total: 1, limit: 20, offset: 0 } }),
      'GET /api/v1/plans/p1/health': () => ({
        body: { score: 64, counts: { error: 2, warning: 2, info: 0 }, findings: [] },
      }),
    });
    renderPlans();

    const score = await screen.findByLabelText('Score de santé : 64 sur 100');
    expect(score.textContent).toBe('64');
    expect(screen.getByRole('columnheader', { name: 'Santé' })).toBeTruthy();
  });

  it('shows the first step of the method when there is no plan', async () => {
    respondWith({ items: [], total: 0, limit: 20, offset: 0 });
    renderPlans();

    expect(await screen.findByRole('heading', { name: 'Aucun plan pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/Première étape de la méthode/)).toBeTruthy();
  });

  it('opens the creation on the template choice from the empty list', async () => {
    serveRoutes(fetchMock, {
      'GET /api/v1/workspaces/ws1/plans': () => ({ body: { items: [], total: 0, limit: 20, offset: 0 } }),
      'GET /api/v1/templates': () => ({
        body: {
          items: [
            {
              id: 'saas-launch',
              caseStudy: false,
              demo: false,
              name: { fr: 'Lancement SaaS', en: 'SaaS launch' },
              summary: { fr: 'Cent premiers clients.', en: 'First hundred customers.' },
              startDate: '2027-01-01',
              endDate: '2027-12-31',
            },
          ],
        },
      }),
    });
    renderPlans();

    fireEvent.click(await screen.findByRole('button', { name: 'Partir d’un modèle' }));

    const dialog = await screen.findByRole('dialog', { name: 'Nouveau plan d’action' });
    expect(within(dialog).getByRole('radio', { name: 'Partir d’un modèle' })).toHaveProperty('checked', true);
    expect(await within(dialog).findByRole('radio', { name: 'Lancement SaaS' })).toBeTruthy();
  });

  it('explains a failure and offers to try again', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ title: 'Forbidden', status: 403, code: 'forbidden' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    renderPlans();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vous n’avez pas accès à cette ressource.');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
