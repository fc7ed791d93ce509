/**
 * Text folding for the SMART lint: patterns are written once, in lower case without accents, and
 * match French and English however the user typed apostrophes, accents or spaces.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '`']);
const SPACES = new Set(['\u00a0', '\u202f', '\u2009', '\u2007', '\t', '\n', '\r']);
const DASHES = new Set(['\u2010', '\u2011', '\u2212']);

/**
 * Lower case, accents removed, typographic apostrophes, spaces and dashes made plain. Each code
 * point maps to one of the same length, so an index in the folded text is an index in the
 * original, and a message can quote what the user really wrote.
 */
export function foldText(text: string): string {
  let folded = '';
  for (const ch of text) folded += foldChar(ch);
  return folded;
}

function foldChar(ch: string): string {
  if (APOSTROPHES.has(ch)) return "'";
  if (SPACES.has(ch)) return ' ';
  if (DASHES.has(ch)) return '-';
  const lower = ch.toLowerCase();
  if (lower.length !== ch.length) return ch;
  const base = lower.normalize('NFD')[0] ?? lower;
  return base.length === lower.length ? base : lower;
}

/** The text an objective is judged on: its title and description. */
export interface ObjectiveText {
  original: string;
  folded: string;
}

export function objectiveText(title: string, description?: string | null): ObjectiveText {
  const original = [title, description ?? ''].join('\n').normalize('NFC');
  return { original, folded: foldText(original) };
}

/** Builds a case-insensitive pattern that matches any of the alternatives as whole words. */
export function wordsPattern(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** What the user wrote at the first place `pattern` matches the folded text, or null. */
export function firstMatch(text: ObjectiveText, pattern: RegExp): string | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text.folded);
  pattern.lastIndex = 0;
  if (!match) return null;
  return text.original.slice(match.index, match.index + match[0].length).trim();
}

/** The folded text with every match of the patterns blanked out, keeping positions. */
export function blankOut(folded: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((text, pattern) => text.replace(pattern, (m) => ' '.repeat(m.length)), folded);
}
