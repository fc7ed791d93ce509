import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import type {
  DecisionAnswer,
  ExperimentAnalysis,
  KpiTrafficAnswer,
  SampleSizeAnswer,
} from '../../../contract/experiment-answers.js';
import type { ExperimentDecisionBody, ExperimentResultsBody, SampleSizeBody } from '../../../contract/experiments.js';
import { api } from '../../api/client';
import { invalidatePlanContent, type CreateBody, type UpdateBody } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import type { Page } from '../../api/types';
import type { VariantChanges } from './variantsForm';

/**
 * The experiments screens' requests: the experiment and its variants (generic collection CRUD),
 * the server's analysis of the results entered, the sample-size calculator, the day's results of
 * every arm in one write, and the decision. Reads live under the plan's key, so every write of
 * the plan refreshes them.
 */

const planUrl = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
const experimentUrl = (planId: string, experimentId: string) =>
  `${planUrl(planId)}/experiments/${encodeURIComponent(experimentId)}`;

export type { ArmTotals as AnalysisArm, ExperimentPlanning as Planning } from '../../../contract/experiment-answers.js';
export type AnalysisResponse = ExperimentAnalysis;
export type SizeRequest = SampleSizeBody;
export type SizeResponse = SampleSizeAnswer;
export type ResultRow = ExperimentResultsBody['results'][number];

export type Decision = NonNullable<ExperimentEntity['decision']>;

export type DecisionRequest = ExperimentDecisionBody;
export type DecisionResponse = DecisionAnswer;

export function useExperiment(planId: string, experimentId: string) {
  return useQuery({
    queryKey: [...queryKeys.collection(planId, 'experiments'), experimentId],
    queryFn: ({ signal }) => api.get<ExperimentEntity>(experimentUrl(planId, experimentId), signal),
  });
}

/** An experiment has a handful of arms: one page holds them all. */
const VARIANTS_LIMIT = 100;

export function useVariants(planId: string, experimentId: string) {
  return useQuery({
    queryKey: [...queryKeys.collection(planId, 'experiment-variants'), experimentId],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<ExperimentVariantEntity>>(
        `${planUrl(planId)}/experiment-variants?experimentId=${encodeURIComponent(experimentId)}&limit=${VARIANTS_LIMIT}`,
        signal,
      );
      // The control first, as the analysis lists the arms.
      return [...page.items].sort((a, b) => Number(b.isControl) - Number(a.isControl) || a.position - b.position);
    },
  });
}

export function useAnalysis(planId: string, experimentId: string) {
  return useQuery({
    queryKey: [...queryKeys.report(planId, 'experiment-analysis'), experimentId],
    queryFn: ({ signal }) =>
      api.get<AnalysisResponse>(`${experimentUrl(planId, experimentId)}/analysis?sequential=true`, signal),
  });
}

/**
 * The sample size for the calculator's inputs, or nothing while they are not valid. A pure
 * computation, read like a report: the previous answer stays on screen while the next one comes.
 */
export function useSampleSize(request: SizeRequest | null) {
  return useQuery({
    queryKey: ['abtest', 'size', request],
    queryFn: () => api.post<SizeResponse>('/abtest/size', request),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** A KPI read as a test's traffic: its mean daily value over its last measured days. */
export function useKpiTraffic(planId: string, kpiId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.report(planId, 'kpi-traffic'), kpiId],
    queryFn: ({ signal }) =>
      api.get<KpiTrafficAnswer>(`${planUrl(planId)}/kpis/${encodeURIComponent(kpiId ?? '')}/traffic`, signal),
    enabled: kpiId !== null,
  });
}

export function useUpdateExperiment(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateBody<'experiments'>) =>
      api.patch<ExperimentEntity>(experimentUrl(planId, id), body),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

export function useSaveResults(planId: string, experimentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (results: ResultRow[]) =>
      api.put<{ saved: number }>(`${experimentUrl(planId, experimentId)}/results`, { results }),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

export function useDecide(planId: string, experimentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionRequest) =>
      api.post<DecisionResponse>(`${experimentUrl(planId, experimentId)}/decision`, body),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

export type NewVariant = Pick<ExperimentVariantEntity, 'name' | 'weight'>;

/**
 * Creates the experiment, then its arms (the first is the control) through the collection
 * endpoints. Should an arm be refused, the experiment is deleted again, so that no experiment
 * without its arms is left behind, and the refusal is passed on.
 */
export function useCreateExperiment(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ experiment, variants }: { experiment: CreateBody<'experiments'>; variants: NewVariant[] }) => {
      const created = await api.post<ExperimentEntity>(`${planUrl(planId)}/experiments`, experiment);
      try {
        for (const [index, variant] of variants.entries()) {
          await api.post<ExperimentVariantEntity>(`${planUrl(planId)}/experiment-variants`, {
            ...variant,
            experimentId: created.id,
            isControl: index === 0,
          });
        }
      } catch (error) {
        await api.delete<void>(experimentUrl(planId, created.id)).catch(() => undefined);
        throw error;
      }
      return created;
    },
    onSettled: () => invalidatePlanContent(queryClient, planId),
  });
}

/**
 * Deletes the experiment; the server deletes its versions and their results with it. The plan is
 * re-read without waiting, so that the page can leave before its experiment is found missing.
 */
export function useDeleteExperiment(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(experimentUrl(planId, id)),
    onSuccess: () => void invalidatePlanContent(queryClient, planId),
  });
}

/**
 * Applies the versions' changes one write at a time: removals first (so that a new version may
 * take a removed one's name), then updates, then creations. There is no transaction across
 * them: should one be refused, those before it stay done, and the plan is re-read either way.
 */
export function useSaveVariants(planId: string, experimentId: string) {
  const queryClient = useQueryClient();
  const variantUrl = (id: string) => `${planUrl(planId)}/experiment-variants/${encodeURIComponent(id)}`;
  return useMutation({
    mutationFn: async (changes: VariantChanges) => {
      for (const variant of changes.remove) await api.delete<void>(variantUrl(variant.id));
      for (const { id, ...body } of changes.update) await api.patch<ExperimentVariantEntity>(variantUrl(id), body);
      for (const variant of changes.create) {
        await api.post<ExperimentVariantEntity>(`${planUrl(planId)}/experiment-variants`, {
          ...variant,
          experimentId,
          isControl: false,
        });
      }
    },
    onSettled: () => invalidatePlanContent(queryClient, planId),
  });
}
