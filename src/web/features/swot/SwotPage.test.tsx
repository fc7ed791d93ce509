// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PositioningRecord, SwotItemEntity } from '../../../contract/entity-types.js';
import { queryKeys } from '../../api/queryKeys';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, jsonResponse, listPage, renderPage, signedInAs, stubFetch } from '../../test-utils';
import { SwotPage } from './SwotPage';

const stamp = { createdAt: '2026-01-05T09:00:00Z', updatedAt: '2026-01-05T09:00:00Z' };

const swot = (
  id: string,
  quadrant: SwotItemEntity['quadrant'],
  title: string,
  weight: number,
  position: number,
  version = 1,
): SwotItemEntity => ({ id, key: id, position, quadrant, title, description: null, weight, version, ...stamp });

/** The method's natural-cosmetics example; listed out of order on purpose. */
const board: SwotItemEntity[] = [
  swot('t1', 'threat', 'Nouvelles marques concurrentes', 4, 6),
  swot('s2', 'strength', 'Engagement durable', 4, 1),
  swot('s1', 'strength', 'Ingrédients bio certifiés', 5, 0, 3),
  swot('w1', 'weakness', 'Notoriété limitée', 4, 2),
  swot('o1', 'opportunity', 'Demande croissante', 5, 4),
];

const emptyPositioning: PositioningRecord = {
  targetAudience: null,
  category: null,
  differentiator: null,
  proof: null,
  statement: null,
  version: 0,
  updatedAt: null,
};

const fetchMock = stubFetch();
const conflict = () =>
  jsonResponse(
    { title: 'Edit conflict', status: 409, code: 'version_conflict', errors: [{ path: 'version', message: 'Stale' }] },
    409,
  );

interface Serve {
  items?: SwotItemEntity[];
  positioning?: PositioningRecord | (() => PositioningRecord);
  /** Answers a PUT of the positioning (default: saved, version + 1). */
  put?: (body: Record<string, unknown>) => Response;
}

function serve({ items: initial = board, positioning = emptyPositioning, put }: Serve = {}) {
  let items = initial;
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (method === 'GET' && url === '/api/v1/plans/p1/swot-items?limit=1000&offset=0')
      return jsonResponse(listPage(items));
    if (method === 'GET' && url === '/api/v1/plans/p1/positioning')
      return jsonResponse(typeof positioning === 'function' ? positioning() : positioning);
    if (method === 'PUT' && url === '/api/v1/plans/p1/positioning') {
      if (put) return put(body);
      return jsonResponse({ ...body, version: Number(body.version) + 1, updatedAt: '2026-02-01T10:00:00Z' });
    }
    const patch = url.match(/^\/api\/v1\/plans\/p1\/swot-items\/(\w+)$/);
    if (method === 'PATCH' && patch) {
      const item = items.find((candidate) => candidate.id === patch[1]);
      if (!item) return jsonResponse({ title: 'Not Found', status: 404 }, 404);
      const saved = { ...item, ...body, version: item.version + 1 };
      items = items.map((candidate) => (candidate.id === saved.id ? saved : candidate));
      return jsonResponse(saved);
    }
    return jsonResponse({ title: 'Not Found', status: 404 }, 404);
  });
}

function renderSwot(role: Role = 'editor') {
  return renderPage(<SwotPage />, '/w/ws1/p/p1/swot', {
    route: '/w/:workspaceId/p/:planId/swot',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs(role, 'Maison Verte')),
  });
}

const calls = (method: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === method)
    .map(([url, init]) => ({
      url: String(url),
      body: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>,
    }));

const quadrant = (name: string) => screen.getByRole('region', { name });
/**
 * An item of the open card menu. Happy-dom lays nothing out, so Floating UI soon takes the menu
 * button for hidden and hides the dropdown (`display: none`): look past that.
 */
