import type { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, vi, type Mock } from 'vitest';
import { AppProviders } from './App';
import { createQueryClient } from './api/queryClient';
import { queryKeys } from './api/queryKeys';
import type { Me, Role } from './api/types';
import i18n, { i18nReady } from './i18n';

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

/** Ada, signed in with `role` in the workspace ws1. */
export function signedInAs(role: Role, workspaceName = 'Démo'): Me {
  return {
    user: { id: 'u1', email: 'ada@example.com', name: 'Ada', locale: 'fr', isAdmin: false },
    token: null,
    memberships: [{ workspace: { id: 'ws1', name: workspaceName }, role }],
  };
}

/**
 * The hooks every page test file starts with: the DOM shims once, and French before each test
 * (a test may switch to English). With `today`, the clock alone is faked and set to it before each
 * test, so that dates are judged against a fixed day while timers and promises run as usual.
 * Call once, at the top level of the file.
 */
export function setUpPageTests(options: { today?: Date } = {}): void {
  const { today } = options;
  beforeAll(() => installDomShims());
  beforeEach(async () => {
    if (today) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(today);
    }
    // After the start-up detection, which may pick English from the browser, is done.
    await i18nReady;
    await i18n.changeLanguage('fr');
  });
  if (today) {
    afterEach(() => {
      vi.useRealTimers();
    });
  }
}

interface PlanPageOptions {
  /** Ada's role in the workspace ws1: an editor unless said otherwise. */
  role?: Role | undefined;
  /** What follows the section in the URL: a hash, a query, or more path (`/kpi1`). */
  suffix?: string | undefined;
  /** The route pattern after `/w/:workspaceId/p/:planId/`, when it is not the section alone. */
  route?: string | undefined;
}

/**
 * Renders a page of the plan p1 as Ada signed in with `role`, at `/w/ws1/p/p1/<section><suffix>`,
 * mounted on `/w/:workspaceId/p/:planId/<section>` so that it reads the workspace and plan from the URL.
 */
export function renderPlanPage(ui: ReactElement, section: string, options: PlanPageOptions = {}) {
  const { role = 'editor', suffix = '', route = section } = options;
  return renderPage(ui, `/w/ws1/p/p1/${section}${suffix}`, {
    route: `/w/:workspaceId/p/:planId/${route}`,
    seed: (queryClient) => queryClient.setQueryData(queryKeys.me, signedInAs(role)),
  });
}

/**
 * Replaces `fetch` with a mock before each test of the file, and unmounts and puts `fetch` back
 * after it. Call once, at the top of a component test file.
 */
export function stubFetch(): Mock<typeof fetch> {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  return fetchMock;
}

/** An answer of the API in JSON (a problem from 400 on), its messages written in `language`. */
export function jsonResponse(body: unknown, status = 200, language = 'fr'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      'Content-Language': language,
    },
  });
}

/** A collection listed whole, as the entity hooks ask for it. */
export function listPage<T>(items: readonly T[]) {
  return { items, total: items.length, limit: 1000, offset: 0 };
}

/** What a fake route answers: a status (200 by default) and a JSON body (none by default). */
export type FakeRoute = (body: unknown) => { status?: number; body?: unknown };

/**
 * Makes `fetchMock` answer as the API would from `routes`, keyed by `METHOD /path` (the query is
 * not compared); anything else is a 404. Returns `routes`, to which a test can add more.
 */
export function serveRoutes(fetchMock: Mock<typeof fetch>, routes: Record<string, FakeRoute>) {
  fetchMock.mockImplementation(async (input, init) => {
    const path = String(input).split('?')[0];
    const route = routes[`${init?.method ?? 'GET'} ${path}`];
    if (!route) return jsonResponse({ title: 'Not Found', status: 404 }, 404);
    const answer = route(init?.body ? JSON.parse(String(init.body)) : undefined);
    return jsonResponse(answer.body, answer.status ?? 200);
  });
  return routes;
}
