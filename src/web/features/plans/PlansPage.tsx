import { Alert, Button, Group, Modal, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import type { Plan } from '../../api/types';
import { errorMessage } from '../../i18n/format';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { useSession } from '../auth/useSession';
import { CreatePlanModal, type CreateMode } from './CreatePlanModal';
import { PlanTable, type PlanAction } from './PlanTable';
import {
  canEditPlans,
  useDeletePlanMutation,
  useDuplicatePlanMutation,
  useSetPlanStatusMutation,
} from './usePlanMutations';
import { PLANS_PAGE_SIZE, usePlansQuery } from './usePlansQuery';

export function PlansPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const { memberships } = useSession();
  const membership = memberships.find((m) => m.workspace.id === workspaceId);
  const workspace = membership?.workspace;
  const canEdit = canEditPlans(membership?.role);
  const plans = usePlansQuery(workspaceId, page);
  const [creating, setCreating] = useState(false);
  const [createMode, setCreateMode] = useState<CreateMode>('blank');
  const [toDelete, setToDelete] = useState<Plan | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const duplicate = useDuplicatePlanMutation(workspaceId);
  const setStatus = useSetPlanStatusMutation(workspaceId);
  const remove = useDeletePlanMutation(workspaceId);

  const planHref = (plan: Plan) => `/w/${encodeURIComponent(workspaceId)}/p/${encodeURIComponent(plan.id)}`;
  const onError = (error: unknown) => setActionError(error);
  const startCreating = (mode: CreateMode) => {
    setCreateMode(mode);
    setCreating(true);
  };

  const onAction = (plan: Plan, action: PlanAction) => {
    setActionError(null);
    switch (action) {
      case 'duplicate':
        duplicate.mutate(plan, { onError });
        break;
      case 'archive':
      case 'unarchive':
        setStatus.mutate({ plan, status: action === 'archive' ? 'archived' : 'active' }, { onError });
        break;
      case 'delete':
        setToDelete(plan);
        break;
    }
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    remove.mutate(toDelete, {
      onSuccess: () => setToDelete(null),
      onError: (error) => {
        setToDelete(null);
        onError(error);
      },
    });
  };

  const reload = () => {
    setActionError(null);
    void plans.refetch();
  };

  useDocumentTitle([t('plans.title'), workspace?.name, t('app.name')].filter(Boolean).join(' · '));

  const total = plans.data?.total ?? 0;
  const pageCount = Math.ceil(total / PLANS_PAGE_SIZE);

  return (
    <Stack gap="md" py="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={28}>
            {t('plans.title')}
          </Title>
          {workspace && (
            <Text c="dimmed" size="sm">
              {workspace.name}
            </Text>
          )}
        </div>
        <Group gap="md" align="center">
          {plans.data && total > 0 && (
            <Text size="sm" c="dimmed">
              {t('plans.total', { count: total })}
            </Text>
          )}
          {canEdit && total > 0 && <Button onClick={() => startCreating('blank')}>{t('plans.create.open')}</Button>}
        </Group>
      </Group>

      {actionError !== null && (
        <Alert
          color={isApiError(actionError, 409) ? 'yellow' : 'red'}
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setActionError(null)}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {isApiError(actionError, 409) ? t('plans.actions.conflict') : errorMessage(t, actionError)}
            </Text>
            {isApiError(actionError, 409) && (
              <Button size="xs" variant="white" onClick={reload}>
                {t('plans.actions.reload')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      {plans.isPending && <PageSkeleton gap="xs" blocks={[44, 44, 44]} />}

      {plans.isError && <LoadError title={t('plans.loadError')} queries={[plans]} />}

      {plans.data && total === 0 && (
        <EmptyPanel title={t('plans.empty.title')} description={t('plans.empty.description')} icon={<FlagIcon />}>
          {canEdit && (
            <>
              <Button onClick={() => startCreating('blank')}>{t('plans.create.open')}</Button>
              <Button variant="light" onClick={() => startCreating('template')}>
                {t('plans.empty.fromTemplate')}
              </Button>
            </>
          )}
        </EmptyPanel>
      )}

      {plans.data && plans.data.items.length > 0 && (
        <PlanTable plans={plans.data.items} planHref={planHref} onAction={canEdit ? onAction : undefined} />
      )}

      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={page}
          onChange={(next) => setSearchParams(next === 1 ? {} : { page: String(next) })}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          aria-label={t('plans.pagination')}
        />
      )}

      {canEdit && (
        <CreatePlanModal
          workspaceId={workspaceId}
          opened={creating}
          initialMode={createMode}
          onClose={() => setCreating(false)}
        />
      )}

      <Modal opened={toDelete !== null} onClose={() => setToDelete(null)} title={t('plans.delete.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('plans.delete.body', { name: toDelete?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToDelete(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirmDelete} loading={remove.isPending}>
              {t('plans.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function FlagIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 21V4m0 0h11l-2 4 2 4H5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  );
}
