/**
 * Small numeric helpers over dated values, shared by the SMART lint (trend of an objective's KPI)
 * and OKR scoring (current value of a key result, confidence trend).
 */

/** A dated value, as measurements and check-ins are. */
export interface DatedValue {
  date: string;
  value: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date; UTC, so no time zone or DST shifts a day.
 * Kept apart from shared/days.ts on purpose: it reads plan data as Date.UTC does (2027-02-30 rolls
 * over to 2027-03-02, years 0000–0099 read as 1900–1999) and throws on malformed text, where
 * `dayOf` returns null for anything that is not a real date.
 */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Ordinary least-squares slope of value against day number, in value units per day. Null when
 * there are fewer than two distinct dates, since no line is then defined.
 */
export function leastSquaresSlopePerDay(points: readonly DatedValue[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let covariance = 0;
  let varianceX = 0;
  points.forEach((p, i) => {
    const dx = (xs[i] ?? meanX) - meanX;
    covariance += dx * (p.value - meanY);
    varianceX += dx * dx;
  });
  return varianceX === 0 ? null : covariance / varianceX;
}

/**
 * The value at the latest date. Several values on that date (for instance one per measurement
 * source) are averaged: they are readings of the same quantity, and the mean neither depends on
 * the order of the rows nor favours one source.
 */
export function latestValue(points: readonly DatedValue[]): (DatedValue & { readings: number }) | null {
  let latestDate: string | null = null;
  for (const p of points) if (latestDate === null || p.date > latestDate) latestDate = p.date;
  if (latestDate === null) return null;
  const sameDay = points.filter((p) => p.date === latestDate);
  const mean = sameDay.reduce((a, p) => a + p.value, 0) / sameDay.length;
  return { date: latestDate, value: mean, readings: sameDay.length };
}
