// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../api/queryKeys';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { installDomShims, jsonResponse, renderPage, signedInAs, stubFetch } from '../../test-utils';
import { MembersPage } from './MembersPage';
import type { Member } from './useMembers';

const members: Member[] = [
  {
    id: 'm1',
    userId: 'u1',
    email: 'ada@example.com',
    name: 'Ada',
    role: 'admin',
    version: 1,
    createdAt: '2025-11-02T09:00:00Z',
  },
  {
    id: 'm2',
    userId: 'u2',
    email: 'bob@example.com',
    name: 'Bob',
    role: 'editor',
    version: 4,
    createdAt: '2025-11-03T09:00:00Z',
  },
  {
    id: 'm3',
    userId: 'u3',
    email: 'chloe@example.com',
    name: 'Chloé',
    role: 'owner',
    version: 2,
    createdAt: '2025-11-01T09:00:00Z',
  },
];

const fetchMock = stubFetch();
/** This server words its messages in English: the page translates the ones it knows. */
const json = (body: unknown, status = 200) => jsonResponse(body, status, 'en');

interface Call {
  url: string;
  method: string;
  body: unknown;
}
const calls: Call[] = [];

/** Answers GET with the list, and writes with `write` (201 with the body's echo by default). */
function serve(write: (call: Call) => Response = () => json({}, 201)) {
  fetchMock.mockImplementation(async (input, init) => {
    const call = {
      url: String(input),
      method: init?.method ?? 'GET',
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    if (call.method === 'GET' && call.url === '/api/v1/workspaces/ws1/members') return json({ items: members });
    return write(call);
  });
}

function renderMembers(role: Role) {
  return renderPage(<MembersPage />, '/w/ws1/members', {
    route: '/w/:workspaceId/members',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs(role)),
  });
}

const writes = () => calls.filter((c) => c.method !== 'GET');

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
  calls.length = 0;
});

describe('MembersPage', () => {
  it('lists the members with their roles, and explains each role', async () => {
    serve();
    renderMembers('viewer');

    const table = await screen.findByRole('table', { name: 'Membres de l’espace de travail' });
    const bob = within(table).getByRole('rowheader', { name: 'Bob' }).closest('tr')!;
    expect(within(bob).getByText('bob@example.com')).toBeTruthy();
    expect(within(bob).getByText('Éditeur')).toBeTruthy();
    expect(within(table).getByText('(vous)')).toBeTruthy();
    const roles = screen.getByRole('region', { name: 'Les rôles' });
    expect(within(roles).getAllByRole('listitem')).toHaveLength(4);
    expect(within(roles).getByText(/consulte les plans et leurs indicateurs/)).toBeTruthy();
  });

  it('shows no control to a non-admin', async () => {
    serve();
    renderMembers('editor');

    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Ajouter un membre' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Retirer/ })).toBeNull();
    expect(screen.getByText(/seuls les administrateurs et les propriétaires/)).toBeTruthy();
  });

  it('lets an admin change a role, sending the version read', async () => {
    serve(() => json({ ...members[1], role: 'viewer', version: 5 }));
    renderMembers('admin');

    const select = await screen.findByRole('combobox', { name: 'Rôle de Bob' });
    // An admin cannot make an owner, and cannot touch the owner's row.
    expect(within(select).queryByRole('option', { name: 'Propriétaire' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Rôle de Chloé' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirer Chloé' })).toBeNull();

    fireEvent.change(select, { target: { value: 'viewer' } });
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]).toEqual({
      url: '/api/v1/workspaces/ws1/members/m2',
      method: 'PATCH',
      body: { role: 'viewer', version: 4 },
    });
  });

  it('explains a refused role change and reloads the list', async () => {
    serve(() => json({ title: 'Conflict', status: 409, code: 'version_conflict', detail: 'stale' }, 409));
    renderMembers('owner');

    const select = await screen.findByRole('combobox', { name: 'Rôle de Chloé' });
    fireEvent.change(select, { target: { value: 'admin' } });

    expect((await screen.findByRole('alert')).textContent).toMatch(/modifié par quelqu’un d’autre entre-temps/);
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2));
  });

  it('asks for a name and an initial password when no account uses the email', async () => {
    serve((call) => {
      const body = call.body as { name?: string };
      if (!body.name)
        return json(
          {
            title: 'Invalid request',
            status: 400,
            code: 'validation',
            detail: 'No account uses this email yet',
            errors: [
              { path: 'name', message: 'Required to create the account' },
              { path: 'password', message: 'Required to create the account' },
            ],
          },
          400,
        );
      return json({ ...members[1], id: 'm4', userId: 'u4', email: 'dan@example.com', name: 'Dan', version: 1 }, 201);
    });
    renderMembers('admin');

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter un membre' });
    expect(within(dialog).queryByLabelText(/^Nom/)).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/^E-mail/), { target: { value: 'dan@example.com' } });
    fireEvent.change(within(dialog).getByLabelText(/^Rôle/), { target: { value: 'viewer' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter' }));

    const name = await within(dialog).findByLabelText(/^Nom/);
    expect(within(dialog).getByText(/Aucun compte n’utilise encore l’adresse dan@example.com/)).toBeTruthy();
    expect(writes()[0]?.body).toEqual({ email: 'dan@example.com', role: 'viewer' });

    fireEvent.change(name, { target: { value: 'Dan' } });
    fireEvent.change(within(dialog).getByLabelText(/^Mot de passe initial/), {
      target: { value: 'une phrase de passe' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le compte et ajouter' }));

    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]?.body).toEqual({
      email: 'dan@example.com',
      role: 'viewer',
      name: 'Dan',
      password: 'une phrase de passe',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says clearly when the role asked for is above the admin’s own', async () => {
    serve(() =>
      json(
        { title: 'Not allowed', status: 403, code: 'forbidden', detail: 'Only an owner can make someone an owner' },
        403,
      ),
    );
    renderMembers('admin');

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter un membre' });
    fireEvent.change(within(dialog).getByLabelText(/^E-mail/), { target: { value: 'eve@example.com' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter' }));

    expect(await within(dialog).findByText(/on ne peut pas attribuer un rôle supérieur au sien/)).toBeTruthy();
    expect(writes()[0]?.body).toEqual({ email: 'eve@example.com', role: 'editor' });
  });

  it('explains that the last owner stays', async () => {
    serve(() =>
      json({ title: 'Conflict', status: 409, code: 'conflict', detail: 'A workspace keeps at least one owner' }, 409),
    );
    renderMembers('owner');

    fireEvent.click(await screen.findByRole('button', { name: 'Retirer Chloé' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer de l’espace de travail' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/garde toujours au moins un propriétaire/);
  });

  it('removes a member after confirmation', async () => {
    serve(() => new Response(null, { status: 204 }));
    renderMembers('admin');

    fireEvent.click(await screen.findByRole('button', { name: 'Retirer Bob' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retirer ce membre\u00a0?' });
    expect(writes()).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer de l’espace de travail' }));
    await waitFor(() =>
      expect(writes()).toEqual([{ url: '/api/v1/workspaces/ws1/members/m2', method: 'DELETE', body: undefined }]),
    );
  });
});
