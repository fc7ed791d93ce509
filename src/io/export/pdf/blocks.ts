import type { Block, KeyFigure } from '../report/outline.js';
import { drawChart } from './chart.js';
import { colours, styles, toneColours } from './style.js';
import { drawTable } from './table.js';
import { drawLine } from './text.js';
import type { PdfWriter } from './writer.js';

const figureColumns = 3;
const figureGap = 6;

function drawFigures(writer: PdfWriter, items: KeyFigure[]): void {
  const width = (writer.width - (figureColumns - 1) * figureGap) / figureColumns;
  for (let start = 0; start < items.length; start += figureColumns) {
    const row = items.slice(start, start + figureColumns);
    const heights = row.map(
      (item) =>
        writer.heightOf(item.label, styles.figureLabel, width - 12) +
        writer.heightOf(item.value, styles.figureValue, width - 12) +
        14,
    );
    const height = Math.max(...heights);
    writer.ensure(height);
    row.forEach((item, index) => {
      const x = writer.left + index * (width + figureGap);
      writer.doc.roundedRect(x, writer.y, width, height, 3).fill(colours.figureFill);
      let y = writer.y + 6;
      for (const line of writer.measure.wrap(item.label, styles.figureLabel, width - 12)) {
        drawLine(writer.doc, line, x + 6, y, styles.figureLabel);
        y += writer.measure.lineHeight(styles.figureLabel);
      }
      y += 2;
      const colour = item.tone ? toneColours[item.tone] : styles.figureValue.colour;
      for (const line of writer.measure.wrap(item.value, styles.figureValue, width - 12)) {
        drawLine(writer.doc, line, x + 6, y, styles.figureValue, colour);
        y += writer.measure.lineHeight(styles.figureValue);
      }
    });
    writer.y += height + figureGap;
  }
}

function drawList(writer: PdfWriter, items: string[]): void {
  const indent = 12;
  for (const item of items) {
    const lineHeight = writer.measure.lineHeight(styles.body);
    writer.ensure(lineHeight);
    drawLine(writer.doc, '•', writer.left + 3, writer.y, styles.body, colours.accent);
    writer.text(item, styles.body, { indent });
    writer.y += 2;
  }
}

/** Height of a subheading with the gap above and below it. */
export function subheadingHeight(writer: PdfWriter, block: Extract<Block, { kind: 'subheading' }>): number {
  const style = block.level === 3 ? styles.subheading3 : styles.subheading2;
  return writer.heightOf(block.text, style) + (block.level === 3 ? 4 : 8) + 3;
}

/**
 * One block of a section. A subheading keeps with what follows it: `keepWith` is the height of
 * the subheadings right after it, and some room is kept for the first lines of the content.
 */
export function drawBlock(writer: PdfWriter, block: Block, keepWith = 0): void {
  switch (block.kind) {
    case 'paragraph': {
      const style = block.style === 'lead' ? styles.lead : block.style === 'note' ? styles.note : styles.body;
      writer.text(block.text, style);
      writer.gap(5);
      return;
    }
    case 'subheading': {
      const style = block.level === 3 ? styles.subheading3 : styles.subheading2;
      writer.gap(block.level === 3 ? 4 : 8);
      writer.ensure(writer.heightOf(block.text, style) + keepWith + 48);
      writer.text(block.text, style);
      writer.gap(3);
      return;
    }
    case 'figures':
      drawFigures(writer, block.items);
      writer.gap(4);
      return;
    case 'list':
      drawList(writer, block.items);
      writer.gap(4);
      return;
    case 'table':
      drawTable(writer, block.columns, block.rows);
      writer.gap(8);
      return;
    case 'chart':
      writer.gap(4);
      drawChart(writer, block.chart);
      writer.gap(8);
      return;
  }
}
