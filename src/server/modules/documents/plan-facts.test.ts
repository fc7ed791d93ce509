import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../contract/plan-document.js';
import { planFactsOf } from './plan-facts.js';

describe('planFactsOf', () => {
  it('puts back the empty lists and flags a stored document leaves out, and keeps the rest', () => {
    const document = {
      schema: 'jalon/plan@1',
      plan: { key: 'p', name: 'P', status: 'draft', currency: 'EUR', locale: 'fr' },
      objectives: [
        { key: 'a', title: 'A', type: 'awareness' },
        { key: 'b', title: 'B', type: 'loyalty', businessGoals: ['g'] },
      ],
      personas: [{ key: 'claire', name: 'Claire', values: ['santé'] }],
      actions: [{ key: 'x', tactic: 't', title: 'X', status: 'todo', priority: 'low' }],
    } as unknown as PlanDocument;
    const facts = planFactsOf(document);
    expect(facts.objectives.map((o) => o.businessGoals)).toEqual([[], ['g']]);
    expect(facts.personas[0]).toMatchObject({ values: ['santé'], interests: [], painPoints: [], sources: [] });
    expect(facts.actions[0]?.isMilestone).toBe(false);
    expect(facts.strategies).toEqual([]);
    expect(facts.plan.key).toBe('p');
    // The document itself is left as it was.
    expect('businessGoals' in (document.objectives[0] as object)).toBe(false);
  });
});
