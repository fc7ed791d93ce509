import { blankOut, wordsPattern, type ObjectiveText } from './text.js';

/**
 * Deadlines written in the text, French and English, folded: « d'ici le 31 mars », « au cours des
 * trois prochains mois », « fin 2027 », "in Q2", "by 2027-03-31", "within 90 days"…
 */

const MONTH = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan\\.?',
  'feb\\.?',
  'mar\\.?',
  'apr\\.?',
  'jun\\.?',
  'jul\\.?',
  'aug\\.?',
  'sept?\\.?',
  'oct\\.?',
  'nov\\.?',
  'dec\\.?',
].join('|');

const COUNT = [
  '\\d+',
  'un',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'dix-huit',
  'vingt-quatre',
  'trente',
  'soixante',
  'quatre-vingt-dix',
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'eighteen',
  'twenty-four',
  'thirty',
  'sixty',
  'ninety',
].join('|');

const UNIT = 'jours?|an|semaines?|mois|ans|annees?|trimestres?|semestres?|days?|weeks?|months?|years?|quarters?';
const YEAR = '20\\d\\d';
const ORDINAL =
  '1er|1re|[2-4]e|premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|dernier|first|second|third|fourth|last|1st|2nd|3rd|4th';

/** Words that introduce a date, quoted with it: « avant le 31/03/2027 », "by 31 March". */
const BEFORE_DATE = "(?:(?:by|before|on|until|avant(?: le)?|le|au plus tard le|jusqu'au) )?";

/** Expressions that contain digits: blanked out before looking for the objective's figure. */
const DATED_SOURCES = [
  // 2027-03-31, 31/03/2027, 31.03.27
  `${BEFORE_DATE}\\d{4}-\\d{2}-\\d{2}`,
  `${BEFORE_DATE}\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})`,
  // 31 mars 2027, 1er avril, 31st of March, March 31, 2027, mars 2027
  `${BEFORE_DATE}\\d{1,2}(?:er|st|nd|rd|th)? (?:of )?(?:${MONTH})(?: ${YEAR})?`,
  `${BEFORE_DATE}(?:${MONTH}) \\d{1,2}(?:st|nd|rd|th)?(?:,? ${YEAR})?`,
  `(?:${MONTH}) ${YEAR}`,
  // Q2, T3 2027, H1, S2, 2e trimestre 2027, the third quarter of 2027
  `(?:(?:in|by|au|en|d'ici(?: au| le)?|fin|end of) )?[qt][1-4](?: ${YEAR})?`,
  `[hs][12](?: ${YEAR})?`,
  `(?:${ORDINAL}) (?:trimestre|semestre|quarter|half)(?: (?:de |of )?${YEAR})?`,
  // au cours des trois prochains mois, dans 6 mois, within 90 days, over the next 6 months
  `(?:au cours d(?:es|e|u)|dans(?: les)?|d'ici|en|sur(?: les)?|pendant(?: les)?|sous|within|in|over|during|for)(?: the)?(?: (?:next|coming|following|prochaine?s))? (?:${COUNT})(?: prochaine?s)? (?:${UNIT})(?: (?:a venir|to come))?`,
  `the (?:next|coming|following) (?:${COUNT}) (?:${UNIT})`,
  // fin 2027, en 2027, by 2027 (but « de 2030 % » is a figure)
  `(?:fin|debut|mi-?|en|d'ici(?: a)?|avant|jusqu'en|pour|by|in|before|until|end of|early|mid-?|late|for) (?:l'annee |the year )?${YEAR}(?! ?%)`,
  `(?:(?:in|by|en|sur|pour|for) )?(?:fy|exercice) ?${YEAR}`,
];

/** One regex per expression, so that overlapping expressions are all found. */
const DATED = DATED_SOURCES.map((source) => wordsPattern([source]));

/** Deadlines in words only. */
const WORDED_SOURCES = [
  `(?:by|before|in|until|d'ici(?: a)?|avant|en|fin|end of|debut|early|late) (?:(?:la fin d'|le debut d'|the end of )?(?:${MONTH}))`,
  `(?:mi|mid)-(?:${MONTH})`,
  "d'ici (?:a |au |la |le |l')?[\\p{L}-]+",
  'au plus tard',
  "(?:avant|d'ici) (?:la |le |l')?(?:fin|debut|rentree|ete|printemps|automne|hiver|noel|soldes)",
  "fin (?:de l'annee|d'annee|du mois|du trimestre|du semestre|de l'exercice)",
  "(?:cette|l'annee) (?:annee|prochaine)",
  '(?:ce|le) (?:trimestre|semestre|mois)(?: prochain| en cours)?',
  "l'an prochain",
  '(?:by|before|until) (?:the )?(?:end|start|beginning|middle) of',
  '(?:by )?(?:the )?(?:year|quarter|month)-?end',
  '(?:this|next|the current) (?:year|quarter|month|half|fiscal year|semester)',
  '(?:by|before) (?:summer|spring|autumn|fall|winter|christmas|black friday)',
];
const WORDED = WORDED_SOURCES.map((source) => wordsPattern([source]));

const ALL = [...DATED, ...WORDED];

/**
 * The first deadline written in the text, as the user wrote it, or null. Expressions that touch
 * (« d'ici le » + « 31 mars ») are quoted together.
 */
export function findTimeExpression(text: ObjectiveText): string | null {
  const spans = ALL.flatMap((pattern) =>
    [...text.folded.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start);
  const first = spans[0];
  if (!first) return null;
  let end = first.end;
  for (const span of spans) if (span.start <= end + 1) end = Math.max(end, span.end);
  return text.original.slice(first.start, end).trim();
}

/** The folded text without its dated expressions, so that « 31 » in « 31 mars » is not a figure. */
export function withoutDates(folded: string): string {
  return blankOut(folded, DATED);
}
