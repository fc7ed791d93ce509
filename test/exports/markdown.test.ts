import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, importExamplePlan, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

/** The Markdown export of a stored plan, for wikis: sections of the method, tables, statuses, escaping. */

let t: TestApp;
let ws: SeededWorkspace;
let planId = '';
let fr = '';
let en = '';

const trickyObjective = 'Taux | conversion > 3 % <script>alert(1)</script> [lien](http://x.example)';
const trickySwot = 'Première ligne\n# pas un titre\n- pas une liste';

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  planId = await importExamplePlan(t, ws);
  const as = ws.actors.editor;
  expect(
    (
      await t.request('POST', `/plans/${planId}/objectives`, {
        as,
        body: { key: 'piege', title: trickyObjective, type: 'acquisition', target: 3, unit: '%' },
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await t.request('POST', `/plans/${planId}/swot-items`, {
        as,
        body: { key: 's-piege', quadrant: 'strength', title: 'Équipe | soudée', description: trickySwot, weight: 1 },
      })
    ).status,
  ).toBe(201);
  const get = async (lang: string) => {
    const answer = await t.request('GET', `/plans/${planId}/export?format=md&lang=${lang}&today=2027-03-01`, {
      as: ws.actors.viewer,
    });
    expect(answer.status).toBe(200);
    return answer.text;
  };
  fr = await get('fr');
  en = await get('en');
});
afterAll(() => t.close());

/** The cells of a Markdown table row: split on pipes that are not escaped. */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

const rowStarting = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(`| ${start}`))!;

describe('Markdown export', () => {
  it('has a heading per section of the method, in the chosen language', () => {
    const headings = (text: string) => text.split('\n').filter((line) => /^#{1,2} /.test(line));
    expect(headings(fr)).toEqual([
      '# Croissance Bio & Co 2027',
      '## 1. Objectifs business et alignement',
      '## 2. Personas',
      '## 3. SWOT et positionnement',
      '## 4. Objectifs SMART',
      '## 5. OKR',
      '## 6. Stratégies, tactiques et actions',
      '## 7. Budget',
      '## 8. KPI et suivi',
      '## 9. Actions correctives',
      '## 10. Expérimentations A/B',
    ]);
    expect(headings(en).slice(1)).toEqual([
      '## 1. Business goals and alignment',
      '## 2. Personas',
      '## 3. SWOT and positioning',
      '## 4. SMART objectives',
      '## 5. OKRs',
      '## 6. Strategies, tactics and actions',
      '## 7. Budget',
      '## 8. KPIs and tracking',
      '## 9. Corrective actions',
      '## 10. A/B experiments',
    ]);
    expect(fr).toContain('### Claire, mère active');
    expect(fr).toContain('#### Recherche de mots-clés');
    expect(fr).toContain('### Calendrier éditorial');
  });

  it('says what each A/B test has shown so far, in words', () => {
    // The example test: 300 / 5 000 against 250 / 5 000, a +20 % lift (its figures are checked in src/core/abtest).
    expect(fr).toMatch(/^- \*\*Page d'atterrissage des paniers\*\* — Titre bénéfice améliore la conversion de 20 %/m);
    expect(en).toMatch(/^- \*\*Page d'atterrissage des paniers\*\* — Titre bénéfice improves conversion by 20%/m);
  });

  it('puts the plan’s values in tables: objectives, actions with RACI, budget with totals, KPIs with status', () => {
    expect(cells(rowStarting(fr, 'Augmenter le trafic organique'))).toEqual([
      "Augmenter le trafic organique de 50 % d'ici au 31 décembre 2027 grâce au marketing de contenu",
      'Acquisition',
      'Sessions organiques mensuelles',
      '40 000 sessions',
      '60 000 sessions',
      '31/12/2027',
      'Conforme',
    ]);
    expect(cells(rowStarting(fr, 'Audit des mots-clés'))).toEqual([
      'Audit des mots-clés recherchés par la clientèle',
      'Terminée',
      'Haute',
      '04/01/2027',
      '22/01/2027',
      'Non',
      'Hugo Bernard',
      'Camille Martin',
    ]);
    // Budget of the fixture: 10 000 + 5 000 + 2 000 € planned, 4 000 € committed, 1 200 € spent.
    expect(cells(rowStarting(fr, 'Marketing de contenu | Contenu'))).toEqual([
      'Marketing de contenu',
      'Contenu',
      '10 000 €',
      '4 000 €',
      '1 200 €',
      '-8 800 €',
      '3:1',
    ]);
    expect(cells(rowStarting(fr, '**Total**')).slice(2, 6)).toEqual([
      '**17 000 €**',
      '**4 000 €**',
      '**1 200 €**',
      '**-15 800 €**',
    ]);
    expect(fr).toContain('- **Budget total** : 19 000 €');
    expect(fr).toContain('- **Réserve pour imprévus (10 %)** : 1 900 €');
    expect(en).toContain('- **Total budget**: €19,000');
    // A KPI without any measurement cannot be judged, whatever the rules.
    expect(cells(rowStarting(fr, "Taux d'engagement Instagram")).at(-1)).toBe('Sans mesure');
    expect(cells(rowStarting(en, "Taux d'engagement Instagram")).at(-1)).toBe('No data');
    expect(cells(rowStarting(fr, 'Coût par lead | Optimisation'))).toEqual([
      'Coût par lead',
      'Optimisation des campagnes publicitaires, ciblage plus précis',
      'Camille Martin',
      '30/04/2027',
      'En cours',
      'En cours',
    ]);
  });

  it('escapes | in table cells and keeps every row to its columns', () => {
    const row = rowStarting(fr, 'Taux \\|');
    expect(row).toContain('Taux \\| conversion');
    expect(cells(row)).toHaveLength(7);
    expect(cells(row)[0]).toBe(
      'Taux \\| conversion \\> 3 % \\<script\\>alert(1)\\</script\\> \\[lien\\](http://x.example)',
    );
    expect(fr).not.toContain('<script>');

    const swot = rowStarting(fr, 'Force | Équipe');
    expect(cells(swot)).toEqual([
      'Force',
      'Équipe \\| soudée',
      '1',
      'Première ligne<br>\\# pas un titre<br>\\- pas une liste',
    ]);
  });
});
