const dayMs = 86_400_000;

/** Day offsets from the plan's first day ↔ `YYYY-MM-DD`, memoised (the large plan asks ~250,000 times). */
export class Calendar {
  private readonly cache = new Map<number, string>();
  constructor(readonly startMs: number) {}
  date(offset: number): string {
    let text = this.cache.get(offset);
    if (text === undefined) {
      text = new Date(this.startMs + offset * dayMs).toISOString().slice(0, 10);
      this.cache.set(offset, text);
    }
    return text;
  }
  /** 0 = Sunday. */
  weekday(offset: number): number {
    return new Date(this.startMs + offset * dayMs).getUTCDay();
  }
  /** Offset of the same day-of-month `months` later (clamped to the month's last day). */
  addMonths(months: number): number {
    const start = new Date(this.startMs);
    const y = start.getUTCFullYear();
    const m = start.getUTCMonth() + months;
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return Math.round((Date.UTC(y, m, Math.min(start.getUTCDate(), last)) - this.startMs) / dayMs);
  }
}
