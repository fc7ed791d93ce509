// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryKeys } from '../../api/queryKeys';
import i18n from '../../i18n';
import { installDomShims, renderPage, signedInAs, stubFetch } from '../../test-utils';
import { AppLayout } from '../../ui/AppLayout';

function renderShell(path: string) {
  return renderPage(<AppLayout />, path, {
    route: '/w/:workspaceId/*',
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs('viewer')),
  });
}

stubFetch();
beforeAll(() => installDomShims());

describe('the header’s members link', () => {
  it('leads to the members of the workspace shown', async () => {
    await i18n.changeLanguage('fr');
    renderShell('/w/ws1/plans');
    const link = await screen.findByRole('link', { name: 'Membres' });
    expect(link.getAttribute('href')).toBe('/w/ws1/members');
  });

  it('is named in English too', async () => {
    await i18n.changeLanguage('en');
    renderShell('/w/ws1/plans');
    expect((await screen.findByRole('link', { name: 'Members' })).getAttribute('href')).toBe('/w/ws1/members');
  });

  it('is absent for a workspace the user does not belong to', async () => {
    await i18n.changeLanguage('fr');
    renderShell('/w/other/plans');
    await screen.findByRole('link', { name: 'Jalon' });
    expect(screen.queryByRole('link', { name: 'Membres' })).toBeNull();
  });
});
