import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Membership } from '../api/types';

interface WorkspaceSwitcherProps {
  memberships: Membership[];
  currentId: string | undefined;
}

export function WorkspaceSwitcher({ memberships, currentId }: WorkspaceSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (memberships.length === 0) return null;

  return (
    <Select
      aria-label={t('shell.workspace')}
      placeholder={t('shell.workspace')}
      data={memberships.map(({ workspace }) => ({ value: workspace.id, label: workspace.name }))}
      value={currentId ?? null}
      onChange={(id) => {
        if (id && id !== currentId) void navigate(`/w/${encodeURIComponent(id)}/plans`);
      }}
      allowDeselect={false}
      searchable={memberships.length > 7}
      size="sm"
      w={{ base: 160, sm: 240 }}
    />
  );
}
