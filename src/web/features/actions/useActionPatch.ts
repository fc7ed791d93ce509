import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ActionEntity } from '../../../contract/entity-types.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export type ActionChanges = Partial<
  Pick<ActionEntity, 'status' | 'priority' | 'startDate' | 'dueDate' | 'isMilestone' | 'estimatedCost'>
>;

/** What went wrong with a row's last inline change: refused by the server, or stopped here. */
export type RowProblem = { kind: 'refused'; error: unknown } | { kind: 'invalid'; message: string };

/**
 * Inline edits of action rows. A change shows at once, then is sent as a PATCH carrying the
 * version read; on a refusal the row goes back to what it was and the reason is kept for the
 * row. Changes to one row are sent one after the other, each with the version the previous one
 * returned, so quick successive edits do not conflict with each other.
 */
export function useActionPatch(planId: string) {
  const queryClient = useQueryClient();
  const queues = useRef(new Map<string, Promise<void>>());
  // Changes shown but not yet answered, per row: an answer must not hide a later change.
  const pending = useRef(new Map<string, ActionChanges[]>());
  const [problems, setProblems] = useState<ReadonlyMap<string, RowProblem>>(new Map());

  const setProblem = useCallback((id: string, problem: RowProblem | null) => {
    setProblems((current) => {
      if (!problem && !current.has(id)) return current;
      const next = new Map(current);
      if (problem) next.set(id, problem);
      else next.delete(id);
      return next;
    });
  }, []);

  const patch = useCallback(
    (id: string, changes: ActionChanges) => {
      const key = queryKeys.collection(planId, 'actions');
      const replace = (update: (action: ActionEntity) => ActionEntity) =>
        queryClient.setQueryData<ActionEntity[]>(key, (rows) =>
          rows?.map((action) => (action.id === id ? update(action) : action)),
        );
      const before = queryClient.getQueryData<ActionEntity[]>(key)?.find((action) => action.id === id);
      if (!before) return Promise.resolve();
      // Shown at once, so that the row never offers the old value while the change travels.
      setProblem(id, null);
      void queryClient.cancelQueries({ queryKey: key });
      replace((action) => ({ ...action, ...changes }));
      const waiting = pending.current.get(id) ?? [];
      waiting.push(changes);
      pending.current.set(id, waiting);
      const settle = (): ActionChanges => {
        waiting.splice(waiting.indexOf(changes), 1);
        if (waiting.length === 0) pending.current.delete(id);
        return Object.assign({}, ...waiting) as ActionChanges;
      };
      const send = async () => {
        // The version of the row as last saved (by the previous change of this row, say).
        const version = queryClient.getQueryData<ActionEntity[]>(key)?.find((action) => action.id === id)?.version;
        try {
          const saved = await api.patch<ActionEntity>(
            `/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(id)}`,
            { version: version ?? before.version, ...changes },
          );
          const later = settle();
          replace(() => ({ ...saved, ...later }));
          // Reports read the actions; the list itself is up to date (2,000 rows need no refetch).
          void queryClient.invalidateQueries({
            queryKey: queryKeys.plan(planId),
            predicate: (query) =>
              query.queryKey.length > 2 && !(query.queryKey[2] === 'content' && query.queryKey[3] === 'actions'),
          });
        } catch (error) {
          const later = settle();
          const previous = Object.fromEntries(
            Object.keys(changes)
              .filter((field) => !(field in later))
              .map((field) => [field, before[field as keyof ActionChanges]]),
          );
          replace((action) => ({ ...action, ...previous }));
          setProblem(id, { kind: 'refused', error });
        }
      };
      const next = (queues.current.get(id) ?? Promise.resolve()).then(send);
      queues.current.set(id, next);
      return next;
    },
    [planId, queryClient, setProblem],
  );

  return { patch, problems, setProblem };
}
