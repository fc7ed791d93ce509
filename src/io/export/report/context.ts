import type { PlanFacts } from '../../../core/plan.js';
import type { PlanAnalysis } from './analysis.js';
import type { Formatter, Language } from './format.js';
import type { Labels } from './labels.js';

/** Names by key, so that a section writes « Camille Martin » rather than `camille`. */
export interface Names {
  person(key: string | null | undefined): string;
  goal(key: string): string;
  objective(key: string | null | undefined): string;
  keyResult(key: string): string;
  okr(key: string): string;
  strategy(key: string | null | undefined): string;
  tactic(key: string | null | undefined): string;
  action(key: string): string;
  kpi(key: string | null | undefined): string;
  persona(key: string): string;
  swotItem(key: string): string;
}

export interface ReportContext {
  facts: PlanFacts;
  today: string;
  language: Language;
  t: Labels;
  fmt: Formatter;
  analysis: PlanAnalysis;
  names: Names;
}

function lookup<T extends { key: string }>(items: readonly T[], nameOf: (item: T) => string) {
  const byKey = new Map(items.map((item) => [item.key, nameOf(item)]));
  return (key: string | null | undefined): string => (key ? (byKey.get(key) ?? key) : '—');
}

export function namesOf(facts: PlanFacts): Names {
  return {
    person: lookup(facts.people, (p) => p.name),
    goal: lookup(facts.businessGoals, (g) => g.title),
    objective: lookup(facts.objectives, (o) => o.title),
    keyResult: lookup(facts.keyResults, (k) => k.title),
    okr: lookup(facts.okrObjectives, (o) => o.title),
    strategy: lookup(facts.strategies, (s) => s.name),
    tactic: lookup(facts.tactics, (t) => t.name),
    action: lookup(facts.actions, (a) => a.title),
    kpi: lookup(facts.kpis, (k) => k.name),
    persona: lookup(facts.personas, (p) => p.name),
    swotItem: lookup(facts.swotItems, (s) => s.title),
  };
}

/** Words joined for a list inside a table cell or a sentence. */
export function joinNames(names: readonly string[], empty = '—'): string {
  return names.length === 0 ? empty : names.join(', ');
}

/** Up to `max` rows, and how many were left out. */
export function capped<T>(items: readonly T[], max: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, max), hidden: Math.max(0, items.length - max) };
}
