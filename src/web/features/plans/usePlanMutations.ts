import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Locale, Plan, Role } from '../../api/types';
import { hasRole } from '../workspaces/useWorkspaceRole';

export interface CreatePlanInput {
  name: string;
  startDate?: string;
  endDate?: string;
  currency: string;
  locale: Locale;
}

/** A plan made from a template of the library; without `name`, it takes the template's. */
export interface CreatePlanFromTemplateInput {
  templateId: string;
  /** The language of the plan's texts (the template's French or English version). */
  language: Locale;
  startDate: string;
  currency?: string;
  name?: string;
}

/** Editors and above may change plans; viewers only read them. */
export function canEditPlans(role: Role | undefined): boolean {
  return hasRole(role, 'editor');
}

function useInvalidatePlans(workspaceId: string) {
  const queryClient = useQueryClient();
  return (plan?: Plan) => {
    if (plan) queryClient.setQueryData(queryKeys.plan(plan.id), plan);
    return queryClient.invalidateQueries({ queryKey: queryKeys.allPlans(workspaceId) });
  };
}

export function useCreatePlanMutation(workspaceId: string) {
  const invalidate = useInvalidatePlans(workspaceId);
  return useMutation({
    mutationFn: (input: CreatePlanInput) =>
      api.post<Plan>(`/workspaces/${encodeURIComponent(workspaceId)}/plans`, input),
    onSuccess: (plan) => invalidate(plan),
  });
}

export function useCreatePlanFromTemplateMutation(workspaceId: string) {
  const invalidate = useInvalidatePlans(workspaceId);
  return useMutation({
    mutationFn: (input: CreatePlanFromTemplateInput) =>
      api.post<Plan>(`/workspaces/${encodeURIComponent(workspaceId)}/plans/from-template`, input),
    onSuccess: (plan) => invalidate(plan),
  });
}

export function useDuplicatePlanMutation(workspaceId: string) {
  const invalidate = useInvalidatePlans(workspaceId);
  return useMutation({
    mutationFn: (plan: Plan) => api.post<Plan>(`/plans/${encodeURIComponent(plan.id)}/duplicate`, {}),
    onSuccess: (plan) => invalidate(plan),
  });
}

export function useSetPlanStatusMutation(workspaceId: string) {
  const invalidate = useInvalidatePlans(workspaceId);
  return useMutation({
    mutationFn: ({ plan, status }: { plan: Plan; status: 'archived' | 'active' }) =>
      api.patch<Plan>(`/plans/${encodeURIComponent(plan.id)}`, { version: plan.version, status }),
    onSuccess: (plan) => invalidate(plan),
  });
}

export function useDeletePlanMutation(workspaceId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePlans(workspaceId);
  return useMutation({
    mutationFn: (plan: Plan) => api.delete<void>(`/plans/${encodeURIComponent(plan.id)}`),
    onSuccess: (_, plan) => {
      queryClient.removeQueries({ queryKey: queryKeys.plan(plan.id) });
      return invalidate();
    },
  });
}
