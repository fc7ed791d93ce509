import { Alert, Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { PlusIcon } from '../../ui/icons';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { refusalText } from '../../i18n/format';
import { languageOf } from '../objectives/format';
import { usePeopleQuery } from '../okrs/useOkrData';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { CalendarContext, type CalendarContextValue } from './CalendarContext';
import { CalendarFilters } from './CalendarFilters';
import { CalendarGrid } from './CalendarGrid';
import { channelOptions, countWithin, filterItems, hasFilters, indexByDay, itemOfHash } from './calendarModel';
import { CalendarToolbar } from './CalendarToolbar';
import { ContentItemEditor } from './ContentItemEditor';
import { daysInMonth, firstOfMonth, addDays, isWithin, monthOf, shiftAnchor, visibleRange, type Day } from './dateGrid';
import { MoveDialog } from './MoveDialog';
import { UnscheduledTray } from './UnscheduledTray';
import { useCalendarMoves } from './useCalendarMoves';
import { useCalendarParams } from './useCalendarParams';
import './texts';

type Editing = { entity: ContentItemEntity | null; day: Day | null };

/**
 * The editorial calendar: what content is published, when, on which channel, for which persona and
 * in service of which action. Month or week grid, undated ideas apart, filters in the URL.
 */
export function EditorialCalendarPage() {
  const { t, i18n } = useTranslation();
  const locale = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const items = useCollectionQuery(planId, 'content-items');
  const actions = useCollectionQuery(planId, 'actions');
  const personas = useCollectionQuery(planId, 'personas');
  const people = usePeopleQuery(workspaceId);
  const remove = useDeleteEntity(planId, 'content-items');
  const { view, anchor, filters, today, hash, setParams } = useCalendarParams();
  const keyboardHintId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [moving, setMoving] = useState<ContentItemEntity | null>(null);
  const [toDelete, setToDelete] = useState<ContentItemEntity | null>(null);

  const all = items.data;
  const lookups = useMemo(
    () => ({
      items: new Map((all ?? []).map((item) => [item.id, item])),
      actions: new Map((actions.data ?? []).map((action) => [action.id, action])),
      personas: new Map((personas.data ?? []).map((persona) => [persona.id, persona])),
      personaIds: new Map((personas.data ?? []).map((persona) => [persona.key, persona.id])),
      people: new Map((people.data ?? []).map((person) => [person.id, person])),
    }),
    [all, actions.data, personas.data, people.data],
  );
  const filtered = useMemo(() => filterItems(all ?? [], filters, lookups.personaIds), [all, filters, lookups]);
  const index = useMemo(() => indexByDay(filtered), [filtered]);
  const channels = useMemo(() => channelOptions(all ?? [], locale), [all, locale]);
  const range = visibleRange(view, anchor);
  const period =
    view === 'month'
      ? {
          from: firstOfMonth(monthOf(anchor)),
          to: addDays(firstOfMonth(monthOf(anchor)), daysInMonth(monthOf(anchor)) - 1),
        }
      : range;
  const periodCount = useMemo(() => countWithin(index, period.from, period.to), [index, period.from, period.to]);

  const moves = useCalendarMoves({
    planId,
    locale,
    canEdit,
    itemsById: lookups.items,
    period: `${view}:${anchor}`,
    reveal: (day) => {
      if (!isWithin(day, visibleRange(view, anchor))) setParams({ anchor: day });
    },
  });

  // A link to `#entity-<key>` opens the month (or week) of that item, once.
  const hashItem = useMemo(() => (all ? itemOfHash(all, hash) : undefined), [all, hash]);
  const handledHash = useRef<string | null>(null);
  useEffect(() => {
    if (!hashItem || handledHash.current === hash) return;
    handledHash.current = hash;
    if (hashItem.publishDate && !isWithin(hashItem.publishDate, range)) setParams({ anchor: hashItem.publishDate });
  }, [hashItem, hash, range, setParams]);
  const loaded = all !== undefined && actions.data !== undefined && personas.data !== undefined;
  const hashVisible = !hashItem?.publishDate || isWithin(hashItem.publishDate, range);
  useScrollToHash(loaded && hashVisible, { block: 'center' });

  const queries = [items, actions, personas];
  if (queries.some((query) => query.isError)) return <LoadError title={t('calendar.loadError')} queries={queries} />;
  if (!loaded) return <PageSkeleton blocks={[{ height: 32, width: '30%' }, 36, 420]} />;

  const context: CalendarContextValue = {
    locale,
    today,
    canEdit,
    actions: lookups.actions,
    personas: lookups.personas,
    people: lookups.people,
    actionHref: (action) => `${planPath(workspaceId, planId, 'actions')}#entity-${action.key}`,
    personaHref: (persona) => `${planPath(workspaceId, planId, 'personas')}#entity-${persona.key}`,
    keyboardHintId,
    highlightedId: hashItem?.id ?? null,
    dragging: moves.dragging,
    over: moves.over,
    dropZone: moves.dropZone,
    cardDrag: moves.cardDrag,
    onCreate: (day) => setEditing({ entity: null, day }),
    onEdit: (item) => setEditing({ entity: item, day: null }),
    onMoveDialog: setMoving,
    onUnschedule: (item) => moves.move(item, null, { keyboard: true }),
    onDelete: (item) => {
      remove.reset();
      setToDelete(item);
    },
    onKeyMove: moves.keyMove,
    onShowWeek: (day) => setParams({ view: 'week', anchor: day }),
  };
  const refusal = moves.refusal;
  const conflict = refusal !== null && isApiError(refusal.error, 409);

  return (
    <CalendarContext.Provider value={context}>
      <Stack gap="md">
        <PageHeader
          title={t('calendar.title')}
          intro={t('calendar.intro')}
          introWidth={760}
          action={
            canEdit && (
              <Button leftSection={<PlusIcon />} onClick={() => setEditing({ entity: null, day: null })}>
                {t('calendar.add')}
              </Button>
            )
          }
        >
          {canEdit && all.length > 0 && (
            <Text size="xs" c="dimmed" mt={4} id={keyboardHintId}>
              {t('calendar.dragHint')}
            </Text>
          )}
          {!canEdit && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('common.readOnly')}
            </Text>
          )}
        </PageHeader>
        <WhyHow section="calendar" />

        {all.length === 0 && (
          <EmptyPanel
            title={t('calendar.empty.title')}
            description={t('calendar.empty.description')}
            icon={<CalendarIcon />}
          >
            {canEdit && (
              <Button leftSection={<PlusIcon />} onClick={() => setEditing({ entity: null, day: today })}>
                {t('calendar.empty.action')}
              </Button>
            )}
          </EmptyPanel>
        )}

        <CalendarToolbar
          view={view}
          anchor={anchor}
          locale={locale}
          count={periodCount}
          onStep={(step) => setParams({ anchor: shiftAnchor(view, anchor, step) })}
          onToday={() => setParams({ anchor: today })}
          onView={(next) => setParams({ view: next })}
        />
        <CalendarFilters
          filters={filters}
          channels={channels}
          personas={personas.data}
          onChange={(change) => setParams({ filters: change })}
        />
        {hasFilters(filters) && filtered.length === 0 && (
          <Text size="sm" c="dimmed" role="status">
            {t('calendar.filters.noMatch')}
          </Text>
        )}

        {refusal && (
          <Alert
            color={conflict ? 'yellow' : 'red'}
            variant="light"
            role="alert"
            title={t('calendar.refused.title', { title: refusal.title })}
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={moves.clearRefusal}
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{conflict ? t('calendar.refused.conflict') : refusalText(t, refusal.error, locale)}</Text>
              {conflict && (
                <Button
                  size="xs"
                  variant="white"
                  color="yellow"
                  onClick={() => {
                    moves.clearRefusal();
                    void items.refetch();
                  }}
                >
                  {t('calendar.refused.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <VisuallyHidden role="status" aria-live="polite">
          {moves.announcement}
        </VisuallyHidden>

        <CalendarGrid view={view} anchor={anchor} index={index} />
        <UnscheduledTray items={index.unscheduled} />
      </Stack>

      {canEdit && editing && (
        <ContentItemEditor
          key={editing.entity?.id ?? `new-${editing.day ?? ''}`}
          planId={planId}
          entity={editing.entity}
          day={editing.day}
          actions={actions.data}
          personas={personas.data}
          people={people.data ?? []}
          channels={channels}
          onClose={() => setEditing(null)}
        />
      )}
      {canEdit && moving && (
        <MoveDialog
          item={moving}
          locale={locale}
          onClose={() => setMoving(null)}
          onMove={(day) => {
            setMoving(null);
            moves.move(moving, day, { keyboard: true, reveal: true });
          }}
        />
      )}
      <ConfirmDeleteModal
        name={toDelete?.title ?? null}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate(toDelete, { onSuccess: () => setToDelete(null) })}
        centered
      />
    </CalendarContext.Provider>
  );
}

function CalendarIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3M13 14h3M8 17h3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
