// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan, PlanHealth } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, renderPage } from '../../test-utils';
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

const fetchMock = vi.fn<typeof fetch>();

function serve(health: PlanHealth) {
  const bodies: Record<string, unknown> = {
    '/api/v1/plans/p1': plan,
    '/api/v1/plans/p1/health': health,
    '/api/v1/plans/p1/budget-summary': {
      currency: 'EUR',
      envelope: { totalAmount: 1_000_000, allocatable: 900_000, reserve: 100_000, unallocated: 400_000 },
      totals: { planned: 500_000, committed: 0, actual: 0 },
    },
    '/api/v1/plans/p1/kpi-status': {
      items: [
        { kpi: 'ca', status: 'on_track' },
        { kpi: 'leads', status: 'at_risk' },
      ],
    },
  };
  fetchMock.mockImplementation(async (input) => {
    const body = bodies[String(input)];
    return body === undefined
      ? new Response(JSON.stringify({ title: 'Not Found', status: 404 }), { status: 404 })
      : new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
}

const health: PlanHealth = {
  score: 72,
  counts: { error: 1, warning: 0, info: 0 },
  findings: [
    {
      rule: 'objective.smart',
      severity: 'error',
      message: { fr: 'L’objectif n’a pas d’échéance', en: 'The objective has no deadline' },
      entity: { collection: 'objectives', key: 'obj-ca' },
    },
  ],
};

function renderOverview() {
  return renderPage(<PlanOverviewPage />, '/w/ws1/p/p1', { route: '/w/:workspaceId/p/:planId' });
}

beforeAll(() => installDomShims());
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PlanOverviewPage', () => {
  it('shows the findings in French', async () => {
    await i18n.changeLanguage('fr');
    serve(health);
    renderOverview();

    expect(await screen.findByText('L’objectif n’a pas d’échéance')).toBeTruthy();
    expect(screen.getByText('Erreur')).toBeTruthy();
    expect(screen.getByText('objectives · obj-ca')).toBeTruthy();
    expect(screen.getByText('72')).toBeTruthy();
    expect(await screen.findByText('1 sur 2 dans la cible')).toBeTruthy();
    expect(screen.queryByText('The objective has no deadline')).toBeNull();
  });

  it('shows the findings in English', async () => {
    await i18n.changeLanguage('en');
    serve(health);
    renderOverview();

    expect(await screen.findByText('The objective has no deadline')).toBeTruthy();
    expect(screen.queryByText('L’objectif n’a pas d’échéance')).toBeNull();
  });

  it('says the plan holds up when nothing is found', async () => {
    await i18n.changeLanguage('fr');
    serve({ score: 100, counts: { error: 0, warning: 0, info: 0 }, findings: [] });
    renderOverview();

    expect(await screen.findByRole('heading', { name: 'Votre plan tient la route' })).toBeTruthy();
  });
});
