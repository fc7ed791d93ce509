import { describe, expect, it } from 'vitest';
import { findFigure } from './figures.js';
import { foldText, objectiveText } from './text.js';
import { findTimeExpression } from './time-expressions.js';

describe('foldText', () => {
  // Expected strings typed by hand; same length as the input so that quotes come from the original.
  it.each([
    ['Améliorer la NOTORIÉTÉ', 'ameliorer la notoriete'],
    ['d’ici\u00a0le 31\u202fmars', "d'ici le 31 mars"],
    ['Coût−par‑lead', 'cout-par-lead'],
    ['Ça 🚀 ÇA', 'ca 🚀 ca'],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('findTimeExpression', () => {
  // Each row: a deadline as people write it, and the words the lint should quote back (or null).
  it.each([
    ['au cours des trois prochains mois', 'au cours des trois prochains mois'],
    ["d'ici le 31 mars", "d'ici le 31 mars"],
    ['d’ici au 31 décembre 2027', 'd’ici au 31 décembre 2027'],
    ['avant le 31/03/2027', 'avant le 31/03/2027'],
    ['dans les 6 prochains mois', 'dans les 6 prochains mois'],
    ['en six mois', 'en six mois'],
    ['fin 2027', 'fin 2027'],
    ['au T2 2027', 'au T2 2027'],
    ['au 2e trimestre 2027', '2e trimestre 2027'],
    ["d'ici la rentrée", "d'ici la rentrée"],
    ['au plus tard en juin', 'au plus tard en juin'],
    ['cette année', 'cette année'],
    ['à la mi-mars', 'mi-mars'],
    ['in Q2', 'in Q2'],
    ['by 2027-03-31', 'by 2027-03-31'],
    ['by March 31, 2027', 'by March 31, 2027'],
    ['by 31 March', 'by 31 March'],
    ['within 90 days', 'within 90 days'],
    ['over the next six months', 'over the next six months'],
    ['by the end of the year', 'by the end of'],
    ['this quarter', 'this quarter'],
    ['in H1 2027', 'H1 2027'],
    ['in 2027', 'in 2027'],
    ['in FY2027', 'in FY2027'],
    ["sur l'exercice 2027", 'exercice 2027'],
    ['by end of March', 'by end of March'],
    ["d'ici six mois", "d'ici six mois"],
    // Not deadlines
    ['publish 3 blog posts a week', null],
    ['1 000 leads par mois', null],
    ['améliorer la notoriété de la marque', null],
    ['increase sales by 2027%', null],
    ['clients B2B', null],
  ])('%j → %j', (text, expected) => {
    expect(findTimeExpression(objectiveText(text))).toBe(expected);
  });
});

describe('findFigure', () => {
  // The first figure as written; digits of dates and inside words (B2B, Q2) do not count.
  it.each([
    ['de 15 % au cours des trois prochains mois', '15 %'],
    ['+20% de trafic', '+20%'],
    ['1 000 leads', '1 000'],
    ['1\u202f000 leads', '1\u202f000'],
    ['1,000 leads', '1,000'],
    ['un taux de 2,5 %', '2,5 %'],
    ['2.5k subscribers', '2.5k'],
    ['Doubler les inscriptions', 'Doubler'],
    ['diviser par deux le churn', 'diviser par deux'],
    ['cut churn by half', 'by half'],
    ["d'ici le 31 mars 2027", null],
    ['by 2027-03-31 in Q2', null],
    ['au cours des 3 prochains mois', null],
    ['clients B2B en 2027', null],
    ['améliorer la notoriété', null],
  ])('%j → %j', (text, expected) => {
    expect(findFigure(objectiveText(text))).toBe(expected);
  });
});
