import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * DejaVu (from the `dejavu-fonts-ttf` package): the PDF embeds it, and the charts measure their
 * labels with its metrics so that what ECharts lays out is what the PDF draws. It covers French
 * and English text, « », ’, €, the narrow no-break space of French numbers, arrows and bullets;
 * nothing depends on the fonts of the machine that makes or opens a file.
 */
export const fontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export type FontName = keyof typeof fontFiles;

const cache = new Map<FontName, Buffer>();

/** A font file's bytes, read once per process. */
export function fontFile(name: FontName): Buffer {
  let data = cache.get(name);
  if (!data) {
    const require = createRequire(import.meta.url);
    data = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${fontFiles[name]}`));
    cache.set(name, data);
  }
  return data;
}

const faces = new Map<FontName, fontkit.Font>();

/**
 * A font parsed once per process: parsing DejaVu's tables is the costly part of using it, and a
 * parsed font serves every document (PDFKit takes it as is and subsets it per document).
 */
export function fontFace(name: FontName): fontkit.Font {
  let face = faces.get(name);
  if (!face) {
    face = fontkit.create(fontFile(name)) as fontkit.Font;
    faces.set(name, face);
  }
  return face;
}
