import type { ReportContext } from '../context.js';
import { capped } from '../context.js';
import type { KeyFigure, Section, TableRow, Tone } from '../outline.js';

const maxFindings = 30;

const severityTone = { error: 'bad', warning: 'warning', info: 'neutral' } as const satisfies Record<string, Tone>;

/** The plan at a glance: health score, key figures, and what the method's rules found. */
export function summarySection(ctx: ReportContext): Section {
  const { t, fmt, analysis, facts, language } = ctx;
  const { health, alignment, smart, okrs, budget, kpis, lateActions } = analysis;
  const s = t.summary;
  const covered = alignment.filter((a) => a.status === 'covered').length;
  const smartPassed = smart.filter((r) => r.passed).length;
  const scored = okrs.filter((o) => o.score !== null);
  const okrAverage = scored.length ? scored.reduce((sum, o) => sum + (o.score ?? 0), 0) / scored.length : null;
  const done = facts.actions.filter((a) => a.status === 'done').length;
  const onTrack = kpis.filter((k) => k.status === 'on_track').length;
  const plannedValue = budget.envelope
    ? t.of(fmt.money(budget.totals.planned), fmt.money(budget.envelope.totalAmount))
    : fmt.money(budget.totals.planned);
  const scoreTone: Tone = health.score >= 80 ? 'good' : health.score >= 50 ? 'warning' : 'bad';
  const figures: KeyFigure[] = [
    { label: s.health, value: `${health.score} / 100`, tone: scoreTone },
    { label: s.goalsCovered, value: t.of(String(covered), String(alignment.length)) },
    { label: s.smartPassed, value: t.of(String(smartPassed), String(smart.length)) },
    { label: s.okrScore, value: okrAverage === null ? '—' : fmt.score(okrAverage) },
    { label: s.actionsDone, value: t.of(String(done), String(facts.actions.length)) },
    { label: s.lateActions, value: String(lateActions.length), tone: lateActions.length > 0 ? 'warning' : 'good' },
    { label: s.budgetPlanned, value: plannedValue },
    { label: s.expectedReturn, value: fmt.money(budget.totals.expectedReturn) },
    { label: s.kpisOnTrack, value: t.of(String(onTrack), String(kpis.length)) },
  ];
  const serious = health.findings.filter((f) => f.severity !== 'info');
  const { shown, hidden } = capped(serious, maxFindings);
  const rows: TableRow[] = shown.map((f) => ({
    cells: [s.severities[f.severity], f.message[language]],
    tones: [severityTone[f.severity], undefined],
  }));
  return {
    id: 'summary',
    title: t.sections.summary,
    highlights: [
      s.healthLine(health.score, health.counts.error, health.counts.warning),
      fmt.pair(s.goalsCovered, t.of(String(covered), String(alignment.length))),
      fmt.pair(s.budgetPlanned, plannedValue),
      fmt.pair(s.kpisOnTrack, t.of(String(onTrack), String(kpis.length))),
      `${fmt.pair(s.actionsDone, t.of(String(done), String(facts.actions.length)))} · ${fmt.pair(s.lateActions, String(lateActions.length))}`,
    ],
    blocks: [
      { kind: 'figures', items: figures },
      { kind: 'subheading', text: s.findings },
      ...(rows.length === 0
        ? [{ kind: 'paragraph' as const, text: s.noFindings }]
        : [
            {
              kind: 'table' as const,
              columns: [
                { label: s.severity, weight: 1 },
                { label: s.finding, weight: 5 },
              ],
              rows,
            },
            ...(hidden > 0
              ? [{ kind: 'paragraph' as const, text: t.moreRows(hidden, s.findingsWhat), style: 'note' as const }]
              : []),
          ]),
    ],
  };
}
