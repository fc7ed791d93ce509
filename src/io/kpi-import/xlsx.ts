import fs from 'node:fs';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { daysFromCivil, formatDay } from '../../core/shared/days.js';
import type { Cell } from '../../contract/imports.js';
import { ImportFileError } from './errors.js';

/**
 * A streaming reader of XLSX workbooks: the archive is inflated chunk by chunk (fflate) and each
 * sheet's XML parsed as it arrives (saxes), so a sheet of any length takes the memory of one
 * chunk's rows. Two passes over the file: the first reads the workbook's sheet list, shared
 * strings and number formats (they may come after the sheets in the archive), the second the rows.
 *
 * Why not exceljs's streaming reader: it fails on real exports whose `<row>` elements carry no
 * `r` attribute (optional in the standard; Google Analytics writes them so — see the fixture
 * ua-pages-report-20220701-20220731.xlsx), with "Invalid Address: ANaN".
 *
 * Cells come back as text, numbers, or `YYYY-MM-DD` text for numbers formatted as dates;
 * numbers formatted as percentages come back in percentage units (0.906 shown as 90.60 % → 90.6).
 */

export interface XlsxRow {
  sheet: string;
  /** Row number in the sheet, from 1. */
  line: number;
  cells: Cell[];
}

type StyleKind = 'date' | 'percent' | 'other';

export interface WorkbookInfo {
  /** Sheets in the workbook's order, with the archive path of their XML. */
  sheets: { name: string; path: string }[];
  date1904: boolean;
  sharedStrings: string[];
  styles: StyleKind[];
}

const textDecoder = () => new TextDecoder('utf-8');

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

/** Feeds a file's bytes to `fflate`'s streaming unzip, calling `onfile` for each entry. */
async function unzipFile(
  path: string,
  onfile: (file: UnzipFile) => void,
  afterChunk?: (bytes: number) => void,
): Promise<void> {
  const unzip = new Unzip(onfile);
  unzip.register(UnzipInflate);
  let bytes = 0;
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      unzip.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      afterChunk?.(bytes);
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw ImportFileError.unreadable('xlsx', error);
  }
}

/** A saxes parser fed with a zip entry's bytes as they are inflated. */
function xmlEntry(file: UnzipFile, parser: SaxesParser, onEnd?: () => void): void {
  const decoder = textDecoder();
  file.ondata = (error, data, final) => {
    if (error) throw ImportFileError.unreadable('xlsx', error);
    const text = decoder.decode(data, { stream: !final });
    if (text) parser.write(text);
    if (final) {
      parser.close();
      onEnd?.();
    }
  };
  file.start();
}

function styleKind(numFmtId: number, custom: Map<number, string>): StyleKind {
  const code = custom.get(numFmtId);
  if (code !== undefined) {
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (bare.includes('%')) return 'percent';
    if (/[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare))) return 'date';
    return 'other';
  }
  if (numFmtId === 9 || numFmtId === 10) return 'percent';
  if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId === 22 || (numFmtId >= 27 && numFmtId <= 36)) return 'date';
  if ((numFmtId >= 50 && numFmtId <= 58) || (numFmtId >= 71 && numFmtId <= 75)) return 'date';
  return 'other';
}

/** First pass: the sheet list, shared strings and cell formats. */
export async function readWorkbookInfo(path: string): Promise<WorkbookInfo> {
  const sheetsByRel: { name: string; rel: string }[] = [];
  const rels = new Map<string, string>();
  let sharedStringsPath = 'xl/sharedStrings.xml';
  let date1904 = false;
  const sharedStrings: string[] = [];
  const customFormats = new Map<number, string>();
  const xfFormats: number[] = [];
  let sawWorkbook = false;
  let sawSharedStrings = false;

  const parseSharedStrings = (file: UnzipFile) => {
    const parser = new SaxesParser();
    let inSi = false;
    let inT = false;
    let phonetic = 0;
    let current = '';
    parser.on('opentag', (tag: SaxesTagPlain) => {
      if (tag.name === 'si') {
        inSi = true;
        current = '';
      } else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't' && inSi && phonetic === 0) inT = true;
    });
    parser.on('text', (text) => {
      if (inT) current += text;
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 't') inT = false;
      else if (tag.name === 'rPh') phonetic--;
      else if (tag.name === 'si') {
        sharedStrings.push(current);
        inSi = false;
      }
    });
    xmlEntry(file, parser);
  };

  await unzipFile(path, (file) => {
    const name = file.name.replace(/\\/g, '/');
    if (name === 'xl/workbook.xml') {
      sawWorkbook = true;
      const parser = new SaxesParser();
      parser.on('opentag', (tag: SaxesTagPlain) => {
        if (tag.name === 'sheet') {
          const rel = tag.attributes['r:id'] ?? Object.entries(tag.attributes).find(([k]) => k.endsWith(':id'))?.[1];
          sheetsByRel.push({ name: String(tag.attributes.name ?? ''), rel: String(rel ?? '') });
        } else if (tag.name === 'workbookPr') {
          const value = String(tag.attributes.date1904 ?? '');
          date1904 = value === '1' || value === 'true';
        }
      });
      xmlEntry(file, parser);
    } else if (name === 'xl/_rels/workbook.xml.rels') {
      const parser = new SaxesParser();
      parser.on('opentag', (tag: SaxesTagPlain) => {
        if (tag.name !== 'Relationship') return;
        const target = resolveTarget(String(tag.attributes.Target ?? ''));
        rels.set(String(tag.attributes.Id ?? ''), target);
        if (String(tag.attributes.Type ?? '').endsWith('/sharedStrings')) sharedStringsPath = target;
      });
      xmlEntry(file, parser);
    } else if (name === 'xl/styles.xml') {
      const parser = new SaxesParser();
      let inCellXfs = false;
      parser.on('opentag', (tag: SaxesTagPlain) => {
        if (tag.name === 'numFmt') {
          customFormats.set(Number(tag.attributes.numFmtId), String(tag.attributes.formatCode ?? ''));
        } else if (tag.name === 'cellXfs') inCellXfs = true;
        else if (tag.name === 'xf' && inCellXfs) xfFormats.push(Number(tag.attributes.numFmtId ?? 0));
      });
      parser.on('closetag', (tag) => {
        if (tag.name === 'cellXfs') inCellXfs = false;
      });
      xmlEntry(file, parser);
    } else if (!sawSharedStrings && (/^xl\/sharedstrings\.xml$/i.test(name) || name === sharedStringsPath)) {
      sawSharedStrings = true;
      parseSharedStrings(file);
    }
  });
  if (!sawWorkbook) throw ImportFileError.unreadable('xlsx', new Error('no xl/workbook.xml in the archive'));
  const sheets = sheetsByRel.map((s) => ({ name: s.name, path: rels.get(s.rel) ?? '' })).filter((s) => s.path !== '');
  return {
    sheets,
    date1904,
    sharedStrings,
    styles: xfFormats.map((id) => styleKind(id, customFormats)),
  };
}

