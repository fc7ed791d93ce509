import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import { movePatches, QUADRANTS, quadrantItems, type Quadrant } from './reorder';
import { useSwotPatches, type SwotPatch } from './useSwotPatches';
import { WeightControl } from './WeightControl';
import './texts';

const QUADRANT_COLORS: Record<Quadrant, string> = {
  strength: 'teal',
  weakness: 'orange',
  opportunity: 'blue',
  threat: 'red',
};

/** Type of the drag data: an item id of this board. */
const DRAG_TYPE = 'application/x-jalon-swot-item';

interface SwotBoardProps {
  planId: string;
  items: SwotItemEntity[];
  canEdit: boolean;
  onAdd: (quadrant: Quadrant) => void;
  onEdit: (item: SwotItemEntity) => void;
  onDelete: (item: SwotItemEntity) => void;
}

interface DropTarget {
  quadrant: Quadrant;
  /** Index among the quadrant's items other than the one dragged. */
  index: number;
}

/**
 * The four quadrants. Editors reorder and move items by dragging a card, or with the card's
 * menu (move up, move down, move to another quadrant), which works with the keyboard alone.
 */
export function SwotBoard({ planId, items, canEdit, onAdd, onEdit, onDelete }: SwotBoardProps) {
  const { t } = useTranslation();
  const patch = useSwotPatches(planId);
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<string | null>(null);
  const busy = patch.isPending;

  // After a move from the menu, the card is re-rendered in its new place: give the focus back to
  // its menu button so keyboard users keep their place.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    const button = document.querySelector<HTMLElement>(`[data-swot-menu="${CSS.escape(id)}"]`);
    if (!button) return;
    focusAfterMove.current = null;
    const frame = requestAnimationFrame(() => button.focus());
    return () => cancelAnimationFrame(frame);
  }, [items]);

  const send = (patches: SwotPatch[]) => {
    if (patches.length === 0 || busy) return;
    setError(null);
    patch.mutate(patches, { onError: setError });
  };

  const move = (id: string, quadrant: Quadrant, index: number, fromKeyboard: boolean) => {
    const patches = movePatches(items, id, quadrant, index);
    if (patches.length === 0) return;
    const item = items.find((candidate) => candidate.id === id);
    const count = quadrantItems(items, quadrant).length + (item?.quadrant === quadrant ? 0 : 1);
    if (fromKeyboard) focusAfterMove.current = id;
    setAnnouncement(
      t('swot.moved', {
        title: item?.title ?? '',
        quadrant: t(`swot.quadrants.${quadrant}`),
        position: Math.min(Math.max(index, 0), count - 1) + 1,
        count,
      }),
    );
    send(patches);
  };

  const dropIndex = (zone: HTMLElement, clientY: number, draggedId: string): number => {
    const cards = [...zone.querySelectorAll<HTMLElement>('[data-swot-id]')].filter(
      (card) => card.dataset.swotId !== draggedId,
    );
    let index = 0;
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      if (clientY > box.top + box.height / 2) index++;
      else break;
    }
    return index;
  };

  const zoneHandlers = (quadrant: Quadrant) =>
    canEdit
      ? {
          onDragOver: (event: DragEvent<HTMLElement>) => {
            if (!dragging) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            const index = dropIndex(event.currentTarget, event.clientY, dragging);
            if (target?.quadrant !== quadrant || target.index !== index) setTarget({ quadrant, index });
          },
          onDragLeave: (event: DragEvent<HTMLElement>) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTarget(null);
          },
          onDrop: (event: DragEvent<HTMLElement>) => {
            const id = dragging ?? event.dataTransfer.getData(DRAG_TYPE);
            if (!id || !items.some((item) => item.id === id)) return;
            event.preventDefault();
            move(id, quadrant, dropIndex(event.currentTarget, event.clientY, id), false);
            setDragging(null);
            setTarget(null);
          },
        }
      : {};

  return (
    <Stack gap="sm">
      {error !== null && (
        <Alert
          color={isApiError(error, 409) ? 'yellow' : 'red'}
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setError(null)}
        >
          {isApiError(error, 409) ? t('swot.conflict') : errorMessage(t, error)}
        </Alert>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" role="group" aria-label={t('swot.board')}>
        {QUADRANTS.map((quadrant) => (
          <QuadrantColumn
            key={quadrant}
            quadrant={quadrant}
            items={quadrantItems(items, quadrant)}
            canEdit={canEdit}
            dragging={dragging}
            dropIndex={target?.quadrant === quadrant ? target.index : null}
            zoneHandlers={zoneHandlers(quadrant)}
            onAdd={() => onAdd(quadrant)}
            card={(item, index, count) => (
              <SwotCard
                key={item.id}
                item={item}
                canEdit={canEdit}
                busy={busy}
                isDragged={dragging === item.id}
                first={index === 0}
                last={index === count - 1}
                onDragStart={(event) => {
                  event.dataTransfer.setData(DRAG_TYPE, item.id);
                  event.dataTransfer.setData('text/plain', item.title);
                  event.dataTransfer.effectAllowed = 'move';
                  setDragging(item.id);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setTarget(null);
                }}
                onEdit={() => onEdit(item)}
                onDelete={() => onDelete(item)}
                onMoveUp={() => move(item.id, quadrant, index - 1, true)}
                onMoveDown={() => move(item.id, quadrant, index + 1, true)}
                onMoveTo={(to) => move(item.id, to, Number.MAX_SAFE_INTEGER, true)}
                onWeight={(weight) => send([{ id: item.id, weight }])}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

interface QuadrantColumnProps {
  quadrant: Quadrant;
  items: SwotItemEntity[];
  canEdit: boolean;
  dragging: string | null;
  dropIndex: number | null;
  zoneHandlers: Partial<Record<'onDragOver' | 'onDragLeave' | 'onDrop', (event: DragEvent<HTMLElement>) => void>>;
  onAdd: () => void;
  card: (item: SwotItemEntity, index: number, count: number) => ReactNode;
}

function QuadrantColumn({
  quadrant,
  items,
  canEdit,
  dragging,
  dropIndex,
  zoneHandlers,
  onAdd,
  card,
}: QuadrantColumnProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const color = QUADRANT_COLORS[quadrant];
  const indicator = (key: string) => (
    <Box
      key={key}
      component="li"
      aria-hidden
      h={4}
      bg={`var(--mantine-color-${color}-6)`}
      style={{ borderRadius: 2 }}
    />
  );
  const rows: ReactNode[] = [];
  let others = 0;
  items.forEach((item, index) => {
    if (item.id !== dragging) {
      if (dropIndex === others) rows.push(indicator('drop-indicator'));
      others++;
    }
    rows.push(card(item, index, items.length));
  });
  if (dropIndex !== null && dropIndex >= others) rows.push(indicator('drop-indicator'));

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-quadrant={quadrant}
      style={{
        borderTopWidth: 4,
        borderTopStyle: 'solid',
        borderTopColor: `var(--mantine-color-${color}-6)`,
        outline: dropIndex !== null ? `2px dashed var(--mantine-color-${color}-4)` : undefined,
        minHeight: 180,
      }}
      {...zoneHandlers}
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={3} fz="lg" id={headingId}>
            {t(`swot.quadrants.${quadrant}`)}
          </Title>
          <Text size="xs" c="dimmed">
            {t(`swot.quadrantHints.${quadrant}`)}
          </Text>
        </div>
        {canEdit && (
          <Button size="xs" variant="light" color={color} onClick={onAdd} style={{ flexShrink: 0 }}>
            {t(`swot.add.${quadrant}`)}
          </Button>
        )}
      </Group>
      {items.length === 0 && dropIndex === null ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t(`swot.emptyQuadrant.${quadrant}`)}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows}
        </Stack>
      )}
    </Paper>
  );
}

interface SwotCardProps {
  item: SwotItemEntity;
  canEdit: boolean;
  busy: boolean;
  isDragged: boolean;
  first: boolean;
  last: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onMoveTo: (quadrant: Quadrant) => void;
  onWeight: (weight: number) => void;
}

function SwotCard(props: SwotCardProps) {
  const { item, canEdit, busy, isDragged } = props;
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      id={`entity-${item.key}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-swot-id={item.id}
      draggable={canEdit && !busy}
      onDragStart={canEdit ? props.onDragStart : undefined}
      onDragEnd={canEdit ? props.onDragEnd : undefined}
      style={{
        cursor: canEdit ? 'grab' : undefined,
        opacity: isDragged ? 0.45 : 1,
        scrollMarginTop: 80,
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Group gap={6} align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
          {canEdit && <GripIcon />}
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Text>
            {item.description && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {item.description}
              </Text>
            )}
          </div>
        </Group>
        {canEdit && <CardMenu {...props} />}
      </Group>
      {canEdit ? (
        <Group mt={6} gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" aria-hidden="true">
            {t('swot.fields.weight')}
          </Text>
          <WeightControl
            value={item.weight}
            color={QUADRANT_COLORS[item.quadrant]}
            label={t('swot.weight.group', { title: item.title })}
            onChange={props.onWeight}
          />
        </Group>
      ) : (
        <Badge mt={6} variant="light" color="gray" tt="none" fw={500}>
          {t('swot.weight.readOnly', { value: item.weight })}
        </Badge>
      )}
    </Paper>
  );
}

function CardMenu({ item, busy, first, last, onEdit, onDelete, onMoveUp, onMoveDown, onMoveTo }: SwotCardProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('swot.menu.label', { title: item.title })}
          data-swot-menu={item.id}
          style={{ flexShrink: 0 }}
        >
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="5" cy="12" r="1.8" fill="currentColor" />
            <circle cx="12" cy="12" r="1.8" fill="currentColor" />
            <circle cx="19" cy="12" r="1.8" fill="currentColor" />
          </svg>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onEdit}>{t('swot.menu.edit')}</Menu.Item>
        <Menu.Label>{t('swot.menu.order')}</Menu.Label>
        <Menu.Item disabled={busy || first} onClick={onMoveUp}>
          {t('swot.menu.moveUp')}
        </Menu.Item>
        <Menu.Item disabled={busy || last} onClick={onMoveDown}>
          {t('swot.menu.moveDown')}
        </Menu.Item>
        <Menu.Label>{t('swot.menu.moveSection')}</Menu.Label>
        {QUADRANTS.filter((quadrant) => quadrant !== item.quadrant).map((quadrant) => (
          <Menu.Item key={quadrant} disabled={busy} onClick={() => onMoveTo(quadrant)}>
            {t('swot.menu.moveTo', { quadrant: t(`swot.quadrants.${quadrant}`) })}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" onClick={onDelete}>
          {t('swot.menu.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function GripIcon() {
  return (
    <svg
      width="14"
      height="18"
      viewBox="0 0 14 18"
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-dimmed)' }}
    >
      {[3, 9, 15].flatMap((y) => [
        <circle key={`l${y}`} cx="4" cy={y} r="1.5" fill="currentColor" />,
        <circle key={`r${y}`} cx="10" cy={y} r="1.5" fill="currentColor" />,
      ])}
    </svg>
  );
}
