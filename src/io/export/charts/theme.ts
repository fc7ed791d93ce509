/** Colours and type shared by the SVG charts (PDF) and the native charts (PPTX). */
export const palette = {
  primary: '#2f6fb0',
  secondary: '#7aa6d6',
  tertiary: '#b9cfe8',
  accent: '#d9822b',
  critical: '#c0392b',
  good: '#2e8b57',
  warning: '#d9a21b',
  bad: '#c0392b',
  muted: '#8a8f98',
  text: '#333333',
  grid: '#e3e6ea',
};

/** Series colours in order. */
export const seriesColours = [palette.primary, palette.accent, palette.good, palette.secondary, palette.muted];

/** The family the SVG asks for; the PDF maps it to the font it embeds. */
export const chartFontFamily = 'DejaVu Sans';
export const chartFontSize = 9;
