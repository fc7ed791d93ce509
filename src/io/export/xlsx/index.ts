/**
 * The plan as a workbook finance can rework: actions with their RACI, the budget with live
 * formulas, KPIs with their status and every measurement, and the corrective actions.
 *
 * Written with exceljs's streaming writer, row by row, so that a large plan (hundreds of
 * thousands of measurements) does not hold every cell object in memory at once.
 *
 * Formula injection: every text that comes from the plan is written as a string cell (`t="s"`,
 * shared string), never as a formula, and is kept exactly as typed. A spreadsheet application
 * never evaluates a string cell of an XLSX file; the type is stored in the file, unlike CSV where
 * it is guessed from the text and where "=…", "+…", "-…", "@…" become formulas. Prefixing an
 * apostrophe would not help here: in XLSX it is stored as a visible character (Excel hides it
 * only when typed in its own interface), so "-15 % de coût par lead" would read "'-15 %…" for
 * everyone. Only `formulaCell()` below writes formulas, and only formulas this module composes.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { contingencyReserve, summariseBudget } from '../../../core/budget/index.js';
import {
  actionStatuses,
  budgetCategories,
  correctiveStatuses,
  kpiAggregations,
  kpiDirections,
  priorities,
} from '../../../core/diff/vocabulary.js';
import { kpiStatuses } from '../../../core/kpi/index.js';
import type { Localized, PlanFacts } from '../../../core/plan.js';
import type { Exporter, ExportInput } from '../registry.js';
import { kpiStatusLabels, l, labelOf, peopleByKey, raciNames, titles, yesNo, type Language } from '../plan-text.js';

type Formula = { formula: string; result: number | string };
/** What a cell may hold: plain text, a number, a calendar date (`YYYY-MM-DD`) or a formula. */
type CellInput = string | number | null | { date: string } | Formula;

type Kind = 'text' | 'number' | 'money' | 'date' | 'percent' | 'int';

interface Column {
  header: Localized;
  width: number;
  kind: Kind;
}

interface Formats {
  money: string;
  date: string;
}

const headerFill = 'FF1F3A5F';

/** `#,##0.00 "€"`: amounts in currency units, with the plan's currency sign where Excel puts it. */
function moneyFormat(currency: string): string {
  const prefixed: Record<string, string> = { USD: '$', GBP: '£' };
  const suffixed: Record<string, string> = { EUR: '€', CHF: 'CHF' };
  const safe = currency.replace(/"/g, '');
  if (prefixed[currency]) return `"${prefixed[currency]}"#,##0.00`;
  return `#,##0.00 "${suffixed[currency] ?? safe}"`;
}

function numberFormat(kind: Kind, formats: Formats): string | undefined {
  switch (kind) {
    case 'money':
      return formats.money;
    case 'date':
      return formats.date;
    case 'percent':
      return '0.0%';
    case 'int':
      return '#,##0';
    case 'number':
      return '#,##0.##';
    default:
      return undefined;
  }
}

/** A calendar date as the UTC midnight Excel stores as a whole serial day number. */
function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function cellValue(value: CellInput): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if ('date' in value) return excelDate(value.date);
  return { formula: value.formula, result: value.result };
}

const date = (value: string | null | undefined): CellInput => (value ? { date: value } : null);
const money = (cents: number | null | undefined): number | null =>
  cents === null || cents === undefined ? null : cents / 100;
const optional = (value: number | null | undefined): number | null => value ?? null;
const text = (value: string | null | undefined): string | null => (value ? value : null);

