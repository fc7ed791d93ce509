import { describe, expect, it } from 'vitest';
import { cell, inline } from './index.js';

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
