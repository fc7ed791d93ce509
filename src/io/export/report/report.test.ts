import { describe, expect, it } from 'vitest';
import { planHealth } from '../../../core/health/index.js';
import { emptyPlan } from '../../../core/shared/empty-plan.js';
import { buildReport } from './index.js';
import type { Block, ReportOutline, Section } from './outline.js';
import { mergeSpans } from './sections/timeline.js';
import { examplePlan, exampleToday } from './test-plans.js';
import { createFormatter } from './format.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function section(outline: ReportOutline, id: Section['id']): Section {
  const found = outline.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function allText(s: Section): string {
  const parts: string[] = [s.title, ...s.highlights];
  const visit = (b: Block) => {
    if (b.kind === 'paragraph' || b.kind === 'subheading') parts.push(b.text);
    if (b.kind === 'list') parts.push(...b.items);
    if (b.kind === 'figures') parts.push(...b.items.flatMap((i) => [i.label, i.value]));
    if (b.kind === 'table') parts.push(...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => r.cells));
    if (b.kind === 'chart') parts.push(b.chart.title);
  };
  s.blocks.forEach(visit);
  return plain(parts.join('\n'));
}

const ids = [
  'summary',
  'goals',
  'personas',
  'swot',
  'objectives',
  'actions',
  'budget',
  'kpis',
  'corrective-actions',
  'experiments',
];

