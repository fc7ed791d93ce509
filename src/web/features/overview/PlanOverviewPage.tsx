import { Badge, Group, Paper, RingProgress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { HealthFinding, Severity } from '../../api/types';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { ErrorState } from '../../ui/ErrorState';
import { useBudgetSummaryQuery, useKpiStatusQuery, usePlanHealthQuery } from './usePlanOverview';

const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'blue' };

function scoreColor(score: number): string {
  if (score >= 80) return 'green';
  if (score >= 50) return 'yellow';
  return 'red';
}

/** Amounts come in cents. */
function formatMoney(cents: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      cents / 100,
    );
  } catch {
    return `${Math.round(cents / 100)} ${currency}`;
  }
}

/** The plan's overview tab: health, budget and KPI figures, and the findings to act on. */
export function PlanOverviewPage() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const { planId = '' } = useParams();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <HealthCard planId={planId} />
        <BudgetCard planId={planId} language={language} />
        <KpiCard planId={planId} />
      </SimpleGrid>
      <Findings planId={planId} language={language} />
    </Stack>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} fz="md" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function HealthCard({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const health = usePlanHealthQuery(planId);
  return (
    <Card title={t('overview.health.title')}>
      {health.isPending && <Skeleton height={120} aria-label={t('app.loading')} />}
      {health.isError && (
        <ErrorState title={t('overview.health.error')} error={health.error} onRetry={() => void health.refetch()} />
      )}
      {health.data && (
        <Group gap="md" wrap="nowrap">
          <RingProgress
            size={120}
            thickness={12}
            roundCaps
            sections={[{ value: health.data.score, color: scoreColor(health.data.score) }]}
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

function BudgetCard({ planId, language }: { planId: string; language: string }) {
  const { t } = useTranslation();
  const budget = useBudgetSummaryQuery(planId);
  return (
    <Card title={t('overview.budget.title')}>
      {budget.isPending && <Skeleton height={60} aria-label={t('app.loading')} />}
      {budget.isError && (
        <ErrorState title={t('overview.budget.error')} error={budget.error} onRetry={() => void budget.refetch()} />
      )}
      {budget.data && (
        <Stack gap={4}>
          <Text size="sm">
            {t('overview.budget.planned', {
              amount: formatMoney(budget.data.totals.planned, budget.data.currency, language),
            })}
          </Text>
          {budget.data.envelope ? (
            <Text size="sm">
              {t('overview.budget.allocatable', {
                amount: formatMoney(budget.data.envelope.allocatable, budget.data.currency, language),
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('overview.budget.noEnvelope')}
            </Text>
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
  return (
    <Card title={t('overview.kpis.title')}>
      {kpis.isPending && <Skeleton height={60} aria-label={t('app.loading')} />}
      {kpis.isError && (
        <ErrorState title={t('overview.kpis.error')} error={kpis.error} onRetry={() => void kpis.refetch()} />
      )}
      {kpis.data && (
        <Text size="sm">
          {items.length === 0
            ? t('overview.kpis.none')
            : t('overview.kpis.onTrack', { count: onTrack, total: items.length })}
        </Text>
      )}
    </Card>
  );
}

function Findings({ planId, language }: { planId: string; language: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const health = usePlanHealthQuery(planId);
  if (!health.data) return null;
  const { findings } = health.data;
  if (findings.length === 0) {
    return (
      <EmptyPanel
        title={t('overview.findings.emptyTitle')}
        description={t('overview.findings.emptyDescription')}
        icon={<CheckIcon />}
      />
    );
  }
  return (
    <section aria-labelledby="findings-title">
      <Title order={2} fz="lg" mb="sm" id="findings-title">
        {t('overview.findings.title')}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {findings.map((finding, index) => (
          <FindingItem key={`${finding.rule}-${index}`} finding={finding} language={language} />
        ))}
      </Stack>
    </section>
  );
}

function FindingItem({ finding, language }: { finding: HealthFinding; language: 'fr' | 'en' }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="li">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge color={SEVERITY_COLORS[finding.severity]} variant="light" style={{ flexShrink: 0 }}>
          {t(`overview.severity.${finding.severity}`)}
        </Badge>
        <div>
          <Text size="sm">{finding.message[language]}</Text>
          {finding.entity && (
            <Text size="xs" c="dimmed">
              {t('overview.findings.entity', { collection: finding.entity.collection, key: finding.entity.key })}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}

function CheckIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 12.5l4.5 4.5L19 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}
