import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayRange, monthTitle } from './calendarFormat';
import { isoWeek, startOfWeek, addDays, type CalendarView, type Day } from './dateGrid';
import './texts';

interface CalendarToolbarProps {
  view: CalendarView;
  anchor: Day;
  locale: string;
  /** Items shown in the period, after the filters. */
  count: number;
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
}

/** The period shown, previous / today / next, and month or week. */
export function CalendarToolbar({ view, anchor, locale, count, onStep, onToday, onView }: CalendarToolbarProps) {
  const { t } = useTranslation();
  const monday = startOfWeek(anchor);
  const title =
    view === 'month'
      ? monthTitle(anchor, locale)
      : t('calendar.weekTitle', { week: isoWeek(anchor).week, range: dayRange(monday, addDays(monday, 6), locale) });
  return (
    <Group justify="space-between" align="center" gap="sm">
      <Group gap="xs" align="center">
        <Button.Group>
          <Button variant="default" size="xs" onClick={() => onStep(-1)}>
            <span aria-hidden="true">‹</span>
            <span style={{ marginLeft: 4 }}>
              {t(view === 'month' ? 'calendar.nav.previousMonth' : 'calendar.nav.previousWeek')}
            </span>
          </Button>
          <Button variant="default" size="xs" onClick={onToday}>
            {t('calendar.today')}
          </Button>
          <Button variant="default" size="xs" onClick={() => onStep(1)}>
            <span style={{ marginRight: 4 }}>
              {t(view === 'month' ? 'calendar.nav.nextMonth' : 'calendar.nav.nextWeek')}
            </span>
            <span aria-hidden="true">›</span>
          </Button>
        </Button.Group>
        <div>
          <Title order={3} fz="lg" aria-live="polite">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {t('calendar.periodCount', { count })}
          </Text>
        </div>
      </Group>
      <SegmentedControl
        size="xs"
        aria-label={t('calendar.view.label')}
        value={view}
        onChange={(value) => onView(value === 'week' ? 'week' : 'month')}
        data={[
          { value: 'month', label: t('calendar.view.month') },
          { value: 'week', label: t('calendar.view.week') },
        ]}
      />
    </Group>
  );
}