/** One sheet with a styled, frozen header row, filters and column widths; rows are committed as they come. */
class SheetWriter {
  readonly sheet: ExcelJS.Worksheet;
  private rowNumber = 1;

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: Localized,
    private readonly columns: Column[],
    private readonly language: Language,
    formats: Formats,
  ) {
    this.sheet = workbook.addWorksheet(name[language], {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    this.sheet.columns = columns.map((column, index) => ({
      key: `c${index}`,
      width: column.width,
      style: numberFormat(column.kind, formats) ? { numFmt: numberFormat(column.kind, formats) } : {},
    }));
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = this.sheet.getRow(1);
    columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header[language];
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.height = 30;
    header.commit();
  }

  /** The row number the next `add()` writes. */
  get next(): number {
    return this.rowNumber + 1;
  }

  /** Writes and commits one row; `formats` gives some cells (by 0-based column) their own number format. */
  add(values: CellInput[], style: { bold?: boolean; formats?: Record<number, string> } = {}): number {
    this.rowNumber += 1;
    const row = this.sheet.getRow(this.rowNumber);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = cellValue(value);
      const format = style.formats?.[index];
      if (format) cell.numFmt = format;
      if (style.bold) {
        cell.font = { bold: true };
        cell.border = { top: { style: 'thin' } };
      }
    });
    row.commit();
    return this.rowNumber;
  }

  /** A row left empty, to separate blocks. */
  skip(): void {
    this.rowNumber += 1;
  }

  commit(): void {
    this.sheet.commit();
  }
}

const sheetNames = {
  actions: l('Actions', 'Actions'),
  budget: l('Budget', 'Budget'),
  kpis: l('KPI', 'KPIs'),
  measurements: l('Mesures', 'Measurements'),
  corrective: l('Actions correctives', 'Corrective actions'),
};

function col(fr: string, en: string, width: number, kind: Kind = 'text'): Column {
  return { header: l(fr, en), width, kind };
}

function writeActions(sheet: SheetWriter, facts: PlanFacts, language: Language): void {
  const tactics = new Map(facts.tactics.map((t) => [t.key, t]));
  const strategies = titles(facts.strategies, (s) => s.name);
  const raci = raciNames(facts);
  for (const action of facts.actions) {
    const tactic = tactics.get(action.tactic);
    const roles = raci.get(action.key) ?? { R: [], A: [], C: [], I: [] };
    sheet.add([
      text(tactic ? strategies.get(tactic.strategy) : null),
      text(tactic?.name),
      action.title,
      labelOf(actionStatuses, action.status, language),
      labelOf(priorities, action.priority, language),
      date(action.startDate),
      date(action.dueDate),
      yesNo(action.isMilestone, language),
      money(action.estimatedCost),
      optional(action.effortHours),
      text(roles.R.join(', ')),
      text(roles.A.join(', ')),
      text(roles.C.join(', ')),
      text(roles.I.join(', ')),
    ]);
  }
}

const actionColumns: Column[] = [
  col('Stratégie', 'Strategy', 28),
  col('Tactique', 'Tactic', 28),
  col('Action', 'Action', 48),
  col('Statut', 'Status', 14),
  col('Priorité', 'Priority', 12),
  col('Début', 'Start', 12, 'date'),
  col('Échéance', 'Due', 12, 'date'),
  col('Jalon', 'Milestone', 10),
  col('Coût estimé', 'Estimated cost', 16, 'money'),
  col('Effort (h)', 'Effort (h)', 10, 'number'),
  col('R — Réalise', 'R — Responsible', 24),
  col('A — Approuve', 'A — Accountable', 24),
  col('C — Consulté', 'C — Consulted', 24),
  col('I — Informé', 'I — Informed', 24),
];

// Budget columns, by letter: the formulas below refer to them.
const budgetColumns: Column[] = [
  col('Ligne budgétaire', 'Budget line', 36), // A
  col('Catégorie', 'Category', 14), // B
  col('Stratégie', 'Strategy', 28), // C
  col('Tactique', 'Tactic', 28), // D
  col('Prévu', 'Planned', 16, 'money'), // E
  col('Engagé', 'Committed', 16, 'money'), // F
  col('Réel', 'Actual', 16, 'money'), // G
  col('Écart (réel − prévu)', 'Variance (actual − planned)', 18, 'money'), // H
  col('Écart (%)', 'Variance (%)', 12, 'percent'), // I
  col('ROI attendu (pour 1)', 'Expected ROI (per 1)', 14, 'number'), // J
  col('Retour attendu', 'Expected return', 16, 'money'), // K
];

const sumOf = (column: string, first: number, last: number): string => `SUM(${column}${first}:${column}${last})`;

