import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Text, UnstyledButton } from '@mantine/core';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { STATUS_COLORS } from './calendarModel';
import { useCalendar } from './CalendarContext';
import { ARROW_STEPS } from './dateGrid';
import './texts';

interface ContentCardProps {
  item: ContentItemEntity;
  /** A month cell's card: the title, status, channel and links only. */
  compact: boolean;
}

/**
 * A content item in a day cell or in the tray. Editors drag it to another day, or focus it and
 * press Alt + an arrow key, or use its menu (« Déplacer… » asks for a date).
 */
export function ContentCard({ item, compact }: ContentCardProps) {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const titleId = useId();
  const action = item.actionId ? calendar.actions.get(item.actionId) : undefined;
  const persona = item.personaId ? calendar.personas.get(item.personaId) : undefined;
  const owner = item.ownerId ? calendar.people.get(item.ownerId) : undefined;
  const color = STATUS_COLORS[item.status];
  const drag = calendar.cardDrag(item);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = ARROW_STEPS[event.key];
    if (!calendar.canEdit || !event.altKey || step === undefined || event.target !== event.currentTarget) return;
    event.preventDefault();
    calendar.onKeyMove(item, step);
  };

  const meta = [item.channel, compact ? null : item.format].filter(Boolean).join(' · ');
  return (
    <Paper
      component="article"
      withBorder
      radius="sm"
      p={6}
      id={`entity-${item.key}`}
      data-content-id={item.id}
      tabIndex={calendar.canEdit ? 0 : -1}
      aria-labelledby={titleId}
      aria-describedby={calendar.canEdit ? calendar.keyboardHintId : undefined}
      onKeyDown={onKeyDown}
      {...drag}
      style={{
        borderLeft: `4px solid var(--mantine-color-${color}-6)`,
        cursor: drag.draggable ? 'grab' : undefined,
        opacity: calendar.dragging === item.id ? 0.45 : 1,
        scrollMarginTop: 80,
        minWidth: 0,
      }}
    >
      <Group gap={4} justify="space-between" align="flex-start" wrap="nowrap">
        {calendar.canEdit ? (
          <UnstyledButton onClick={() => calendar.onEdit(item)} style={{ minWidth: 0 }}>
            <Text id={titleId} size="xs" fw={600} lineClamp={compact ? 2 : 3} style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Text>
          </UnstyledButton>
        ) : (
          <Text id={titleId} size="xs" fw={600} lineClamp={compact ? 2 : 3} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
        )}
        {calendar.canEdit && <CardMenu item={item} />}
      </Group>
      <Group gap={4} mt={2} wrap="nowrap" style={{ minWidth: 0 }}>
        <Badge size="xs" variant="light" color={color} tt="none" style={{ flexShrink: 0 }}>
          {t(`calendar.status.${item.status}`)}
        </Badge>
        {meta && (
          <Text size="xs" c="dimmed" truncate="end">
            {meta}
          </Text>
        )}
      </Group>
      {persona && (
        <Text size="xs" truncate="end">
          {t('calendar.card.persona')}{' '}
          <Anchor component={Link} to={calendar.personaHref(persona)} size="xs">
            {persona.name}
          </Anchor>
        </Text>
      )}
      {action && (
        <Text size="xs" truncate="end">
          {t('calendar.card.action')}{' '}
          <Anchor component={Link} to={calendar.actionHref(action)} size="xs">
            {action.title}
          </Anchor>
        </Text>
      )}
      {!compact && owner && (
        <Text size="xs" c="dimmed" truncate="end">
          {t('calendar.card.owner', { name: owner.name })}
        </Text>
      )}
    </Paper>
  );
}

function CardMenu({ item }: { item: ContentItemEntity }) {
  const { t } = useTranslation();
  const calendar = useCalendar();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('calendar.menu.label', { title: item.title })}
          style={{ flexShrink: 0 }}
        >
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="5" cy="12" r="1.8" fill="currentColor" />
            <circle cx="12" cy="12" r="1.8" fill="currentColor" />
            <circle cx="19" cy="12" r="1.8" fill="currentColor" />
          </svg>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => calendar.onEdit(item)}>{t('calendar.menu.edit')}</Menu.Item>
        <Menu.Item onClick={() => calendar.onMoveDialog(item)}>
          {item.publishDate ? t('calendar.menu.move') : t('calendar.menu.schedule')}
        </Menu.Item>
        {item.publishDate && (
          <Menu.Item onClick={() => calendar.onUnschedule(item)}>{t('calendar.menu.unschedule')}</Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => calendar.onDelete(item)}>
          {t('calendar.menu.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
