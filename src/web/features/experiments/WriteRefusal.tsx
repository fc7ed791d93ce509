import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { experimentRefusal } from './refusal';
import './texts';

interface WriteRefusalProps {
  error: unknown;
  /** Reads the experiment again, so that the next write starts from its current version. */
  onReload: () => void;
}

/**
 * A refused write on the experiment, in the UI language. A stale version (409) means someone
 * changed the experiment meanwhile: the user reloads it and decides again on what it now says.
 */
export function WriteRefusal({ error, onReload }: WriteRefusalProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 409)) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t('experiments.conflict.title')}>
        <Group justify="space-between" gap="sm">
          <Text size="sm">{t('experiments.conflict.description')}</Text>
          <Button size="xs" variant="white" color="orange" onClick={onReload}>
            {t('experiments.conflict.reload')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert">
      {experimentRefusal(t, error, i18n.resolvedLanguage)}
    </Alert>
  );
}