function writeBudget(sheet: SheetWriter, facts: PlanFacts, language: Language): void {
  const summary = summariseBudget(facts);
  const strategies = titles(facts.strategies, (s) => s.name);
  const tactics = titles(facts.tactics, (t) => t.name);
  const first = sheet.next;
  for (const line of summary.lines) {
    const r = sheet.next;
    sheet.add([
      line.label,
      labelOf(budgetCategories, line.category, language),
      text(line.strategy ? strategies.get(line.strategy) : null),
      text(line.tactic ? tactics.get(line.tactic) : null),
      money(line.planned),
      money(line.committed),
      money(line.actual),
      { formula: `G${r}-E${r}`, result: (line.actual - line.planned) / 100 },
      { formula: `IF(E${r}=0,"",H${r}/E${r})`, result: line.planned === 0 ? '' : line.variance / line.planned },
      optional(line.expectedRoi),
      { formula: `IF(J${r}="","",E${r}*J${r})`, result: line.expectedReturn === null ? '' : line.expectedReturn / 100 },
    ]);
  }
  const last = sheet.next - 1;
  const totals = summary.totals;
  const t = sheet.next;
  const total = (column: string, cents: number): CellInput =>
    last >= first ? { formula: sumOf(column, first, last), result: cents / 100 } : 0;
  sheet.add(
    [
      'Total',
      null,
      null,
      null,
      total('E', totals.planned),
      total('F', totals.committed),
      total('G', totals.actual),
      total('H', totals.variance),
      {
        formula: `IF(E${t}=0,"",H${t}/E${t})`,
        result: totals.planned === 0 ? '' : totals.variance / totals.planned,
      },
      null,
      total('K', totals.expectedReturn),
    ],
    { bold: true },
  );
  if (!facts.budget) return;
  sheet.skip();
  const settings = facts.budget;
  const reserve = contingencyReserve(settings);
  const envelope = sheet.add([
    language === 'fr' ? 'Budget total' : 'Total budget',
    null,
    null,
    null,
    money(settings.totalAmount),
  ]);
  const reserveRow = sheet.next;
  // The reserve's percentage sits in column D of its row, in a percent format: change it and the
  // reserve, the allocatable amount and what is left to allocate follow.
  sheet.add(
    [
      language === 'fr' ? 'Réserve pour imprévus' : 'Contingency reserve',
      null,
      null,
      settings.contingencyPercent / 100,
      { formula: `ROUND(E${envelope}*D${reserveRow},2)`, result: reserve / 100 },
    ],
    { formats: { 3: '0.0%' } },
  );
  const allocatable = sheet.add([
    language === 'fr' ? 'Allouable (total − réserve)' : 'Allocatable (total − reserve)',
    null,
    null,
    null,
    { formula: `E${envelope}-E${reserveRow}`, result: (settings.totalAmount - reserve) / 100 },
  ]);
  sheet.add([
    language === 'fr' ? 'Reste à allouer (allouable − prévu)' : 'Left to allocate (allocatable − planned)',
    null,
    null,
    null,
    {
      formula: `E${allocatable}-E${t}`,
      result: (settings.totalAmount - reserve - totals.planned) / 100,
    },
  ]);
}

const kpiColumns: Column[] = [
  col('KPI', 'KPI', 32),
  col('Objectif', 'Objective', 36),
  col('Unité', 'Unit', 10),
  col('Sens', 'Direction', 12),
  col('Agrégation', 'Aggregation', 14),
  col('Valeur de départ', 'Baseline', 14, 'number'),
  col('Cible', 'Target', 14, 'number'),
  col('Date cible', 'Target date', 12, 'date'),
  col('Tolérance (%)', 'Tolerance (%)', 12, 'number'),
  col('Statut', 'Status', 14),
  col('Jugé au', 'Judged on', 12, 'date'),
  col('Attendu', 'Expected', 14, 'number'),
  col('Réel', 'Actual', 14, 'number'),
  col('Écart (%)', 'Variance (%)', 12, 'percent'),
  col('Prévision à l’échéance', 'Forecast at deadline', 16, 'number'),
];

