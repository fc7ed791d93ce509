/**
 * The whole plan as Markdown (GitHub-flavoured tables), for wikis: one heading per step of the
 * method, tables for goals, objectives, actions, budget and KPIs, with statuses computed as of
 * `today` by the rules of `src/core`.
 *
 * Every text that comes from the plan is escaped: Markdown punctuation and `<` are
 * backslash-escaped (so a title cannot open a link, a heading, a list or an HTML tag), and in
 * table cells `|` is escaped and line breaks become `<br>`.
 */
import { analysePlanExperiment } from '../../../core/abtest/index.js';
import {
  allocatableAmount,
  contingencyReserve,
  formatMoney,
  formatRoi,
  summariseBudget,
} from '../../../core/budget/index.js';
import {
  actionStatuses,
  budgetCategories,
  businessGoalKinds,
  contentStatuses,
  correctiveStatuses,
  experimentDecisions,
  experimentStatuses,
  funnelStageKinds,
  objectiveTypes,
  planStatuses,
  priorities,
  strategyChannels,
  swotQuadrants,
} from '../../../core/diff/vocabulary.js';
import { funnelAlignment } from '../../../core/funnel/index.js';
import { planHealth } from '../../../core/health/index.js';
import { kpiStatuses } from '../../../core/kpi/index.js';
import { scorePlanOkrs, type Grade } from '../../../core/okr/index.js';
import type { Localized, PlanFacts } from '../../../core/plan.js';
import { lintPlanObjectives } from '../../../core/smart/index.js';
import type { Exporter, ExportInput } from '../registry.js';
import {
  formatDate,
  formatNumber,
  kpiStatusLabels,
  l,
  labelOf,
  peopleByKey,
  raciNames,
  titles,
  yesNo,
  type Language,
} from '../plan-text.js';

