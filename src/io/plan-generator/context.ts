import type { Calendar } from './calendar.js';
import type { SizeSpec } from './options.js';
import type { Random } from './random.js';
import { months, type Channel } from './vocabulary.js';
import type { Company } from './vocabulary.companies.js';
import type { KpiTemplate } from './vocabulary.tracking.js';

// What the builders share. Each builder adds one part of the plan and returns what later parts refer to.

export type Item = Record<string, unknown>;

export interface Ctx {
  rng: Random;
  cal: Calendar;
  spec: SizeSpec;
  company: Company;
  /** Last day of the plan and "today", as day offsets. */
  end: number;
  asOf: number;
}

export interface PersonRef {
  key: string;
  lead: boolean;
}
export interface StrategyRef {
  key: string;
  name: string;
  channel: Channel;
}
export interface TacticRef {
  key: string;
  name: string;
  strategy: StrategyRef;
  /** Title templates of its actions. */
  actions: string[];
}
export interface ActionRef {
  key: string;
  start: number;
  due: number;
  channel: Channel;
}
export interface KpiRef {
  key: string;
  name: string;
  unit: string;
  template: KpiTemplate;
  base: number;
  target: number;
  /** Share of the planned progress actually achieved (below 1: behind target). */
  realisation: number;
}

export function monthLabel(ctx: Ctx, day: number): string {
  const date = ctx.cal.date(day);
  return `${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
