import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PencilIcon, TargetIcon, TrashIcon } from '../../ui/icons';
import type { Language } from '../objectives/format';
import { Sparkline } from './Sparkline';
import { probabilityText, quantityOrDash, STATUS_COLORS } from './status';
import type { DashboardItem } from './trackingApi';
import './texts';

interface KpiCardProps {
  item: DashboardItem;
  href: string;
  language: Language;
  /** Edit controls, for editors whose KPI row is known. */
  onEdit?: (() => void) | undefined;
  onTargets?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/** One KPI on the dashboard: where it stands, where it is heading, and a link to its page. */
export const KpiCard = memo(function KpiCard({ item, href, language, onEdit, onTargets, onDelete }: KpiCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const quantity = (value: number | null) => quantityOrDash(value, item.unit, language);
  const color = STATUS_COLORS[item.status];

  return (
    <Paper component="article" withBorder p="md" id={`entity-${item.key}`} aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={href} fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {item.name}
          </Anchor>
          <Badge color={color} variant="light" style={{ flexShrink: 0 }}>
            {t(`tracking.status.${item.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('tracking.card.actualVsTarget', { actual: quantity(item.actual), target: quantity(item.headlineTarget) })}
        </Text>
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
          <Text size="xs" c="dimmed">
            {t('tracking.card.probability', { value: probabilityText(item.probMeetTarget, language) })}
          </Text>
          <Sparkline points={item.sparkline} color={`var(--mantine-color-${color}-6)`} />
        </Group>
        {(onEdit || onTargets || onDelete) && (
          <Group gap={4} justify="flex-end">
            {onTargets && (
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('tracking.card.targets', { name: item.name })}
                onClick={onTargets}
              >
                <TargetIcon size={16} />
              </ActionIcon>
            )}
            {onEdit && (
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('tracking.card.edit', { name: item.name })}
                onClick={onEdit}
              >
                <PencilIcon />
              </ActionIcon>
            )}
            {onDelete && (
              <ActionIcon
                variant="subtle"
                size="sm"
                color="red"
                aria-label={t('tracking.card.delete', { name: item.name })}
                onClick={onDelete}
              >
                <TrashIcon />
              </ActionIcon>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
});
