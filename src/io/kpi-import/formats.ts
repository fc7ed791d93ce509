import type { Bilingual, Cell, ImportFormat } from '../../contract/imports.js';
import type { RowKind, TableHead } from './tables.js';
import { cellText, isEmptyCell, parseNumber } from './values.js';

/**
 * The tools whose exports Jalon recognises, told apart by content (comment preamble, title lines,
 * header cells) rather than by file name: users rename files, and the names are localised.
 * See test/fixtures/real-exports/SOURCES.md for the quirks of each.
 */

export const formatLabels: Record<ImportFormat, Bilingual> = {
  ga4: { fr: 'Google Analytics 4', en: 'Google Analytics 4' },
  'google-ads': { fr: 'Google Ads', en: 'Google Ads' },
  'meta-ads': { fr: 'Meta Ads (Facebook, Instagram)', en: 'Meta Ads (Facebook, Instagram)' },
  'google-search-console': { fr: 'Google Search Console', en: 'Google Search Console' },
  'google-business-profile': { fr: 'Fiche d’établissement Google', en: 'Google Business Profile' },
  'generic-csv': { fr: 'CSV', en: 'CSV' },
  'generic-xlsx': { fr: 'Classeur XLSX', en: 'XLSX workbook' },
};

/** What measurements from each tool are recorded as (`source`), unless the mapping says otherwise. */
export const suggestedSources: Record<ImportFormat, string> = {
  ga4: 'ga4',
  'google-ads': 'google-ads',
  'meta-ads': 'meta-ads',
  'google-search-console': 'search-console',
  'google-business-profile': 'google-business-profile',
  'generic-csv': 'file',
  'generic-xlsx': 'file',
};

const ga4Comment =
  /^(start date|end date|fecha de inicio|fecha de finalizaci[oó]n|date de d[ée]but|date de fin|report csv export|exportar informe|exporter le rapport|dashboard report|account|property|cuenta|propiedad|compte|propri[ée]t[ée])\b/i;

const lower = (header: string[]) => header.map((h) => h.toLowerCase());

function has(header: string[], ...names: string[]): boolean {
  const set = new Set(lower(header));
  return names.every((n) => set.has(n.toLowerCase()));
}

function hasAny(header: string[], ...names: string[]): boolean {
  const set = new Set(lower(header));
  return names.some((n) => set.has(n.toLowerCase()));
}

const gscFirstColumns = new Set([
  'date',
  'top queries',
  'top pages',
  'queries',
  'pages',
  'countries',
  'country',
  'devices',
  'device',
  'search appearance',
  'requêtes les plus fréquentes',
  'pages les plus populaires',
  'requêtes',
  'pays',
  'appareil',
  'appareils',
  'apparence dans les résultats de recherche',
]);

export function detectFormat(fileType: 'csv' | 'xlsx', first: TableHead): ImportFormat {
  const { comments, preamble, header } = first;
  const dashLine = comments.some((c) => /^-{10,}$/.test(c));
  if (comments.some((c) => ga4Comment.test(c)) || (dashLine && comments.some((c) => /^\d{8}\s*-\s*\d{8}$/.test(c)))) {
    return 'ga4';
  }
  if (
    (preamble.length > 0 &&
      /(report|rapport|informe)\b/i.test(preamble[0]!) &&
      hasAny(header, 'Campaign', 'Campagne', 'Campaña', 'Impr.', 'Ad group', 'Keyword')) ||
    has(header, 'Impr.', 'Currency code') ||
    has(header, 'Impr.', 'Code de la devise')
  ) {
    return 'google-ads';
  }
  if (
    has(header, 'Reporting starts', 'Reporting ends') ||
    has(header, 'Début des rapports', 'Fin des rapports') ||
    has(header, 'Inicio del informe', 'Fin del informe')
  ) {
    return 'meta-ads';
  }
  const firstColumn = (header[0] ?? '').toLowerCase();
  if (
    (gscFirstColumns.has(firstColumn) &&
      hasAny(header, 'Clicks', 'Clics') &&
      has(header, 'Impressions', 'CTR', 'Position')) ||
    (has(header, 'Filter', 'Value') && header.length === 2) ||
    (has(header, 'Filtre', 'Valeur') && header.length === 2)
  ) {
    return 'google-search-console';
  }
  if (has(header, 'Store code', 'Business name') || has(header, 'Code de magasin', "Nom de l'établissement")) {
    return 'google-business-profile';
  }
  return fileType === 'xlsx' ? 'generic-xlsx' : 'generic-csv';
}

/**
 * Rows a format sets apart beyond totals and notes: Google Business Profile's second header
 * row (descriptions under the metric names, four empty cells first).
 */
export function classifyFormatRow(
  format: ImportFormat | null,
  table: TableHead,
  cells: Cell[],
  rowIndex: number,
): RowKind | null {
  if (format === 'google-business-profile' && rowIndex === 0) {
    const metrics = cells.slice(4).filter((c) => !isEmptyCell(c));
    const texts = metrics.filter((c) => {
      const read = parseNumber(c, null);
      return read === null || typeof read === 'string';
    });
    if (cells.slice(0, 4).every(isEmptyCell) && metrics.length > 0 && texts.length === metrics.length) {
      return 'subheader';
    }
  }
  void table;
  return null;
}

/** Column names a format records its dates in, best first. */
export function preferredDateColumns(format: ImportFormat): string[] {
  switch (format) {
    case 'meta-ads':
      // A row covers the reporting period: its figures are known at its end.
      return ['Reporting ends', 'Fin des rapports', 'Fin del informe', 'Day', 'Jour', 'Día'];
    case 'ga4':
      return ['Date', 'Nth day', 'Día N', 'Jour N', 'Day'];
    case 'google-search-console':
      return ['Date'];
    case 'google-ads':
      return ['Day', 'Jour', 'Date', 'Día'];
    default:
      return [];
  }
}

/** The currency a header names: `Amount spent (USD)`, `Coût (EUR)`. */
export function headerCurrency(header: string): string | null {
  const match = /\(([A-Z]{3})\)\s*$/.exec(header) ?? /\(([A-Z]{3})\)/.exec(header);
  return match ? match[1]! : null;
}

/** Google Ads writes the currency in its own column (`Currency code`). */
export function currencyColumn(header: string[]): number {
  return header.findIndex((h) => /^(currency code|code de la devise|código de moneda|currency)$/i.test(h));
}

export function text(cell: Cell): string {
  return cellText(cell).trim();
}
