import { useCallback, useMemo } from 'react';
import type { ObjectiveEntity, PersonaEntity, StrategyEntity, SwotItemEntity } from '../../../contract/entity-types.js';
import { planPath, type PlanSection } from '../plan/planPaths';
import type { StrategyLinks } from './BranchRows';
import type { LinkedItem } from './treeParts';

/**
 * What each strategy serves, as links to the objectives, personas and SWOT screens (each item
 * reached by its `#entity-<key>`). Links to items no longer in the plan are left out.
 */
export function useStrategyLinks(
  workspaceId: string,
  planId: string,
  objectives: readonly ObjectiveEntity[] | undefined,
  personas: readonly PersonaEntity[] | undefined,
  swotItems: readonly SwotItemEntity[] | undefined,
): (strategy: StrategyEntity) => StrategyLinks {
  const lookups = useMemo(() => {
    const index = (section: PlanSection, items: readonly { id: string; key: string; label: string }[]) => {
      const base = planPath(workspaceId, planId, section);
      return new Map(
        items.map((item): [string, LinkedItem] => [
          item.id,
          { id: item.id, label: item.label, href: `${base}#entity-${encodeURIComponent(item.key)}` },
        ]),
      );
    };
    return {
      objectives: index(
        'objectives',
        (objectives ?? []).map((o) => ({ ...o, label: o.title })),
      ),
      personas: index(
        'personas',
        (personas ?? []).map((p) => ({ ...p, label: p.name })),
      ),
      swotItems: index(
        'swot',
        (swotItems ?? []).map((s) => ({ ...s, label: s.title })),
      ),
    };
  }, [workspaceId, planId, objectives, personas, swotItems]);

  return useCallback(
    (strategy: StrategyEntity) => {
      const pick = (map: ReadonlyMap<string, LinkedItem>, ids: readonly string[]) =>
        ids.flatMap((id) => {
          const item = map.get(id);
          return item ? [item] : [];
        });
      return {
        objectives: pick(lookups.objectives, strategy.objectiveIds),
        personas: pick(lookups.personas, strategy.personaIds),
        swotItems: pick(lookups.swotItems, strategy.swotItemIds),
      };
    },
    [lookups],
  );
}
