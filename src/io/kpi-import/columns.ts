import type { Cell, PreviewColumn } from '../../contract/imports.js';
import { headerCurrency } from './formats.js';
import {
  cellText,
  detectDecimalSeparator,
  guessDateFormat,
  isEmptyCell,
  parseNumber,
  type DateContext,
} from './values.js';

/**
 * What a column holds, from its header and its first rows: dates (with their format and how sure
 * we are), numbers (decimal separator, percentages, currency), or text.
 */

/** Rows of a table read to guess its columns (and, on import, the decimal separator and date format). */
export const sampleRows = 1000;

export function analyseColumn(
  name: string,
  index: number,
  cells: readonly Cell[],
  context: DateContext,
): PreviewColumn {
  const nonEmpty = cells.filter((c) => !isEmptyCell(c));
  const samples = nonEmpty.slice(0, 5).map((c) => cellText(c).trim());
  const base = { name, index, samples };
  if (nonEmpty.length === 0) return { ...base, kind: 'empty', confidence: 1 };

  const decimal = detectDecimalSeparator(nonEmpty);
  let numbers = 0;
  let placeholders = 0;
  let percents = 0;
  let currency: string | null = headerCurrency(name);
  for (const cell of nonEmpty) {
    const read = parseNumber(cell, decimal);
    if (read === null) placeholders++;
    else if (typeof read === 'object') {
      numbers++;
      if (read.percent) percents++;
      if (read.currency) currency ??= read.currency;
    }
  }
  const valued = nonEmpty.length - placeholders;
  const numberShare = valued === 0 ? 0 : numbers / valued;

  const date = guessDateFormat(name, nonEmpty, context);
  if (date && date.confidence >= 0.8) {
    return {
      ...base,
      kind: 'date',
      confidence: date.confidence,
      dateFormat: date.format,
      ...(date.ambiguous ? { dateAmbiguous: true } : {}),
    };
  }
  if (valued > 0 && numberShare >= 0.8) {
    const kind = percents > numbers / 2 ? 'percent' : currency ? 'currency' : 'number';
    return {
      ...base,
      kind,
      confidence: numberShare,
      ...(decimal ? { decimalSeparator: decimal } : {}),
      ...(currency ? { currency } : {}),
    };
  }
  return { ...base, kind: 'text', confidence: 1 - numberShare };
}
