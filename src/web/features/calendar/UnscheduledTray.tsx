import { Button, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { useCalendar } from './CalendarContext';
import { ContentCard } from './ContentCard';
import './texts';

/** Undated items shown at first, then this many more per click (an idea backlog can be long). */
const PAGE = 24;

/** Items without a publish date: ideas waiting for a slot. Dropping a card here removes its date. */
export function UnscheduledTray({ items }: { items: readonly ContentItemEntity[] }) {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const headingId = useId();
  const [limit, setLimit] = useState(PAGE);
  const highlighted = items.findIndex((item) => item.id === calendar.highlightedId);
  const shown = items.slice(0, Math.max(limit, highlighted + 1));
  const isOver = calendar.over === 'unscheduled';

  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={headingId}
      {...calendar.dropZone('unscheduled')}
      style={{
        outline: isOver ? '2px dashed var(--mantine-color-blue-5)' : undefined,
        background: isOver ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Title order={3} fz="md" id={headingId}>
        {t('calendar.tray.title', { count: items.length })}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {calendar.canEdit ? t('calendar.tray.hintEditor') : t('calendar.tray.hint')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('calendar.tray.empty')}
        </Text>
      ) : (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, sm: 2, md: 3, lg: 4 }}
          spacing="xs"
          p={0}
          m={0}
          aria-label={t('calendar.tray.list')}
          style={{ listStyle: 'none' }}
        >
          {shown.map((item) => (
            <li key={item.id}>
              <ContentCard item={item} compact={false} />
            </li>
          ))}
        </SimpleGrid>
      )}
      {shown.length < items.length && (
        <Button mt="sm" size="xs" variant="light" onClick={() => setLimit(shown.length + PAGE)}>
          {t('calendar.tray.more', { count: Math.min(PAGE, items.length - shown.length) })}
        </Button>
      )}
    </Paper>
  );
}
