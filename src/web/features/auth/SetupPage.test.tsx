// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage, stubFetch } from '../../test-utils';
import { SetupPage } from './SetupPage';

const fetchMock = stubFetch();

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { exact: false, selector: 'input' });
}

async function fillAndSubmit(values: Record<string, string>) {
  await screen.findByRole('button', { name: 'Créer le compte' });
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(input(label), { target: { value } });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
}

function validationProblem(message: string, language: string | null): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (language) headers['Content-Language'] = language;
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title: 'Validation failed',
      status: 400,
      code: 'validation',
      errors: [{ path: 'workspaceName', message }],
    }),
    { status: 400, headers },
  );
}

const VALID = {
  'Votre nom': 'Ada',
  'Adresse e-mail': 'ada@example.com',
  'Mot de passe': 'correct horse battery',
  'Nom de l’espace de travail': 'Démo',
};

describe('SetupPage', () => {
  it('refuses a password shorter than 12 characters without calling the server', async () => {
    renderPage(<SetupPage />, '/setup');

    await fillAndSubmit({ ...VALID, 'Mot de passe': 'short' });

    expect(await screen.findByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeTruthy();
    expect(input('Mot de passe').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s field message under the field it names', async () => {
    fetchMock.mockResolvedValue(validationProblem('Ce nom est trop long.', 'fr'));
    renderPage(<SetupPage />, '/setup');

    await fillAndSubmit(VALID);

    const message = await screen.findByText('Ce nom est trop long.');
    const field = input('Nom de l’espace de travail');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct horse battery',
      workspaceName: 'Démo',
    });
  });

  it('marks the field in French when the server’s message is in another language', async () => {
    fetchMock.mockResolvedValue(validationProblem('Name is too long', null));
    renderPage(<SetupPage />, '/setup');

    await fillAndSubmit(VALID);

    expect(await screen.findByText('Cette valeur a été refusée. Vérifiez ce champ.')).toBeTruthy();
    expect(input('Nom de l’espace de travail').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Name is too long')).toBeNull();
  });
});
