import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictState } from './useEntityEditor';

interface ConflictNoticeProps {
  state: ConflictState;
  reloading: boolean;
  onReload: () => void;
}

/** Tells the user someone else changed the item, and lets them rebase without losing their input. */
export function ConflictNotice({ state, reloading, onReload }: ConflictNoticeProps) {
  const { t } = useTranslation();
  if (state === 'none') return null;
  if (state === 'reloaded')
    return (
      <Alert color="blue" variant="light" role="status">
        {t('conflict.reloaded')}
      </Alert>
    );
  if (state === 'gone')
    return (
      <Alert color="red" variant="light" role="alert">
        {t('conflict.gone')}
      </Alert>
    );
  return (
    <Alert color="orange" variant="light" role="alert" title={t('conflict.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('conflict.description')}</Text>
        <Button size="xs" variant="white" color="orange" loading={reloading} onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