const menuItem = (name: string) => screen.findByRole('menuitem', { name, hidden: true });

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('SwotPage — the board', () => {
  it('shows the four quadrants in order, each sorted by position', async () => {
    serve();
    renderSwot();

    await screen.findByText('Ingrédients bio certifiés');
    const board = screen.getByRole('group', { name: 'Tableau SWOT' });
    expect(
      within(board)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Forces', 'Faiblesses', 'Opportunités', 'Menaces']);
    const strengths = within(quadrant('Forces')).getAllByRole('listitem');
    expect(strengths.map((li) => li.id)).toEqual(['entity-s1', 'entity-s2']);
    for (const label of [
      'Ajouter une force',
      'Ajouter une faiblesse',
      'Ajouter une opportunité',
      'Ajouter une menace',
    ]) {
      expect(screen.getByRole('button', { name: label })).toBeTruthy();
    }
  });

  it('moves an item to another quadrant from its menu: quadrant and position in one PATCH', async () => {
    serve();
    renderSwot();

    fireEvent.click(await screen.findByRole('button', { name: 'Actions pour « Ingrédients bio certifiés »' }));
    fireEvent.click(await menuItem('Déplacer vers Menaces'));

    // The threats hold t1 at position 6: the item goes after it, at 7, with the version read (3).
    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]).toEqual({
      url: '/api/v1/plans/p1/swot-items/s1',
      body: { version: 3, quadrant: 'threat', position: 7 },
    });
    await waitFor(() =>
      expect(
        within(quadrant('Menaces'))
          .getAllByRole('listitem')
          .map((li) => li.id),
      ).toEqual(['entity-t1', 'entity-s1']),
    );
  });

  it('moves an item up within its quadrant', async () => {
    serve();
    renderSwot();

    fireEvent.click(await screen.findByRole('button', { name: 'Actions pour « Engagement durable »' }));
    const up = await menuItem('Monter');
    expect((await menuItem('Descendre')).hasAttribute('disabled')).toBe(true);
    fireEvent.click(up);

    // s1 sits at 0, so s2 takes 0 and s1 moves to 1.
    await waitFor(() => expect(calls('PATCH')).toHaveLength(2));
    expect(calls('PATCH').map((c) => [c.url.split('/').pop(), c.body])).toEqual([
      ['s2', { version: 1, position: 0 }],
      ['s1', { version: 3, position: 1 }],
    ]);
  });

  it('moves a dragged card to the quadrant it is dropped on', async () => {
    serve();
    renderSwot();

    const card = (await screen.findByText('Notoriété limitée')).closest('li')!;
    const dataTransfer = { setData: vi.fn(), getData: () => '', effectAllowed: 'all', dropEffect: 'none' };
    fireEvent.dragStart(card, { dataTransfer });
    const zone = quadrant('Opportunités');
    fireEvent.dragOver(zone, { dataTransfer, clientY: 0 });
    fireEvent.drop(zone, { dataTransfer, clientY: 0 });

    // Dropped above o1 (position 4): w1's position 2 already fits, only the quadrant changes.
    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]).toEqual({
      url: '/api/v1/plans/p1/swot-items/w1',
      body: { version: 1, quadrant: 'opportunity' },
    });
  });

  it('sets the weight from the card', async () => {
    serve();
    renderSwot();

    const weight = await screen.findByRole('radiogroup', { name: 'Poids de « Notoriété limitée »' });
    fireEvent.click(within(weight).getByRole('radio', { name: '2 sur 5' }));
    await waitFor(() => expect(calls('PATCH')).toHaveLength(1));
    expect(calls('PATCH')[0]?.body).toEqual({ version: 1, weight: 2 });
  });

  it('shows viewers the board, suggestions and positioning without any control', async () => {
    serve({ positioning: { ...emptyPositioning, statement: 'Pour les citadines, Maison Verte est…', version: 2 } });
    renderSwot('viewer');

    await screen.findByText('Ingrédients bio certifiés');
    expect(await screen.findByText('Pour les citadines, Maison Verte est…')).toBeTruthy();
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Pourquoi et comment ?']);
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.getAllByText('Poids : 4 sur 5')).toHaveLength(3); // t1, s2 and w1
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(document.querySelectorAll('[draggable="true"]')).toHaveLength(0);
  });

  it('explains an empty SWOT and still offers the four quadrants', async () => {
    serve({ items: [] });
    renderSwot();

    expect(await screen.findByRole('heading', { name: 'Votre SWOT est vide' })).toBeTruthy();
    expect(screen.getByText('Aucune menace pour l’instant.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une menace' }));
    expect(await screen.findByRole('dialog', { name: 'Nouvelle menace' })).toBeTruthy();
    expect(screen.getByLabelText(/^Intitulé/)).toBeTruthy();
  });
});

