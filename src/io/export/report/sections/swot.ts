import { positioningStatement } from '../../../../core/swot/index.js';
import type { SwotItem } from '../../../../core/plan.js';
import type { ReportContext } from '../context.js';
import type { Block, Section } from '../outline.js';

const quadrants = ['strength', 'weakness', 'opportunity', 'threat'] as const;
const parts = ['targetAudience', 'category', 'differentiator', 'proof'] as const;

/** The SWOT matrix, heaviest items first in each quadrant, then the positioning statement. */
export function swotSection(ctx: ReportContext): Section {
  const { t, facts, fmt } = ctx;
  const w = t.swot;
  const byQuadrant = new Map(
    quadrants.map((q) => [q, facts.swotItems.filter((i) => i.quadrant === q).sort((a, b) => b.weight - a.weight)]),
  );
  const counts = quadrants.map((q) => fmt.pair(w.quadrants[q], String(byQuadrant.get(q)?.length ?? 0))).join(' · ');
  const highlights = [facts.swotItems.length === 0 ? w.empty : counts];
  for (const q of ['strength', 'threat'] as const) {
    const top = byQuadrant.get(q)?.[0];
    if (top) highlights.push(w.strongest(w.quadrants[q], top.title));
  }
  const positioning = positioningBlocks(ctx);
  const statement = facts.positioning?.statement?.trim();
  if (statement) highlights.push(statement);
  const blocks: Block[] =
    facts.swotItems.length === 0
      ? [{ kind: 'paragraph', text: w.empty }]
      : quadrants.flatMap((q) => quadrantBlocks(ctx, q, byQuadrant.get(q) ?? []));
  return {
    id: 'swot',
    title: t.sections.swot,
    highlights,
    blocks: [...blocks, { kind: 'subheading', text: w.positioning, level: 2 }, ...positioning],
  };
}

function quadrantBlocks(ctx: ReportContext, quadrant: SwotItem['quadrant'], items: SwotItem[]): Block[] {
  const w = ctx.t.swot;
  const heading: Block = { kind: 'subheading', text: w.quadrants[quadrant], level: 2 };
  if (items.length === 0) return [heading, { kind: 'paragraph', text: w.emptyQuadrant, style: 'note' }];
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { label: w.item, weight: 2.5 },
        { label: w.weight, weight: 0.7, align: 'right' },
        { label: w.description, weight: 3 },
      ],
      rows: items.map((item) => ({ cells: [item.title, ctx.fmt.number(item.weight), item.description ?? '—'] })),
    },
  ];
}

function positioningBlocks(ctx: ReportContext): Block[] {
  const { t, facts, language } = ctx;
  const w = t.swot;
  const positioning = facts.positioning;
  const filled = parts.filter((part) => positioning?.[part]?.trim());
  const statement = positioning?.statement?.trim();
  if (!statement && filled.length === 0) return [{ kind: 'paragraph', text: w.noPositioning }];
  const blocks: Block[] = [];
  if (statement) {
    blocks.push({ kind: 'paragraph', text: statement, style: 'lead' });
  } else {
    const draft = positioningStatement({ ...positioning, brand: facts.plan.name }, language);
    blocks.push({ kind: 'paragraph', text: w.draftStatement }, { kind: 'paragraph', text: draft.text, style: 'lead' });
  }
  if (filled.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { label: w.positioning, weight: 1.3 },
        { label: t.personas.detail, weight: 4 },
      ],
      rows: filled.map((part) => ({ cells: [w.parts[part], (positioning?.[part] ?? '').trim()] })),
    });
  }
  return blocks;
}
