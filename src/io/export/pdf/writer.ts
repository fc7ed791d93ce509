import { contentBottom, contentWidth, page, type TextStyle } from './style.js';
import { drawLine, TextMeasure, type Doc } from './text.js';

/** A cursor over the pages: where the next block goes, and a new page when it does not fit. */
export class PdfWriter {
  y = page.top;
  readonly measure: TextMeasure;
  readonly left = page.marginX;
  readonly width = contentWidth;

  constructor(readonly doc: Doc) {
    this.measure = new TextMeasure(doc);
  }

  /** 1-based number of the page being written. */
  get pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  get atPageTop(): boolean {
    return this.y <= page.top + 0.01;
  }

  get room(): number {
    return contentBottom - this.y;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = page.top;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.room && !this.atPageTop) this.newPage();
  }

  gap(height: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + height, contentBottom);
  }

  /** Wrapped text from the cursor down, breaking pages between lines. */
  text(text: string, style: TextStyle, options: { indent?: number; colour?: string; width?: number } = {}): void {
    const indent = options.indent ?? 0;
    const lines = this.measure.wrap(text, style, (options.width ?? this.width) - indent);
    const lineHeight = this.measure.lineHeight(style);
    for (const line of lines) {
      this.ensure(lineHeight);
      drawLine(this.doc, line, this.left + indent, this.y, style, options.colour);
      this.y += lineHeight;
    }
  }

  /** Height `text` takes in `width` with `style`. */
  heightOf(text: string, style: TextStyle, width: number = this.width): number {
    return this.measure.wrap(text, style, width).length * this.measure.lineHeight(style);
  }
}
