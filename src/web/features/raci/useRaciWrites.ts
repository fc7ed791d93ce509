import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { RaciAssignmentEntity } from '../../../contract/entity-types.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { cellKey, cellWrites, type CellWrite, type Role } from './raciMatrix';

export interface CellRef {
  actionId: string;
  personId: string;
}

export interface WriteFailure extends CellRef {
  error: unknown;
}

interface Pending {
  roles: Role[];
  seq: number;
}

/**
 * Cell edits of the RACI matrix. The cell shows the wanted roles at once (and the rule checks
 * follow); the requests go out one edit after the other, each computed against what the server
 * holds when its turn comes, so quick typing never sends a stale version. The collection in the
 * cache is updated from each answer (no reload of 6,000 rows per click); the engine's reports are
 * refreshed once the queue is empty. On a refusal the cell goes back to what the server holds.
 */
export function useRaciWrites(planId: string) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const seq = useRef(0);
  const inFlight = useRef(0);
  const key = useMemo(() => queryKeys.collection(planId, 'raci-assignments'), [planId]);
  const base = `/plans/${encodeURIComponent(planId)}/raci-assignments`;

  const update = useCallback(
    (change: (items: RaciAssignmentEntity[]) => RaciAssignmentEntity[]) =>
      queryClient.setQueryData<RaciAssignmentEntity[]>(key, (items) => (items ? change(items) : items)),
    [queryClient, key],
  );

  const send = useCallback(
    async (cell: CellRef, write: CellWrite) => {
      switch (write.kind) {
        case 'post': {
          const saved = await api.post<RaciAssignmentEntity>(base, { ...cell, role: write.role });
          update((items) => [...items, saved]);
          return;
        }
        case 'patch': {
          const { id, version } = write.assignment;
          const saved = await api.patch<RaciAssignmentEntity>(`${base}/${encodeURIComponent(id)}`, {
            version,
            role: write.role,
          });
          update((items) => items.map((item) => (item.id === saved.id ? saved : item)));
          return;
        }
        case 'delete': {
          const { id, version } = write.assignment;
          await api.delete<void>(`${base}/${encodeURIComponent(id)}?version=${version}`);
          update((items) => items.filter((item) => item.id !== id));
          return;
        }
      }
    },
    [base, update],
  );

  const setCell = useCallback(
    (cell: CellRef, roles: Role[]) => {
      const k = cellKey(cell.actionId, cell.personId);
      const mine = ++seq.current;
      setPending((current) => new Map(current).set(k, { roles, seq: mine }));
      setFailure(null);
      inFlight.current++;
      queue.current = queue.current.then(async () => {
        try {
          const stored = (queryClient.getQueryData<RaciAssignmentEntity[]>(key) ?? []).filter(
            (a) => a.actionId === cell.actionId && a.personId === cell.personId,
          );
          for (const write of cellWrites(stored, roles)) await send(cell, write);
        } catch (error) {
          setFailure({ ...cell, error });
        } finally {
          setPending((current) => {
            if (current.get(k)?.seq !== mine) return current;
            const next = new Map(current);
            next.delete(k);
            return next;
          });
          if (--inFlight.current === 0) {
            // The engine's reports (workload, health…) read the assignments: all stale now.
            void queryClient.invalidateQueries({
              queryKey: queryKeys.plan(planId),
              predicate: (query) => query.queryKey.length > 2 && query.queryKey[2] !== 'content',
            });
          }
        }
      });
    },
    [queryClient, key, planId, send],
  );

  /** After a conflict: what the server holds now replaces what this screen had read. */
  const reload = useCallback(() => {
    setFailure(null);
    return queryClient.invalidateQueries({ queryKey: key });
  }, [queryClient, key]);

  const pendingRoles = useMemo(() => new Map([...pending].map(([k, p]) => [k, p.roles])), [pending]);
  const dismissFailure = useCallback(() => setFailure(null), []);

  return { pending: pendingRoles, setCell, failure, dismissFailure, reload };
}
