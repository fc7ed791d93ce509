import type { TableColumn, TableRow } from '../report/outline.js';
import { colours, contentBottom, styles, toneColours, type TextStyle } from './style.js';
import { drawLine } from './text.js';
import type { PdfWriter } from './writer.js';

const padX = 3.5;
const padY = 2.5;
/** A cell longer than this is cut: a row must fit on a page. */
const maxCellLines = 30;

interface LaidRow {
  lines: string[][];
  height: number;
}

function layRow(writer: PdfWriter, cells: string[], widths: number[], style: TextStyle): LaidRow {
  const lineHeight = writer.measure.lineHeight(style);
  const lines = widths.map((width, index) => {
    const wrapped = writer.measure.wrap(cells[index] ?? '', style, width - 2 * padX);
    if (wrapped.length <= maxCellLines) return wrapped;
    return [...wrapped.slice(0, maxCellLines - 1), `${wrapped[maxCellLines - 1] ?? ''} …`];
  });
  const height = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 2 * padY;
  return { lines, height };
}

function drawRow(
  writer: PdfWriter,
  row: LaidRow,
  widths: number[],
  columns: TableColumn[],
  style: TextStyle,
  fill: string | null,
  tones?: TableRow['tones'],
): void {
  const { doc } = writer;
  if (fill) doc.rect(writer.left, writer.y, writer.width, row.height).fill(fill);
  const lineHeight = writer.measure.lineHeight(style);
  let x = writer.left;
  widths.forEach((width, index) => {
    const align = columns[index]?.align ?? 'left';
    const tone = tones?.[index];
    const colour = tone ? toneColours[tone] : style.colour;
    const cellStyle = tone && tone !== 'neutral' && style.font === 'condensed' ? styles.tableCellBold : style;
    (row.lines[index] ?? []).forEach((line, lineIndex) => {
      const lineWidth = writer.measure.width(line, cellStyle);
      const lineX =
        align === 'right' ? x + width - padX - lineWidth : align === 'center' ? x + (width - lineWidth) / 2 : x + padX;
      drawLine(doc, line, lineX, writer.y + padY + lineIndex * lineHeight, cellStyle, colour);
    });
    x += width;
  });
  doc
    .moveTo(writer.left, writer.y + row.height)
    .lineTo(writer.left + writer.width, writer.y + row.height)
    .lineWidth(0.4)
    .strokeColor(colours.rule)
    .stroke();
  writer.y += row.height;
}

/**
 * A table across the content width, columns sized by weight. Cells wrap; a row that does not fit
 * goes to the next page, where the header row is drawn again.
 */
export function drawTable(writer: PdfWriter, columns: TableColumn[], rows: TableRow[]): void {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * writer.width);
  const header = layRow(
    writer,
    columns.map((c) => c.label),
    widths,
    styles.tableHeader,
  );
  const drawHeader = () => drawRow(writer, header, widths, columns, styles.tableHeader, colours.headerFill);
  const first = rows[0] ? layRow(writer, rows[0].cells, widths, styles.tableCell) : null;
  writer.ensure(header.height + (first?.height ?? 0));
  drawHeader();
  rows.forEach((row, index) => {
    const style = row.emphasis ? styles.tableCellBold : styles.tableCell;
    const laid = index === 0 && first && !row.emphasis ? first : layRow(writer, row.cells, widths, style);
    if (writer.y + laid.height > contentBottom) {
      writer.newPage();
      drawHeader();
    }
    drawRow(writer, laid, widths, columns, style, index % 2 === 1 ? colours.stripe : null, row.tones);
  });
}
