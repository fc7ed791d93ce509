// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage, stubFetch } from '../../test-utils';
import { CreatePlanModal } from './CreatePlanModal';

const fetchMock = stubFetch();

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('CreatePlanModal', () => {
  it('requires a name before calling the server', async () => {
    renderPage(<CreatePlanModal workspaceId="ws1" opened onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le plan' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a server field error on its field', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: '/body/currency', message: 'Code de devise ISO 4217 attendu', code: 'invalid_string' }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'fr' } },
      ),
    );
    renderPage(<CreatePlanModal workspaceId="ws1" opened onClose={() => {}} />);

    fireEvent.change(await screen.findByLabelText(/^Nom du plan/), { target: { value: 'PAC 2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le plan' }));

    const currency = screen.getByLabelText(/^Devise/);
    expect(await screen.findByText('Code de devise ISO 4217 attendu')).toBeTruthy();
    expect(currency.getAttribute('aria-invalid')).toBe('true');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/workspaces/ws1/plans');
    expect(JSON.parse(String(init?.body))).toEqual({ name: 'PAC 2027', currency: 'EUR', locale: 'fr' });
  });
});