describe('report outline of the example plan', () => {
  const facts = examplePlan();
  const fr = buildReport({ facts, language: 'fr', today: exampleToday });
  const en = buildReport({ facts, language: 'en', today: exampleToday });

  it('has every section of the issue, in order, titled in each language', () => {
    expect(fr.sections.map((s) => s.id)).toEqual(ids);
    expect(en.sections.map((s) => s.id)).toEqual(ids);
    expect(fr.sections.map((s) => s.title)).toContain('Objectifs commerciaux et alignement');
    expect(en.sections.map((s) => s.title)).toContain('Business goals and alignment');
    expect(fr.locale).toBe('fr-FR');
    expect(en.locale).toBe('en-GB');
  });

  it('opens with a cover giving the plan, its period in words, the date and the language', () => {
    expect(fr.cover.title).toBe('Croissance Bio & Co 2027');
    expect(fr.cover.details.map((d) => d.value)).toEqual([
      '1er janvier 2027 → 31 décembre 2027',
      '15 mars 2027',
      'Français',
      'Actif',
    ]);
    expect(en.cover.details.map((d) => d.value)).toEqual([
      '1 January 2027 → 31 December 2027',
      '15 March 2027',
      'English',
      'Active',
    ]);
  });

  it('gives the health score of the core and the key figures', () => {
    const health = planHealth(facts, exampleToday);
    const figures = section(fr, 'summary').blocks.find((b) => b.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.items[0]).toEqual({
      label: 'Score de santé du plan',
      value: `${health.score} / 100`,
      tone: health.score >= 80 ? 'good' : health.score >= 50 ? 'warning' : 'bad',
    });
    const text = allText(section(en, 'summary'));
    // 10,000 + 5,000 + 2,000 planned of a 19,000 budget; 3:1, 2:1 and 5:1 expected ROIs.
    expect(text).toContain('€17,000 of €19,000');
    expect(text).toContain('€50,000');
    expect(text).toContain('Actions done: 1 of 2');
  });

  it('formats money from cents with the plan currency, in each language', () => {
    const budget = allText(section(fr, 'budget'));
    expect(budget).toContain('Réserve pour imprévus (10 %)');
    expect(budget).toContain('1 900 €');
    expect(budget).toContain('17 100 €');
    expect(allText(section(en, 'budget'))).toContain('Contingency reserve (10%)');
  });

  it('states the funnel alignment with the core’s sentence and the stages', () => {
    const goals = allText(section(fr, 'goals'));
    expect(goals).toContain('Couvert');
    expect(goals).toContain('Sessions organiques');
    expect(goals).toContain('800 000 € → 1 040 000 €');
  });

  it('lists objectives with their SMART verdict and the OKR with its score', () => {
    const objectives = allText(section(fr, 'objectives'));
    expect(objectives).toContain(
      "Augmenter le trafic organique de 50 % d'ici au 31 décembre 2027 grâce au marketing de contenu",
    );
    // Key results: (2.1 − 2) / 0.5 = 0.2 weighted 2, 0 weighted 1 → 0.4 / 3 = 0.13.
    expect(objectives).toContain('Devenir la marque bio préférée des jeunes familles — score 0,13 (rouge)');
    expect(allText(section(en, 'objectives'))).toContain('score 0.13 (red)');
  });

  it('shows actions with RACI, the late milestone and a timeline of both actions', () => {
    const actions = section(fr, 'actions');
    const text = allText(actions);
    expect(text).toContain('Publier le calendrier éditorial du premier trimestre (jalon)');
    expect(text).toContain('Hugo Bernard');
    expect(text).toContain('Camille Martin');
    const late = actions.blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r.cells[1] === '5 févr. 2027'));
    expect(late).toBeDefined();
    const chart = actions.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.kind === 'timeline' && chart.chart).toMatchObject({
      rows: ['Audit des mots-clés recherchés par la clientèle', 'Publier le calendrier éditorial du premier trimestre'],
      milestones: [{ row: 1, date: '2027-02-05' }],
      from: '2027-01-01',
      to: '2027-12-31',
    });
  });

  it('ranks budget lines by ROI in a chart and totals the lines', () => {
    const budget = section(en, 'budget');
    const roi = budget.blocks.find(
      (b) => b.kind === 'chart' && b.chart.kind === 'bars' && b.chart.orientation === 'horizontal',
    );
    expect(roi?.kind === 'chart' && roi.chart.kind === 'bars' && roi.chart.categories).toEqual([
      'Email marketing',
      'Marketing de contenu',
      'Publicité sur les réseaux sociaux',
    ]);
    const lines = budget.blocks.filter((b) => b.kind === 'table').at(-1);
    expect(lines?.kind === 'table' && lines.rows.at(-1)?.cells.slice(0, 6)).toEqual([
      'Total',
      '',
      '',
      '€17,000',
      '€4,000',
      '€1,200',
    ]);
  });

  it('tracks KPIs with status, values in their unit, and charts of the measured ones', () => {
    const kpis = section(fr, 'kpis');
    const table = kpis.blocks.find((b) => b.kind === 'table');
    const rows = table?.kind === 'table' ? table.rows.map((r) => r.cells.map(plain)) : [];
    expect(rows.map((r) => [r[0], r[5]])).toEqual([
      ['Trafic organique', 'Dans les temps'],
      ["Taux d'engagement Instagram", 'Sans mesure'],
      ['Coût par lead', 'Dans les temps'],
    ]);
    expect(rows[0]?.[3]).toBe('42 900 sessions');
    expect(rows[2]?.[3]).toBe('12,60 €');
    const charts = kpis.blocks.filter((b) => b.kind === 'chart');
    expect(charts).toHaveLength(2);
  });

  it('reports experiments with conversion rates and the lift over the control', () => {
    const text = allText(section(fr, 'experiments'));
    expect(text).toContain('Contrôle (témoin)');
    // 300 / 5,000 = 6 % against 250 / 5,000 = 5 %: +20 %.
    expect(text).toContain('6 %');
    expect(text).toContain('+20 %');
    // The verdict of the analysis, in words (its figures are checked in src/core/abtest).
    expect(text).toMatch(/Titre bénéfice améliore la conversion de 20 %/);
  });
});

