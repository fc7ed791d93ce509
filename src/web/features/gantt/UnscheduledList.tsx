import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionEntity } from '../../../contract/entity-types.js';
import './texts';

const FIRST = 20;

interface UnscheduledListProps {
  actions: ActionEntity[];
  /** "Strategy › tactic" of an action. */
  pathOf: (action: ActionEntity) => string;
  canEdit: boolean;
  onSetDates: (action: ActionEntity) => void;
}

/** Actions without dates, which the chart cannot draw, each with a way to date it. */
export function UnscheduledList({ actions, pathOf, canEdit, onSetDates }: UnscheduledListProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (actions.length === 0) return null;
  const shown = all ? actions : actions.slice(0, FIRST);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gantt-unscheduled-title">
      <Title order={3} fz="md" id="gantt-unscheduled-title">
        {t('gantt.unscheduled.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('gantt.unscheduled.description')}
      </Text>
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((action) => (
          <Group component="li" key={action.id} id={`entity-${action.key}`} justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {action.title}
              </Text>
              <Text size="xs" c="dimmed">
                {pathOf(action)}
              </Text>
            </div>
            {canEdit && (
              <Button
                size="xs"
                variant="light"
                onClick={() => onSetDates(action)}
                aria-label={t('gantt.unscheduled.setDatesOf', { title: action.title })}
              >
                {t('gantt.unscheduled.setDates')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {!all && actions.length > FIRST && (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => setAll(true)}>
          {t('gantt.unscheduled.showAll', { count: actions.length })}
        </Button>
      )}
    </Paper>
  );
}
