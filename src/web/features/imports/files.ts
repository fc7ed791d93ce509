/**
 * The files the import accepts, told by their name before anything is sent (the server reads the
 * content itself; this only catches a PDF or an image dropped by mistake), and the Content-Type
 * each is sent with.
 */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TYPES_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  tab: 'text/tab-separated-values',
  txt: 'text/plain',
  xlsx: XLSX_TYPE,
  // Old Excel workbooks are sent anyway: the server says how to convert them.
  xls: 'application/vnd.ms-excel',
};

/** What the file picker offers (extensions and types, for browsers that go by either). */
export const ACCEPT = ['.csv', '.tsv', '.txt', '.xlsx', 'text/csv', 'text/tab-separated-values', XLSX_TYPE].join(',');

function extensionOf(fileName: string): string | null {
  const match = /\.([^./\\]+)$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** Whether the name says CSV, TSV, text or a workbook; a name without an extension is left to the server. */
export function isAcceptedFileName(fileName: string): boolean {
  const extension = extensionOf(fileName);
  return extension === null || extension in TYPES_BY_EXTENSION;
}

/** The Content-Type of the upload: from the extension (browsers disagree on `file.type` for CSV). */
export function uploadContentType(fileName: string): string {
  const extension = extensionOf(fileName);
  return (extension && TYPES_BY_EXTENSION[extension]) ?? 'application/octet-stream';
}

export type SizeUnit = 'b' | 'kb' | 'mb' | 'gb';

/** A size as a number and a unit (1,024 bytes a kilobyte), rounded to one decimal from 10 KB down. */
export function sizeParts(bytes: number): { value: number; unit: SizeUnit } {
  const units: SizeUnit[] = ['b', 'kb', 'mb', 'gb'];
  let value = Math.max(0, bytes);
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index += 1;
  }
  const rounded = index === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return { value: rounded, unit: units[index]! };
}
