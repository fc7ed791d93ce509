import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '../plan.js';
import { diffPlans, summariseDiff } from './diff-plans.js';
import { budgetLine, edit, emptyPlan } from './test-plans.js';

interface Case {
  name: string;
  after: PlanFacts;
  fr: string[];
  en: string[];
}

// Lines of 10 000 €, 5 000 € and 3 000 € (amounts in cents). Each case changes planned amounts;
// the expected lines apply the documented pairing by hand (exact amounts, then largest first),
// and lines whose change the moves fully explain say nothing more.
const lines = emptyPlan({
  budgetLines: [
    budgetLine('email', 'Email', 500000),
    budgetLine('sea', 'SEA', 1000000),
    budgetLine('social', 'Social', 300000),
  ],
});
const planned = (amounts: Partial<Record<'email' | 'sea' | 'social', number>>) =>
  edit(lines, (p) => {
    for (const line of p.budgetLines) line.plannedAmount = amounts[line.key as 'email'] ?? line.plannedAmount;
  });

describe('budget moves', () => {
  it.each<Case>([
    {
      name: '2 000 € from SEA to Email',
      after: planned({ sea: 800000, email: 700000 }),
      fr: ['2 000 € déplacés de SEA vers Email'],
      en: ['€2,000 moved from SEA to Email'],
    },
    {
      name: 'one cut split between two lines, largest first',
      after: planned({ sea: 700000, email: 700000, social: 400000 }),
      fr: ['2 000 € déplacés de SEA vers Email', '1 000 € déplacés de SEA vers Social'],
      en: ['€2,000 moved from SEA to Email', '€1,000 moved from SEA to Social'],
    },
    {
      name: 'a cut larger than the increase: the rest is a plain change with the real amounts',
      after: planned({ sea: 500000, email: 700000 }),
      fr: ['Ligne budgétaire « SEA » : montant prévu 10 000 € → 5 000 €', '2 000 € déplacés de SEA vers Email'],
      en: ['Budget line “SEA”: planned amount €10,000 → €5,000', '€2,000 moved from SEA to Email'],
    },
    {
      name: 'new money without a cut is no move',
      after: planned({ email: 600000 }),
      fr: ['Ligne budgétaire « Email » : montant prévu 5 000 € → 6 000 €'],
      en: ['Budget line “Email”: planned amount €5,000 → €6,000'],
    },
    {
      name: 'one euro moved agrees in the singular',
      after: planned({ sea: 999900, social: 300100 }),
      fr: ['1 € déplacé de SEA vers Social'],
      en: ['€1 moved from SEA to Social'],
    },
    {
      name: 'other fields of a moved line are still reported',
      after: edit(planned({ sea: 800000, email: 700000 }), (p) => (p.budgetLines[0]!.category = 'tools')),
      fr: ['Ligne budgétaire « Email » : catégorie publicité → outils', '2 000 € déplacés de SEA vers Email'],
      en: ['Budget line “Email”: category advertising → tools', '€2,000 moved from SEA to Email'],
    },
    {
      name: 'money given to a new line is an addition, not a move',
      after: edit(planned({ sea: 800000 }), (p) => p.budgetLines.push(budgetLine('events', 'Salons', 200000))),
      fr: ['Ligne budgétaire « Salons » ajoutée', 'Ligne budgétaire « SEA » : montant prévu 10 000 € → 8 000 €'],
      en: ['Budget line “Salons” added', 'Budget line “SEA”: planned amount €10,000 → €8,000'],
    },
  ])('$name', ({ after, fr, en }) => {
    const diff = diffPlans(lines, after);
    expect(summariseDiff(diff, 'fr')).toEqual(fr);
    expect(summariseDiff(diff, 'en')).toEqual(en);
  });
});
