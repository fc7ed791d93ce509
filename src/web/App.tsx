import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, useRoutes, type RouteObject } from 'react-router';
import { createQueryClient } from './api/queryClient';
import { PublicOnly } from './features/auth/PublicOnly';
import { RequireSession } from './features/auth/RequireSession';
import { FullPageLoader } from './ui/FullPageLoader';
import { RouteErrorBoundary } from './ui/RouteErrorBoundary';
import { theme } from './ui/theme';

/** React.lazy for a named export, so each page is its own chunk. */
function lazyNamed<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const SetupPage = lazyNamed(() => import('./features/auth/SetupPage'), 'SetupPage');
const LoginPage = lazyNamed(() => import('./features/auth/LoginPage'), 'LoginPage');
const AppLayout = lazyNamed(() => import('./ui/AppLayout'), 'AppLayout');
const HomeRedirect = lazyNamed(() => import('./features/workspaces/HomeRedirect'), 'HomeRedirect');
const PlansPage = lazyNamed(() => import('./features/plans/PlansPage'), 'PlansPage');
const PlanLayout = lazyNamed(() => import('./features/plan/PlanLayout'), 'PlanLayout');
const PlanOverviewPage = lazyNamed(() => import('./features/overview/PlanOverviewPage'), 'PlanOverviewPage');
const GoalsPage = lazyNamed(() => import('./features/goals/GoalsPage'), 'GoalsPage');
const PersonasPage = lazyNamed(() => import('./features/personas/PersonasPage'), 'PersonasPage');
const SwotPage = lazyNamed(() => import('./features/swot/SwotPage'), 'SwotPage');
const ObjectivesPage = lazyNamed(() => import('./features/objectives/ObjectivesPage'), 'ObjectivesPage');
const OkrsPage = lazyNamed(() => import('./features/okrs/OkrsPage'), 'OkrsPage');
const ActionPlanPage = lazyNamed(() => import('./features/actions/ActionPlanPage'), 'ActionPlanPage');
const RaciPage = lazyNamed(() => import('./features/raci/RaciPage'), 'RaciPage');
const GanttPage = lazyNamed(() => import('./features/gantt/GanttPage'), 'GanttPage');
const EditorialCalendarPage = lazyNamed(
  () => import('./features/calendar/EditorialCalendarPage'),
  'EditorialCalendarPage',
);
const BudgetPage = lazyNamed(() => import('./features/budget/BudgetPage'), 'BudgetPage');
const TrackingPage = lazyNamed(() => import('./features/tracking/TrackingPage'), 'TrackingPage');
const ExperimentsPage = lazyNamed(() => import('./features/experiments/ExperimentsPage'), 'ExperimentsPage');
const ExperimentPage = lazyNamed(() => import('./features/experiments/ExperimentPage'), 'ExperimentPage');
const RevisionsPage = lazyNamed(() => import('./features/revisions/RevisionsPage'), 'RevisionsPage');
const KpiPage = lazyNamed(() => import('./features/tracking/KpiPage'), 'KpiPage');
const MembersPage = lazyNamed(() => import('./features/members/MembersPage'), 'MembersPage');
const ImportPage = lazyNamed(() => import('./features/imports/ImportPage'), 'ImportPage');

export const routes: RouteObject[] = [
  {
    element: <PublicOnly page="setup" />,
    children: [{ path: '/setup', element: <SetupPage /> }],
  },
  {
    element: <PublicOnly page="login" />,
    children: [{ path: '/login', element: <LoginPage /> }],
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <HomeRedirect /> },
          { path: '/w/:workspaceId/plans', element: <PlansPage /> },
          { path: '/w/:workspaceId/members', element: <MembersPage /> },
          {
            path: '/w/:workspaceId/p/:planId',
            element: <PlanLayout />,
            children: [
              { index: true, element: <PlanOverviewPage /> },
              { path: 'goals', element: <GoalsPage /> },
              { path: 'personas', element: <PersonasPage /> },
              { path: 'swot', element: <SwotPage /> },
              { path: 'objectives', element: <ObjectivesPage /> },
              { path: 'okrs', element: <OkrsPage /> },
              { path: 'actions', element: <ActionPlanPage /> },
              { path: 'raci', element: <RaciPage /> },
              { path: 'gantt', element: <GanttPage /> },
              { path: 'calendar', element: <EditorialCalendarPage /> },
              { path: 'budget', element: <BudgetPage /> },
              { path: 'tracking', element: <TrackingPage /> },
              { path: 'tracking/:kpiId', element: <KpiPage /> },
              { path: 'experiments', element: <ExperimentsPage /> },
              { path: 'experiments/:experimentId', element: <ExperimentPage /> },
              { path: 'revisions', element: <RevisionsPage /> },
              { path: 'imports', element: <ImportPage /> },
            ],
          },
          { path: '/w/:workspaceId', element: <Navigate to="plans" replace /> },
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

function AppRoutes() {
  return useRoutes(routes);
}

/**
 * The app, its routes in a `BrowserRouter`: it loads its data with TanStack Query, not through the
 * router, so it does without React Router's data router (loaders, actions, fetchers), which would
 * add some 16 KB (gzip) to every page.
 */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <BrowserRouter>
        <RouteErrorBoundary>
          <Suspense fallback={<FullPageLoader />}>
            <AppRoutes />
          </Suspense>
        </RouteErrorBoundary>
      </BrowserRouter>
    </AppProviders>
  );
}
