import type { Exporter } from '../registry.js';
import { buildReport } from '../report/index.js';
import { labelsFor } from '../report/labels.js';
import type { ReportOutline } from '../report/outline.js';
import { PptxGenJS } from './pptxgen.js';
import {
  actionPlanSlide,
  budgetSlide,
  foundationsSlide,
  followUpSlide,
  goalsSlide,
  kpisSlide,
  objectivesSlide,
  summarySlide,
  titleSlide,
  type DeckContext,
} from './slides.js';

/** The slides of the deck, in order: one per section or group of sections of the report. */
export const deckSlides = [
  titleSlide,
  summarySlide,
  goalsSlide,
  foundationsSlide,
  objectivesSlide,
  actionPlanSlide,
  budgetSlide,
  kpisSlide,
  followUpSlide,
] as const;

export async function renderPptx(outline: ReportOutline): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = outline.title;
  pptx.subject = outline.subject;
  pptx.author = 'Jalon';
  pptx.company = 'Jalon';
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  const sections = new Map(outline.sections.map((s) => [s.id, s]));
  const ctx: DeckContext = {
    pptx,
    outline,
    t: labelsFor(outline.language),
    lang: outline.locale,
    section: (id) => sections.get(id),
  };
  for (const addSlide of deckSlides) addSlide(ctx);
  const data = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return data as Buffer;
}

/** The plan as a summary deck (PPTX) in the requested language, with native charts. */
export const exportPptx: Exporter = async (input) => ({
  body: await renderPptx(buildReport(input)),
  contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extension: 'pptx',
});
