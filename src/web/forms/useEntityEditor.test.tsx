// @vitest-environment happy-dom
import { TextInput } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SwotItemEntity } from '../../contract/entity-types.js';
import i18n from '../i18n';
import { installDomShims, jsonResponse, renderPage, stubFetch } from '../test-utils';
import { ConflictNotice } from './ConflictNotice';
import { FormError } from './FormError';
import { useEntityEditor } from './useEntityEditor';

const item: SwotItemEntity = {
  id: 'i1',
  key: 'bio',
  position: 0,
  quadrant: 'strength',
  title: 'Produits bio',
  description: null,
  weight: 3,
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

/** The smallest form built on the hook: one title field. */
function TitleForm({ entity }: { entity: SwotItemEntity | null }) {
  const editor = useEntityEditor({
    planId: 'p1',
    collection: 'swot-items',
    entity,
    initialValues: { title: entity?.title ?? '' },
    validate: (values) => ({ title: values.title.trim() ? undefined : 'Obligatoire' }),
    toBody: (values) => ({ title: values.title, quadrant: 'strength' as const }),
  });
  return (
    <form onSubmit={editor.submit} noValidate>
      <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
      <FormError error={editor.formError} />
      <TextInput
        label="Intitulé"
        value={editor.values.title}
        error={editor.errors.title}
        onChange={(event) => editor.setValue('title', event.currentTarget.value)}
      />
      <button type="submit">Enregistrer</button>
    </form>
  );
}

const fetchMock = stubFetch();
/** The server answers in English, the UI is in French. */
const json = (status: number, body: unknown) => jsonResponse(body, status, 'en');
/** Bodies of the requests sent, as `METHOD path body`. */
const sent = () =>
  fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)} ${String(init?.body ?? '')}`);

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('useEntityEditor', () => {
  it('keeps what the user typed through an edit conflict, then saves on the current version', async () => {
    fetchMock
      .mockResolvedValueOnce(
        json(409, {
          status: 409,
          code: 'version_conflict',
          title: 'Edit conflict',
          errors: [{ path: 'version', message: 'Stale version' }],
        }),
      )
      .mockResolvedValueOnce(json(200, { ...item, title: 'Produits bio locaux', version: 5 }))
      .mockResolvedValueOnce(json(200, { ...item, title: 'Gamme bio certifiée', version: 6 }));
    renderPage(<TitleForm entity={item} />);

    fireEvent.change(screen.getByLabelText('Intitulé'), { target: { value: 'Gamme bio certifiée' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Quelqu’un a modifié cet élément pendant que vous l’éditiez')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Charger la version actuelle en gardant mes saisies' }));
    expect(await screen.findByText(/Version actuelle chargée/)).toBeTruthy();
    expect((screen.getByLabelText('Intitulé') as HTMLInputElement).value).toBe('Gamme bio certifiée');

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    expect(sent()).toEqual([
      'PATCH /api/v1/plans/p1/swot-items/i1 {"title":"Gamme bio certifiée","quadrant":"strength","version":2}',
      'GET /api/v1/plans/p1/swot-items/i1 ',
      'PATCH /api/v1/plans/p1/swot-items/i1 {"title":"Gamme bio certifiée","quadrant":"strength","version":5}',
    ]);
  });

  it('puts a refused field’s reason on that field, translated when the server wrote in English', async () => {
    fetchMock.mockResolvedValueOnce(
      json(400, {
        status: 400,
        code: 'validation',
        title: 'Invalid request',
        errors: [{ path: 'title', message: 'Too big: expected string to have <=300 characters', code: 'too_big' }],
      }),
    );
    renderPage(<TitleForm entity={null} />);
    fireEvent.change(screen.getByLabelText('Intitulé'), { target: { value: 'x'.repeat(301) } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Valeur trop grande ou texte trop long.')).toBeTruthy();
    expect(screen.queryByText(/Too big/)).toBeNull();
  });

  it('checks on the client first and sends nothing while a field is invalid', () => {
    renderPage(<TitleForm entity={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByText('Obligatoire')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says when the item was deleted in the meantime', async () => {
    fetchMock.mockResolvedValueOnce(json(404, { status: 404, code: 'not_found', title: 'Not found' }));
    renderPage(<TitleForm entity={item} />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Cet élément a été supprimé entre-temps/)).toBeTruthy();
  });
});
