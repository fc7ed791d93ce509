// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { Link, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, setUpPageTests } from '../test-utils';
import { RouteErrorBoundary } from './RouteErrorBoundary';

setUpPageTests();

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

describe('RouteErrorBoundary', () => {
  it('shows an error in place of a page that fails, and the pages again once the user goes elsewhere', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderPage(
      <>
        <Link to="/fine">Ailleurs</Link>
        <RouteErrorBoundary>
          <Routes>
            <Route path="/broken" element={<Broken />} />
            <Route path="/fine" element={<p>Tout va bien</p>} />
          </Routes>
        </RouteErrorBoundary>
      </>,
      '/broken',
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Cette page n’a pas pu s’afficher.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(consoleError).toHaveBeenCalled();

    fireEvent.click(screen.getByRole('link', { name: 'Ailleurs' }));
    expect(await screen.findByText('Tout va bien')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    consoleError.mockRestore();
  });
});
