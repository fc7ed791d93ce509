import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { api } from '../../api/client';
import { invalidatePlanContent } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import type { Day } from './dateGrid';

export interface Reschedule {
  id: string;
  /** The publish date before the move, to put back if the server refuses it. */
  from: Day | null;
  to: Day | null;
}

const MUTATION_KEY = ['calendar', 'reschedule'];

/**
 * Moves a content item to another day. The calendar shows the move at once; the PATCH carries the
 * version read, and a refusal puts the item back where it was. Moves run one after the other, each
 * with the version the previous one returned, so quick successive moves of one item do not
 * conflict with each other.
 */
export function useReschedule(planId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.collection(planId, 'content-items');
  const update = (id: string, change: (item: ContentItemEntity) => ContentItemEntity) =>
    queryClient.setQueryData<ContentItemEntity[]>(key, (items) =>
      items?.map((item) => (item.id === id ? change(item) : item)),
    );

  return useMutation({
    mutationKey: MUTATION_KEY,
    scope: { id: `calendar-reschedule-${planId}` },
    onMutate: async ({ id, to }: Reschedule) => {
      await queryClient.cancelQueries({ queryKey: key });
      update(id, (item) => ({ ...item, publishDate: to }));
    },
    mutationFn: async ({ id, to }: Reschedule) => {
      const current = queryClient.getQueryData<ContentItemEntity[]>(key)?.find((item) => item.id === id);
      if (!current) throw new Error(`Content item ${id} is not loaded`);
      return api.patch<ContentItemEntity>(
        `/plans/${encodeURIComponent(planId)}/content-items/${encodeURIComponent(id)}`,
        { version: current.version, publishDate: to },
      );
    },
    // Only the version is taken from the answer: a later move may already show another day.
    onSuccess: (saved) => update(saved.id, (item) => ({ ...item, version: saved.version })),
    onError: (_error, { id, from, to }) =>
      update(id, (item) => (item.publishDate === to ? { ...item, publishDate: from } : item)),
    onSettled: () => {
      // Reload once the last queued move is done: an earlier reload would show stale days meanwhile.
      if (queryClient.isMutating({ mutationKey: MUTATION_KEY }) <= 1) void invalidatePlanContent(queryClient, planId);
    },
  });
}
