// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage, stubFetch } from '../../test-utils';
import { LoginPage } from './LoginPage';

function problem(status: number, title: string, code: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail: title, code }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

const fetchMock = stubFetch();

beforeAll(() => installDomShims());

async function submitLogin(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText(i18n.t('auth.login.email'), { exact: false }), {
    target: { value: email },
  });
  fireEvent.change(screen.getByLabelText(i18n.t('auth.login.password'), { exact: false, selector: 'input' }), {
    target: { value: password },
  });
  fireEvent.click(screen.getByRole('button', { name: i18n.t('auth.login.submit') }));
}

describe('LoginPage', () => {
  it('shows the translated error when the server rejects the credentials', async () => {
    await i18n.changeLanguage('fr');
    fetchMock.mockResolvedValue(problem(401, 'Invalid credentials', 'invalid_credentials'));
    renderPage(<LoginPage />, '/login');

    await submitLogin('ada@example.com', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Adresse e-mail ou mot de passe incorrect.');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/login');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(init?.body))).toEqual({
      email: 'ada@example.com',
      password: 'wrong password',
    });
  });

  it('says to retry later when rate-limited, in English too', async () => {
    await i18n.changeLanguage('en');
    fetchMock.mockResolvedValue(problem(429, 'Too many requests', 'rate_limited'));
    renderPage(<LoginPage />, '/login');

    await submitLogin('ada@example.com', 'whatever it is');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many attempts. Wait a few minutes before trying again.',
    );
  });

  it('checks the fields before calling the server', async () => {
    await i18n.changeLanguage('fr');
    renderPage(<LoginPage />, '/login');

    await submitLogin('not-an-email', '');

    await waitFor(() => expect(screen.getByText(i18n.t('form.required'))).toBeTruthy());
    expect(screen.getByText(i18n.t('form.invalidEmail'))).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
