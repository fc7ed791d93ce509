import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportInput } from '../registry.js';
import { examplePlan, exampleToday, largePlan } from '../report/test-plans.js';
import { exportPdf } from './index.js';

/** The PDF read back by a real reader: poppler's pdftotext. */
const dir = mkdtempSync(path.join(tmpdir(), 'jalon-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writePdf(name: string, input: ExportInput): Promise<{ file: string; size: number; ms: number }> {
  const started = performance.now();
  const exported = await exportPdf(input);
  const ms = performance.now() - started;
  expect(exported.contentType).toBe('application/pdf');
  expect(exported.extension).toBe('pdf');
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, exported.body);
  return { file, size: exported.body.length, ms };
}

function pdftotext(file: string, mode: '-layout' | '-raw'): string {
  return execFileSync('pdftotext', [mode, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function pdfinfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    text.split('\n').map((line) => [line.split(':')[0]?.trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** Spaces of every kind as one plain space. */
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** Table of contents entries ("3. Personas ........ 5") found on page 2. */
function contents(pages: string[]): { title: string; page: number }[] {
  return [...(pages[1] ?? '').matchAll(/^\s*(\d+\. .+?) \.{3,} (\d+)\s*$/gm)].map((m) => ({
    title: m[1] ?? '',
    page: Number(m[2]),
  }));
}

const cases = [
  {
    language: 'fr' as const,
    headings: [
      '1. Synthèse',
      '2. Objectifs commerciaux et alignement',
      '3. Personas',
      '4. SWOT et positionnement',
      '5. Objectifs SMART et OKR',
      '6. Stratégies, tactiques et actions',
      '7. Budget',
      '8. Indicateurs de performance (KPI)',
      '9. Actions correctives',
      '10. Expérimentations (tests A/B)',
    ],
    words: [
      'Sommaire',
      'Réserve pour imprévus',
      'Échéance',
      'Coût par lead',
      '« Publier le calendrier éditorial du premier trimestre »',
      'n’est pas marqué comme terminé',
      '1er janvier 2027',
    ],
    money: ['17 000 € sur 19 000 €', '1 900 €', '12,60 €'],
  },
  {
    language: 'en' as const,
    headings: [
      '1. Summary',
      '2. Business goals and alignment',
      '3. Personas',
      '4. SWOT and positioning',
      '5. SMART objectives and OKRs',
      '6. Strategies, tactics and actions',
      '7. Budget',
      '8. Key performance indicators (KPIs)',
      '9. Corrective actions',
      '10. Experiments (A/B tests)',
    ],
    words: [
      'Contents',
      'Contingency reserve',
      'Due date',
      'Coût par lead',
      'Épicerie bio en ligne',
      '“Publier le calendrier éditorial du premier trimestre”',
      '1 January 2027',
    ],
    money: ['€17,000 of €19,000', '€1,900', '€12.60'],
  },
];

describe('PDF export', () => {
  const facts = examplePlan();

  for (const c of cases) {
    it(`writes the example plan in ${c.language} with contents, page numbers and intact text`, async () => {
      const { file, size, ms } = await writePdf(`example-${c.language}`, {
        facts,
        language: c.language,
        today: exampleToday,
      });
      console.log(`PDF of the example plan (${c.language}): ${Math.round(ms)} ms, ${size} bytes`);
      const layout = pdftotext(file, '-layout');
      const pages = layout.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
      const info = pdfinfo(file);
      expect(Number(info.Pages)).toBe(pages.length);
      expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
      expect(info.Title).toBe('Croissance Bio & Co 2027');

      // Every page is numbered "Page n / total".
      pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} / ${pages.length}`));
      expect(pages[0]).toContain('Croissance Bio & Co 2027');

      // The contents list every section, at the page where pdftotext finds its heading.
      const toc = contents(pages);
      expect(toc.map((e) => e.title)).toEqual(c.headings);
      for (const entry of toc) {
        const lines = (pages[entry.page - 1] ?? '').split('\n').map((l) => l.trim());
        expect(lines, `${entry.title} on page ${entry.page}`).toContain(entry.title);
        const elsewhere = pages.findIndex(
          (page, i) => i > 1 && i !== entry.page - 1 && page.split('\n').some((l) => l.trim() === entry.title),
        );
        expect(elsewhere, entry.title).toBe(-1);
      }

      // The plan's own words, accents, quotes, apostrophes and euros survive the round trip.
      const text = squash(layout);
      const raw = squash(pdftotext(file, '-raw'));
      const has = (haystack: string, needle: string) => expect(haystack.includes(needle), needle).toBe(true);
      for (const word of [...c.words, ...c.money]) has(text, word);
      // Long titles wrap in table cells: read in drawing order, where a cell's lines follow each other.
      for (const title of facts.objectives.map((o) => o.title)) has(raw, title);
      for (const name of facts.kpis.map((k) => k.name)) has(text, name);
      for (const okr of facts.okrObjectives) has(raw, okr.title);
    });
  }

  it('writes the large generated plan (2,000 actions, 200 KPIs × 1,096 days)', async () => {
    const { facts: large, today } = largePlan();
    const { file, size, ms } = await writePdf('large-fr', { facts: large, language: 'fr', today });
    const info = pdfinfo(file);
    console.log(`PDF of the large plan: ${Math.round(ms)} ms, ${size} bytes, ${info.Pages} pages`);
    const text = squash(pdftotext(file, '-raw'));
    // Checked with `includes` so that a failure does not print 150 pages.
    const has = (needle: string) => expect(text.includes(needle), needle).toBe(true);
    has(`Page 1 / ${info.Pages}`);
    has(large.plan.name);
    has(large.actions[1999]?.title ?? 'missing');
    has(large.kpis[199]?.name ?? 'missing');
    has('Courbes des 12 KPI sur 200 les plus éloignés de leur trajectoire');
  }, 120_000);
});