function writeKpis(sheet: SheetWriter, facts: PlanFacts, input: ExportInput): void {
  const { language } = input;
  const objectives = titles(facts.objectives, (o) => o.title);
  const statuses = new Map(kpiStatuses(facts, input.today).map((report) => [report.kpi, report]));
  for (const kpi of facts.kpis) {
    const report = statuses.get(kpi.key);
    sheet.add([
      kpi.name,
      text(kpi.objective ? objectives.get(kpi.objective) : null),
      text(kpi.unit),
      labelOf(kpiDirections, kpi.direction, language),
      labelOf(kpiAggregations, kpi.aggregation, language),
      optional(kpi.baseline),
      optional(kpi.target),
      date(kpi.targetDate),
      kpi.tolerancePercent,
      report ? labelOf(kpiStatusLabels, report.status, language) : null,
      date(report?.latestMeasurementDate),
      optional(report?.expected),
      optional(report?.actual),
      optional(report?.variance?.relative),
      optional(report?.forecast.projection),
    ]);
  }
}

const measurementColumns: Column[] = [
  col('KPI', 'KPI', 32),
  col('Date', 'Date', 12, 'date'),
  col('Valeur', 'Value', 14, 'number'),
  col('Unité', 'Unit', 10),
  col('Source', 'Source', 14),
  col('Note', 'Note', 40),
];

function writeMeasurements(sheet: SheetWriter, facts: PlanFacts): void {
  const order = new Map(facts.kpis.map((kpi, index) => [kpi.key, index]));
  const kpis = new Map(facts.kpis.map((kpi) => [kpi.key, kpi]));
  const rows = [...facts.measurements].sort(
    (a, b) =>
      (order.get(a.kpi) ?? 0) - (order.get(b.kpi) ?? 0) ||
      a.date.localeCompare(b.date) ||
      a.source.localeCompare(b.source),
  );
  for (const m of rows) {
    const kpi = kpis.get(m.kpi);
    sheet.add([kpi?.name ?? m.kpi, date(m.date), m.value, text(kpi?.unit), m.source, text(m.note)]);
  }
}

const correctiveColumns: Column[] = [
  col('KPI', 'KPI', 32),
  col('Action corrective', 'Corrective action', 48),
  col('Responsable', 'Owner', 22),
  col('Échéance', 'Deadline', 12, 'date'),
  col('Statut', 'Status', 14),
  col('Résultat', 'Outcome', 36),
  col('Description', 'Description', 48),
];

function writeCorrectiveActions(sheet: SheetWriter, facts: PlanFacts, language: Language): void {
  const kpis = titles(facts.kpis, (k) => k.name);
  const people = peopleByKey(facts);
  for (const action of facts.correctiveActions) {
    sheet.add([
      kpis.get(action.kpi) ?? action.kpi,
      action.title,
      text(action.owner ? (people.get(action.owner) ?? action.owner) : null),
      date(action.deadline),
      labelOf(correctiveStatuses, action.status, language),
      text(action.outcome),
      text(action.description),
    ]);
  }
}

export const exportXlsx: Exporter = async (input) => {
  const { facts, language } = input;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Jalon';
  workbook.title = facts.plan.name;
  workbook.created = input.generatedAt ? new Date(input.generatedAt) : new Date();
  workbook.modified = workbook.created;
  const formats: Formats = {
    money: moneyFormat(facts.plan.currency),
    date: language === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd',
  };
  const sheet = (name: Localized, columns: Column[]) => new SheetWriter(workbook, name, columns, language, formats);

  const actions = sheet(sheetNames.actions, actionColumns);
  writeActions(actions, facts, language);
  actions.commit();
  const budget = sheet(sheetNames.budget, budgetColumns);
  writeBudget(budget, facts, language);
  budget.commit();
  const kpis = sheet(sheetNames.kpis, kpiColumns);
  writeKpis(kpis, facts, input);
  kpis.commit();
  const measurements = sheet(sheetNames.measurements, measurementColumns);
  writeMeasurements(measurements, facts);
  measurements.commit();
  const corrective = sheet(sheetNames.corrective, correctiveColumns);
  writeCorrectiveActions(corrective, facts, language);
  corrective.commit();

  await workbook.commit();
  await finished;
  return {
    body: Buffer.concat(chunks),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
};
