import { Group, Paper, Progress, RingProgress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollectionQuery } from '../../api/collections';
import { todayLocal } from '../../forms/values';
import { ErrorState } from '../../ui/ErrorState';
import { healthScoreColor } from '../../ui/healthScore';
import { budgetUsedPercent, lateActions, openActions } from './keyFigures';
import { useBudgetSummaryQuery, useKpiStatusQuery, usePlanHealthQuery } from './usePlanOverview';

type Language = 'fr' | 'en';

/** Amounts come in cents. */
export function formatMoney(cents: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      cents / 100,
    );
  } catch {
    return `${Math.round(cents / 100)} ${currency}`;
  }
}

function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** The plan's figures at a glance: health, budget used, KPIs on track, late actions. */
export function KeyFigures({ planId, language }: { planId: string; language: Language }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('overview.keyFigures')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <HealthCard planId={planId} />
        <BudgetCard planId={planId} language={language} />
        <KpiCard planId={planId} />
        <ActionsCard planId={planId} />
      </SimpleGrid>
    </section>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} fz="md" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Loading({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('app.loading')}>
      <Skeleton height={height} />
    </div>
  );
}

function HealthCard({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const health = usePlanHealthQuery(planId);
  return (
    <Card title={t('overview.health.title')}>
      {health.isPending && <Loading height={120} />}
      {health.isError && (
        <ErrorState title={t('overview.health.error')} error={health.error} onRetry={() => void health.refetch()} />
      )}
      {health.data && (
        <Group gap="md" wrap="nowrap">
          <RingProgress
            size={110}
            thickness={11}
            roundCaps
            sections={[{ value: health.data.score, color: healthScoreColor(health.data.score) }]}
            label={
              <Text ta="center" fw={700} fz="xl" aria-label={t('overview.health.score', { score: health.data.score })}>
                {health.data.score}
              </Text>
            }
          />
          <Stack gap={4}>
            {(['error', 'warning', 'info'] as const).map((severity) => (
              <Text size="sm" key={severity}>
                {t(`overview.health.counts.${severity}`, { count: health.data.counts[severity] })}
              </Text>
            ))}
          </Stack>
        </Group>
      )}
    </Card>
  );
}

function BudgetCard({ planId, language }: { planId: string; language: Language }) {
  const { t } = useTranslation();
  const budget = useBudgetSummaryQuery(planId);
  const data = budget.data;
  const percent = data ? budgetUsedPercent(data.totals.planned, data.envelope?.allocatable) : null;
  return (
    <Card title={t('overview.budget.title')}>
      {budget.isPending && <Loading height={60} />}
      {budget.isError && (
        <ErrorState title={t('overview.budget.error')} error={budget.error} onRetry={() => void budget.refetch()} />
      )}
      {data && (
        <Stack gap={6}>
          {data.envelope && percent !== null ? (
            <>
              <Text size="sm" fw={600}>
                {t('overview.budget.used', { percent: formatPercent(percent, language) })}
              </Text>
              <Progress
                value={Math.min(percent, 100)}
                color={percent > 100 ? 'red' : percent >= 90 ? 'yellow' : 'indigo'}
                aria-label={t('overview.budget.usedLabel')}
              />
              <Text size="sm">
                {t('overview.budget.plannedOf', {
                  planned: formatMoney(data.totals.planned, data.currency, language),
                  allocatable: formatMoney(data.envelope.allocatable, data.currency, language),
                })}
              </Text>
              {percent > 100 && (
                <Text size="sm" c="red.8">
                  {t('overview.budget.over', {
                    amount: formatMoney(-data.envelope.unallocated, data.currency, language),
                  })}
                </Text>
              )}
            </>
          ) : (
            <>
              <Text size="sm">
                {t('overview.budget.planned', { amount: formatMoney(data.totals.planned, data.currency, language) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('overview.budget.noEnvelope')}
              </Text>
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}

function KpiCard({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const kpis = useKpiStatusQuery(planId);
  const items = kpis.data?.items ?? [];
  const onTrack = items.filter((item) => item.status === 'on_track').length;
  const offTrack = items.filter((item) => item.status === 'off_track').length;
  return (
    <Card title={t('overview.kpis.title')}>
      {kpis.isPending && <Loading height={60} />}
      {kpis.isError && (
        <ErrorState title={t('overview.kpis.error')} error={kpis.error} onRetry={() => void kpis.refetch()} />
      )}
      {kpis.data && (
        <Stack gap={6}>
          <Text size="sm" fw={items.length > 0 ? 600 : 400}>
            {items.length === 0
              ? t('overview.kpis.none')
              : t('overview.kpis.onTrack', { count: onTrack, total: items.length })}
          </Text>
          {items.length > 0 && (
            <Progress
              value={(onTrack / items.length) * 100}
              color="green"
              aria-label={t('overview.kpis.onTrackLabel')}
            />
          )}
          {offTrack > 0 && (
            <Text size="sm" c="red.8">
              {t('overview.kpis.offTrack', { count: offTrack })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

function ActionsCard({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const actions = useCollectionQuery(planId, 'actions');
  const late = actions.data ? lateActions(actions.data, todayLocal()).length : 0;
  const open = actions.data ? openActions(actions.data).length : 0;
  return (
    <Card title={t('overview.actions.title')}>
      {actions.isPending && <Loading height={60} />}
      {actions.isError && (
        <ErrorState title={t('overview.actions.error')} error={actions.error} onRetry={() => void actions.refetch()} />
      )}
      {actions.data && (
        <Stack gap={6}>
          {actions.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('overview.actions.none')}
            </Text>
          ) : (
            <>
              <Text size="sm" fw={600} c={late > 0 ? 'red.8' : undefined}>
                {late > 0 ? t('overview.actions.late', { count: late }) : t('overview.actions.noneLate')}
              </Text>
              <Text size="sm">{t('overview.actions.open', { count: open, total: actions.data.length })}</Text>
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}
