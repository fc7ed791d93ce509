import type { Pptx, TextProps } from './pptxgen.js';
import type { Labels } from '../report/labels.js';
import type { ReportOutline, Section, SectionId, TableRow, Tone } from '../report/outline.js';
import { addBarChart, addStatusDoughnut, addTimelineChart, maxTimelineRows } from './charts.js';
import {
  addBullets,
  addFigures,
  addNote,
  addTable,
  addTitle,
  cut,
  firstBlock,
  fullWidth,
  type Box,
  type Slide,
} from './elements.js';
import { colours, contentBottom, contentTop, fontFace, slide as frame, toneColours } from './theme.js';

export interface DeckContext {
  pptx: Pptx;
  outline: ReportOutline;
  t: Labels;
  lang: string;
  section(id: SectionId): Section | undefined;
}

const half = (side: 'left' | 'right', split = 0.42): Box => {
  const gap = 0.35;
  const width = frame.width - 2 * frame.margin - gap;
  const left = width * split;
  return side === 'left'
    ? { x: frame.margin, y: contentTop, w: left, h: contentBottom - contentTop }
    : { x: frame.margin + left + gap, y: contentTop, w: width - left, h: contentBottom - contentTop };
};

function newSlide(ctx: DeckContext, title: string): Slide {
  const slide = ctx.pptx.addSlide();
  addTitle(slide, title, ctx.lang);
  return slide;
}

const more = (ctx: DeckContext) => ctx.t.deck.more;

export function titleSlide(ctx: DeckContext): void {
  const { cover } = ctx.outline;
  const slide = ctx.pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.35,
    h: frame.height,
    fill: { color: colours.accent },
    line: { type: 'none' },
  });
  slide.addText(cover.kicker, {
    x: 1,
    y: 1.6,
    w: 11,
    h: 0.6,
    fontFace,
    fontSize: 20,
    color: colours.accent,
    lang: ctx.lang,
  });
  slide.addText(cover.title, {
    x: 1,
    y: 2.2,
    w: 11.3,
    h: 1.4,
    fontFace,
    fontSize: 40,
    bold: true,
    color: colours.title,
    lang: ctx.lang,
    fit: 'shrink',
  });
  if (cover.description) {
    slide.addText(cut(cover.description, 220), {
      x: 1,
      y: 3.7,
      w: 11,
      h: 0.9,
      fontFace,
      fontSize: 16,
      color: colours.text,
      lang: ctx.lang,
    });
  }
  slide.addText(
    cover.details.map((d) => ({ text: `${d.label} — ${d.value}`, options: { breakLine: true } })),
    { x: 1, y: 4.8, w: 11, h: 1.6, fontFace, fontSize: 14, color: colours.muted, valign: 'top', lang: ctx.lang },
  );
}

export function summarySlide(ctx: DeckContext): void {
  const section = ctx.section('summary');
  const slide = newSlide(ctx, ctx.t.deck.summary);
  const figures = firstBlock(section, 'figures');
  if (figures) addFigures(slide, figures.items, fullWidth(contentTop, 4.3), ctx.lang);
  const findings = firstBlock(section, 'table');
  if (findings) {
    addTable(slide, findings, [0, 1], fullWidth(5.85, 1.2), {
      lang: ctx.lang,
      maxRows: 2,
      more: more(ctx),
      maxChars: 150,
    });
  } else {
    const note = firstBlock(section, 'paragraph');
    if (note) addNote(slide, note.text, fullWidth(5.9, 0.8), ctx.lang);
  }
}

/** A section's highlights on the left, its first table (chosen columns) on the right. */
function bulletsAndTable(ctx: DeckContext, id: SectionId, title: string, columns: number[], maxRows = 7): void {
  const section = ctx.section(id);
  const slide = newSlide(ctx, title);
  addBullets(slide, section?.highlights ?? [], half('left'), ctx.lang);
  const table = firstBlock(section, 'table');
  if (table) addTable(slide, table, columns, half('right'), { lang: ctx.lang, maxRows, more: more(ctx) });
}

export function goalsSlide(ctx: DeckContext): void {
  bulletsAndTable(ctx, 'goals', ctx.t.sections.goals, [0, 3, 4, 5], 6);
}

export function objectivesSlide(ctx: DeckContext): void {
  bulletsAndTable(ctx, 'objectives', ctx.t.sections.objectives, [0, 4, 5], 6);
}

const quadrantOrder = ['strength', 'weakness', 'opportunity', 'threat'] as const;

export function foundationsSlide(ctx: DeckContext): void {
  const slide = newSlide(ctx, ctx.t.deck.foundations);
  const personas = ctx.section('personas');
  const swot = ctx.section('swot');
  addBullets(
    slide,
    [...(personas?.highlights ?? []), ...(swot?.highlights.slice(-1) ?? [])],
    half('left', 0.4),
    ctx.lang,
    14,
  );
  // The SWOT as a 2 × 2 grid: each quadrant's subheading and the first items of its table.
  const area = half('right', 0.4);
  const gap = 0.15;
  const w = (area.w - gap) / 2;
  const h = (area.h - gap) / 2;
  const blocks = swot?.blocks ?? [];
  quadrantOrder.forEach((quadrant, index) => {
    const title = ctx.t.swot.quadrants[quadrant];
    const at = blocks.findIndex((b) => b.kind === 'subheading' && b.text === title);
    const next = at >= 0 ? blocks[at + 1] : undefined;
    const items = next?.kind === 'table' ? next.rows.map((row) => row.cells[0] ?? '') : [];
    const x = area.x + (index % 2) * (w + gap);
    const y = area.y + Math.floor(index / 2) * (h + gap);
    slide.addShape('rect', { x, y, w, h, fill: { color: colours.cardFill }, line: { type: 'none' } });
    const lines = items
      .slice(0, 4)
      .map((item) => ({ text: cut(item, 70), options: { bullet: { indent: 12 }, breakLine: true } }));
    if (items.length > 4)
      lines.push({ text: ctx.t.deck.more(items.length - 4), options: { bullet: { indent: 12 }, breakLine: true } });
    slide.addText(
      [
        { text: title, options: { bold: true, fontSize: 15, color: colours.title, breakLine: true } } as TextProps,
        ...(lines.length > 0
          ? lines
          : [{ text: ctx.t.swot.emptyQuadrant, options: { italic: true, breakLine: true } }]),
      ],
      {
        x: x + 0.1,
        y: y + 0.05,
        w: w - 0.2,
        h: h - 0.1,
        fontFace,
        fontSize: 12,
        color: colours.text,
        valign: 'top',
        lang: ctx.lang,
        fit: 'shrink',
      },
    );
  });
}

