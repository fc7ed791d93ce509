import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import './texts';

const primary = (language: string | undefined) => (language ?? '').split('-')[0]?.toLowerCase();

/**
 * A refused write: what the status means, the server's own reason when it is written in the UI
 * language, and, for a revision saved by someone else at the same instant (409), a way to reload.
 */
export function RefusalAlert(props: { error: unknown; onReload?: () => void; reloading?: boolean }) {
  const { error, onReload, reloading } = props;
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const conflict = isApiError(error, 409);
  const reason =
    isApiError(error) && error.detail && primary(error.language) === primary(i18n.resolvedLanguage)
      ? error.detail
      : null;
  return (
    <Alert color={conflict ? 'orange' : 'red'} variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict ? t('revisions.conflict') : errorMessage(t, error)}</Text>
        {reason && <Text size="sm">{t('revisions.serverReason', { reason })}</Text>}
        {conflict && onReload && (
          <Button size="xs" variant="white" color="orange" loading={reloading} onClick={onReload}>
            {t('revisions.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
