import type { ExperimentVariantEntity } from '../../../contract/entity-types.js';
import type { UpdateBody } from '../../api/collections';
import { parseDecimal } from '../../forms/values';
import type { VariantValues } from './experimentForm';
import type { NewVariant } from './experimentsApi';

/** A version in the editor: one already saved keeps its id, one added has none. */
export interface EditedVariant extends VariantValues {
  id: string | null;
}

/** The writes that turn the saved versions into the edited ones. */
export interface VariantChanges {
  remove: ExperimentVariantEntity[];
  update: UpdateBody<'experiment-variants'>[];
  create: NewVariant[];
}

export function editedVariants(variants: readonly ExperimentVariantEntity[]): EditedVariant[] {
  return variants.map((variant) => ({ id: variant.id, name: variant.name, weight: variant.weight }));
}

/**
 * What changed, version by version: those gone are removed, those renamed or reweighted are
 * updated with the version read (only what changed is sent), those added are created.
 */
export function variantChanges(
  saved: readonly ExperimentVariantEntity[],
  edited: readonly EditedVariant[],
): VariantChanges {
  const kept = new Map(edited.flatMap((variant) => (variant.id ? [[variant.id, variant] as const] : [])));
  const update = saved.flatMap((variant) => {
    const after = kept.get(variant.id);
    if (!after) return [];
    const name = after.name.trim();
    const weight = parseDecimal(after.weight) ?? variant.weight;
    const change = {
      ...(name !== variant.name ? { name } : {}),
      ...(weight !== variant.weight ? { weight } : {}),
    };
    return Object.keys(change).length > 0 ? [{ id: variant.id, version: variant.version, ...change }] : [];
  });
  return {
    remove: saved.filter((variant) => !kept.has(variant.id)),
    update,
    create: edited
      .filter((variant) => variant.id === null)
      .map((variant) => ({ name: variant.name.trim(), weight: parseDecimal(variant.weight) ?? 1 })),
  };
}

export const hasChanges = (changes: VariantChanges) =>
  changes.remove.length + changes.update.length + changes.create.length > 0;
