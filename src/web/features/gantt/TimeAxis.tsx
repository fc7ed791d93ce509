import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { civilFromDays } from '../../../core/shared/days.js';
import { monthTicks, quarterTicks, weekTicks, type Range, type Scale, type Tick } from './timeline';
import './texts';

export const AXIS_BAND = 24;
export const AXIS_HEIGHT = AXIS_BAND * 2;

interface TimeAxisProps {
  range: Range;
  scale: Scale;
  pxPerDay: number;
  today: number | null;
  locale: string;
}

interface Label {
  key: string;
  x: number;
  width: number;
  text: string;
}

const utc = (day: number) => {
  const { year, month, day: date } = civilFromDays(day);
  return new Date(Date.UTC(year, month - 1, date));
};

/** Two bands of time above the chart: months over weeks, or quarters over months when zoomed out. */
export const TimeAxis = memo(function TimeAxis({ range, scale, pxPerDay, today, locale }: TimeAxisProps) {
  const { t } = useTranslation();
  const width = (range.end - range.start + 1) * pxPerDay;
  const [top, bottom] = useMemo(() => {
    const place = (tick: Tick, key: string, text: string): Label => ({
      key,
      x: (tick.day - range.start) * pxPerDay,
      width: tick.days * pxPerDay,
      text,
    });
    const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const months = monthTicks(range);
    if (scale === 'quarter') {
      return [
        quarterTicks(range).map((q) =>
          place(q, `q${q.day}`, t('gantt.axis.quarter', { quarter: q.quarter, year: q.year })),
        ),
        months.map((m) => place(m, `m${m.day}`, monthShort.format(utc(m.day)))),
      ];
    }
    return [
      months.map((m) => place(m, `m${m.day}`, monthLong.format(utc(m.day)))),
      weekTicks(range).map((w) =>
        place(
          w,
          `w${w.day}`,
          scale === 'week'
            ? t('gantt.axis.weekLong', { number: w.week, date: dayMonth.format(utc(w.day)) })
            : t('gantt.axis.week', { number: w.week }),
        ),
      ),
    ];
  }, [range, scale, pxPerDay, locale, t]);

  const band = (labels: Label[], y: number) =>
    labels.map((label) => (
      <g key={label.key}>
        <line x1={label.x} x2={label.x} y1={y} y2={y + AXIS_BAND} stroke="var(--mantine-color-gray-4)" />
        {label.width >= 28 && (
          <text x={label.x + 4} y={y + 16} fontSize={12} fill="currentColor">
            {label.text}
          </text>
        )}
      </g>
    ));

  const todayX = today === null ? null : (today - range.start + 0.5) * pxPerDay;
  return (
    <svg width={width} height={AXIS_HEIGHT} style={{ display: 'block' }} aria-hidden="true" focusable="false">
      <line x1={0} x2={width} y1={AXIS_BAND} y2={AXIS_BAND} stroke="var(--mantine-color-gray-3)" />
      <line x1={0} x2={width} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} stroke="var(--mantine-color-gray-4)" />
      {band(top, 0)}
      {band(bottom, AXIS_BAND)}
      {todayX !== null && todayX >= 0 && todayX <= width && (
        <g data-testid="gantt-today-marker">
          <rect x={todayX - 1} y={AXIS_BAND} width={2} height={AXIS_BAND} fill="var(--mantine-color-red-6)" />
          <rect x={todayX + 2} y={AXIS_BAND + 4} width={64} height={16} fill="var(--mantine-color-body)" />
          <text x={todayX + 4} y={AXIS_HEIGHT - 6} fontSize={10} fill="var(--mantine-color-red-7)">
            {t('gantt.today')}
          </text>
        </g>
      )}
    </svg>
  );
});
