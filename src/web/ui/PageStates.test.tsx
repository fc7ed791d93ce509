// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { installDomShims, renderPage } from '../test-utils';
import { LoadError, PageSkeleton } from './PageStates';

installDomShims();
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});
afterEach(cleanup);

describe('PageSkeleton', () => {
  it('is one status named « Chargement… », with a block for each height asked', () => {
    renderPage(<PageSkeleton blocks={[{ height: 32, width: '30%' }, 120, 60]} />);
    const status = screen.getByRole('status', { name: 'Chargement…' });
    expect(status.children).toHaveLength(3);
  });

  it('lays the blocks out as a grid when given columns', () => {
    renderPage(<PageSkeleton columns={{ base: 1, md: 2 }} blocks={[280, 280]} />);
    expect(screen.getByRole('status', { name: 'Chargement…' }).children).toHaveLength(2);
  });
});

describe('LoadError', () => {
  const read = (error: unknown) => ({ isError: error !== null, error, refetch: vi.fn() });

  it('shows the first failure under the title, and retries only the reads that failed', () => {
    const fine = read(null);
    const first = read(new ApiError({ status: 404, title: 'Not Found' }));
    const second = read(new ApiError({ status: 409, title: 'Conflict' }));
    renderPage(<LoadError title="Impossible de charger le plan." queries={[fine, first, second]} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Impossible de charger le plan.')).toBeTruthy();
    expect(alert.textContent).toContain('Cette ressource est introuvable.');
    expect(alert.textContent).not.toContain('modifiée entre-temps');
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(first.refetch).toHaveBeenCalledOnce();
    expect(second.refetch).toHaveBeenCalledOnce();
    expect(fine.refetch).not.toHaveBeenCalled();
  });
});