describe('report outline of an empty plan', () => {
  it('keeps every section and says in a sentence that it is empty', () => {
    for (const language of ['fr', 'en'] as const) {
      const outline = buildReport({ facts: emptyPlan(), language, today: '2027-01-10' });
      expect(outline.sections.map((s) => s.id)).toEqual(ids);
      for (const s of outline.sections) {
        expect(s.highlights.length, s.id).toBeGreaterThan(0);
        expect(s.blocks.length, s.id).toBeGreaterThan(0);
      }
    }
    const fr = buildReport({ facts: emptyPlan(), language: 'fr', today: '2027-01-10' });
    expect(allText(section(fr, 'personas'))).toContain('Aucun persona n’est défini');
    expect(allText(section(fr, 'kpis'))).toContain('Aucun KPI n’est défini');
    const en = buildReport({ facts: emptyPlan(), language: 'en', today: '2027-01-10' });
    expect(allText(section(en, 'experiments'))).toContain('No experiment is set.');
  });
});

describe('KPI charts', () => {
  it('chart a sum KPI as its running total since the plan started, against the expected total', () => {
    const facts = emptyPlan({
      plan: {
        key: 'p',
        name: 'P',
        status: 'active',
        currency: 'EUR',
        locale: 'fr',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      },
      kpis: [
        {
          key: 'leads',
          name: 'Leads',
          unit: 'leads',
          direction: 'increase',
          aggregation: 'sum',
          baseline: 10,
          target: 10,
          tolerancePercent: 10,
        },
      ],
      measurements: [
        { kpi: 'leads', date: '2026-12-31', value: 99, source: 'manual' },
        { kpi: 'leads', date: '2027-01-01', value: 10, source: 'manual' },
        { kpi: 'leads', date: '2027-01-02', value: 12, source: 'manual' },
        { kpi: 'leads', date: '2027-01-03', value: 5, source: 'manual' },
      ],
    });
    const kpis = section(buildReport({ facts, language: 'en', today: '2027-01-03' }), 'kpis');
    const chart = kpis.blocks.find((b) => b.kind === 'chart');
    if (chart?.kind !== 'chart' || chart.chart.kind !== 'kpi') throw new Error('no KPI chart');
    // 27 against 30 expected: 10 % short, within the 10 % tolerance.
    expect(chart.chart.title).toBe('Leads (leads) — running total — On track');
    // The day before the plan is history, left out of the total: 10, 22, 27.
    expect(chart.chart.measured.points).toEqual([
      { date: '2027-01-01', value: 10 },
      { date: '2027-01-02', value: 22 },
      { date: '2027-01-03', value: 27 },
    ]);
    // 10 a day expected: 10 on the first day, 3,650 by the end of the year.
    expect(chart.chart.expected.points[0]).toEqual({ date: '2027-01-01', value: 10 });
    expect(chart.chart.expected.points.at(-1)).toEqual({ date: '2027-12-31', value: 3650 });
  });
});

describe('report helpers', () => {
  it('merges overlapping and touching periods of a timeline row', () => {
    expect(
      mergeSpans([
        { start: '2027-01-10', end: '2027-01-20' },
        { start: '2027-01-01', end: '2027-01-05' },
        { start: '2027-01-06', end: '2027-01-08' },
        { start: '2027-01-15', end: '2027-02-01' },
      ]),
    ).toEqual([
      { start: '2027-01-01', end: '2027-01-08' },
      { start: '2027-01-10', end: '2027-02-01' },
    ]);
  });

  it('writes money, units and dates the way each language does', () => {
    const fr = createFormatter('fr', 'EUR');
    const en = createFormatter('en', 'EUR');
    expect(plain(fr.money(123456789))).toBe('1 234 567,89 €');
    expect(en.money(123456700)).toBe('€1,234,567');
    expect(plain(fr.withUnit(2.5, '%'))).toBe('2,5 %');
    expect(en.withUnit(12.6, 'EUR')).toBe('€12.60');
    expect(fr.date('2027-04-01')).toBe('1er avril 2027');
    expect(en.date('2027-04-01')).toBe('1 April 2027');
    expect(plain(createFormatter('fr', 'XYZ').money(1000))).toBe('10 XYZ');
  });
});
