import type { ChartSpec } from '../charts/spec.js';
import type { Language } from './format.js';

/**
 * The plan as a document, before any file format: sections of paragraphs, tables and charts, every
 * text already in the reader's language. The PDF renders all of it; the PPTX deck one slide per
 * section group, from the same outline, so the two never tell different stories.
 */
export type SectionId =
  | 'summary'
  | 'goals'
  | 'personas'
  | 'swot'
  | 'objectives'
  | 'actions'
  | 'budget'
  | 'kpis'
  | 'corrective-actions'
  | 'experiments';

/** How a value reads: green, amber, red, or plain. */
export type Tone = 'good' | 'warning' | 'bad' | 'neutral';

export interface TableColumn {
  label: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: string[];
  /** Colour hints per cell (same length as `cells`), for statuses. */
  tones?: (Tone | undefined)[];
  /** A total or subtotal row, in bold. */
  emphasis?: boolean;
}

export interface KeyFigure {
  label: string;
  value: string;
  tone?: Tone;
}

export type Block =
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'note' }
  | { kind: 'subheading'; text: string; level?: 2 | 3 }
  | { kind: 'figures'; items: KeyFigure[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  | { kind: 'chart'; chart: ChartSpec };

export interface Section {
  id: SectionId;
  /** Numbered in the document order by the renderers ("3. Personas"). */
  title: string;
  /**
   * Three to six short sentences that sum the section up: the PDF opens the section with them,
   * the PPTX slide shows them as bullets.
   */
  highlights: string[];
  blocks: Block[];
}

export interface CoverPage {
  /** "Plan d'action commerciale" / "Sales action plan". */
  kicker: string;
  title: string;
  description: string | null;
  /** Label and value lines: period, date of the document, language. */
  details: KeyFigure[];
}

export interface ReportOutline {
  language: Language;
  /** BCP 47 tag of the document's language (`fr-FR`, `en-GB`). */
  locale: string;
  title: string;
  subject: string;
  cover: CoverPage;
  sections: Section[];
  /** Words the renderers need around the content. */
  chrome: {
    contents: string;
    /** "Page 3 / 12". */
    page: (page: number, total: number) => string;
    generatedBy: string;
  };
}
