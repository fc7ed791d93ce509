import type { Persona } from '../../../../core/plan.js';
import type { ReportContext } from '../context.js';
import type { Block, Section, TableRow } from '../outline.js';

const textFields = ['ageRange', 'gender', 'income', 'location', 'occupation', 'lifestyle'] as const;
const listFields = ['values', 'interests', 'motivations', 'painPoints', 'preferredChannels', 'sources'] as const;

/** Who the plan speaks to: one block per persona, its attributes as a two-column table. */
export function personasSection(ctx: ReportContext): Section {
  const { t, facts } = ctx;
  const p = t.personas;
  const base = { id: 'personas' as const, title: t.sections.personas };
  if (facts.personas.length === 0) {
    return { ...base, highlights: [p.empty], blocks: [{ kind: 'paragraph', text: p.empty }] };
  }
  return {
    ...base,
    highlights: [
      ctx.fmt.pair(p.count, String(facts.personas.length)),
      ...facts.personas
        .slice(0, 5)
        .map((persona) => (persona.summary ? `${persona.name} — ${persona.summary}` : persona.name)),
    ],
    blocks: facts.personas.flatMap((persona) => personaBlocks(ctx, persona)),
  };
}

function personaBlocks(ctx: ReportContext, persona: Persona): Block[] {
  const { t, facts } = ctx;
  const p = t.personas;
  const rows: TableRow[] = [];
  for (const field of textFields) {
    const value = persona[field]?.trim();
    if (value) rows.push({ cells: [p.fields[field], value] });
  }
  for (const field of listFields) {
    if (persona[field].length > 0) rows.push({ cells: [p.fields[field], persona[field].join(', ')] });
  }
  const strategies = facts.strategies.filter((s) => s.personas.includes(persona.key)).map((s) => s.name);
  if (strategies.length > 0) rows.push({ cells: [p.strategies, strategies.join(', ')] });
  const blocks: Block[] = [{ kind: 'subheading', text: persona.name, level: 2 }];
  if (persona.summary) blocks.push({ kind: 'paragraph', text: persona.summary, style: 'lead' });
  blocks.push(
    rows.length > 0
      ? {
          kind: 'table',
          columns: [
            { label: p.attribute, weight: 1.3 },
            { label: p.detail, weight: 4 },
          ],
          rows,
        }
      : { kind: 'paragraph', text: p.noDetails, style: 'note' },
  );
  return blocks;
}
