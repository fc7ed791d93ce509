import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { api } from '../../api/client';
import { invalidatePlanContent } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import type { Quadrant } from './reorder';

/** The fields a board gesture changes on one item (move, reorder, weight). */
export interface SwotPatch {
  id: string;
  quadrant?: Quadrant;
  position?: number;
  weight?: number;
}

/**
 * Writes a board gesture, one PATCH per changed item with the version read. The board shows the
 * result at once; on a refusal it goes back to what it was, and it is reloaded in any case.
 */
export function useSwotPatches(planId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.collection(planId, 'swot-items');
  const replace = (update: (items: SwotItemEntity[]) => SwotItemEntity[]) =>
    queryClient.setQueryData<SwotItemEntity[]>(key, (current) => (current ? update(current) : current));

  return useMutation({
    mutationFn: async (patches: SwotPatch[]) => {
      for (const { id, ...changes } of patches) {
        const current = queryClient.getQueryData<SwotItemEntity[]>(key)?.find((item) => item.id === id);
        if (!current) continue;
        const saved = await api.patch<SwotItemEntity>(
          `/plans/${encodeURIComponent(planId)}/swot-items/${encodeURIComponent(id)}`,
          { version: current.version, ...changes },
        );
        replace((items) => items.map((item) => (item.id === saved.id ? saved : item)));
      }
    },
    onMutate: async (patches) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<SwotItemEntity[]>(key);
      const byId = new Map(patches.map(({ id, ...changes }) => [id, changes]));
      replace((items) => items.map((item) => ({ ...item, ...byId.get(item.id) })));
      return { previous };
    },
    onError: (_error, _patches, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => invalidatePlanContent(queryClient, planId),
  });
}
