import PDFDocument from 'pdfkit';
import type { ReportOutline, Section } from '../report/outline.js';
import { drawBlock, subheadingHeight } from './blocks.js';
import { pdfFonts } from './fonts.js';
import { drawContents, drawCover, drawPageFrames, type TocEntry } from './frame.js';
import { colours, styles } from './style.js';
import { drawLine } from './text.js';
import { PdfWriter } from './writer.js';

/** Draws a section from a new page on; returns the number of that page. */
function drawSection(writer: PdfWriter, section: Section, number: number): number {
  writer.newPage();
  const firstPage = writer.pageNumber;
  writer.text(`${number}. ${section.title}`, styles.sectionTitle);
  writer.y += 8;
  if (section.highlights.length > 0) {
    const indent = 14;
    const inner = writer.width - 2 * 10;
    const height =
      section.highlights.reduce((sum, line) => sum + writer.heightOf(line, styles.highlight, inner - indent) + 2, 0) +
      16;
    writer.ensure(height);
    writer.doc.rect(writer.left, writer.y, writer.width, height).fill(colours.highlightFill);
    writer.doc.rect(writer.left, writer.y, 3, height).fill(colours.accent);
    writer.y += 8;
    for (const line of section.highlights) {
      drawLine(writer.doc, '•', writer.left + 12, writer.y, styles.highlight, colours.accent);
      writer.text(line, styles.highlight, { indent: 10 + indent, width: writer.width - 10 });
      writer.y += 2;
    }
    writer.y += 8;
    writer.gap(10);
  }
  section.blocks.forEach((block, index) => {
    let keepWith = 0;
    for (let next = section.blocks[index + 1], j = index + 1; next?.kind === 'subheading'; next = section.blocks[++j]) {
      keepWith += subheadingHeight(writer, next);
    }
    drawBlock(writer, block, keepWith);
  });
  return firstPage;
}

/**
 * The report as an A4 PDF: cover, contents, one section after the other, numbered pages.
 * `createdAt` goes into the document's metadata.
 */
export async function renderPdf(outline: ReportOutline, createdAt: Date): Promise<Buffer> {
  const created = createdAt;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    lang: outline.locale,
    displayTitle: true,
    info: {
      Title: outline.title,
      Subject: outline.subject,
      Author: 'Jalon',
      Creator: 'Jalon',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, font] of pdfFonts()) doc.registerFont(name, font);
  const writer = new PdfWriter(doc);
  writer.newPage();
  drawCover(writer, outline.cover, outline.chrome.generatedBy);
  writer.newPage();
  const contentsPage = writer.pageNumber;
  const entries: TocEntry[] = [];
  outline.sections.forEach((section, index) => {
    const page = drawSection(writer, section, index + 1);
    entries.push({ title: `${index + 1}. ${section.title}`, page });
  });
  doc.switchToPage(contentsPage - 1);
  drawContents(writer, outline.chrome.contents, entries);
  drawPageFrames(writer, outline);
  doc.end();
  return finished;
}
