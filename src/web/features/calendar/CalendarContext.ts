import { createContext, useContext, type DragEvent } from 'react';
import type { ActionEntity, ContentItemEntity, PersonaEntity, PersonEntity } from '../../../contract/entity-types.js';
import type { Day } from './dateGrid';

type DragHandler = (event: DragEvent<HTMLElement>) => void;
export type DropZoneProps = Partial<Record<'onDragOver' | 'onDragLeave' | 'onDrop', DragHandler>>;
/** Where an item is dropped: a day, or the tray of undated items. */
export type DropTarget = Day | 'unscheduled';

/** What every day cell and card of the calendar reads: lookups, links, role and the gestures. */
export interface CalendarContextValue {
  locale: string;
  today: Day;
  canEdit: boolean;
  actions: ReadonlyMap<string, ActionEntity>;
  personas: ReadonlyMap<string, PersonaEntity>;
  people: ReadonlyMap<string, PersonEntity>;
  actionHref: (action: ActionEntity) => string;
  personaHref: (persona: PersonaEntity) => string;
  /** The id of the element describing the keyboard moves, for the cards' `aria-describedby`. */
  keyboardHintId: string;
  /** The item the URL hash names: its day shows all its items. */
  highlightedId: string | null;
  dragging: string | null;
  over: DropTarget | null;
  dropZone: (target: DropTarget) => DropZoneProps;
  cardDrag: (item: ContentItemEntity) => {
    draggable: boolean;
    onDragStart?: DragHandler;
    onDragEnd?: () => void;
  };
  onCreate: (day: Day) => void;
  onEdit: (item: ContentItemEntity) => void;
  onMoveDialog: (item: ContentItemEntity) => void;
  onUnschedule: (item: ContentItemEntity) => void;
  onDelete: (item: ContentItemEntity) => void;
  onKeyMove: (item: ContentItemEntity, days: number) => void;
  /** Shows the week of a day (a month cell's « +3 more »). */
  onShowWeek: (day: Day) => void;
}

export const CalendarContext = createContext<CalendarContextValue | null>(null);

export function useCalendar(): CalendarContextValue {
  const value = useContext(CalendarContext);
  if (!value) throw new Error('useCalendar outside the editorial calendar');
  return value;
}
