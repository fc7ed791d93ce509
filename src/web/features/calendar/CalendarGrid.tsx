import { ActionIcon, Box, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { PlusIcon } from '../../ui/icons';
import type { DayIndex } from './calendarModel';
import { longDay, shortDay, weekdayName } from './calendarFormat';
import { useCalendar } from './CalendarContext';
import { ContentCard } from './ContentCard';
import { monthGrid, monthOf, weekDays, type CalendarView, type Day } from './dateGrid';
import './texts';

/** Cards shown in a month cell before « +N more ». */
export const MONTH_CELL_LIMIT = 3;
const NO_ITEMS: readonly ContentItemEntity[] = [];

interface CalendarGridProps {
  view: CalendarView;
  anchor: Day;
  index: DayIndex;
}

/** The month (weeks as rows, Monday first) or the week (seven columns) around the anchor day. */
export function CalendarGrid({ view, anchor, index }: CalendarGridProps) {
  return view === 'month' ? <MonthGrid anchor={anchor} index={index} /> : <WeekGrid anchor={anchor} index={index} />;
}

function MonthGrid({ anchor, index }: { anchor: Day; index: DayIndex }) {
  const { t } = useTranslation();
  const { locale } = useCalendar();
  const month = monthOf(anchor);
  const weeks = monthGrid(month);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table layout="fixed" withTableBorder withColumnBorders miw={760} aria-label={t('calendar.grid.month')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>{t('calendar.grid.week')}</VisuallyHidden>
            </Table.Th>
            {weeks[0]!.days.map((day) => (
              <Table.Th key={day} scope="col" fz="xs" tt="capitalize">
                {weekdayName(day, locale)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week.days[0]}>
              <Table.Th scope="row" fz="xs" c="dimmed" style={{ verticalAlign: 'top' }}>
                <span aria-hidden="true">{t('calendar.grid.weekShort', { week: week.week })}</span>
                <VisuallyHidden>{t('calendar.grid.weekNumber', { week: week.week })}</VisuallyHidden>
              </Table.Th>
              {week.days.map((day) => (
                <DayCell
                  key={day}
                  day={day}
                  items={index.byDay.get(day) ?? NO_ITEMS}
                  outside={monthOf(day) !== month}
                  limit={MONTH_CELL_LIMIT}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function WeekGrid({ anchor, index }: { anchor: Day; index: DayIndex }) {
  const { t } = useTranslation();
  const { locale } = useCalendar();
  const days = weekDays(anchor);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table layout="fixed" withTableBorder withColumnBorders miw={760} aria-label={t('calendar.grid.weekView')}>
        <Table.Thead>
          <Table.Tr>
            {days.map((day) => (
              <Table.Th key={day} scope="col" fz="xs">
                {shortDay(day, locale)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            {days.map((day) => (
              <DayCell key={day} day={day} items={index.byDay.get(day) ?? NO_ITEMS} outside={false} limit={null} />
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Box>
  );
}

interface DayCellProps {
  day: Day;
  items: readonly ContentItemEntity[];
  /** A day of the previous or next month in a month grid. */
  outside: boolean;
  /** Cards shown before « +N more » (null: all). */
  limit: number | null;
}

/** One day: its items, a drop zone, and for editors « add » (also a click on the cell's empty space). */
function DayCell({ day, items, outside, limit }: DayCellProps) {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const label = longDay(day, calendar.locale);
  const isToday = day === calendar.today;
  const showAll =
    limit === null ||
    items.length <= limit ||
    (calendar.highlightedId !== null && items.some((item) => item.id === calendar.highlightedId));
  const shown = showAll ? items : items.slice(0, limit);
  const hidden = items.length - shown.length;
  const isOver = calendar.over === day;

  // A click on the cell itself, not on a card or a control in it, adds an item that day.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!calendar.canEdit) return;
    if ((event.target as Element).closest('article, button, a, ul')) return;
    calendar.onCreate(day);
  };

  return (
    <Table.Td
      data-day={day}
      onClick={onClick}
      {...calendar.dropZone(day)}
      style={{
        verticalAlign: 'top',
        height: limit === null ? 240 : 110,
        padding: 4,
        background: isOver
          ? 'var(--mantine-color-blue-light)'
          : outside
            ? 'var(--mantine-color-default-hover)'
            : undefined,
        outline: isOver ? '2px dashed var(--mantine-color-blue-5)' : undefined,
        cursor: calendar.canEdit ? 'copy' : undefined,
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap={2} wrap="nowrap">
          <Text
            size="xs"
            fw={isToday ? 700 : 500}
            c={isToday ? 'blue' : outside ? 'dimmed' : undefined}
            aria-current={isToday ? 'date' : undefined}
          >
            {limit === null ? (isToday ? t('calendar.today') : '') : Number(day.slice(8))}
          </Text>
          {calendar.canEdit && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="xs"
              aria-label={t('calendar.addOn', { date: label })}
              onClick={() => calendar.onCreate(day)}
            >
              <PlusIcon />
            </ActionIcon>
          )}
        </Group>
        {shown.length > 0 && (
          <Stack component="ul" gap={4} p={0} m={0} aria-label={label} style={{ listStyle: 'none' }}>
            {shown.map((item) => (
              <li key={item.id}>
                <ContentCard item={item} compact={limit !== null} />
              </li>
            ))}
          </Stack>
        )}
        {hidden > 0 && (
          <Button
            variant="subtle"
            size="compact-xs"
            aria-label={t('calendar.showDay', { count: items.length, date: label })}
            onClick={() => calendar.onShowWeek(day)}
          >
            {t('calendar.more', { count: hidden })}
          </Button>
        )}
      </Stack>
    </Table.Td>
  );
}
