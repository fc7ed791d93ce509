import { fontFace, fontFiles, type FontName } from '../charts/fonts.js';

export type { FontName };

/** Every font the PDF uses, by the name it is registered under, parsed once per process. */
export function pdfFonts(): [FontName, PDFKit.Mixins.PDFFontSource][] {
  // PDFKit embeds a parsed fontkit font as it is (its type only lists files and bytes).
  return (Object.keys(fontFiles) as FontName[]).map((name) => [
    name,
    fontFace(name) as unknown as PDFKit.Mixins.PDFFontSource,
  ]);
}
