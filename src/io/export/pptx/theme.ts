import type { Tone } from '../report/outline.js';

/** Wide 16:9 slides, in inches. */
export const slide = { width: 13.333, height: 7.5, margin: 0.5 };
export const contentTop = 1.35;
export const contentBottom = slide.height - 0.45;
export const contentWidth = slide.width - 2 * slide.margin;

export const fontFace = 'Arial';

/** pptxgenjs colours are hex without `#`. */
export const colours = {
  title: '1F3B5A',
  accent: '2F6FB0',
  text: '222222',
  muted: '666666',
  headerFill: 'E8EEF5',
  cardFill: 'F4F6F9',
  highlightFill: 'EEF3F9',
  rule: 'C9D3DF',
  critical: 'C0392B',
  orange: 'D9822B',
  green: '2E8B57',
  grey: '8A8F98',
};

export const toneColours: Record<Tone, string> = {
  good: '2E7D4F',
  warning: 'B7791F',
  bad: 'C0392B',
  neutral: '222222',
};

/** Chart series colours, in order (same palette as the PDF's charts). */
export const seriesColours = ['2F6FB0', 'D9822B', '2E8B57', '7AA6D6', '8A8F98'];
