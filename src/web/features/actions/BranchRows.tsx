import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyEntity, TacticEntity } from '../../../contract/entity-types.js';
import { AlertIcon, PencilIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import type { StrategyNode, TacticNode } from './actionTree';
import { FoldButton, LinkBadges, type LinkedItem, type TreeHandlers } from './treeParts';
import './texts';

export interface StrategyLinks {
  objectives: LinkedItem[];
  personas: LinkedItem[];
  swotItems: LinkedItem[];
}

interface StrategyRowProps {
  node: StrategyNode;
  expanded: boolean;
  links: StrategyLinks;
  h: TreeHandlers;
}

/** A strategy: its channel, what it serves (objectives, personas, SWOT), and a warning when no objective. */
export function StrategyRow({ node, expanded, links, h }: StrategyRowProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { strategy } = node;
  const name = strategy.name;
  return (
    <Paper
      withBorder
      p="sm"
      id={`entity-${strategy.key}`}
      role="listitem"
      aria-level={1}
      aria-labelledby={titleId}
      data-kind="strategy"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group align="flex-start" wrap="nowrap" gap="xs" style={{ minWidth: 0 }}>
          {h.canFold && <FoldButton expanded={expanded} name={name} onToggle={() => h.toggle(strategy.id)} />}
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={3} fz="md" id={titleId}>
              {name}
            </Title>
            <Group gap={6}>
              <Badge variant="filled" color="blue" tt="none">
                {t(`actions.channel.${strategy.channel}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('actions.count.tactics', { count: node.tactics.length })} ·{' '}
                {t('actions.count.actions', { count: node.actionCount })}
              </Text>
            </Group>
            {strategy.description && (
              <Text size="sm" c="dimmed" lineClamp={2}>
                {strategy.description}
              </Text>
            )}
            <LinkBadges label={t('actions.strategy.objectives')} items={links.objectives} />
            <LinkBadges label={t('actions.strategy.personas')} items={links.personas} />
            <LinkBadges label={t('actions.strategy.swot')} items={links.swotItems} />
            {links.objectives.length === 0 && (
              <Group gap={6} wrap="nowrap" c="orange.8" role="note">
                <AlertIcon />
                <Text size="sm" c="orange.8">
                  {t('actions.strategy.noObjective')}
                </Text>
              </Group>
            )}
          </Stack>
        </Group>
        {h.canEdit && (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<PlusIcon />}
              aria-label={t('actions.strategy.addTacticTo', { name })}
              onClick={() => h.addTactic(strategy.id)}
            >
              {t('actions.strategy.addTactic')}
            </Button>
            <ActionIcon
              variant="subtle"
              aria-label={t('actions.strategy.edit', { name })}
              onClick={() => h.editStrategy(strategy)}
            >
              <PencilIcon />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('actions.strategy.delete', { name })}
              onClick={() => h.deleteStrategy(strategy)}
            >
              <TrashIcon />
            </ActionIcon>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

interface TacticRowProps {
  node: TacticNode;
  expanded: boolean;
  /** Actions shown under it (fewer than it holds while filtering). */
  shown: number;
  filtering: boolean;
  h: TreeHandlers;
}

/** A tactic: a means of its strategy, with its actions under it. */
export const TacticRow = memo(function TacticRow({ node, expanded, shown, filtering, h }: TacticRowProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { tactic } = node;
  const name = tactic.name;
  const total = t('actions.count.actions', { count: node.actions.length });
  return (
    <Paper
      withBorder
      p="xs"
      ml="lg"
      bg="var(--mantine-color-gray-0)"
      id={`entity-${tactic.key}`}
      role="listitem"
      aria-level={2}
      aria-labelledby={titleId}
      data-kind="tactic"
    >
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Group align="center" wrap="nowrap" gap="xs" style={{ minWidth: 0 }}>
          {h.canFold && <FoldButton expanded={expanded} name={name} onToggle={() => h.toggle(tactic.id)} />}
          <div style={{ minWidth: 0 }}>
            <Title order={4} fz="sm" id={titleId}>
              {name}
            </Title>
            <Text size="xs" c="dimmed">
              {filtering ? t('actions.tactic.countsFiltered', { shown, actions: total }) : total}
              {tactic.description ? ` — ${tactic.description}` : ''}
            </Text>
          </div>
        </Group>
        {h.canEdit && (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<PlusIcon />}
              aria-label={t('actions.tactic.addActionTo', { name })}
              onClick={() => h.addAction(tactic.id)}
            >
              {t('actions.tactic.addAction')}
            </Button>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('actions.tactic.edit', { name })}
              onClick={() => h.editTactic(tactic)}
            >
              <PencilIcon />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              color="red"
              aria-label={t('actions.tactic.delete', { name })}
              onClick={() => h.deleteTactic(tactic)}
            >
              <TrashIcon />
            </ActionIcon>
          </Group>
        )}
      </Group>
    </Paper>
  );
});

/** The line under a strategy with no tactic, or a tactic with no action: what to add next. */
export function EmptyBranchRow({ of }: { of: { strategy: StrategyEntity } | { tactic: TacticEntity } }) {
  const { t } = useTranslation();
  const isStrategy = 'strategy' in of;
  return (
    <Text size="sm" c="dimmed" ml={isStrategy ? 'lg' : 48} py={4} role="listitem" aria-level={isStrategy ? 2 : 3}>
      {t(isStrategy ? 'actions.strategy.noTactic' : 'actions.tactic.noAction')}
    </Text>
  );
}
