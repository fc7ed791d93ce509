import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import './texts';

interface WriteFailureAlertProps {
  error: unknown;
  person: string;
  action: string;
  onReload: () => void;
  onClose: () => void;
}

/**
 * A refused cell edit: what was refused, why (the server's own words when they are in the UI
 * language), and for a conflict (someone else changed the same cell) a way to reload.
 */
export function WriteFailureAlert({ error, person, action, onReload, onClose }: WriteFailureAlertProps) {
  const { t, i18n } = useTranslation();
  // A cell changed (409) or an assignment deleted (404) by someone else: reloading is the fix.
  const conflict = isApiError(error, 409) || isApiError(error, 404);
  const uiLanguage = (i18n.resolvedLanguage ?? 'fr').split('-')[0];
  const reasons =
    isApiError(error) && error.language.split('-')[0] === uiLanguage
      ? [error.detail, ...error.errors.map((e) => e.message)].filter((text): text is string => Boolean(text))
      : [];
  return (
    <Alert
      color={conflict ? 'orange' : 'red'}
      variant="light"
      role="alert"
      title={t('raci.failure.title', { person, action })}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict ? t('raci.failure.conflict') : errorMessage(t, error)}</Text>
        {[...new Set(reasons)].map((reason) => (
          <Text size="sm" key={reason}>
            {reason}
          </Text>
        ))}
        {conflict && (
          <Button size="xs" variant="white" color="orange" onClick={onReload}>
            {t('raci.failure.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
