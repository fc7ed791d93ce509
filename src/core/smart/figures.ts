import { wordsPattern, type ObjectiveText } from './text.js';
import { withoutDates } from './time-expressions.js';

/**
 * Figures that quantify an objective: « 15 % », « +20% », « 1 000 leads », "2.5k", « doubler ».
 * Digits inside words (B2B, 4G) are not figures, nor are the digits of a date.
 */
const FIGURE = wordsPattern([
  // 1 000 / 1,000 / 12,5 / 2.5 with an optional sign and unit
  '[+-]?\\d{1,3}(?:[ ,.]\\d{3})+(?:[.,]\\d+)?(?: ?(?:%|k|m|€|\\$|pts?|points?))?',
  '[+-]?\\d+(?:[.,]\\d+)?(?: ?(?:%|k|m|€|\\$|pts?|points?))?',
  // Multipliers and numbers in words
  'doubl[\\p{L}]*',
  'tripl[\\p{L}]*',
  'quadrupl[\\p{L}]*',
  'de moitie',
  'diviser par (?:deux|trois|\\d+)',
  '(?:deux|trois|quatre|dix) fois',
  'twice',
  '(?:by|in) half',
  'halve',
  'halving',
  '(?:two|three|four|ten) times',
  'cent',
  'mille',
  'millions?',
  'hundreds?',
  'thousands?',
]);

/** The first figure the text gives, as the user wrote it, or null. */
export function findFigure(text: ObjectiveText): string | null {
  FIGURE.lastIndex = 0;
  const match = FIGURE.exec(withoutDates(text.folded));
  FIGURE.lastIndex = 0;
  if (!match) return null;
  return text.original.slice(match.index, match.index + match[0].length).trim();
}
