import type { CoverPage, ReportOutline } from '../report/outline.js';
import { colours, page, styles } from './style.js';
import { drawLine } from './text.js';
import type { PdfWriter } from './writer.js';

export interface TocEntry {
  title: string;
  page: number;
}

/** The first page: what the document is, for which plan, period and date. */
export function drawCover(writer: PdfWriter, cover: CoverPage, generatedBy: string): void {
  const { doc } = writer;
  doc.rect(0, 0, page.width, 14).fill(colours.accent);
  writer.y = 210;
  writer.text(cover.kicker, styles.coverKicker);
  writer.y += 10;
  writer.text(cover.title, styles.coverTitle);
  writer.y += 14;
  doc
    .moveTo(writer.left, writer.y)
    .lineTo(writer.left + 120, writer.y)
    .lineWidth(2)
    .strokeColor(colours.accent)
    .stroke();
  writer.y += 16;
  if (cover.description) {
    writer.text(cover.description, styles.coverText);
    writer.y += 18;
  }
  for (const detail of cover.details) {
    writer.text(`${detail.label} — ${detail.value}`, styles.coverText);
  }
  writer.y = page.height - page.bottom - 30;
  writer.text(generatedBy, styles.note);
}

/** The table of contents, written once every section's page is known, with dot leaders. */
export function drawContents(writer: PdfWriter, title: string, entries: TocEntry[]): void {
  writer.y = page.top + 20;
  writer.text(title, styles.sectionTitle);
  writer.y += 14;
  const style = styles.tocEntry;
  const dot = writer.measure.width('.', style);
  const lineHeight = writer.measure.lineHeight(style);
  for (const entry of entries) {
    const number = String(entry.page);
    const numberWidth = writer.measure.width(number, style);
    const right = writer.left + writer.width;
    const titleWidth = writer.measure.width(entry.title, style);
    drawLine(writer.doc, entry.title, writer.left, writer.y, style);
    drawLine(writer.doc, number, right - numberWidth, writer.y, style);
    const dotsFrom = writer.left + titleWidth + 6;
    const dotsTo = right - numberWidth - 6;
    const count = Math.max(0, Math.floor((dotsTo - dotsFrom) / dot));
    if (count > 0) drawLine(writer.doc, '.'.repeat(count), dotsTo - count * dot, writer.y, style, '#999999');
    writer.y += lineHeight;
  }
}

/** Footer of every page ("Page 3 / 12") and, past the cover, the plan's name at the top. */
export function drawPageFrames(writer: PdfWriter, outline: ReportOutline): void {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const footerY = page.height - 36;
  for (let index = range.start; index < range.start + total; index++) {
    doc.switchToPage(index);
    const number = index + 1;
    const label = outline.chrome.page(number, total);
    const width = writer.measure.width(label, styles.footer);
    drawLine(doc, label, writer.left + writer.width - width, footerY, styles.footer);
    if (number > 1) {
      const title = writer.measure.wrap(outline.title, styles.footer, writer.width * 0.7)[0] ?? '';
      drawLine(doc, title, writer.left, footerY, styles.footer);
      doc
        .moveTo(writer.left, footerY - 6)
        .lineTo(writer.left + writer.width, footerY - 6)
        .lineWidth(0.4)
        .strokeColor(colours.rule)
        .stroke();
    }
  }
}
