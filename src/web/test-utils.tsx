import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from './App';
import { createQueryClient } from './api/queryClient';

/**
 * Mantine reads media queries and element sizes that happy-dom does not implement.
 * Call once per component test file, before rendering.
 */
export function installDomShims(): void {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  // Mantine's autosize textarea listens to font loading, which happy-dom does not implement.
  const doc = document as unknown as { fonts?: unknown };
  doc.fonts ??= { addEventListener: () => {}, removeEventListener: () => {} };
  const globals = globalThis as { ResizeObserver?: unknown };
  if (!globals.ResizeObserver) {
    globals.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

interface RenderPageOptions {
  /** Route pattern the page is mounted on, for pages that read URL parameters. */
  route?: string;
  /** Puts data in the query cache before rendering (the signed-in user, say). */
  seed?: (queryClient: QueryClient) => void;
}

/** Renders a page inside the app's providers and a memory router at `path`. */
export function renderPage(ui: ReactElement, path = '/', options: RenderPageOptions = {}) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    queries: { ...defaults.queries, retry: false },
    mutations: { ...defaults.mutations, retry: false },
  });
  options.seed?.(queryClient);
  return render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={options.route ?? '*'} element={ui} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}