function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) index = index * 26 + (code - 64);
    else if (code >= 97 && code <= 122) index = index * 26 + (code - 96);
    else break;
  }
  return index - 1;
}

const epoch1900 = daysFromCivil(1899, 12, 30);
const epoch1904 = daysFromCivil(1904, 1, 1);

/**
 * Second pass: the rows of the sheets `wanted` accepts, in batches (one per chunk of the file).
 */
export async function* readXlsxRows(
  path: string,
  info: WorkbookInfo,
  options: { wanted?: (sheet: string) => boolean; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<XlsxRow[]> {
  const sheetByPath = new Map(info.sheets.map((s) => [s.path, s.name]));
  const pending: XlsxRow[] = [];
  const epoch = info.date1904 ? epoch1904 : epoch1900;

  const parseSheet = (file: UnzipFile, sheet: string) => {
    const parser = new SaxesParser();
    let rowNumber = 0;
    let cells: Cell[] | null = null;
    let col = -1;
    let type = 'n';
    let style = 0;
    let value = '';
    let inValue = false;
    let inInline = false;
    let hasValue = false;
    parser.on('opentag', (tag: SaxesTagPlain) => {
      switch (tag.name) {
        case 'row': {
          const r = Number(tag.attributes.r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          col = -1;
          break;
        }
        case 'c': {
          const ref = tag.attributes.r;
          const index = typeof ref === 'string' && ref !== '' ? columnIndex(ref) : -1;
          col = index >= 0 ? index : col + 1;
          type = String(tag.attributes.t ?? 'n');
          style = Number(tag.attributes.s ?? 0) || 0;
          value = '';
          hasValue = false;
          break;
        }
        case 'v':
          inValue = true;
          hasValue = true;
          break;
        case 'is':
          inInline = true;
          hasValue = true;
          break;
        case 't':
          if (inInline) inValue = true;
          break;
      }
    });
    parser.on('text', (text) => {
      if (inValue) value += text;
    });
    parser.on('closetag', (tag) => {
      switch (tag.name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c': {
          if (!cells || !hasValue) break;
          let cell: Cell = null;
          if (type === 's') cell = info.sharedStrings[Number(value)] ?? null;
          else if (type === 'str' || type === 'inlineStr' || type === 'e') cell = value;
          else if (type === 'b') cell = value === '1' ? 'TRUE' : 'FALSE';
          else if (type === 'd') cell = value.slice(0, 10);
          else {
            const n = Number(value);
            if (value.trim() === '' || !Number.isFinite(n)) cell = value;
            else {
              const kind = info.styles[style] ?? 'other';
              if (kind === 'date' && n >= 0 && n < 2_958_466) {
                cell = formatDay(epoch + Math.floor(n));
              } else if (kind === 'percent') cell = Number((n * 100).toPrecision(15));
              else cell = n;
            }
          }
          while (cells.length < col) cells.push(null);
          cells[col] = cell;
          break;
        }
        case 'row':
          if (cells) pending.push({ sheet, line: rowNumber, cells });
          cells = null;
          break;
      }
    });
    xmlEntry(file, parser);
  };

  // Rows parsed while a chunk is pushed are handed out before the next chunk is read.
  const unzip = new Unzip((file) => {
    const name = file.name.replace(/\\/g, '/');
    const sheet = sheetByPath.get(name);
    if (sheet !== undefined && (options.wanted?.(sheet) ?? true)) parseSheet(file, sheet);
  });
  unzip.register(UnzipInflate);
  let bytes = 0;
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      unzip.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      options.onBytes?.(bytes);
      if (pending.length > 0) yield pending.splice(0);
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw ImportFileError.unreadable('xlsx', error);
  }
  if (pending.length > 0) yield pending.splice(0);
}
