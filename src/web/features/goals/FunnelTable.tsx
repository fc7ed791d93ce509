import { ActionIcon, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelStageEntity } from '../../../contract/entity-types.js';
import { formatRelativeChange, formatValue, type Language } from './alignment';
import './texts';

interface FunnelTableProps {
  goalTitle: string;
  stages: readonly FunnelStageEntity[];
  lang: Language;
  canEdit: boolean;
  /** A move is being saved: the move buttons wait. */
  moving: boolean;
  onMove: (index: number, delta: -1 | 1) => void;
  onEdit: (stage: FunnelStageEntity) => void;
  onDelete: (stage: FunnelStageEntity) => void;
}

/** A goal's funnel stages in order, with the buttons that reorder, edit and delete them. */
export function FunnelTable({ goalTitle, stages, lang, canEdit, moving, onMove, onEdit, onDelete }: FunnelTableProps) {
  const { t } = useTranslation();
  const unknown = t('goals.card.unknown');
  return (
    <Table.ScrollContainer minWidth={canEdit ? 720 : 520}>
      <Table verticalSpacing="xs" aria-label={t('goals.funnel.caption', { goal: goalTitle })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              {t('goals.funnel.columns.order')}
            </Table.Th>
            <Table.Th scope="col">{t('goals.funnel.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('goals.funnel.columns.kind')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('goals.funnel.columns.baseline')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('goals.funnel.columns.target')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('goals.funnel.columns.change')}
            </Table.Th>
            {canEdit && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('goals.funnel.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((stage, index) => (
            <Table.Tr key={stage.id} id={`entity-${stage.key}`}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {stage.name}
              </Table.Th>
              <Table.Td>
                <Badge variant="outline" color="gray">
                  {t(`goals.stageKind.${stage.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatValue(stage.baselineValue, stage.unit, lang) ?? unknown}</Table.Td>
              <Table.Td ta="right">{formatValue(stage.targetValue, stage.unit, lang) ?? unknown}</Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={500}>
                  {formatRelativeChange(stage.baselineValue, stage.targetValue, lang) ?? '—'}
                </Text>
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('goals.funnel.moveUp', { name: stage.name })}
                      data-move={`${stage.id}:up`}
                      disabled={index === 0 || moving}
                      onClick={() => onMove(index, -1)}
                    >
                      <Arrow direction="up" />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('goals.funnel.moveDown', { name: stage.name })}
                      data-move={`${stage.id}:down`}
                      disabled={index === stages.length - 1 || moving}
                      onClick={() => onMove(index, 1)}
                    >
                      <Arrow direction="down" />
                    </ActionIcon>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t('goals.funnel.edit', { name: stage.name })}
                      onClick={() => onEdit(stage)}
                    >
                      {t('form.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('goals.funnel.delete', { name: stage.name })}
                      onClick={() => onDelete(stage)}
                    >
                      {t('form.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Arrow({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={direction === 'up' ? 'M12 19V5M5 12l7-7 7 7' : 'M12 5v14M5 12l7 7 7-7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
