import type { Tone } from '../report/outline.js';
import type { FontName } from './fonts.js';

/** A4 in points, and the frame the content flows in. */
export const page = {
  width: 595.28,
  height: 841.89,
  marginX: 50,
  top: 56,
  bottom: 56,
};

export const contentWidth = page.width - 2 * page.marginX;
export const contentBottom = page.height - page.bottom;

export interface TextStyle {
  font: FontName;
  size: number;
  colour: string;
  /** Line height as a multiple of the size. */
  leading: number;
}

const text = (font: FontName, size: number, colour: string, leading = 1.3): TextStyle => ({
  font,
  size,
  colour,
  leading,
});

export const styles = {
  body: text('regular', 9.5, '#222222'),
  lead: text('regular', 10.5, '#1f3b5a'),
  note: text('italic', 8.5, '#666666'),
  sectionTitle: text('bold', 18, '#1f3b5a', 1.2),
  subheading2: text('bold', 12.5, '#2f6fb0', 1.25),
  subheading3: text('bold', 10.5, '#333333', 1.25),
  highlight: text('regular', 9.5, '#1f3b5a'),
  tableHeader: text('condensedBold', 8, '#1f3b5a', 1.25),
  tableCell: text('condensed', 8, '#222222', 1.25),
  tableCellBold: text('condensedBold', 8, '#222222', 1.25),
  figureLabel: text('regular', 7.5, '#666666', 1.25),
  figureValue: text('bold', 12, '#1f3b5a', 1.2),
  chartTitle: text('bold', 9.5, '#333333'),
  footer: text('regular', 8, '#888888'),
  tocEntry: text('regular', 11, '#222222', 1.6),
  coverKicker: text('regular', 13, '#2f6fb0'),
  coverTitle: text('bold', 26, '#1f3b5a', 1.2),
  coverText: text('regular', 11, '#333333', 1.4),
};

export const colours = {
  rule: '#c9d3df',
  headerFill: '#e8eef5',
  stripe: '#f6f8fb',
  highlightFill: '#eef3f9',
  figureFill: '#f4f6f9',
  accent: '#2f6fb0',
};

export const toneColours: Record<Tone, string> = {
  good: '#2e7d4f',
  warning: '#b7791f',
  bad: '#c0392b',
  neutral: '#222222',
};
