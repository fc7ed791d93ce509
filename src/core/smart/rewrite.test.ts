import { describe, expect, it } from 'vitest';
import type { Objective } from '../plan.js';
import { lintObjective } from './lint.js';

const context = { today: '2027-01-15', businessGoalKeys: new Set(['g']) };
const rewriteOf = (title: string, fields: Partial<Objective> = {}) =>
  lintObjective({ key: 'o', title, type: 'awareness', businessGoals: ['g'], ...fields }, context).rewrite;

describe('suggested rewrite', () => {
  // Percentages worked by hand: (9 200 − 8 000) / 8 000 = 15 %; (10.8 − 12) / 12 = −10 %;
  // (45 − 32) / 32 = 40.625 % → "40,6 %" at three significant digits. French groups thousands
  // with a narrow no-break space (U+202F), as Intl writes them.
  it.each<[string, Partial<Objective>, string, string]>([
    [
      'améliorer la notoriété de la marque',
      {},
      "Augmenter [indicateur] de [X %] d'ici le [date] grâce à [levier]",
      'Increase [indicator] by [X%] by [date] through [lever]',
    ],
    [
      'Réduire le coût par lead',
      {},
      "Réduire [indicateur] de [X %] d'ici le [date] grâce à [levier]",
      'Reduce [indicator] by [X%] by [date] through [lever]',
    ],
    [
      'Instagram',
      { metric: 'Followers Instagram', baseline: 8000, target: 9200, deadline: '2027-03-31' },
      "Augmenter « Followers Instagram » de 15 % (de 8\u202f000 à 9\u202f200) d'ici le 31 mars 2027 grâce à [levier]",
      'Increase “Followers Instagram” by 15% (from 8,000 to 9,200) by 31 March 2027 through [lever]',
    ],
    [
      'Coût par lead',
      { metric: 'Coût par lead', unit: 'EUR', baseline: 12, target: 10.8 },
      "Réduire « Coût par lead » de 10 % (de 12 EUR à 10,8 EUR) d'ici le [date] grâce à [levier]",
      'Reduce “Coût par lead” by 10% (from 12 EUR to 10.8 EUR) by [date] through [lever]',
    ],
    [
      'NPS',
      { metric: 'NPS', baseline: 32, target: 45, deadline: '2027-06-01' },
      "Augmenter « NPS » de 40,6 % (de 32 à 45) d'ici le 1er juin 2027 grâce à [levier]",
      'Increase “NPS” by 40.6% (from 32 to 45) by 1 June 2027 through [lever]',
    ],
    [
      'Leads',
      { target: 1000, deadline: '2027-06-30' },
      "Porter [indicateur] à 1\u202f000 d'ici le 30 juin 2027 grâce à [levier]",
      'Bring [indicator] to 1,000 by 30 June 2027 through [lever]',
    ],
    [
      'Avis clients',
      { metric: 'Avis', baseline: 0, target: 50 },
      "Porter « Avis » à 50 d'ici le [date] grâce à [levier]",
      'Bring “Avis” to 50 by [date] through [lever]',
    ],
  ])('%s %j', (title, fields, fr, en) => {
    expect(rewriteOf(title, fields)).toEqual({ fr, en });
  });
});
