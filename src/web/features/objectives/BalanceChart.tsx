import { Alert, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatShare, type Language } from './format';
import type { ObjectiveType, TypeBalance } from './objectiveForm';
import './texts';

export const TYPE_COLORS: Record<ObjectiveType, string> = {
  awareness: 'grape',
  acquisition: 'blue',
  loyalty: 'teal',
  engagement: 'orange',
};

interface BalanceChartProps {
  balance: TypeBalance;
  language: Language;
  /** Offered next to the hint about a missing type, for editors. */
  onCreate?: ((type: ObjectiveType) => void) | undefined;
}

/**
 * How the objectives spread over the method's four types, as horizontal bars. Every bar has its
 * count and share written next to it: the colours only repeat what the text says.
 */
export function BalanceChart({ balance, language, onCreate }: BalanceChartProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const typeName = (type: ObjectiveType) => t(`objectives.types.${type}`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="md" mb="sm" id={headingId}>
        {t('objectives.balance.title')}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {balance.rows.map((row) => (
          <li key={row.type} data-type={row.type}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>
                {typeName(row.type)}
              </Text>
              <Text size="sm" c={row.count === 0 ? 'red' : undefined}>
                {t('objectives.balance.value', { count: row.count, share: formatShare(row.share, language) })}
              </Text>
            </Group>
            <Box
              aria-hidden="true"
              h={10}
              mt={4}
              bg="var(--mantine-color-gray-1)"
              style={{ borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden' }}
            >
              <Box h="100%" w={`${row.share * 100}%`} bg={`var(--mantine-color-${TYPE_COLORS[row.type]}-6)`} />
            </Box>
          </li>
        ))}
      </Stack>
      {balance.missing.length > 0 && (
        <Alert color="yellow" variant="light" mt="md" p="sm">
          <Stack gap="xs">
            <Text size="sm">
              {t('objectives.balance.missing', {
                count: balance.missing.length,
                types: balance.missing.map(typeName).join(', '),
              })}
            </Text>
            {onCreate && (
              <Group gap="xs">
                {balance.missing.map((type) => (
                  <Button key={type} size="compact-sm" variant="white" color="dark" onClick={() => onCreate(type)}>
                    {t(`objectives.createOfType.${type}`)}
                  </Button>
                ))}
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {balance.dominant && (
        <Alert color="yellow" variant="light" mt="md" p="sm">
          <Text size="sm">
            {t('objectives.balance.dominant', {
              type: typeName(balance.dominant),
              share: formatShare(balance.rows.find((row) => row.type === balance.dominant)?.share ?? 0, language),
            })}
          </Text>
        </Alert>
      )}
      {balance.missing.length === 0 && !balance.dominant && (
        <Text size="sm" c="dimmed" mt="md">
          {t('objectives.balance.balanced')}
        </Text>
      )}
    </Paper>
  );
}
