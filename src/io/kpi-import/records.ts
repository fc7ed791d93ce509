import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Cell } from '../../contract/imports.js';
import { ImportFileError } from './errors.js';
import {
  decodeFile,
  decodeHead,
  detectDelimiter,
  detectEncoding,
  encodingLabel,
  readHead,
  type Delimiter,
  type EncodingGuess,
} from './text.js';
import { readWorkbookInfo, readXlsxRows, type WorkbookInfo } from './xlsx.js';

/**
 * A file as a stream of records (rows of cells), whatever it is: CSV/TSV in any of the usual
 * encodings and delimiters, or the sheets of an XLSX workbook. The type is read from the content
 * (an XLSX file is a ZIP archive), never from the name.
 */

export interface FileRecord {
  /** Sheet of an XLSX workbook; null for delimited text. */
  sheet: string | null;
  /** Line of the file (CSV; the first line of a record that spans several) or row of the sheet (XLSX), from 1. */
  line: number;
  cells: Cell[];
}

export interface RecordOptions {
  /** XLSX: read only the sheets this accepts. */
  wantedSheet?: (sheet: string) => boolean;
  onBytes?: (bytes: number) => void;
}

export interface OpenedFile {
  type: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: Delimiter | null;
  /** XLSX sheets in the workbook's order. */
  sheets: string[];
  /** The text at the start of a delimited file (for sniffing); empty for XLSX. */
  head: string;
  /** The records, in batches; may be called again for another pass. */
  records(options?: RecordOptions): AsyncGenerator<FileRecord[]>;
}

async function* csvRecords(
  path: string,
  guess: EncodingGuess,
  delimiter: Delimiter,
  options: RecordOptions,
): AsyncGenerator<FileRecord[]> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  const source = Readable.from(decodeFile(path, guess, { onBytes: options.onBytes }), { objectMode: true });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let line = 1;
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on('readable', signal);
  parser.on('end', () => {
    ended = true;
    signal();
  });
  parser.on('error', (error) => {
    failure = error;
    signal();
  });
  try {
    for (;;) {
      const batch: FileRecord[] = [];
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) {
        batch.push({ sheet: null, line, cells: record });
        line++;
        // A quoted field may hold line breaks: the next record starts that many lines further.
        for (const field of record) {
          if (field.length > 0 && field.includes('\n')) {
            for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) line++;
          }
        }
      }
      if (batch.length > 0) yield batch;
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        // Data, end or error may have come while the batch was being consumed.
        if (parser.readableLength > 0 || ended || failure) signal();
      });
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const lines = (error as { lines?: number }).lines;
    throw ImportFileError.unreadable('csv', error, typeof lines === 'number' ? lines : undefined);
  } finally {
    source.destroy();
    parser.destroy();
  }
}

async function* xlsxRecords(path: string, info: WorkbookInfo, options: RecordOptions): AsyncGenerator<FileRecord[]> {
  for await (const rows of readXlsxRows(path, info, { wanted: options.wantedSheet, onBytes: options.onBytes })) {
    yield rows;
  }
}

export async function openFile(path: string): Promise<OpenedFile> {
  const head = await readHead(path);
  if (head.length === 0) throw ImportFileError.empty();
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const info = await readWorkbookInfo(path);
    return {
      type: 'xlsx',
      encoding: null,
      delimiter: null,
      sheets: info.sheets.map((s) => s.name),
      head: '',
      records: (options = {}) => xlsxRecords(path, info, options),
    };
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) throw ImportFileError.legacyExcel();
  const guess = detectEncoding(head);
  const text = decodeHead(head, guess);
  if (text.includes('\u0000')) {
    throw new ImportFileError('unsupported', {
      fr: 'Ce fichier n’est ni un CSV ni un classeur XLSX.',
      en: 'This file is neither a CSV file nor an XLSX workbook.',
    });
  }
  const delimiter = detectDelimiter(text);
  return {
    type: 'csv',
    encoding: encodingLabel(guess),
    delimiter,
    sheets: [],
    head: text,
    records: (options = {}) => csvRecords(path, guess, delimiter, options),
  };
}
