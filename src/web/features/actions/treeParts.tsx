import { ActionIcon, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionEntity, StrategyEntity, TacticEntity } from '../../../contract/entity-types.js';
import type { Language } from '../objectives/format';
import { ChevronIcon } from '../../ui/icons';
import type { ActionChanges, RowProblem } from './useActionPatch';
import './texts';

/** What a row of the tree can ask the page to do. */
export interface TreeHandlers {
  canEdit: boolean;
  language: Language;
  currency: string;
  /** Whether folding is offered (not while a filter chooses what to show). */
  canFold: boolean;
  toggle: (id: string) => void;
  editStrategy: (strategy: StrategyEntity) => void;
  addTactic: (strategyId: string) => void;
  editTactic: (tactic: TacticEntity) => void;
  addAction: (tacticId: string) => void;
  editAction: (action: ActionEntity) => void;
  deleteStrategy: (strategy: StrategyEntity) => void;
  deleteTactic: (tactic: TacticEntity) => void;
  deleteAction: (action: ActionEntity) => void;
  patch: (id: string, changes: ActionChanges) => void;
  setProblem: (id: string, problem: RowProblem | null) => void;
  reloadActions: () => void;
}

/** The toggle that folds or unfolds a strategy or a tactic. */
export function FoldButton({ expanded, name, onToggle }: { expanded: boolean; name: string; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-expanded={expanded}
      aria-label={t(expanded ? 'actions.tree.collapse' : 'actions.tree.expand', { name })}
      onClick={onToggle}
    >
      <ChevronIcon open={expanded} />
    </ActionIcon>
  );
}

export interface LinkedItem {
  id: string;
  label: string;
  href: string;
}

/** « Objectifs : [a] [b] » — the items a strategy is linked to, each a link to its own screen. */
export function LinkBadges({ label, items }: { label: string; items: readonly LinkedItem[] }) {
  if (items.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {items.map((item) => (
        <Badge
          key={item.id}
          component={Link}
          to={item.href}
          variant="light"
          color="gray"
          tt="none"
          fw={500}
          style={{ cursor: 'pointer' }}
        >
          {item.label}
        </Badge>
      ))}
    </Group>
  );
}