/** Text in a paragraph or heading: Markdown and HTML punctuation loses its meaning. */
export function inline(text: string | null | undefined): string {
  if (!text) return '';
  return (
    text
      .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
      // An entity reference (&amp;, &#124;) would be decoded: escape its ampersand.
      .replace(/&(?=#?\w+;)/g, '\\&')
      // At the start of a line: a heading, a quote, a list item.
      .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** Text in a table cell: escaped as inline text, `|` escaped, line breaks as `<br>`. */
export function cell(text: string | null | undefined): string {
  return inline(text)
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

function table(headers: string[], rows: string[][]): string {
  const head = `| ${headers.join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map((value) => value || ' ').join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

const h = {
  health: l('Santé du plan', 'Plan health'),
  status: l('Statut', 'Status'),
  period: l('Période', 'Period'),
  currency: l('Devise', 'Currency'),
  asOf: l('Situation au', 'As of'),
  goals: l('1. Objectifs business et alignement', '1. Business goals and alignment'),
  personas: l('2. Personas', '2. Personas'),
  swot: l('3. SWOT et positionnement', '3. SWOT and positioning'),
  positioning: l('Positionnement', 'Positioning'),
  objectives: l('4. Objectifs SMART', '4. SMART objectives'),
  okrs: l('5. OKR', '5. OKRs'),
  actions: l('6. Stratégies, tactiques et actions', '6. Strategies, tactics and actions'),
  editorial: l('Calendrier éditorial', 'Editorial calendar'),
  budget: l('7. Budget', '7. Budget'),
  kpis: l('8. KPI et suivi', '8. KPIs and tracking'),
  corrective: l('9. Actions correctives', '9. Corrective actions'),
  experiments: l('10. Expérimentations A/B', '10. A/B experiments'),
  funnel: l('Entonnoir', 'Funnel'),
  none: l('_Aucun élément._', '_None._'),
  exported: l('Exporté de Jalon le', 'Exported from Jalon on'),
};

const gradeLabels: Readonly<Record<Grade, Localized>> = {
  red: l('rouge', 'red'),
  yellow: l('jaune', 'yellow'),
  green: l('vert', 'green'),
};

/** « Statut : actif » / "Status: active" as a bullet. */
function bullet(label: Localized, value: string, language: Language): string {
  return language === 'fr' ? `- **${label.fr}** : ${value}` : `- **${label.en}**: ${value}`;
}

/** A table, or « Aucun élément. » / "None." when it has no row. */
function tableOrNone(headers: string[], rows: string[][], language: Language): string {
  return rows.length === 0 ? h.none[language] : table(headers, rows);
}

class Writer {
  private readonly parts: string[] = [];
  constructor(readonly language: Language) {}
  t(text: Localized): string {
    return text[this.language];
  }
  heading(level: number, text: string): void {
    this.parts.push(`${'#'.repeat(level)} ${text}`);
  }
  block(text: string): void {
    if (text) this.parts.push(text);
  }
  toString(): string {
    return `${this.parts.join('\n\n')}\n`;
  }
}

function writeHeader(w: Writer, input: ExportInput): void {
  const { facts, language, today } = input;
  const plan = facts.plan;
  const health = planHealth(facts, today);
  w.heading(1, inline(plan.name));
  if (plan.description) w.block(inline(plan.description));
  const period =
    plan.startDate || plan.endDate
      ? `${formatDate(plan.startDate, language)} → ${formatDate(plan.endDate, language)}`
      : '';
  const counts =
    language === 'fr'
      ? `${health.counts.error} erreur(s), ${health.counts.warning} avertissement(s)`
      : `${health.counts.error} error(s), ${health.counts.warning} warning(s)`;
  w.block(
    [
      bullet(h.status, labelOf(planStatuses, plan.status, language), language),
      period ? bullet(h.period, period, language) : null,
      bullet(h.currency, inline(plan.currency), language),
      bullet(h.health, `${health.score}/100 (${counts})`, language),
      bullet(h.asOf, formatDate(today, language), language),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

function writeGoals(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  w.heading(2, w.t(h.goals));
  w.block(
    tableOrNone(
      [
        w.t(l('Objectif business', 'Business goal')),
        'Type',
        w.t(l('Indicateur', 'Metric')),
        w.t(l('Départ', 'Baseline')),
        w.t(l('Cible', 'Target')),
        w.t(l('Échéance', 'Deadline')),
      ],
      facts.businessGoals.map((goal) => [
        cell(goal.title),
        labelOf(businessGoalKinds, goal.kind, lang),
        cell(goal.metric),
        withUnit(goal.baseline, goal.unit, lang),
        withUnit(goal.target, goal.unit, lang),
        formatDate(goal.deadline, lang),
      ]),
      lang,
    ),
  );
  const alignment = new Map(funnelAlignment(facts).map((report) => [report.businessGoal, report]));
  for (const goal of facts.businessGoals) {
    const stages = facts.funnelStages.filter((stage) => stage.businessGoal === goal.key);
    if (stages.length === 0) continue;
    w.heading(3, `${w.t(h.funnel)} — ${inline(goal.title)}`);
    w.block(
      table(
        [w.t(l('Étape', 'Stage')), w.t(l('Nature', 'Kind')), w.t(l('Départ', 'Baseline')), w.t(l('Cible', 'Target'))],
        stages.map((stage) => [
          cell(stage.name),
          labelOf(funnelStageKinds, stage.kind, lang),
          withUnit(stage.baselineValue, stage.unit, lang),
          withUnit(stage.targetValue, stage.unit, lang),
        ]),
      ),
    );
    const report = alignment.get(goal.key);
    if (report) w.block(inline(report.summary[lang]));
  }
}

function withUnit(value: number | null | undefined, unit: string | null | undefined, language: Language): string {
  const number = formatNumber(value, language);
  if (!number) return '';
  if (!unit) return number;
  if (unit === '%') return language === 'fr' ? `${number} %` : `${number}%`;
  return `${number} ${cell(unit)}`;
}

/** A list field; a plan read from the database leaves empty lists out. */
function joined(values: readonly string[] | null | undefined): string {
  return (values ?? []).join(', ');
}

function writePersonas(w: Writer, facts: PlanFacts): void {
  w.heading(2, w.t(h.personas));
  if (facts.personas.length === 0) w.block(w.t(h.none));
  const fields: [Localized, (p: PlanFacts['personas'][number]) => string | null | undefined][] = [
    [l('Âge', 'Age'), (p) => p.ageRange],
    [l('Genre', 'Gender'), (p) => p.gender],
    [l('Revenus', 'Income'), (p) => p.income],
    [l('Lieu', 'Location'), (p) => p.location],
    [l('Profession', 'Occupation'), (p) => p.occupation],
    [l('Mode de vie', 'Lifestyle'), (p) => p.lifestyle],
    [l('Valeurs', 'Values'), (p) => joined(p.values)],
    [l('Centres d’intérêt', 'Interests'), (p) => joined(p.interests)],
    [l('Motivations', 'Motivations'), (p) => joined(p.motivations)],
    [l('Points de douleur', 'Pain points'), (p) => joined(p.painPoints)],
    [l('Canaux préférés', 'Preferred channels'), (p) => joined(p.preferredChannels)],
    [l('Sources', 'Sources'), (p) => joined(p.sources)],
  ];
  for (const persona of facts.personas) {
    w.heading(3, inline(persona.name));
    if (persona.summary) w.block(inline(persona.summary));
    const items = fields
      .map(([label, pick]) => [label, pick(persona)] as const)
      .filter(([, value]) => Boolean(value))
      .map(([label, value]) => bullet(label, cell(value), w.language));
    w.block(items.join('\n'));
  }
}

function writeSwot(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  w.heading(2, w.t(h.swot));
  const order = ['strength', 'weakness', 'opportunity', 'threat'];
  const items = [...facts.swotItems].sort(
    (a, b) => order.indexOf(a.quadrant) - order.indexOf(b.quadrant) || b.weight - a.weight,
  );
  w.block(
    tableOrNone(
      ['Quadrant', w.t(l('Élément', 'Item')), w.t(l('Poids', 'Weight')), 'Description'],
      items.map((item) => [
        labelOf(swotQuadrants, item.quadrant, lang),
        cell(item.title),
        String(item.weight),
        cell(item.description),
      ]),
      lang,
    ),
  );
  const p = facts.positioning;
  if (!p) return;
  w.heading(3, w.t(h.positioning));
  const lines = (
    [
      [l('Cible', 'Target audience'), p.targetAudience],
      [l('Catégorie', 'Category'), p.category],
      [l('Différenciation', 'Differentiator'), p.differentiator],
      [l('Preuve', 'Proof'), p.proof],
    ] as const
  )
    .filter(([, value]) => Boolean(value))
    .map(([label, value]) => bullet(label, cell(value), lang));
  w.block(lines.join('\n'));
  if (p.statement) w.block(`> ${cell(p.statement)}`);
}

function writeObjectives(w: Writer, facts: PlanFacts, today: string): void {
  const lang = w.language;
  w.heading(2, w.t(h.objectives));
  const smart = new Map(lintPlanObjectives(facts, today).map((report) => [report.objective, report]));
  w.block(
    tableOrNone(
      [
        w.t(l('Objectif', 'Objective')),
        'Type',
        w.t(l('Indicateur', 'Metric')),
        w.t(l('Départ', 'Baseline')),
        w.t(l('Cible', 'Target')),
        w.t(l('Échéance', 'Deadline')),
        'SMART',
      ],
      facts.objectives.map((objective) => [
        cell(objective.title),
        labelOf(objectiveTypes, objective.type, lang),
        cell(objective.metric),
        withUnit(objective.baseline, objective.unit, lang),
        withUnit(objective.target, objective.unit, lang),
        formatDate(objective.deadline, lang),
        smart.get(objective.key)?.passed ? w.t(l('Conforme', 'Passes')) : w.t(l('À revoir', 'Needs work')),
      ]),
      lang,
    ),
  );
}

function writeOkrs(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  w.heading(2, w.t(h.okrs));
  if (facts.okrObjectives.length === 0) w.block(w.t(h.none));
  const reports = new Map(scorePlanOkrs(facts).map((report) => [report.okrObjective, report]));
  const keyResults = titles(facts.keyResults, (kr) => kr.title);
  const people = peopleByKey(facts);
  for (const okr of facts.okrObjectives) {
    const report = reports.get(okr.key);
    const score =
      report?.score != null
        ? ` — score ${formatNumber(report.score, lang)} (${labelOf(gradeLabels, report.grade, lang)})`
        : '';
    w.heading(3, `${inline(okr.title)}${score}`);
    const owner = okr.owner ? people.get(okr.owner) : null;
    if (owner) w.block(bullet(l('Responsable', 'Owner'), cell(owner), lang));
    const rows = (report?.keyResults ?? []).map((kr) => {
      const source = facts.keyResults.find((k) => k.key === kr.keyResult);
      return [
        cell(keyResults.get(kr.keyResult) ?? kr.keyResult),
        withUnit(source?.startValue, source?.unit, lang),
        withUnit(source?.targetValue, source?.unit, lang),
        withUnit(kr.value, source?.unit, lang),
        formatNumber(kr.weight, lang),
        formatNumber(kr.score, lang),
      ];
    });
    w.block(
      tableOrNone(
        [
          w.t(l('Résultat clé', 'Key result')),
          w.t(l('Départ', 'Start')),
          w.t(l('Cible', 'Target')),
          w.t(l('Actuel', 'Current')),
          w.t(l('Poids', 'Weight')),
          'Score',
        ],
        rows,
        lang,
      ),
    );
  }
}

function writeActions(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  w.heading(2, w.t(h.actions));
  if (facts.strategies.length === 0) w.block(w.t(h.none));
  const raci = raciNames(facts);
  for (const strategy of facts.strategies) {
    w.heading(3, `${inline(strategy.name)} (${labelOf(strategyChannels, strategy.channel, lang)})`);
    if (strategy.description) w.block(inline(strategy.description));
    const tactics = facts.tactics.filter((t) => t.strategy === strategy.key);
    if (tactics.length === 0) w.block(w.t(l('_Aucune tactique._', '_No tactic yet._')));
    for (const tactic of tactics) {
      w.heading(4, inline(tactic.name));
      if (tactic.description) w.block(inline(tactic.description));
      const actions = facts.actions.filter((a) => a.tactic === tactic.key);
      w.block(
        tableOrNone(
          [
            'Action',
            w.t(l('Statut', 'Status')),
            w.t(l('Priorité', 'Priority')),
            w.t(l('Début', 'Start')),
            w.t(l('Échéance', 'Due')),
            w.t(l('Jalon', 'Milestone')),
            'R',
            'A',
          ],
          actions.map((action) => {
            const roles = raci.get(action.key);
            return [
              cell(action.title),
              labelOf(actionStatuses, action.status, lang),
              labelOf(priorities, action.priority, lang),
              formatDate(action.startDate, lang),
              formatDate(action.dueDate, lang),
              yesNo(action.isMilestone, lang),
              cell(roles?.R.join(', ')),
              cell(roles?.A.join(', ')),
            ];
          }),
          lang,
        ),
      );
    }
  }
  w.heading(3, w.t(h.editorial));
  const people = peopleByKey(facts);
  const items = [...facts.contentItems].sort((a, b) =>
    (a.publishDate ?? '9999').localeCompare(b.publishDate ?? '9999'),
  );
  w.block(
    tableOrNone(
      [
        'Date',
        w.t(l('Contenu', 'Content')),
        w.t(l('Canal', 'Channel')),
        'Format',
        w.t(l('Statut', 'Status')),
        w.t(l('Responsable', 'Owner')),
      ],
      items.map((item) => [
        formatDate(item.publishDate, lang),
        cell(item.title),
        cell(item.channel),
        cell(item.format),
        labelOf(contentStatuses, item.status, lang),
        cell(item.owner ? people.get(item.owner) : null),
      ]),
      lang,
    ),
  );
}

function writeBudget(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  const currency = facts.plan.currency;
  const money = (cents: number) => formatMoney(cents, currency, lang);
  w.heading(2, w.t(h.budget));
  const summary = summariseBudget(facts);
  if (facts.budget) {
    const settings = facts.budget;
    const reserveLabel = l(
      `Réserve pour imprévus (${formatNumber(settings.contingencyPercent, 'fr')} %)`,
      `Contingency reserve (${formatNumber(settings.contingencyPercent, 'en')}%)`,
    );
    w.block(
      [
        bullet(l('Budget total', 'Total budget'), money(settings.totalAmount), lang),
        bullet(reserveLabel, money(contingencyReserve(settings)), lang),
        bullet(l('Allouable', 'Allocatable'), money(allocatableAmount(settings)), lang),
        bullet(l('Prévu', 'Planned'), money(summary.totals.planned), lang),
        bullet(
          l('Reste à allouer', 'Left to allocate'),
          money(allocatableAmount(settings) - summary.totals.planned),
          lang,
        ),
      ].join('\n'),
    );
  }
  const rows = summary.lines.map((line) => [
    cell(line.label),
    labelOf(budgetCategories, line.category, lang),
    money(line.planned),
    money(line.committed),
    money(line.actual),
    money(line.variance),
    line.expectedRoi === null ? '' : formatRoi(line.expectedRoi, lang),
  ]);
  const t = summary.totals;
  rows.push([
    '**Total**',
    '',
    `**${money(t.planned)}**`,
    `**${money(t.committed)}**`,
    `**${money(t.actual)}**`,
    `**${money(t.variance)}**`,
    '',
  ]);
  // The totals row is always there: the section is empty when the budget has no line.
  w.block(
    summary.lines.length === 0
      ? h.none[lang]
      : table(
          [
            w.t(l('Ligne budgétaire', 'Budget line')),
            w.t(l('Catégorie', 'Category')),
            w.t(l('Prévu', 'Planned')),
            w.t(l('Engagé', 'Committed')),
            w.t(l('Réel', 'Actual')),
            w.t(l('Écart (réel − prévu)', 'Variance (actual − planned)')),
            w.t(l('ROI attendu', 'Expected ROI')),
          ],
          rows,
        ),
  );
}

function writeKpis(w: Writer, facts: PlanFacts, today: string): void {
  const lang = w.language;
  w.heading(2, w.t(h.kpis));
  const reports = new Map(kpiStatuses(facts, today).map((report) => [report.kpi, report]));
  w.block(
    tableOrNone(
      [
        'KPI',
        w.t(l('Départ', 'Baseline')),
        w.t(l('Cible', 'Target')),
        w.t(l('Date cible', 'Target date')),
        w.t(l('Jugé au', 'Judged on')),
        w.t(l('Réel', 'Actual')),
        w.t(l('Attendu', 'Expected')),
        w.t(l('Statut', 'Status')),
      ],
      facts.kpis.map((kpi) => {
        const report = reports.get(kpi.key);
        return [
          cell(kpi.name),
          withUnit(kpi.baseline, kpi.unit, lang),
          withUnit(kpi.target, kpi.unit, lang),
          formatDate(kpi.targetDate, lang),
          formatDate(report?.latestMeasurementDate, lang),
          withUnit(report?.actual, kpi.unit, lang),
          withUnit(report?.expected, kpi.unit, lang),
          report ? labelOf(kpiStatusLabels, report.status, lang) : '',
        ];
      }),
      lang,
    ),
  );
}

function writeCorrectiveActions(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  w.heading(2, w.t(h.corrective));
  const kpis = titles(facts.kpis, (k) => k.name);
  const people = peopleByKey(facts);
  w.block(
    tableOrNone(
      [
        'KPI',
        w.t(l('Action corrective', 'Corrective action')),
        w.t(l('Responsable', 'Owner')),
        w.t(l('Échéance', 'Deadline')),
        w.t(l('Statut', 'Status')),
        w.t(l('Résultat', 'Outcome')),
      ],
      facts.correctiveActions.map((action) => [
        cell(kpis.get(action.kpi) ?? action.kpi),
        cell(action.title),
        cell(action.owner ? people.get(action.owner) : null),
        formatDate(action.deadline, lang),
        labelOf(correctiveStatuses, action.status, lang),
        cell(action.outcome),
      ]),
      lang,
    ),
  );
}

function writeExperiments(w: Writer, facts: PlanFacts): void {
  const lang = w.language;
  w.heading(2, w.t(h.experiments));
  const kpis = titles(facts.kpis, (k) => k.name);
  w.block(
    tableOrNone(
      [
        w.t(l('Expérimentation', 'Experiment')),
        'KPI',
        w.t(l('Hypothèse', 'Hypothesis')),
        w.t(l('Statut', 'Status')),
        w.t(l('Début', 'Start')),
        w.t(l('Fin', 'End')),
        w.t(l('Décision', 'Decision')),
      ],
      facts.experiments.map((experiment) => [
        cell(experiment.name),
        cell(experiment.kpi ? kpis.get(experiment.kpi) : null),
        cell(experiment.hypothesis),
        labelOf(experimentStatuses, experiment.status, lang),
        formatDate(experiment.startDate, lang),
        formatDate(experiment.endDate, lang),
        labelOf(experimentDecisions, experiment.decision, lang),
      ]),
      lang,
    ),
  );
  // What each test has shown so far, in words (tests without results to compare say nothing).
  const verdicts = facts.experiments.flatMap((experiment) => {
    const { verdict } = analysePlanExperiment(facts, experiment);
    return verdict ? [`- **${inline(experiment.name)}** — ${inline(verdict[lang])}`] : [];
  });
  if (verdicts.length > 0) w.block(verdicts.join('\n'));
}

export function planMarkdown(input: ExportInput): string {
  const { facts, language, today } = input;
  const w = new Writer(language);
  writeHeader(w, input);
  writeGoals(w, facts);
  writePersonas(w, facts);
  writeSwot(w, facts);
  writeObjectives(w, facts, today);
  writeOkrs(w, facts);
  writeActions(w, facts);
  writeBudget(w, facts);
  writeKpis(w, facts, today);
  writeCorrectiveActions(w, facts);
  writeExperiments(w, facts);
  w.block(`_${w.t(h.exported)} ${formatDate(today, language)}._`);
  return w.toString();
}

export const exportMarkdown: Exporter = (input) =>
  Promise.resolve({ body: planMarkdown(input), contentType: 'text/markdown; charset=utf-8', extension: 'md' });
