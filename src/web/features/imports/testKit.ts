import { vi, type Mock } from 'vitest';
import type { KpiEntity } from '../../../contract/entity-types.js';
import type { ImportPreview, ImportReport, PreviewTable, SavedMapping } from '../../../contract/imports.js';
import { kpiEntity } from '../tracking/testData';

/**
 * Test helpers of the import screens: an XMLHttpRequest that goes through the stubbed `fetch`
 * (so every request, uploads included, is answered per URL by the test), and realistic data.
 */

type Listener = ((event: ProgressEvent) => void) | null;

/** Sends through `fetch`: half the upload, the request, the rest of the upload, then the answer in two parts. */
export class FakeXhr {
  /** When set, the answer stops after its first line until this settles (to look at the progress shown). */
  static holdAfterFirstLine: Promise<void> | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  readyState = 0;
  upload: { onprogress: Listener } = { onprogress: null };
  onprogress: Listener = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  #responseHeaders = new Headers();
  #aborted = false;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.#responseHeaders.get(name);
  }

  abort() {
    this.#aborted = true;
    this.onabort?.();
  }

  send(body: Blob) {
    const progress = (loaded: number) =>
      this.upload.onprogress?.({ loaded, total: body.size, lengthComputable: true } as ProgressEvent);
    void (async () => {
      progress(Math.floor(body.size / 2));
      let response: Response;
      try {
        response = await fetch(this.url, { method: this.method, headers: this.headers, body });
      } catch {
        if (!this.#aborted) this.onerror?.();
        return;
      }
      if (this.#aborted) return;
      progress(body.size);
      this.status = response.status;
      this.#responseHeaders = response.headers;
      const text = await response.text();
      const cut = text.indexOf('\n') + 1;
      if (cut > 0 && cut < text.length) {
        this.readyState = 3;
        this.responseText = text.slice(0, cut);
        this.onprogress?.({} as ProgressEvent);
        if (FakeXhr.holdAfterFirstLine) await FakeXhr.holdAfterFirstLine;
      }
      this.readyState = 4;
      this.responseText = text;
      this.onload?.();
    })();
  }
}

export function installFakeXhr() {
  FakeXhr.holdAfterFirstLine = null;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** A JSON body parsed, or the file sent. */
  body: unknown;
}

export type Answer = { status?: number; body?: unknown; ndjson?: unknown[]; language?: string };
export type ImportRoute = (request: SeenRequest) => Answer | Promise<Answer>;

/** Answers `fetch` from `routes` keyed by `METHOD /path`; records every request. Anything else is a 404. */
export function serveImportRoutes(fetchMock: Mock<typeof fetch>, routes: Record<string, ImportRoute>) {
  const requests: SeenRequest[] = [];
  fetchMock.mockImplementation(async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const raw = init?.body;
    const body = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const request = { method, url, headers, body };
    requests.push(request);
    const route = routes[`${method} ${url.pathname}`];
    const answer = route ? await route(request) : { status: 404, body: { title: 'Not Found', status: 404 } };
    const status = answer.status ?? 200;
    const language = answer.language ?? 'en';
    if (answer.ndjson) {
      return new Response(answer.ndjson.map((line) => `${JSON.stringify(line)}\n`).join(''), {
        status,
        headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' },
      });
    }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: {
        'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
        'Content-Language': language,
      },
    });
  });
  return { routes, requests };
}

/** A promise the test settles when it wants (to look at a request under way). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export const KPIS: KpiEntity[] = [
  kpiEntity('k1', 'trafic-organique', 'Trafic organique', { unit: 'sessions' }),
  kpiEntity('k2', 'taux-de-clic', 'Taux de clic', { unit: '%' }),
  kpiEntity('k3', 'cout-par-lead', 'Coût par lead', { unit: 'EUR' }),
];

/** Search Console's `Dates.csv` as the server previews it (the real export's first rows). */
export const GSC_TABLE: PreviewTable = {
  id: '1',
  title: null,
  sheet: null,
  headerLine: 1,
  period: null,
  rowCount: 92,
  skipped: { totals: 0, notes: 0 },
  columns: [
    { name: 'Date', index: 0, kind: 'date', confidence: 1, dateFormat: 'iso', samples: ['2025-02-05', '2025-02-04'] },
    { name: 'Clics', index: 1, kind: 'number', confidence: 1, samples: ['6443', '7479', '6973'] },
    { name: 'Impressions', index: 2, kind: 'number', confidence: 1, samples: ['371375', '364427'] },
    { name: 'CTR', index: 3, kind: 'percent', confidence: 1, decimalSeparator: '.', samples: ['1.73%', '2.05%'] },
    { name: 'Position', index: 4, kind: 'number', confidence: 1, decimalSeparator: '.', samples: ['23.8', '21.81'] },
  ],
  rows: [
    ['2025-02-05', '6443', '371375', '1.73%', '23.8'],
    ['2025-02-04', '7479', '364427', '2.05%', '21.81'],
  ],
  suggestedDateColumn: 'Date',
  suggestedDateFormat: 'iso',
  needsFixedDate: false,
  suggestedFixedDate: null,
};

