// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PersonaEntity, StrategyEntity } from '../../../contract/entity-types.js';
import { queryKeys } from '../../api/queryKeys';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, listPage, renderPage, serveRoutes, signedInAs, stubFetch } from '../../test-utils';
import { PersonasPage } from './PersonasPage';

const stamp = { version: 1, createdAt: '2026-01-05T09:00:00Z', updatedAt: '2026-01-05T09:00:00Z' };

const claire: PersonaEntity = {
  id: 'pe1',
  key: 'claire',
  position: 0,
  name: 'Claire, acheteuse',
  summary: 'Responsable achats dans une PME industrielle.',
  ageRange: '35–45 ans',
  gender: 'Femme',
  income: '55 000 € par an',
  location: 'Lyon',
  occupation: 'Responsable achats',
  lifestyle: 'Pressée, très organisée',
  values: ['Fiabilité'],
  interests: ['Industrie 4.0'],
  motivations: ['Réduire les délais'],
  painPoints: ['Devis trop lents'],
  preferredChannels: ['LinkedIn', 'E-mail'],
  sources: ['Entretiens clients'],
  ...stamp,
};

const marc: PersonaEntity = {
  ...claire,
  id: 'pe2',
  key: 'marc',
  position: 1,
  name: 'Marc, dirigeant',
  summary: null,
  ageRange: null,
  values: [],
  preferredChannels: [],
};

const strategy = (id: string, name: string, personaIds: string[]): StrategyEntity => ({
  id,
  key: id,
  position: 0,
  name,
  channel: 'content',
  description: null,
  objectiveIds: [],
  personaIds,
  swotItemIds: [],
  ...stamp,
});

const fetchMock = stubFetch();

function serve(personas: PersonaEntity[], strategies: StrategyEntity[]) {
  serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/personas': () => ({ body: listPage(personas) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage(strategies) }),
    'PATCH /api/v1/plans/p1/personas/pe1': (body) => {
      const patch = body as Partial<PersonaEntity>;
      return patch.version === claire.version
        ? { body: { ...claire, ...patch, version: claire.version + 1 } }
        : { status: 409, body: { title: 'Edit conflict', status: 409, code: 'version_conflict' } };
    },
    'POST /api/v1/plans/p1/personas': (body) => ({
      status: 201,
      body: { ...claire, ...(body as Partial<PersonaEntity>), id: 'pe9', key: 'nouveau' },
    }),
  });
}

function renderPersonas(role: Role = 'editor', hash = '') {
  return renderPage(<PersonasPage />, `/w/ws1/p/p1/personas${hash}`, {
    route: '/w/:workspaceId/p/:planId/personas',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs(role)),
  });
}

const card = async (name: string) => screen.findByRole('article', { name });

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('PersonasPage', () => {
  it('shows each persona in the method’s four groups, with the strategies that target it', async () => {
    serve(
      [claire, marc],
      [
        strategy('s1', 'Contenu LinkedIn', ['pe1']),
        strategy('s2', 'Salon professionnel', ['pe1', 'pe3']),
        strategy('s3', 'SEO', []),
      ],
    );
    renderPersonas();

    const claireCard = await card('Claire, acheteuse');
    const inClaire = within(claireCard);
    for (const group of ['Démographie', 'Psychographie', 'Motivations et points de douleur', 'Canaux et sources']) {
      expect(inClaire.getByRole('heading', { name: group })).toBeTruthy();
    }
    for (const value of [
      '35–45 ans',
      'Lyon',
      'Fiabilité',
      'Industrie 4.0',
      'Devis trop lents',
      'LinkedIn',
      'Entretiens clients',
    ]) {
      expect(inClaire.getByText(value)).toBeTruthy();
    }
    expect(claireCard.id).toBe('entity-claire');
    const targeting = inClaire.getByRole('region', { name: 'Stratégies qui ciblent ce persona' });
    expect(within(targeting).getByText('Contenu LinkedIn')).toBeTruthy();
    expect(within(targeting).getByText('Salon professionnel')).toBeTruthy();
    expect(within(targeting).queryByText('SEO')).toBeNull();

    const marcCard = within(await card('Marc, dirigeant'));
    expect(marcCard.getByText(/Aucune stratégie ne cible encore ce persona/)).toBeTruthy();
    expect(marcCard.getAllByText('Non renseigné').length).toBe(3);
  });

  it('offers the first persona when there is none, and creates it with its lists', async () => {
    serve([], []);
    renderPersonas();

    expect(await screen.findByRole('heading', { name: 'Aucun persona pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/juste après les objectifs business/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un persona' }));

    const dialog = await screen.findByRole('dialog', { name: 'Nouveau persona' });
    const form = within(dialog);
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer' }));
    expect(await form.findByText('Ce champ est obligatoire.')).toBeTruthy();

    fireEvent.change(form.getByLabelText(/^Nom/), { target: { value: '  Julie  ' } });
    const channels = form.getByLabelText('Canaux préférés');
    // Mantine only takes typing from the focused input (anything else is autofill).
    channels.focus();
    fireEvent.change(channels, { target: { value: 'Instagram' } });
    fireEvent.keyDown(channels, { key: 'Enter' });
    expect(form.getByText('Instagram')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const body = JSON.parse(String(post?.[1]?.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Julie', preferredChannels: ['Instagram'], values: [], ageRange: null });
    expect(body).not.toHaveProperty('key');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nouveau persona' })).toBeNull());
  });

  it('edits a persona on the version read', async () => {
    serve([claire], []);
    renderPersonas();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier le persona Claire, acheteuse' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Modifier le persona « Claire, acheteuse »' }));
    expect((dialog.getByLabelText(/^Nom/) as HTMLInputElement).value).toBe('Claire, acheteuse');
    fireEvent.change(dialog.getByLabelText('Lieu de vie'), { target: { value: 'Lyon et Grenoble' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(true));
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toMatchObject({
      version: 1,
      name: 'Claire, acheteuse',
      location: 'Lyon et Grenoble',
      preferredChannels: ['LinkedIn', 'E-mail'],
    });
  });

  it('brings the persona named in the address into focus', async () => {
    serve([claire, marc], []);
    renderPersonas('editor', '#entity-marc');

    const marcCard = await card('Marc, dirigeant');
    await waitFor(() => expect(document.activeElement).toBe(marcCard));
  });

  it('asks before deleting a persona', async () => {
    serve([claire], []);
    renderPersonas();

    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer le persona Claire, acheteuse' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer définitivement ?' });
    expect(
      within(dialog).getByText('« Claire, acheteuse » sera supprimé. Cette action est irréversible.'),
    ).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
  });

  it('shows viewers the personas without any control', async () => {
    serve([claire], [strategy('s1', 'Contenu LinkedIn', ['pe1'])]);
    renderPersonas('viewer');

    await card('Claire, acheteuse');
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Pourquoi et comment ?']);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve([], []);
    renderPersonas();

    expect(await screen.findByRole('button', { name: 'Add a persona' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a persona' }));
    expect(await screen.findByLabelText(/^Name/)).toBeTruthy();
  });
});
