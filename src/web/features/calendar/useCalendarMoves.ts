import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { longDay } from './calendarFormat';
import type { CalendarContextValue, DropTarget } from './CalendarContext';
import { addDays, type Day } from './dateGrid';
import { useReschedule } from './useReschedule';
import './texts';

/** Type of the drag data: a content item id of this calendar. */
const DRAG_TYPE = 'application/x-jalon-content-item';

export interface MoveRefusal {
  title: string;
  error: unknown;
}

interface MovesOptions {
  planId: string;
  locale: string;
  canEdit: boolean;
  itemsById: ReadonlyMap<string, ContentItemEntity>;
  /** Called before a move to a day out of view (from the keyboard or the dialog), to show that day. */
  reveal: (day: Day) => void;
  /** Changes when another period is shown (the moved card may only appear then). */
  period: string;
}

/**
 * Rescheduling: by drag and drop, by Alt + arrow keys, from the « Move » dialog, or to the undated
 * tray. Each move is announced to screen readers; a refusal is kept to be shown with its reason.
 */
export function useCalendarMoves({ planId, locale, canEdit, itemsById, reveal, period }: MovesOptions) {
  const { t } = useTranslation();
  const reschedule = useReschedule(planId);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<DropTarget | null>(null);
  const focusAfterMove = useRef<string | null>(null);

  // A card moved from the keyboard is rendered anew in its new day: give it the focus back.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    const card = document.querySelector<HTMLElement>(`[data-content-id="${CSS.escape(id)}"]`);
    if (!card) return;
    focusAfterMove.current = null;
    if (card !== document.activeElement) card.focus();
  }, [itemsById, period]);

  const move = (item: ContentItemEntity, to: Day | null, options: { keyboard?: boolean; reveal?: boolean } = {}) => {
    if (!canEdit || item.publishDate === to) return;
    setRefusal(null);
    if (options.keyboard) focusAfterMove.current = item.id;
    if (to && options.reveal) reveal(to);
    setAnnouncement(
      to
        ? t('calendar.announce.moved', { title: item.title, date: longDay(to, locale) })
        : t('calendar.announce.unscheduled', { title: item.title }),
    );
    reschedule.mutate(
      { id: item.id, from: item.publishDate, to },
      {
        onError: (error) => {
          setRefusal({ title: item.title, error });
          setAnnouncement(t('calendar.announce.refused', { title: item.title }));
        },
      },
    );
  };

  const keyMove = (item: ContentItemEntity, days: number) => {
    if (!item.publishDate) {
      setAnnouncement(t('calendar.announce.noDate', { title: item.title }));
      return;
    }
    move(item, addDays(item.publishDate, days), { keyboard: true, reveal: true });
  };

  const endDrag = () => {
    setDragging(null);
    setOver(null);
  };

  const dropZone: CalendarContextValue['dropZone'] = (target) =>
    canEdit
      ? {
          onDragOver: (event: DragEvent<HTMLElement>) => {
            if (!dragging) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            if (over !== target) setOver(target);
          },
          onDragLeave: (event: DragEvent<HTMLElement>) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
          },
          onDrop: (event: DragEvent<HTMLElement>) => {
            const id = dragging ?? event.dataTransfer.getData(DRAG_TYPE);
            const item = itemsById.get(id);
            if (!item) return;
            event.preventDefault();
            event.stopPropagation();
            endDrag();
            move(item, target === 'unscheduled' ? null : target);
          },
        }
      : {};

  const cardDrag: CalendarContextValue['cardDrag'] = (item) =>
    canEdit
      ? {
          draggable: true,
          onDragStart: (event: DragEvent<HTMLElement>) => {
            event.dataTransfer.setData(DRAG_TYPE, item.id);
            event.dataTransfer.setData('text/plain', item.title);
            event.dataTransfer.effectAllowed = 'move';
            setDragging(item.id);
          },
          onDragEnd: endDrag,
        }
      : { draggable: false };

  return {
    move,
    keyMove,
    refusal,
    clearRefusal: () => setRefusal(null),
    announcement,
    dragging,
    over,
    dropZone,
    cardDrag,
  };
}
