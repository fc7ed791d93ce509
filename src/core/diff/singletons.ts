import type { DiffContext } from './context.js';
import { fieldChanges } from './fields.js';
import { entitySubject, type Subject } from './phrases.js';
import { budgetSpec, planSpec, positioningSpec, type FieldSpec } from './specs.js';
import type { Change } from './types.js';
import { nouns } from './vocabulary.js';

/**
 * The plan header and the two one-per-plan records. The header speaks of « Plan « … » »,
 * positioning fields of « Positionnement », and budget settings need no subject: « Réserve pour
 * imprévus : 10 % → 15 % ». A missing record reads as one with every field empty.
 */
export function diffHeaderAndSettings(ctx: DiffContext): Change[] {
  const [before, after] = [ctx.before.facts, ctx.after.facts];
  // The plan's key is its identity elsewhere, but within one plan's history it can change.
  const headerFields: Record<string, FieldSpec> = { key: { kind: 'code' }, ...planSpec.fields };
  const positioning: Subject = { text: { fr: nouns.positioning.fr, en: nouns.positioning.en }, gender: 'm' };
  return [
    ...fieldChanges(
      headerFields,
      {
        section: 'plan',
        subject: entitySubject(nouns.plan, after.plan.name),
        before: { ...before.plan },
        after: { ...after.plan },
      },
      ctx,
    ),
    ...fieldChanges(
      positioningSpec.fields,
      {
        section: 'positioning',
        subject: positioning,
        before: { ...before.positioning },
        after: { ...after.positioning },
      },
      ctx,
    ),
    ...fieldChanges(
      budgetSpec.fields,
      { section: 'budget', subject: null, before: { ...before.budget }, after: { ...after.budget } },
      ctx,
    ),
  ];
}