export function actionPlanSlide(ctx: DeckContext): void {
  const section = ctx.section('actions');
  const slide = newSlide(ctx, ctx.t.deck.actionPlan);
  const highlights = section?.highlights ?? [];
  addBullets(
    slide,
    highlights,
    { x: frame.margin, y: contentTop, w: 4.1, h: contentBottom - contentTop },
    ctx.lang,
    14,
  );
  const chart = section?.blocks.find((b) => b.kind === 'chart');
  const box = {
    x: frame.margin + 4.4,
    y: contentTop,
    w: frame.width - 2 * frame.margin - 4.4,
    h: contentBottom - contentTop - 0.4,
  };
  if (chart?.kind === 'chart' && chart.chart.kind === 'timeline') {
    const hidden = addTimelineChart(ctx.pptx, slide, chart.chart, box);
    if (hidden > 0) addNote(slide, ctx.t.deck.more(hidden), { ...box, y: box.y + box.h, h: 0.4 }, ctx.lang);
    if (chart.chart.rows.length > maxTimelineRows) return;
  } else {
    addNote(slide, ctx.t.actions.noDatedActions, box, ctx.lang);
  }
}

export function budgetSlide(ctx: DeckContext): void {
  const section = ctx.section('budget');
  const slide = newSlide(ctx, ctx.t.sections.budget);
  addBullets(slide, section?.highlights ?? [], half('left', 0.4), ctx.lang);
  const roi = section?.blocks.find(
    (b) => b.kind === 'chart' && b.chart.kind === 'bars' && b.chart.orientation === 'horizontal',
  );
  if (roi?.kind === 'chart' && roi.chart.kind === 'bars') {
    addBarChart(
      ctx.pptx,
      slide,
      { ...roi.chart, categories: roi.chart.categories.map((c) => cut(c, 40)) },
      half('right', 0.4),
    );
  } else {
    addNote(slide, ctx.t.budget.noRoi, half('right', 0.4), ctx.lang);
  }
}

const toneRank: Record<Tone, number> = { bad: 0, warning: 1, good: 2, neutral: 3 };
const statusColumn = 5;

export function kpisSlide(ctx: DeckContext): void {
  const section = ctx.section('kpis');
  const slide = newSlide(ctx, ctx.t.sections.kpis);
  const figures = firstBlock(section, 'figures');
  const table = firstBlock(section, 'table');
  if (!figures || !table) {
    addBullets(slide, section?.highlights ?? [], fullWidth(), ctx.lang);
    return;
  }
  const slices = figures.items.map((item) => ({
    label: item.label,
    value: Number(item.value.replace(/\D/g, '')) || 0,
    colour:
      toneColours[item.tone ?? 'neutral'] === toneColours.neutral ? colours.grey : toneColours[item.tone ?? 'neutral'],
  }));
  addStatusDoughnut(ctx.pptx, slide, ctx.t.kpis.statusCounts, slices, half('left', 0.36));
  // Worst first: what a reader of the deck should look at.
  const tone = (row: TableRow) => row.tones?.[statusColumn] ?? 'neutral';
  const rows = [...table.rows].sort((a, b) => toneRank[tone(a)] - toneRank[tone(b)]);
  addTable(slide, { columns: table.columns, rows }, [0, 2, 3, 5, 6], half('right', 0.36), {
    lang: ctx.lang,
    maxRows: 8,
    more: more(ctx),
    maxChars: 48,
  });
}

export function followUpSlide(ctx: DeckContext): void {
  const slide = newSlide(ctx, ctx.t.deck.followUp);
  followUpPanel(ctx, slide, half('left', 0.5), 'corrective-actions', [0, 1, 4]);
  followUpPanel(ctx, slide, half('right', 0.5), 'experiments', [0, 2, 3]);
}

/** One half of the follow-up slide: a section's title, its highlights and the first rows of its table. */
function followUpPanel(
  ctx: DeckContext,
  slide: Slide,
  area: ReturnType<typeof half>,
  name: 'corrective-actions' | 'experiments',
  columns: number[],
): void {
  const section = ctx.section(name);
  slide.addText(ctx.t.sections[name], {
    ...area,
    h: 0.45,
    fontFace,
    fontSize: 18,
    bold: true,
    color: colours.accent,
    lang: ctx.lang,
  });
  addBullets(slide, section?.highlights ?? [], { ...area, y: area.y + 0.5, h: 1.3 }, ctx.lang, 13);
  const table = firstBlock(section, 'table');
  if (table) {
    addTable(
      slide,
      table,
      columns,
      { ...area, y: area.y + 1.9, h: area.h - 1.9 },
      { lang: ctx.lang, maxRows: 5, more: more(ctx), maxChars: 60 },
    );
  }
}
