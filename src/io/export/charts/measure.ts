import { fontFace } from './fonts.js';

const advances = new Map<string, number>();

/** Advance of one character in em units, cached. */
function advance(weight: 'regular' | 'bold', char: string): number {
  const key = weight + char;
  let width = advances.get(key);
  if (width === undefined) {
    const f = fontFace(weight);
    width = f.glyphForCodePoint(char.codePointAt(0) ?? 32).advanceWidth / f.unitsPerEm;
    advances.set(key, width);
  }
  return width;
}

/**
 * Width in pixels of `text` in a CSS `font` ("bold 9px DejaVu Sans"), from DejaVu's metrics: on
 * the server ECharts has no canvas to measure with, and its guess would misplace labels and
 * legends once the PDF draws them in DejaVu.
 */
export function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  const weight = /\bbold\b|\b[6-9]00\b/.test(font ?? '') ? 'bold' : 'regular';
  let em = 0;
  for (const char of text) em += advance(weight, char);
  return { width: em * size };
}
