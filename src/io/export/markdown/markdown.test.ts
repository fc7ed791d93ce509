import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../core/shared/empty-plan.js';
import { cell, inline, planMarkdown } from './index.js';

describe('Markdown escaping', () => {
  it.each([
    ['Chiffre d’affaires +30 %', 'Chiffre d’affaires +30 %'],
    ['a | b', 'a \\| b'],
    ['**gras** et _italique_', '\\*\\*gras\\*\\* et \\_italique\\_'],
    ['[lien](http://x.example)', '\\[lien\\](http://x.example)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['Bio & Co', 'Bio & Co'],
    ['&amp; &#124;', '\\&amp; \\&#124;'],
    ['# titre', '\\# titre'],
    ['- liste', '\\- liste'],
    ['1. premier', '1\\. premier'],
    ['C:\\dossier', 'C:\\\\dossier'],
  ])('inline(%j) → %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });

  it('keeps a table cell on one line', () => {
    expect(cell('première | ligne\r\n- deuxième\nfin')).toBe('première \\| ligne<br>\\- deuxième<br>fin');
    expect(cell(null)).toBe('');
  });
});

describe('Markdown of an empty plan', () => {
  it.each([
    ['fr', '_Aucun élément._'],
    ['en', '_None._'],
  ] as const)('says so under every section with a table (%s)', (language, none) => {
    const text = planMarkdown({ facts: emptyPlan(), language, today: '2027-03-01' });
    const sections = text.split(/^## /m).slice(1);
    // Goals, objectives, actions, budget, KPIs, corrective actions and experiments are tables.
    const empty = sections.filter((section) => section.includes(none));
    expect(empty.length).toBeGreaterThanOrEqual(7);
    expect(text).not.toMatch(/^\| /m);
  });
});