export const GSC_PREVIEW: ImportPreview = {
  fileName: 'Dates.csv',
  fileType: 'csv',
  format: 'google-search-console',
  formatLabel: { fr: 'Google Search Console', en: 'Google Search Console' },
  encoding: 'utf-8',
  delimiter: ',',
  period: null,
  tables: [GSC_TABLE],
  defaultTable: '1',
  suggestedSource: 'search-console',
  notes: [],
};

/** A GA4 report with two tables and no date column: a report over a period. */
export const GA4_PREVIEW: ImportPreview = {
  fileName: 'villes.csv',
  fileType: 'csv',
  format: 'ga4',
  formatLabel: { fr: 'Google Analytics 4', en: 'Google Analytics 4' },
  encoding: 'utf-8',
  delimiter: ',',
  period: { start: '2020-10-22', end: '2021-10-22' },
  tables: [
    {
      ...GSC_TABLE,
      id: '1',
      title: 'Villes',
      headerLine: 11,
      period: { start: '2020-10-22', end: '2021-10-22' },
      rowCount: 104,
      columns: [
        { name: 'City', index: 0, kind: 'text', confidence: 1, samples: ['Schaumburg', 'Champaign'] },
        { name: 'Users', index: 1, kind: 'number', confidence: 1, samples: ['53', '40'] },
      ],
      rows: [
        ['Schaumburg', '53'],
        ['Champaign', '40'],
      ],
      suggestedDateColumn: null,
      suggestedDateFormat: null,
      needsFixedDate: true,
      suggestedFixedDate: '2021-10-22',
    },
    {
      ...GSC_TABLE,
      id: '2',
      title: 'Appareils',
      headerLine: 120,
      period: { start: '2020-10-22', end: '2021-10-22' },
      rowCount: 3,
      columns: [
        { name: 'Device', index: 0, kind: 'text', confidence: 1, samples: ['desktop', 'mobile'] },
        { name: 'Sessions', index: 1, kind: 'number', confidence: 1, samples: ['1200', '800'] },
      ],
      rows: [
        ['desktop', '1200'],
        ['mobile', '800'],
      ],
      suggestedDateColumn: null,
      suggestedDateFormat: null,
      needsFixedDate: true,
      suggestedFixedDate: '2021-10-22',
    },
  ],
  defaultTable: '1',
  suggestedSource: 'ga4',
  notes: [
    {
      fr: 'Les taux de GA4 sont des fractions (0,67 = 67 %).',
      en: 'GA4 rates are fractions (0.67 = 67%).',
    },
  ],
};

const emptyReport: ImportReport = {
  written: true,
  dryRun: false,
  format: 'google-search-console',
  table: '1',
  source: 'search-console',
  rowsRead: 92,
  rowsImported: 92,
  measurements: 92,
  inserted: 92,
  updated: 0,
  unchanged: 0,
  skipped: { invalidRows: 0, emptyCells: 0, filteredRows: 0, totalRows: 0, noteRows: 0 },
  errors: [],
  errorCount: 0,
  invalidRowCount: 0,
  firstDate: '2024-11-06',
  lastDate: '2025-02-05',
  kpis: [{ kpiKey: 'trafic-organique', measurements: 92 }],
  warnings: [],
  summary: { fr: '92 mesure(s) importée(s)', en: '92 measurement(s) imported' },
};

export function report(changes: Partial<ImportReport> = {}): ImportReport {
  return { ...emptyReport, ...changes };
}

/** An import refused for `count` invalid rows, two of them listed. */
export function refusedReport(count: number): ImportReport {
  return report({
    written: false,
    rowsImported: 0,
    measurements: 0,
    inserted: 0,
    errorCount: count,
    invalidRowCount: count,
    errors: [
      {
        line: 5,
        column: 'Clics',
        value: 'n/a',
        code: 'invalid_number',
        reason: { fr: 'Ce n’est pas un nombre', en: 'Not a number' },
      },
      {
        line: 12,
        column: 'Date',
        value: '32/01/2025',
        code: 'invalid_date',
        reason: { fr: 'Date impossible', en: 'Impossible date' },
      },
    ],
    kpis: [],
    summary: { fr: `${count} ligne(s) invalide(s)`, en: `${count} invalid row(s)` },
  });
}

export function savedMapping(changes: Partial<SavedMapping> = {}): SavedMapping {
  return {
    id: 'm1',
    planId: 'p1',
    name: 'Search Console mensuel',
    mapping: {
      table: '1',
      dateColumn: 'Date',
      dateFormat: 'iso',
      columns: [
        { column: 'Clics', kpiKey: 'trafic-organique' },
        { column: 'Requêtes', kpiKey: 'taux-de-clic' },
      ],
      source: 'gsc-mensuel',
    },
    version: 3,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    ...changes,
  };
}

/** A small CSV file like Search Console's `Dates.csv`. */
export function datesCsv(name = 'Dates.csv'): File {
  return new File(['Date,Clics,Impressions,CTR,Position\n2025-02-05,6443,371375,1.73%,23.8\n'], name, {
    type: 'text/csv',
  });
}
