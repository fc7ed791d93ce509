import { describe, expect, it } from 'vitest';
import {
  arrowPath,
  barBox,
  dayOf,
  dayToX,
  formatDay,
  isoWeekNumber,
  localToday,
  monthTicks,
  quarterTicks,
  snapToDays,
  timelineRange,
  weekTicks,
  xToDay,
  type Range,
} from './timeline';

const day = (text: string) => dayOf(text) as number;
const march: Range = { start: day('2026-03-01'), end: day('2026-03-31') };

describe('day ↔ x', () => {
  it('places a day at (day − start) × width and reads it back from any x inside it', () => {
    expect(dayToX(day('2026-03-01'), march, 8)).toBe(0);
    expect(dayToX(day('2026-03-11'), march, 8)).toBe(80);
    for (const x of [80, 83, 87.9]) expect(formatDay(xToDay(x, march, 8))).toBe('2026-03-11');
    expect(formatDay(xToDay(88, march, 8))).toBe('2026-03-12');
  });

  it('snaps a pointer move to the nearest whole day', () => {
    expect(snapToDays(0, 28)).toBe(0);
    expect(snapToDays(13, 28)).toBe(0);
    expect(snapToDays(15, 28)).toBe(1);
    expect(snapToDays(-15, 28)).toBe(-1);
    expect(snapToDays(3 * 28 + 10, 28)).toBe(3);
    expect(snapToDays(-13, 28)).toBe(0); // never −0
    expect(Object.is(snapToDays(-13, 28), -0)).toBe(false);
  });

  it('gives a bar its start and due days whole, and a milestone one day', () => {
    expect(barBox({ start: day('2026-03-02'), due: day('2026-03-06') }, march, 10)).toEqual({ x: 10, width: 50 });
    expect(barBox({ start: day('2026-03-10'), due: day('2026-03-10') }, march, 10)).toEqual({ x: 90, width: 10 });
  });
});

describe('timeline range', () => {
  it('covers whole months with a week of margin around the bars', () => {
    const range = timelineRange(
      [
        { start: day('2026-03-03'), due: day('2026-03-20') },
        { start: day('2026-04-10'), due: day('2026-05-28') },
      ],
      null,
    );
    expect(range && [formatDay(range.start), formatDay(range.end)]).toEqual(['2026-02-01', '2026-06-30']);
  });

  it('includes today when it is within a year of the bars, not when it is far away', () => {
    const spans = [{ start: day('2026-03-10'), due: day('2026-03-20') }];
    const near = timelineRange(spans, day('2026-07-14'));
    expect(near && formatDay(near.end)).toBe('2026-07-31');
    const far = timelineRange(spans, day('2029-01-01'));
    expect(far && formatDay(far.end)).toBe('2026-03-31');
  });

  it('is null with nothing to show', () => {
    expect(timelineRange([], day('2026-01-01'))).toBeNull();
  });
});

describe('axis ticks', () => {
  it('cuts the range into months, quarters and ISO weeks from Monday', () => {
    const range = { start: day('2026-01-01'), end: day('2026-04-30') };
    expect(monthTicks(range).map((m) => [formatDay(m.day), m.days])).toEqual([
      ['2026-01-01', 31],
      ['2026-02-01', 28],
      ['2026-03-01', 31],
      ['2026-04-01', 30],
    ]);
    expect(quarterTicks(range).map((q) => [q.year, q.quarter, q.days])).toEqual([
      [2026, 1, 90],
      [2026, 2, 30],
    ]);
    const weeks = weekTicks(range);
    // 1 January 2026 is a Thursday: week 1 is cut to four days, the next starts Monday 5 January.
    expect(weeks.slice(0, 2).map((w) => [formatDay(w.day), w.days, w.week])).toEqual([
      ['2026-01-01', 4, 1],
      ['2026-01-05', 7, 2],
    ]);
    expect(weeks.reduce((sum, w) => sum + w.days, 0)).toBe(range.end - range.start + 1);
  });

  it('numbers weeks the ISO way across a year end', () => {
    expect(isoWeekNumber(day('2026-12-31'))).toBe(53);
    expect(isoWeekNumber(day('2027-01-03'))).toBe(53);
    expect(isoWeekNumber(day('2027-01-04'))).toBe(1);
    expect(isoWeekNumber(day('2024-12-30'))).toBe(1);
  });

  it('reads today from the local date', () => {
    expect(localToday(new Date(2026, 2, 9, 23, 30))).toBe('2026-03-09');
  });
});

describe('arrow path', () => {
  it('goes straight across when the successor starts after a gap, else around by the row boundary', () => {
    expect(arrowPath({ x: 100, y: 16 }, { x: 140, y: 80 }, 32)).toBe('M100,16 H108 V80 H140');
    expect(arrowPath({ x: 100, y: 16 }, { x: 90, y: 80 }, 32)).toBe('M100,16 H108 V32 H82 V80 H90');
  });
});
