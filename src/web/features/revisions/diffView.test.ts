import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../core/diff/index.js';
import { action, budgetLine, edit, emptyPlan, objective } from '../../../core/diff/test-plans.js';
import { countKinds, groupChanges, type Cell } from './diffView';

const words = { yes: 'oui', no: 'non' };
const value = (text: string, extra: object = {}): Cell => ({ kind: 'value', text, ...extra });

// Diffs come from the real core, as the server's `/diff` route computes them.
const before = emptyPlan({
  objectives: [objective('trafic', 'Trafic organique', { target: 20 }), objective('notoriete', 'Notoriété')],
  actions: [action('audit', 'Audit SEO', { estimatedCost: 100_000, effortHours: 12, description: 'Court' })],
});
const after = edit(before, (p) => {
  p.objectives[0]!.target = 15;
  p.objectives.splice(1, 1);
  p.actions[0]!.status = 'done';
  p.actions[0]!.estimatedCost = 150_050;
  p.actions[0]!.isMilestone = true;
  p.actions[0]!.description = 'Un audit complet du site';
  p.actions.push(action('newsletter', 'Newsletter mensuelle'));
  p.budget = { totalAmount: 5_000_000, contingencyPercent: 10 };
});

describe('groupChanges', () => {
  const diff = diffPlans(before, after);

  it('groups the changes by part of the plan, in the order of the diff', () => {
    const sections = groupChanges(diff.changes, 'fr', 'EUR', words);
    expect(sections.map((s) => s.name)).toEqual(['budget', 'objectives', 'actions']);
    expect(sections.flatMap((s) => s.rows.map((r) => r.message))).toEqual(diff.changes.map((c) => c.message.fr));
  });

  it('writes each side of a field change in the reader’s language and the plan’s currency', () => {
    const [budget, objectives, actions] = groupChanges(diff.changes, 'fr', 'EUR', words);
    expect(budget!.rows.map((r) => [r.before, r.after])).toEqual([
      [{ kind: 'empty' }, value('50 000 €')],
      [{ kind: 'empty' }, value('10 %')],
    ]);
    expect(objectives!.rows.map((r) => [r.kind, r.before, r.after])).toEqual([
      ['removed', value('Notoriété'), { kind: 'none' }],
      ['changed', value('20'), value('15')],
    ]);
    const byKind = actions!.rows.map((r) => [r.kind, r.before, r.after]);
    expect(byKind).toContainEqual(['changed', value('à faire'), value('terminée')]);
    expect(byKind).toContainEqual(['changed', value('1 000 €'), value('1 500,50 €')]);
    expect(byKind).toContainEqual(['changed', value('non'), value('oui')]);
    expect(byKind).toContainEqual([
      'changed',
      value('Court', { long: true }),
      value('Un audit complet du site', { long: true }),
    ]);
    expect(byKind).toContainEqual(['added', { kind: 'none' }, value('Newsletter mensuelle')]);
  });

  it('speaks English', () => {
    const actions = groupChanges(diff.changes, 'en', 'EUR', { yes: 'yes', no: 'no' })[2]!;
    const byKind = actions.rows.map((r) => [r.before, r.after]);
    expect(byKind).toContainEqual([value('to do'), value('done')]);
    expect(byKind).toContainEqual([value('€1,000'), value('€1,500.50')]);
    expect(actions.rows.map((r) => r.message)).toEqual(
      diff.changes.filter((c) => c.collection === 'actions').map((c) => c.message.en),
    );
  });

  it('leaves the cells of a budget move to its sentence', () => {
    const lines = emptyPlan({
      budgetLines: [budgetLine('sea', 'SEA', 300_000), budgetLine('email', 'Email', 100_000)],
    });
    const moved = edit(lines, (p) => {
      p.budgetLines[0]!.plannedAmount = 100_000;
      p.budgetLines[1]!.plannedAmount = 300_000;
    });
    const changes = diffPlans(lines, moved).changes;
    const [section] = groupChanges(changes, 'fr', 'EUR', words);
    expect(section!.rows).toEqual([
      { kind: 'moved', message: changes[0]!.message.fr, before: { kind: 'none' }, after: { kind: 'none' } },
    ]);
    expect(countKinds(changes)).toEqual({ added: 0, removed: 0, changed: 0, moved: 1 });
  });
});
