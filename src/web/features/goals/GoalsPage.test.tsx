// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BusinessGoalEntity, FunnelStageEntity } from '../../../contract/entity-types.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import {
  jsonResponse,
  listPage,
  renderPlanPage,
  serveRoutes,
  setUpPageTests,
  stubFetch,
  type FakeRoute,
} from '../../test-utils';
import { GoalsPage } from './GoalsPage';

const stamps = { version: 1, createdAt: '2025-11-02T09:00:00Z', updatedAt: '2025-11-02T09:00:00Z' };

/** The method's example: revenue +20 %, qualified leads +30 %, lead conversion +10 %. */
const revenue: BusinessGoalEntity = {
  id: 'g1',
  key: 'ca-2026',
  position: 0,
  title: 'CA 2026',
  description: null,
  kind: 'revenue',
  metric: 'Chiffre d’affaires annuel',
  unit: 'EUR',
  baseline: 1_000_000,
  target: 1_200_000,
  deadline: '2026-12-31',
  ...stamps,
};
const awareness: BusinessGoalEntity = {
  ...revenue,
  id: 'g2',
  key: 'notoriete-be',
  position: 1,
  title: 'Notoriété en Belgique',
  kind: 'awareness',
  metric: null,
  unit: '%',
  baseline: 10,
  target: 25,
  deadline: null,
};
const leads: FunnelStageEntity = {
  id: 's1',
  key: 'leads',
  position: 0,
  businessGoalId: 'g1',
  name: 'Leads qualifiés',
  kind: 'volume',
  unit: null,
  baselineValue: 1000,
  targetValue: 1300,
  ...stamps,
  version: 3,
};
const conversion: FunnelStageEntity = {
  ...leads,
  id: 's2',
  key: 'conversion',
  position: 1,
  name: 'Conversion des leads',
  kind: 'rate',
  unit: '%',
  baselineValue: 10,
  targetValue: 11,
  version: 5,
};

const fetchMock = stubFetch();

/** Lists the goals and stages given; writes go to `writes` (`METHOD path` → route). */
function serve(goals: BusinessGoalEntity[], stages: FunnelStageEntity[], writes: Record<string, FakeRoute> = {}) {
  serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/business-goals': () => ({ body: listPage(goals) }),
    'GET /api/v1/plans/p1/funnel-stages': () => ({ body: listPage(stages) }),
    ...writes,
  });
}

function renderGoals(role?: Role) {
  return renderPlanPage(<GoalsPage />, 'goals', { role });
}

const writesTo = (method: string) => fetchMock.mock.calls.filter(([, init]) => (init?.method ?? 'GET') === method);

setUpPageTests();

