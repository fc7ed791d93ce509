import { useMemo } from 'react';
import { useCollectionQuery } from '../../api/collections';
import { buildAlignmentTree, type AlignmentTree } from './alignmentTree';

/** The collections the alignment tree reads, and the tree built from them. */
export function useAlignmentTree(planId: string) {
  const queries = {
    businessGoals: useCollectionQuery(planId, 'business-goals'),
    objectives: useCollectionQuery(planId, 'objectives'),
    okrObjectives: useCollectionQuery(planId, 'okr-objectives'),
    keyResults: useCollectionQuery(planId, 'key-results'),
    strategies: useCollectionQuery(planId, 'strategies'),
    tactics: useCollectionQuery(planId, 'tactics'),
    actions: useCollectionQuery(planId, 'actions'),
    kpis: useCollectionQuery(planId, 'kpis'),
  };
  const all = Object.values(queries);
  const { businessGoals, objectives, okrObjectives, keyResults, strategies, tactics, actions, kpis } = queries;

  const tree = useMemo<AlignmentTree | null>(() => {
    if (
      !businessGoals.data ||
      !objectives.data ||
      !okrObjectives.data ||
      !keyResults.data ||
      !strategies.data ||
      !tactics.data ||
      !actions.data ||
      !kpis.data
    )
      return null;
    return buildAlignmentTree({
      businessGoals: businessGoals.data,
      objectives: objectives.data,
      okrObjectives: okrObjectives.data,
      keyResults: keyResults.data,
      strategies: strategies.data,
      tactics: tactics.data,
      actions: actions.data,
      kpis: kpis.data,
    });
  }, [
    businessGoals.data,
    objectives.data,
    okrObjectives.data,
    keyResults.data,
    strategies.data,
    tactics.data,
    actions.data,
    kpis.data,
  ]);

  /** `collection:key` → the entity's title or name, for texts that only know the key. */
  const names = useMemo(() => {
    const map = new Map<string, string>();
    const add = (collection: string, rows: { key: string; title?: string; name?: string }[] | undefined) => {
      for (const row of rows ?? []) map.set(`${collection}:${row.key}`, row.title ?? row.name ?? row.key);
    };
    add('business-goals', businessGoals.data);
    add('objectives', objectives.data);
    add('okr-objectives', okrObjectives.data);
    add('key-results', keyResults.data);
    add('strategies', strategies.data);
    add('tactics', tactics.data);
    add('actions', actions.data);
    add('kpis', kpis.data);
    return map;
  }, [
    businessGoals.data,
    objectives.data,
    okrObjectives.data,
    keyResults.data,
    strategies.data,
    tactics.data,
    actions.data,
    kpis.data,
  ]);

  const failed = all.find((q) => q.isError);
  return {
    tree,
    names,
    isPending: tree === null && !failed,
    error: failed?.error ?? null,
    refetch: () => {
      for (const q of all) if (q.isError) void q.refetch();
    },
  };
}
