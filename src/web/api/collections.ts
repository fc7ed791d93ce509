import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { BudgetSettingsRecord, CollectionEntities, PositioningRecord } from '../../contract/entity-types.js';
import { api } from './client';
import { queryKeys } from './queryKeys';
import type { Page } from './types';

/**
 * Reading and writing a plan's collections (`/plans/{plan}/<collection>`) and singletons. Every
 * write refreshes the collection and the plan's computed reports (health, alignment, SMART…),
 * which all live under the plan's query key.
 */

export type CollectionName = Exclude<keyof CollectionEntities, 'people'>;
export type EntityOf<N extends CollectionName> = CollectionEntities[N];
type Managed = 'id' | 'version' | 'createdAt' | 'updatedAt' | 'position';
/** What a create sends: the entity's own fields (the key is derived by the server when left out). */
export type CreateBody<N extends CollectionName> = Partial<Omit<EntityOf<N>, Managed>>;
/** What an update sends: the version read, and the fields that change. */
export type UpdateBody<N extends CollectionName> = Partial<Omit<EntityOf<N>, Managed>> & {
  id: string;
  version: number;
  position?: number;
};

export interface Singletons {
  positioning: PositioningRecord;
  'budget-settings': BudgetSettingsRecord;
}
export type SingletonName = keyof Singletons;

const PAGE_LIMIT = 1000;
const collectionPath = (planId: string, name: string) => `/plans/${encodeURIComponent(planId)}/${name}`;

/** Every row of a collection, in the plan's order (all pages: plans are built by hand here). */
export function useCollectionQuery<N extends CollectionName>(planId: string, name: N) {
  return useQuery({
    queryKey: queryKeys.collection(planId, name),
    queryFn: async ({ signal }) => {
      const items: EntityOf<N>[] = [];
      for (let offset = 0; ; offset += PAGE_LIMIT) {
        const page = await api.get<Page<EntityOf<N>>>(
          `${collectionPath(planId, name)}?limit=${PAGE_LIMIT}&offset=${offset}`,
          signal,
        );
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0) return items;
      }
    },
  });
}

/** After a write: the collection and every report computed from the plan are stale. */
export function invalidatePlanContent(queryClient: QueryClient, planId: string): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: queryKeys.plan(planId),
    predicate: (query) => query.queryKey.length > 2,
  });
}

export function useCreateEntity<N extends CollectionName>(planId: string, name: N) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBody<N>) => api.post<EntityOf<N>>(collectionPath(planId, name), body),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

export function useUpdateEntity<N extends CollectionName>(planId: string, name: N) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateBody<N>) =>
      api.patch<EntityOf<N>>(`${collectionPath(planId, name)}/${encodeURIComponent(id)}`, body),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

export function useDeleteEntity<N extends CollectionName>(planId: string, name: N) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entity: { id: string }) =>
      api.delete<void>(`${collectionPath(planId, name)}/${encodeURIComponent(entity.id)}`),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

export function useSingletonQuery<N extends SingletonName>(planId: string, name: N) {
  return useQuery({
    queryKey: queryKeys.collection(planId, name),
    queryFn: ({ signal }) => api.get<Singletons[N]>(collectionPath(planId, name), signal),
  });
}

/** Replaces the singleton; `version` is the one read (0 before the first save). */
export function useSaveSingleton<N extends SingletonName>(planId: string, name: N) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<Singletons[N], 'updatedAt'>) => api.put<Singletons[N]>(collectionPath(planId, name), body),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}