describe('GoalsPage — reading', () => {
  it('shows each goal, its funnel and the alignment sentence in French', async () => {
    serve([revenue, awareness], [conversion, leads]);
    const { container } = renderGoals();

    const card = (await screen.findByRole('heading', { name: 'CA 2026' })).closest('article');
    expect(card?.id).toBe('entity-ca-2026');
    const inCard = within(card as HTMLElement);
    // Testing Library folds the no-break spaces of French numbers into plain ones.
    expect(inCard.getByText('1 000 000 EUR')).toBeTruthy();
    expect(inCard.getByText('1 200 000 EUR')).toBeTruthy();
    expect(inCard.getByText('+20 %')).toBeTruthy();
    expect(
      inCard.getByText('Vos cibles impliquent +43 % de chiffre d’affaires pour un objectif de +20 % : couvert.'),
    ).toBeTruthy();
    expect(inCard.getByText('Couvert')).toBeTruthy();

    // The stages in the plan's order, whatever the order the rows arrived in.
    const rows = within(inCard.getByRole('table', { name: 'Étapes de l’entonnoir de « CA 2026 »' })).getAllByRole(
      'row',
    );
    expect(rows.slice(1).map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Leads qualifiés',
      'Conversion des leads',
    ]);
    expect(within(rows[2] as HTMLElement).getByText('11 %')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('+30 %')).toBeTruthy();
    expect(container.querySelector('#entity-conversion')).not.toBeNull();

    const second = screen.getByRole('heading', { name: 'Notoriété en Belgique' }).closest('article') as HTMLElement;
    expect(within(second).getByText('Sans entonnoir')).toBeTruthy();
    expect(within(second).getByText('+150 %')).toBeTruthy();
    expect(within(second).getByText('Modélisez l’entonnoir de cet objectif')).toBeTruthy();
    expect(within(second).getByRole('button', { name: 'Ajouter une étape' })).toBeTruthy();
  });

  it('says the same in English', async () => {
    await i18n.changeLanguage('en');
    serve([revenue, awareness], [leads, conversion]);
    renderGoals();

    expect(await screen.findByText('Your targets imply +43% revenue for a goal of +20%: covered.')).toBeTruthy();
    expect(screen.getByText('Covered')).toBeTruthy();
    expect(screen.getByText('1,200,000 EUR')).toBeTruthy();
    expect(screen.getByText('No funnel')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a business goal' })).toBeTruthy();
    expect(screen.queryByText(/Vos cibles impliquent/)).toBeNull();
  });

  it('lists what each stage alone would need when the funnel falls short', async () => {
    // Goal +50 % against +43 % implied: 1.5 / 1.43 = ×1.04895; leads 1300 → 1363.6 (shown 1 364).
    serve([{ ...revenue, target: 1_500_000 }], [leads, conversion]);
    renderGoals();

    expect(
      await screen.findByText(
        'Vos cibles impliquent +43 % de chiffre d’affaires pour un objectif de +50 % : il manque 7 points, soit 70 000 EUR.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Insuffisant')).toBeTruthy();
    expect(screen.getByText('Portez « Leads qualifiés » de 1 300 à 1 364 pour couvrir l’objectif.')).toBeTruthy();
  });

  it('hides every editing control from a viewer', async () => {
    serve([revenue, awareness], [leads, conversion]);
    renderGoals('viewer');

    await screen.findByRole('heading', { name: 'CA 2026' });
    expect(screen.queryByRole('button', { name: 'Ajouter un objectif business' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter une étape' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Modifier|Supprimer|Monter|Descendre/ })).toBeNull();
    expect(screen.getByText('Aucune étape d’entonnoir pour cet objectif.')).toBeTruthy();
  });

  it('starts from step 1 of the method when there is no goal', async () => {
    serve([], []);
    renderGoals();

    expect(await screen.findByRole('heading', { name: 'Aucun objectif business pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/Étape 1 de la méthode : tout plan part d’un objectif business mesurable/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter un objectif business' })).toBeTruthy();
  });

  it('shows a loading failure with a retry', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ title: 'Forbidden', status: 403, code: 'forbidden' }, 403));
    renderGoals();

    expect(await screen.findByText('Impossible de charger les objectifs business')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});

describe('GoalsPage — editing', () => {
  it('puts a server field error on its field', async () => {
    serve([], [], {
      'POST /api/v1/plans/p1/business-goals': () => ({
        status: 400,
        body: {
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: '/body/target', message: 'La cible doit être un nombre fini', code: 'invalid_type' }],
        },
      }),
    });
    renderGoals();

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un objectif business' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvel objectif business' });
    fireEvent.change(within(dialog).getByLabelText(/^Intitulé/), { target: { value: 'CA 2027' } });
    fireEvent.change(within(dialog).getByLabelText('Valeur de départ'), { target: { value: '100' } });
    fireEvent.change(within(dialog).getByLabelText('Cible'), { target: { value: '120' } });
    fireEvent.change(within(dialog).getByLabelText('Unité'), { target: { value: 'kEUR' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('La cible doit être un nombre fini')).toBeTruthy();
    expect(within(dialog).getByLabelText('Cible').getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog)
        .getByLabelText(/^Intitulé/)
        .getAttribute('aria-invalid'),
    ).not.toBe('true');
    const [[, init]] = writesTo('POST') as [[unknown, RequestInit]];
    expect(JSON.parse(String(init.body))).toEqual({
      title: 'CA 2027',
      kind: 'revenue',
      metric: null,
      unit: 'kEUR',
      baseline: 100,
      target: 120,
      deadline: null,
      description: null,
    });
  });

  it('refuses a goal without a title before calling the server', async () => {
    serve([], []);
    renderGoals();

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un objectif business' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvel objectif business' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(
      within(dialog)
        .getByLabelText(/^Intitulé/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(writesTo('POST')).toEqual([]);
  });

  it('previews the alignment while a goal’s target is typed, before saving', async () => {
    serve([revenue], [leads, conversion]);
    renderGoals();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier l’objectif « CA 2026 »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’objectif business' });
    const preview = within(within(dialog).getByRole('region', { name: 'Aperçu de l’alignement' }));
    expect(preview.getByText(/pour un objectif de \+20 % : couvert\./)).toBeTruthy();
    expect(preview.getByText('Couvert')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Cible'), { target: { value: '1500000' } });

    expect(await preview.findByText(/pour un objectif de \+50 % : il manque 7 points/)).toBeTruthy();
    expect(preview.getByText('Insuffisant')).toBeTruthy();
    expect(preview.getByText('Évolution visée : +50 %')).toBeTruthy();
    // Nothing is saved yet: the card still shows the saved goal.
    const card = screen.getByRole('article', { hidden: true, name: 'CA 2026' });
    expect(within(card).getByText(/pour un objectif de \+20 % : couvert\./)).toBeTruthy();
    expect(writesTo('PATCH')).toEqual([]);
  });

  it('previews the alignment while a stage’s target is typed', async () => {
    serve([revenue], [leads, conversion]);
    renderGoals();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier l’étape « Conversion des leads »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’étape de l’entonnoir' });
    expect((within(dialog).getByLabelText(/^Nom de l’étape/) as HTMLInputElement).value).toBe('Conversion des leads');
    const preview = within(within(dialog).getByRole('region', { name: 'Aperçu de l’alignement' }));

    // 1.3 × 9/10 − 1 = +17 %, short of +20 % by 3 points.
    fireEvent.change(within(dialog).getByLabelText('Cible'), { target: { value: '9' } });
    expect(await preview.findByText(/Vos cibles impliquent \+17 % .* il manque 3 points/)).toBeTruthy();
  });

  it('saves a new stage under its goal', async () => {
    const created = { ...leads, id: 's9', key: 'paniers', name: 'Panier moyen' };
    serve([awareness], [], { 'POST /api/v1/plans/p1/funnel-stages': () => ({ status: 201, body: created }) });
    renderGoals();

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une étape' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle étape de l’entonnoir' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom de l’étape/), { target: { value: 'Visiteurs' } });
    fireEvent.change(within(dialog).getByLabelText('Valeur de départ'), { target: { value: '2000' } });
    fireEvent.change(within(dialog).getByLabelText('Cible'), { target: { value: '5000' } });
    // Visitors ×2.5 alone: +150 % against +150 %: covered.
    expect(await within(dialog).findByText(/\+150 % .* : couvert\./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [[, init]] = writesTo('POST') as [[unknown, RequestInit]];
    expect(JSON.parse(String(init.body))).toEqual({
      businessGoalId: 'g2',
      name: 'Visiteurs',
      kind: 'volume',
      unit: null,
      baselineValue: 2000,
      targetValue: 5000,
    });
  });

  it('moves a stage down by swapping the two positions', async () => {
    const ok = (body: unknown) => ({ body: { ...leads, ...(body as object) } });
    serve([revenue], [leads, conversion], {
      'PATCH /api/v1/plans/p1/funnel-stages/s1': ok,
      'PATCH /api/v1/plans/p1/funnel-stages/s2': ok,
    });
    renderGoals();

    expect(
      (await screen.findByRole('button', { name: 'Monter l’étape « Leads qualifiés »' })).hasAttribute('disabled'),
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Descendre l’étape « Leads qualifiés »' }));

    await waitFor(() => expect(writesTo('PATCH')).toHaveLength(2));
    const patches = writesTo('PATCH').map(([url, init]) => [String(url), JSON.parse(String(init?.body))]);
    expect(patches).toEqual([
      ['/api/v1/plans/p1/funnel-stages/s2', { version: 5, position: 0 }],
      ['/api/v1/plans/p1/funnel-stages/s1', { version: 3, position: 1 }],
    ]);
  });

  it('asks before deleting a goal and says its funnel goes with it', async () => {
    serve([revenue], [leads, conversion], {
      'DELETE /api/v1/plans/p1/business-goals/g1': () => ({ status: 204 }),
    });
    renderGoals();

    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer l’objectif « CA 2026 »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer définitivement ?' });
    expect(within(dialog).getByText('Les étapes de son entonnoir (2) seront aussi supprimées.')).toBeTruthy();
    expect(writesTo('DELETE')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));

    await waitFor(() => expect(writesTo('DELETE')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