describe('SwotPage — TOWS suggestions', () => {
  it('pairs the heaviest items of each family and says which family cannot be formed', async () => {
    serve({ items: board.filter((item) => item.quadrant !== 'weakness') });
    renderSwot();

    const so = await screen.findByRole('region', { name: 'SO · Forces × Opportunités' });
    // 5 × 5 = 25 before 4 × 5 = 20.
    expect(
      within(so)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Score 25Appuyez-vous sur « Ingrédients bio certifiés » pour saisir « Demande croissante ».',
      'Score 20Appuyez-vous sur « Engagement durable » pour saisir « Demande croissante ».',
    ]);
    const wt = screen.getByRole('region', { name: 'WT · Faiblesses × Menaces' });
    expect(within(wt).getByText('Impossible de former cette famille : ajoutez au moins une faiblesse.')).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderSwot();

    const st = await screen.findByRole('region', { name: 'ST · Strengths × Threats' });
    expect(
      within(st).getByText('Use “Ingrédients bio certifiés” to counter “Nouvelles marques concurrentes”.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a strength' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the positioning' })).toBeTruthy();
  });
});

describe('SwotPage — positioning', () => {
  const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

  it('builds the statement, copies it and saves with the version read', async () => {
    serve({ positioning: { ...emptyPositioning, category: 'la marque de cosmétiques naturels', version: 4 } });
    renderSwot();

    await screen.findByDisplayValue('la marque de cosmétiques naturels');
    fill('Cible', 'les citadines soucieuses de leur santé');
    fill('Différenciation', 'n’utilise que des ingrédients bio certifiés');
    fill('Preuve', 'chaque produit est certifié Cosmébio');
    const statement =
      'Pour les citadines soucieuses de leur santé, Maison Verte est la marque de cosmétiques naturels qui n’utilise que des ingrédients bio certifiés, car chaque produit est certifié Cosmébio.';
    expect(screen.getByText(statement)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre cet énoncé' }));
    expect((screen.getByLabelText('Énoncé de positionnement') as HTMLTextAreaElement).value).toBe(statement);

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le positionnement' }));
    await waitFor(() => expect(calls('PUT')).toHaveLength(1));
    expect(calls('PUT')[0]?.body).toEqual({
      version: 4,
      targetAudience: 'les citadines soucieuses de leur santé',
      category: 'la marque de cosmétiques naturels',
      differentiator: 'n’utilise que des ingrédients bio certifiés',
      proof: 'chaque produit est certifié Cosmébio',
      statement,
    });
    expect(await screen.findByText('Positionnement enregistré.')).toBeTruthy();
  });

  it('keeps the input on a conflict and saves again on the current version', async () => {
    let current: PositioningRecord = { ...emptyPositioning, version: 0 };
    let puts = 0;
    serve({
      positioning: () => current,
      put: (body) => {
        puts++;
        return puts === 1 ? conflict() : jsonResponse({ ...body, updatedAt: '2026-02-01T10:00:00Z', version: 3 });
      },
    });
    renderSwot();

    await screen.findByRole('button', { name: 'Enregistrer le positionnement' });
    fill('Cible', 'les PME');
    // Meanwhile a colleague saves the positioning (version 2).
    current = { ...emptyPositioning, proof: 'Certifié', version: 2 };
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le positionnement' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Charger la version actuelle en gardant mes saisies' }));
    expect(await screen.findByText(/Version actuelle chargée/)).toBeTruthy();
    expect((screen.getByLabelText('Cible') as HTMLTextAreaElement).value).toBe('les PME');

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le positionnement' }));
    await waitFor(() => expect(calls('PUT')).toHaveLength(2));
    expect(calls('PUT').map((c) => c.body.version)).toEqual([0, 2]);
    expect(calls('PUT')[1]?.body.targetAudience).toBe('les PME');
  });
});
