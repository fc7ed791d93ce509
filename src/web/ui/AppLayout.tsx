import { Anchor, AppShell, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useSession } from '../features/auth/useSession';
import { useUpdateMeMutation } from '../features/auth/useUpdateMeMutation';
import { FullPageLoader } from './FullPageLoader';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './AppLayout.module.css';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';
import '../features/members/texts';

export function AppLayout() {
  const { t } = useTranslation();
  const { user, memberships } = useSession();
  const { workspaceId } = useParams();
  const updateMe = useUpdateMeMutation();
  // The workspace's pages (members…) are linked only for a workspace the user belongs to.
  const currentWorkspace = memberships.some((m) => m.workspace.id === workspaceId) ? workspaceId : undefined;

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" component="nav" aria-label={t('shell.mainNavigation')}>
            <Anchor component={Link} to="/" underline="never" c="indigo" fw={800} fz="xl">
              {t('app.name')}
            </Anchor>
            <WorkspaceSwitcher memberships={memberships} currentId={workspaceId} />
            {currentWorkspace && (
              <Anchor
                component={NavLink}
                to={`/w/${encodeURIComponent(currentWorkspace)}/members`}
                size="sm"
                fw={500}
                visibleFrom="sm"
              >
                {t('members.nav')}
              </Anchor>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch onChange={(locale) => updateMe.mutate({ locale })} />
            <UserMenu user={user} workspaceId={currentWorkspace} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Container size="lg">
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
