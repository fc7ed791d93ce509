import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { examplePlan, exampleToday, largePlan } from '../report/test-plans.js';
import { exportPptx } from './index.js';

interface Deck {
  slides: string[];
  charts: string[];
  core: string;
}

/** The deck unzipped: each slide's XML in order, each chart's XML, and the document properties. */
async function readDeck(body: Buffer | string): Promise<Deck> {
  const zip = await JSZip.loadAsync(body);
  const numbered = (prefix: string) =>
    Object.keys(zip.files)
      .filter((name) => new RegExp(`^${prefix}\\d+\\.xml$`).test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    slides: await Promise.all(numbered('ppt/slides/slide').map(read)),
    charts: await Promise.all(numbered('ppt/charts/chart').map(read)),
    core: await read('docProps/core.xml'),
  };
}

/** The text runs of a slide, XML entities decoded, joined by spaces. */
function slideText(xml: string): string {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => decode(m[1] ?? ''))
    .join(' ')
    .replace(/[\u00a0\u202f]/g, ' ');
}

/** A slide's title: the first text box after the accent bar. */
const titleOf = (xml: string) => slideText(xml.slice(xml.indexOf('<p:txBody>'), xml.indexOf('</p:txBody>')));

const expected = {
  fr: {
    titles: [
      'Croissance Bio & Co 2027',
      'Santé du plan et chiffres clés',
      'Objectifs commerciaux et alignement',
      'Fondations : personas, SWOT et positionnement',
      'Objectifs SMART et OKR',
      'Plan d’actions',
      'Budget',
      'Indicateurs de performance (KPI)',
      'Actions correctives et expérimentations',
    ],
    texts: [
      [1, 'Score de santé du plan'],
      [1, '17 000 € sur 19 000 €'],
      [2, "Chiffre d'affaires +30 % en un an"],
      [3, 'Ingrédients biologiques certifiés'],
      [3, 'Menaces'],
      [4, 'Devenir la marque bio préférée des jeunes familles (0,13)'],
      [5, 'Actions en retard : 1'],
      [6, 'Meilleur ROI attendu : Email marketing (5:1).'],
      [7, 'Coût par lead'],
      [7, 'Dans les temps'],
      [8, 'Optimisation des campagnes publicitaires'],
      [8, "Page d'atterrissage des paniers"],
    ] as [number, string][],
  },
  en: {
    titles: [
      'Croissance Bio & Co 2027',
      'Plan health and key figures',
      'Business goals and alignment',
      'Foundations: personas, SWOT and positioning',
      'SMART objectives and OKRs',
      'Action plan',
      'Budget',
      'Key performance indicators (KPIs)',
      'Corrective actions and experiments',
    ],
    texts: [
      [1, 'Plan health score'],
      [1, '€17,000 of €19,000'],
      [3, 'Strengths'],
      [5, 'Late actions: 1'],
      [6, 'Best expected ROI: Email marketing (5:1).'],
      [7, 'On track'],
      [8, 'In progress'],
    ] as [number, string][],
  },
};

describe('PPTX export', () => {
  const facts = examplePlan();

  for (const language of ['fr', 'en'] as const) {
    it(`makes a deck of the example plan in ${language}, one slide per section group`, async () => {
      const exported = await exportPptx({ facts, language, today: exampleToday });
      expect(exported.extension).toBe('pptx');
      expect(exported.contentType).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
      const deck = await readDeck(exported.body);
      expect(deck.slides).toHaveLength(9);
      // The title slide opens with its kicker; the others with their title.
      const titles = deck.slides.map((xml, index) => {
        const text = slideText(xml);
        return index === 0 ? (text.includes(facts.plan.name) ? facts.plan.name : text) : titleOf(xml);
      });
      expect(titles).toEqual(expected[language].titles);
      for (const [slide, text] of expected[language].texts) {
        expect(slideText(deck.slides[slide] ?? ''), `slide ${slide + 1}: ${text}`).toContain(text);
      }
      expect(deck.core).toContain('<dc:title>Croissance Bio &amp; Co 2027</dc:title>');
    });
  }

  it('draws the timeline, the ROI ranking and the KPI statuses as native charts', async () => {
    const deck = await readDeck((await exportPptx({ facts, language: 'fr', today: exampleToday })).body);
    expect(deck.charts).toHaveLength(3);
    const [timeline, roi, statuses] = deck.charts;
    // Gantt: stacked bars whose first series is invisible, categories bottom-up.
    expect(timeline).toContain('<c:grouping val="stacked"/>');
    expect(timeline).toContain('<a:noFill/>');
    expect(timeline).toContain('Audit des mots-clés recherchés par la clientèle');
    expect(timeline).toMatch(/\[\$-40C\]mmm yyyy/);
    // ROI: best line at the top, so listed last for PowerPoint.
    const axis = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(roi ?? '')?.[1] ?? '';
    const categories = [...axis.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => m[1]);
    expect(categories).toEqual(['Publicité sur les réseaux sociaux', 'Marketing de contenu', 'Email marketing']);
    expect(statuses).toContain('<c:doughnutChart>');
    expect(statuses).toContain('Dans les temps');
  });

  it('keeps the deck to nine slides for the large generated plan', async () => {
    const { facts: large, today } = largePlan();
    const started = performance.now();
    const exported = await exportPptx({ facts: large, language: 'en', today });
    console.log(`PPTX of the large plan: ${Math.round(performance.now() - started)} ms, ${exported.body.length} bytes`);
    const deck = await readDeck(exported.body);
    expect(deck.slides).toHaveLength(9);
    expect(slideText(deck.slides[7] ?? '')).toContain('more in the full document');
  }, 60_000);
});
