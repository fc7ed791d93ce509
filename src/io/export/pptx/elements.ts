import type { Slide, TableProps, TableRow as PptxTableRow } from './pptxgen.js';
import type { KeyFigure, Section, TableColumn, TableRow } from '../report/outline.js';
import { colours, contentTop, fontFace, slide as frame, toneColours } from './theme.js';

export type { Slide };
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A text cut to `max` characters: a slide shows the gist, the PDF the whole. */
export function cut(text: string, max: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' — ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function addTitle(slide: Slide, title: string, lang: string): void {
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: frame.width,
    h: 0.12,
    fill: { color: colours.accent },
    line: { type: 'none' },
  });
  slide.addText(title, {
    x: frame.margin,
    y: 0.35,
    w: frame.width - 2 * frame.margin,
    h: 0.8,
    fontFace,
    fontSize: 28,
    bold: true,
    color: colours.title,
    lang,
    valign: 'middle',
  });
}

export function addBullets(slide: Slide, lines: string[], box: Box, lang: string, fontSize = 15): void {
  if (lines.length === 0) return;
  slide.addText(
    lines.map((line) => ({ text: cut(line, 180), options: { bullet: { indent: 16 }, breakLine: true } })),
    { ...box, fontFace, fontSize, color: colours.text, valign: 'top', paraSpaceAfter: 6, lang, fit: 'shrink' },
  );
}

/** Key figures as cards, `columns` per row. */
export function addFigures(slide: Slide, items: KeyFigure[], box: Box, lang: string, columns = 3): void {
  const gap = 0.15;
  const rows = Math.ceil(items.length / columns);
  const w = (box.w - (columns - 1) * gap) / columns;
  const h = Math.min(1.3, (box.h - (rows - 1) * gap) / rows);
  items.forEach((item, index) => {
    const x = box.x + (index % columns) * (w + gap);
    const y = box.y + Math.floor(index / columns) * (h + gap);
    slide.addShape('rect', { x, y, w, h, fill: { color: colours.cardFill }, line: { type: 'none' } });
    slide.addText(
      [
        { text: item.label, options: { fontSize: 12, color: colours.muted, breakLine: true } },
        {
          text: item.value,
          options: { fontSize: 22, bold: true, color: item.tone ? toneColours[item.tone] : colours.title },
        },
      ],
      { x: x + 0.1, y, w: w - 0.2, h, fontFace, valign: 'middle', lang, fit: 'shrink' },
    );
  });
}

/**
 * The first rows of an outline table, in chosen columns, with a last line saying how many more
 * the full document lists.
 */
export function addTable(
  slide: Slide,
  table: { columns: TableColumn[]; rows: TableRow[] },
  pick: number[],
  box: Box,
  options: { lang: string; maxRows: number; more: (count: number) => string; maxChars?: number },
): void {
  const columns = pick.map((index) => table.columns[index]).filter((c): c is TableColumn => c !== undefined);
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const colW = columns.map((c) => (c.weight / total) * box.w);
  const maxChars = options.maxChars ?? 70;
  const header = columns.map((c) => ({
    text: c.label,
    options: { bold: true, color: colours.title, fill: { color: colours.headerFill }, align: c.align ?? 'left' },
  }));
  const shown = table.rows.slice(0, options.maxRows);
  const body = shown.map((row) =>
    pick.map((index, position) => {
      const tone = row.tones?.[index];
      return {
        text: cut(row.cells[index] ?? '', maxChars),
        options: {
          bold: Boolean(row.emphasis) || (tone !== undefined && tone !== 'neutral'),
          color: tone ? toneColours[tone] : colours.text,
          align: columns[position]?.align ?? 'left',
        },
      };
    }),
  );
  const hidden = table.rows.length - shown.length;
  const rows: PptxTableRow[] = [header, ...body];
  if (hidden > 0) {
    rows.push([
      { text: options.more(hidden), options: { colspan: columns.length, italic: true, color: colours.muted } },
    ]);
  }
  slide.addTable(rows, {
    x: box.x,
    y: box.y,
    w: box.w,
    colW,
    fontFace,
    fontSize: 11,
    border: { type: 'solid', pt: 0.5, color: colours.rule },
    margin: 0.05,
    valign: 'middle',
    lang: options.lang,
  } as TableProps);
}

export function addNote(slide: Slide, text: string, box: Box, lang: string): void {
  slide.addText(cut(text, 300), {
    ...box,
    fontFace,
    fontSize: 12,
    italic: true,
    color: colours.muted,
    valign: 'top',
    lang,
  });
}

/** The section's first block of a kind. */
export function firstBlock<K extends Section['blocks'][number]['kind']>(
  section: Section | undefined,
  kind: K,
): Extract<Section['blocks'][number], { kind: K }> | undefined {
  return section?.blocks.find((b): b is Extract<Section['blocks'][number], { kind: K }> => b.kind === kind);
}

export const fullWidth = (y = contentTop, h = frame.height - y - 0.5): Box => ({
  x: frame.margin,
  y,
  w: frame.width - 2 * frame.margin,
  h,
});
