import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveActionEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { useUpdateEntity } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import { errorMessage } from '../../i18n/format';
import type { CorrectiveRow, CorrectiveStatus } from './correctiveModel';
import './texts';

/**
 * Changing a status from the table: a PATCH on the version read. The saved row replaces the
 * cached one at once, so that a second change right after does not send a stale version.
 */
export function useInlineStatus(planId: string) {
  const queryClient = useQueryClient();
  const update = useUpdateEntity(planId, 'corrective-actions');
  const [savingId, setSavingId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const change = (row: CorrectiveRow, status: CorrectiveStatus) => {
    setError(null);
    setSavingId(row.action.id);
    update.mutate(
      { id: row.action.id, version: row.action.version, status },
      {
        onSuccess: (saved) =>
          queryClient.setQueryData<CorrectiveActionEntity[]>(
            queryKeys.collection(planId, 'corrective-actions'),
            (list) => list?.map((item) => (item.id === saved.id ? saved : item)),
          ),
        onError: setError,
        onSettled: () => setSavingId(null),
      },
    );
  };
  return { change, savingId, error, clear: () => setError(null) };
}

/** A refused status change: the server's reason, or, after a conflict, a way to reload. */
export function StatusChangeError({
  error,
  onReload,
  onClose,
}: {
  error: unknown;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const conflict = apiError?.status === 409;
  const detail = conflict ? undefined : apiError?.detail;
  return (
    <Alert
      color={conflict ? 'yellow' : 'red'}
      variant="light"
      role="alert"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict ? t('corrective.conflict') : errorMessage(t, error)}</Text>
        {detail && <Text size="sm">{detail}</Text>}
        {conflict && (
          <Button size="xs" variant="white" color="yellow" onClick={onReload}>
            {t('corrective.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
