import type { TextStyle } from './style.js';

/** The part of a PDFKit document that measuring and drawing text needs. */
export type Doc = PDFKit.PDFDocument;

/**
 * Line breaking done here rather than by PDFKit: words are measured once and cached (a large plan
 * has tens of thousands of table cells made of the same words), lines break only at plain
 * spaces (so "1 200 €" and « texte » never split at their no-break spaces), and a word wider
 * than the line is cut between characters.
 */
export class TextMeasure {
  /** Widths by font, then size, then text. */
  private readonly widths = new Map<string, Map<number, Map<string, number>>>();

  constructor(private readonly doc: Doc) {}

  width(text: string, style: TextStyle): number {
    let bySize = this.widths.get(style.font);
    if (!bySize) {
      bySize = new Map();
      this.widths.set(style.font, bySize);
    }
    let byText = bySize.get(style.size);
    if (!byText) {
      byText = new Map();
      bySize.set(style.size, byText);
    }
    let width = byText.get(text);
    if (width === undefined) {
      width = this.doc.font(style.font).fontSize(style.size).widthOfString(text);
      byText.set(text, width);
    }
    return width;
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  /** The lines of `text` in `maxWidth`; each `\n` starts a new line. */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    const space = this.width(' ', style);
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        if (word === '') continue;
        const width = this.width(word, style);
        if (line && lineWidth + space + width <= maxWidth) {
          line += ` ${word}`;
          lineWidth += space + width;
          continue;
        }
        if (line) lines.push(line);
        if (width <= maxWidth) {
          line = word;
          lineWidth = width;
          continue;
        }
        const pieces = this.cut(word, style, maxWidth);
        const last = pieces.pop() ?? '';
        lines.push(...pieces);
        line = last;
        lineWidth = this.width(last, style);
      }
      lines.push(line);
    }
    return lines;
  }

  private cut(word: string, style: TextStyle, maxWidth: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece && this.width(piece + char, style) > maxWidth) {
        pieces.push(piece);
        piece = char;
      } else {
        piece += char;
      }
    }
    pieces.push(piece);
    return pieces;
  }
}

/** What the fast path reads of PDFKit's embedded font (`doc._font` once `doc.font(name)` is set). */
interface EmbeddedFont {
  id: string;
  ascender: number;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  ref(): unknown;
}

interface DocInternals {
  _font?: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

const rgbCache = new Map<string, string>();

/** `#1f3b5a` → `0.122 0.231 0.353 rg`. */
function rgb(colour: string): string {
  let op = rgbCache.get(colour);
  if (!op) {
    const hex = colour.replace('#', '');
    const channel = (i: number) => (parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3);
    op = `${channel(0)} ${channel(2)} ${channel(4)} rg`;
    rgbCache.set(colour, op);
  }
  return op;
}

const num = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Draws one line with its top at `y`; never wraps nor adds a page.
 *
 * A large plan draws some 30,000 table lines, and PDFKit's `text()` writes ten small content
 * chunks for each (colour, save, transform, BT, Tm, Tf, TJ, ET, restore), which made the garbage
 * collector the slowest part of the export. This writes one text object per line from the same
 * font encoding (glyphs, kerning) PDFKit uses; a line with positioned marks (combining accents)
 * goes through `text()`.
 */
export function drawLine(
  doc: Doc,
  line: string,
  x: number,
  y: number,
  style: TextStyle,
  colour: string = style.colour,
): void {
  if (!line) return;
  doc.font(style.font).fontSize(style.size);
  const internals = doc as unknown as DocInternals;
  const font = internals._font;
  if (!font || typeof font.encode !== 'function') {
    doc.fillColor(colour).text(line, x, y, { lineBreak: false });
    return;
  }
  const [glyphs, positions] = font.encode(line);
  if (positions.some((p) => p.xOffset || p.yOffset)) {
    doc.fillColor(colour).text(line, x, y, { lineBreak: false });
    return;
  }
  const page = internals.page;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  // Runs of glyphs, split where kerning moves the next glyph (TJ adjustments are in 1/1000 em).
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as { xAdvance: number; advanceWidth: number };
    const adjust = position.xAdvance - position.advanceWidth;
    if (adjust !== 0) {
      parts.push(`<${glyphs.slice(start, i + 1).join('')}> ${num(-adjust)}`);
      start = i + 1;
    }
  }
  if (start < glyphs.length) parts.push(`<${glyphs.slice(start).join('')}>`);
  const baseline = page.height - y - (font.ascender / 1000) * style.size;
  // The page's coordinates are flipped (origin at the top left); text is drawn in PDF's own.
  doc.addContent(
    `q 1 0 0 -1 0 ${num(page.height)} cm BT ${rgb(colour)} /${font.id} ${num(style.size)} Tf 1 0 0 1 ${num(x)} ${num(baseline)} Tm [${parts.join(' ')}] TJ ET Q`,
  );
}
