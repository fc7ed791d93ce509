import { Group, Pagination, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { ErrorState } from '../../ui/ErrorState';
import { useSession } from '../auth/useSession';
import { PlanTable } from './PlanTable';
import { PLANS_PAGE_SIZE, usePlansQuery } from './usePlansQuery';

export function PlansPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const { memberships } = useSession();
  const workspace = memberships.find((m) => m.workspace.id === workspaceId)?.workspace;
  const plans = usePlansQuery(workspaceId, page);

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
        {plans.data && total > 0 && (
          <Text size="sm" c="dimmed">
            {t('plans.total', { count: total })}
          </Text>
        )}
      </Group>

      {plans.isPending && <PlansSkeleton label={t('app.loading')} />}

      {plans.isError && (
        <ErrorState title={t('plans.loadError')} error={plans.error} onRetry={() => void plans.refetch()} />
      )}

      {plans.data && total === 0 && (
        <EmptyPanel title={t('plans.empty.title')} description={t('plans.empty.description')} icon={<FlagIcon />} />
      )}

      {plans.data && plans.data.items.length > 0 && <PlanTable plans={plans.data.items} />}

      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={page}
          onChange={(next) => setSearchParams(next === 1 ? {} : { page: String(next) })}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          aria-label={t('plans.pagination')}
        />
      )}
    </Stack>
  );
}

function PlansSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} height={44} />
      ))}
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
