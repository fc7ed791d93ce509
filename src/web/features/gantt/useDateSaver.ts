import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ActionEntity } from '../../../contract/entity-types.js';
import { api } from '../../api/client';
import { invalidatePlanContent } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import { changedDates, type ActionDates } from './constraints';

interface SaverCallbacks {
  onSaved: (saved: ActionEntity) => void;
  onRefused: (action: ActionEntity, error: unknown) => void;
}

/**
 * Saves new dates for actions, one PATCH per change with the version last read. The new dates
 * show at once (a draft over the cached action) and go away on a refusal, so the bar goes back.
 * Changes to one action are sent one after the other: each uses the version the previous one
 * got back, so quick successive moves never conflict with themselves.
 */
export function useDateSaver(planId: string, { onSaved, onRefused }: SaverCallbacks) {
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<ReadonlyMap<string, ActionDates>>(() => new Map());
  const queues = useRef(new Map<string, Promise<void>>());
  const callbacks = useRef({ onSaved, onRefused });
  callbacks.current = { onSaved, onRefused };

  const save = useCallback(
    (actionId: string, dates: ActionDates): Promise<void> => {
      const key = queryKeys.collection(planId, 'actions');
      setDrafts((current) => new Map(current).set(actionId, dates));
      const dropDraft = () =>
        setDrafts((current) => {
          if (current.get(actionId) !== dates) return current;
          const next = new Map(current);
          next.delete(actionId);
          return next;
        });
      const send = async () => {
        const action = queryClient.getQueryData<ActionEntity[]>(key)?.find((a) => a.id === actionId);
        const changes = action ? changedDates(action, dates) : {};
        if (!action || Object.keys(changes).length === 0) return dropDraft();
        try {
          const saved = await api.patch<ActionEntity>(
            `/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}`,
            { version: action.version, ...changes },
          );
          queryClient.setQueryData<ActionEntity[]>(key, (list) => list?.map((a) => (a.id === saved.id ? saved : a)));
          callbacks.current.onSaved(saved);
        } catch (error) {
          callbacks.current.onRefused(action, error);
        } finally {
          dropDraft();
          void invalidatePlanContent(queryClient, planId);
        }
      };
      const queued = (queues.current.get(actionId) ?? Promise.resolve()).then(send);
      queues.current.set(actionId, queued);
      return queued;
    },
    [planId, queryClient],
  );

  return { drafts, save };
}
