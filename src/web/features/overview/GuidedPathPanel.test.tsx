// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidedPath, type GuidedPath } from '../../../core/guide/index.js';
import { emptyPlan } from '../../../core/shared/empty-plan.js';
import i18n from '../../i18n';
import { installDomShims, renderPage, serveRoutes, stubFetch } from '../../test-utils';
import { GuidedPathPanel } from './GuidedPathPanel';

const fetchMock = stubFetch();
beforeAll(() => installDomShims());

/** The path of a plan with a dated business goal and one funnel stage of three: 1 of 15 done. */
const started = guidedPath(
  emptyPlan({
    businessGoals: [{ key: 'ca', title: 'CA', kind: 'revenue', baseline: 1, target: 2, deadline: '2027-12-31' }],
    funnelStages: [{ key: 'v', businessGoal: 'ca', name: 'Visites', kind: 'volume' }],
  }),
  '2027-03-01',
);
const empty = guidedPath(emptyPlan(), '2027-03-01');
const complete: GuidedPath = {
  ...started,
  stages: started.stages.map((stage) => ({ ...stage, steps: stage.steps.map((s) => ({ ...s, done: true })) })),
  done: started.total,
  complete: true,
};

function serve(answer: { status?: number; body: unknown }) {
  serveRoutes(fetchMock, { 'GET /api/v1/plans/p1/guided-path': () => answer });
}

function renderPanel() {
  return renderPage(
    <GuidedPathPanel workspaceId="ws1" planId="p1" language={i18n.resolvedLanguage === 'en' ? 'en' : 'fr'} />,
  );
}

describe('GuidedPathPanel', () => {
  it('shows the four stages as a checklist in French, each step linked to its screen', async () => {
    await i18n.changeLanguage('fr');
    serve({ body: started });
    renderPanel();

    const panel = await screen.findByRole('region', { name: 'Parcours de la méthode' });
    expect(panel.getAttribute('data-testid')).toBe('guided-path');
    expect(await within(panel).findByText('1 / 15 étapes faites')).toBeTruthy();
    expect(within(panel).getByRole('progressbar', { name: 'Avancement dans la méthode' })).toBeTruthy();
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Fondations', 'Objectifs', 'Plan d’action', 'Suivi et ajustement']);

    const goal = within(panel).getByRole('listitem', { name: 'Un objectif business chiffré et daté fait' });
    expect(goal.getAttribute('data-testid')).toBe('guided-step-business-goal');
    expect(goal.getAttribute('data-done')).toBe('true');
    const link = within(goal).getByRole('link', { name: 'Un objectif business chiffré et daté' });
    expect(link.getAttribute('href')).toBe('/w/ws1/p/p1/goals');

    const funnel = screen.getByTestId('guided-step-funnel');
    expect(funnel.getAttribute('data-done')).toBe('false');
    expect(within(panel).getByRole('listitem', { name: 'L’entonnoir de l’objectif business à faire' })).toBe(funnel);
    expect(within(funnel).getByText('1/3')).toBeTruthy();
    expect(within(funnel).getByText(/Décomposer l’objectif en volume × taux × valeur/)).toBeTruthy();
    // The first step left to do says how to do it; the others only why.
    expect(within(funnel).getByText('Prochaine étape :')).toBeTruthy();
    expect(within(screen.getByTestId('guided-step-persona')).queryByText('Prochaine étape :')).toBeNull();
    const raci = within(screen.getByTestId('guided-step-raci')).getByRole('link');
    expect(raci.getAttribute('href')).toBe('/w/ws1/p/p1/raci');
    expect(screen.queryByText(/Bravo/)).toBeNull();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve({ body: started });
    renderPanel();

    const panel = await screen.findByRole('region', { name: 'Path through the method' });
    expect(await within(panel).findByText('1 / 15 steps done')).toBeTruthy();
    expect(within(panel).getByRole('listitem', { name: 'A business goal with figures and a date done' })).toBeTruthy();
    expect(within(panel).getByRole('listitem', { name: 'At least one persona to do' })).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Tracking and adjustment' })).toBeTruthy();
  });

  it('stays open while steps are left, and folds on demand', async () => {
    await i18n.changeLanguage('fr');
    serve({ body: started });
    renderPanel();

    const hide = await screen.findByRole('button', { name: 'Masquer le parcours' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(hide.getAttribute('aria-controls') ?? '')).toBeTruthy();
    fireEvent.click(hide);
    const show = screen.getByRole('button', { name: 'Afficher le parcours' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(screen.queryByTestId('guided-step-funnel')).toBeNull());
    // The count stays in sight while folded.
    expect(screen.getByText('1 / 15 étapes faites')).toBeTruthy();
  });

  it('congratulates a complete plan and keeps the checklist folded until asked', async () => {
    await i18n.changeLanguage('fr');
    serve({ body: complete });
    renderPanel();

    expect(await screen.findByText(/Bravo : votre plan suit la méthode de bout en bout/)).toBeTruthy();
    expect(screen.getByText('15 / 15 étapes faites')).toBeTruthy();
    expect(screen.queryByTestId('guided-step-business-goal')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le parcours' }));
    const step = await screen.findByTestId('guided-step-corrective-actions');
    expect(step.getAttribute('data-done')).toBe('true');
    expect(screen.queryByText('Prochaine étape :')).toBeNull();
  });

  it('says where to start on a plan with nothing done', async () => {
    await i18n.changeLanguage('fr');
    serve({ body: empty });
    renderPanel();

    expect(await screen.findByText('0 / 15 étapes faites')).toBeTruthy();
    expect(screen.getByText(/Rien n’est encore coché : commencez par les fondations/)).toBeTruthy();
    const first = screen.getByTestId('guided-step-business-goal');
    expect(first.getAttribute('data-done')).toBe('false');
    expect(within(first).getByText('Prochaine étape :')).toBeTruthy();
  });

  it('shows loading, then an error with a way to retry', async () => {
    await i18n.changeLanguage('fr');
    serve({ status: 500, body: { title: 'Erreur interne', status: 500 } });
    renderPanel();

    expect(screen.getByRole('status', { name: 'Chargement…' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de calculer le parcours de la méthode.')).toBeTruthy();
    serve({ body: started });
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('1 / 15 étapes faites')).toBeTruthy();
  });
});
