import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import './texts';

/**
 * A refused request with the server's own reason: the generic message for its status, then the
 * detail and field messages the problem+json carries (the engine routes word them in English).
 */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const reasons = isApiError(error)
    ? [error.detail, ...error.errors.map((item) => item.message)].filter(
        (reason, index, all): reason is string => !!reason && all.indexOf(reason) === index,
      )
    : [];
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">{errorMessage(t, error)}</Text>
      {reasons.length > 0 && (
        <>
          <Text size="sm" mt={4} fw={500}>
            {t('budget.serverReason')}
          </Text>
          <List size="sm">
            {reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
