/** `YYYY-MM-DD` of the first day of the month after `today`'s (its local calendar day). */
export function firstDayOfNextMonth(today: Date): string {
  const year = today.getMonth() === 11 ? today.getFullYear() + 1 : today.getFullYear();
  const month = (today.getMonth() + 1) % 12;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (not 2027-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The end of a plan made from a template starting on `startDate`: the server moves every date of
 * the template by the same number of days, so the end moves as far as the start does.
 */
export function shiftedEndDate(
  template: { startDate: string; endDate: string | null },
  startDate: string,
): string | null {
  if (!template.endDate || !isCalendarDate(startDate) || !isCalendarDate(template.startDate)) return null;
  const days = Math.round(
    (Date.parse(`${startDate}T00:00:00Z`) - Date.parse(`${template.startDate}T00:00:00Z`)) / 86_400_000,
  );
  const end = new Date(`${template.endDate}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  return end.toISOString().slice(0, 10);
}
