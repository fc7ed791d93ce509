// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage, serveRoutes, stubFetch } from '../../test-utils';
import { CalendarFeedsModal } from './CalendarFeedsModal';

const fetchMock = stubFetch();
const feed = { id: 'f1', createdAt: '2026-03-02T09:00:00Z', createdBy: 'Camille', revokedAt: null };
const created = {
  ...feed,
  id: 'f2',
  token: 'jcal_secret',
  url: 'https://jalon.example/api/v1/calendar/jcal_secret.ics',
  webcalUrl: 'webcal://jalon.example/api/v1/calendar/jcal_secret.ics',
};

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('CalendarFeedsModal', () => {
  it('creates a subscription and shows its secret address once; revokes one', async () => {
    const calls: string[] = [];
    serveRoutes(fetchMock, {
      'GET /api/v1/plans/p1/calendar-feeds': () => ({ body: { items: [feed] } }),
      'POST /api/v1/plans/p1/calendar-feeds': () => {
        calls.push('create');
        return { status: 201, body: created };
      },
      'DELETE /api/v1/plans/p1/calendar-feeds/f1': () => {
        calls.push('revoke f1');
        return { status: 204 };
      },
    });
    renderPage(<CalendarFeedsModal planId="p1" opened canEdit onClose={() => {}} />);

    expect(await screen.findByText('Camille')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer une adresse d’abonnement' }));
    const address = await screen.findByLabelText('Adresse d’abonnement');
    expect((address as HTMLInputElement).value).toBe(created.url);
    expect(screen.getByRole('link', { name: 'Ouvrir dans mon agenda' }).getAttribute('href')).toBe(created.webcalUrl);

    fireEvent.click(screen.getByRole('button', { name: /^Révoquer l’abonnement créé le/ }));
    await waitFor(() => expect(calls).toEqual(['create', 'revoke f1']));
  });

  it('lets a viewer see the subscriptions but neither create nor revoke one', async () => {
    serveRoutes(fetchMock, { 'GET /api/v1/plans/p1/calendar-feeds': () => ({ body: { items: [feed] } }) });
    renderPage(<CalendarFeedsModal planId="p1" opened canEdit={false} onClose={() => {}} />);
    expect(await screen.findByText('Camille')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Créer une adresse d’abonnement' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Révoquer/ })).toBeNull();
  });
});
