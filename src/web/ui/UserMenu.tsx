import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { User } from '../api/types';
import { useLogoutMutation } from '../features/auth/useLogoutMutation';
import '../features/members/texts';

interface UserMenuProps {
  user: User;
  /** The workspace shown, whose members page the menu links to. */
  workspaceId?: string | undefined;
}

export function UserMenu({ user, workspaceId }: UserMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogoutMutation();

  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="sm"
          aria-label={t('shell.userMenu', { name: user.name })}
          rightSection={<Chevron />}
        >
          {user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.signedInAs', { email: user.email })}</Menu.Label>
        {workspaceId && (
          <Menu.Item component={Link} to={`/w/${encodeURIComponent(workspaceId)}/members`}>
            {t('members.nav')}
          </Menu.Item>
        )}
        <Menu.Item onClick={signOut} disabled={logout.isPending}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function Chevron() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}
