// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage, serveRoutes, signedInAs, stubFetch } from '../../test-utils';
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
      demoPlan: 'fr',
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

const DEMO_CHECKBOX = 'Charger un plan de démonstration (un cas pratique avec six mois de mesures)';

/** Shows where the app went after setup. */
function WhereAmI() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

function serveSetup(demoPlan: { id: string; name: string } | null) {
  const routes = serveRoutes(fetchMock, {
    'POST /api/v1/setup': () => ({
      status: 201,
      body: {
        user: { id: 'u1', email: 'ada@example.com', name: 'Ada', locale: 'fr', isAdmin: true },
        workspace: { id: 'ws1', name: 'Démo' },
        demoPlan,
      },
    }),
    'GET /api/v1/auth/me': () => ({ body: signedInAs('owner') }),
    'PATCH /api/v1/auth/me': () => ({ body: {} }),
  });
  return routes;
}

function setupBodies(): unknown[] {
  return fetchMock.mock.calls
    .filter(([url, init]) => url === '/api/v1/setup' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)));
}

describe('SetupPage, demo plan', () => {
  it('loads a demo plan by default, in the UI language, and opens it', async () => {
    serveSetup({ id: 'p9', name: 'Boulangerie' });
    renderPage(
      <>
        <SetupPage />
        <WhereAmI />
      </>,
      '/setup',
    );

    const demo = await screen.findByRole('checkbox', { name: DEMO_CHECKBOX });
    expect(demo).toHaveProperty('checked', true);
    await fillAndSubmit(VALID);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/w/ws1/p/p9'));
    expect(setupBodies()).toEqual([
      {
        name: 'Ada',
        email: 'ada@example.com',
        password: 'correct horse battery',
        workspaceName: 'Démo',
        demoPlan: 'fr',
      },
    ]);
  });

  it('asks for no demo plan when unchecked, and goes where it always did', async () => {
    serveSetup(null);
    renderPage(
      <>
        <SetupPage />
        <WhereAmI />
      </>,
      '/setup',
    );

    fireEvent.click(await screen.findByRole('checkbox', { name: DEMO_CHECKBOX }));
    await fillAndSubmit(VALID);

    await waitFor(() => expect(setupBodies()).toHaveLength(1));
    expect(setupBodies()[0]).not.toHaveProperty('demoPlan');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });

  it('asks for the demo plan in English when the UI is in English', async () => {
    await i18n.changeLanguage('en');
    serveSetup({ id: 'p9', name: 'Bakery' });
    renderPage(<SetupPage />, '/setup');

    const demo = await screen.findByRole('checkbox', {
      name: 'Load a demo plan (a case study with six months of measurements)',
    });
    expect(demo).toHaveProperty('checked', true);
    fireEvent.change(input('Your name'), { target: { value: 'Ada' } });
    fireEvent.change(input('Email address'), { target: { value: 'ada@example.com' } });
    fireEvent.change(input('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.change(input('Workspace name'), { target: { value: 'Demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(setupBodies()).toHaveLength(1));
    expect(setupBodies()[0]).toMatchObject({ workspaceName: 'Demo', demoPlan: 'en' });
  });
});
