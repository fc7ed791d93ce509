import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ExperimentEntity, KpiEntity } from '../../../contract/entity-types.js';
import type { ExperimentStatus } from '../../../contract/enums.js';
import { isApiError } from '../../api/client';
import { useCollectionQuery } from '../../api/collections';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { FigureList } from '../../ui/FigureList';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { ChartIcon } from '../../ui/icons';
import { languageOf, type Language } from '../objectives/format';
import { kpiPath, planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { AnalysisSection } from './AnalysisSection';
import { DecisionSection } from './DecisionSection';
import { ManageButtons, VariantsSection } from './ExperimentManagement';
import { useAnalysis, useExperiment, useUpdateExperiment, useVariants, type Planning } from './experimentsApi';
import { formatCount, formatLift, formatPercent } from './format';
import { ResultsSection } from './ResultsSection';
import { SampleSizeCalculator } from './SampleSizeCalculator';
import { STATUS_COLORS } from './status';
import { WriteRefusal } from './WriteRefusal';
import './texts';

/**
 * One A/B test through the method's steps: plan the sample, enter the results as they come,
 * read the analysis, decide — and feed the decision back to the KPI.
 */
export function ExperimentPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '', experimentId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const experiment = useExperiment(planId, experimentId);
  const variants = useVariants(planId, experimentId);
  const analysis = useAnalysis(planId, experimentId);
  const kpis = useCollectionQuery(planId, 'kpis');
  const objectives = useCollectionQuery(planId, 'objectives');
  const strategies = useCollectionQuery(planId, 'strategies');
  const back = (
    <Anchor component={Link} to={planPath(workspaceId, planId, 'experiments')} size="sm">
      {t('experiments.page.back')}
    </Anchor>
  );
  const queries = [experiment, variants, analysis, kpis, objectives, strategies];

  if (isApiError(experiment.error, 404)) {
    return (
      <Stack gap="md">
        {back}
        <EmptyPanel
          title={t('experiments.page.notFound.title')}
          description={t('experiments.page.notFound.description')}
          icon={<ChartIcon />}
        />
      </Stack>
    );
  }
  if (queries.some((query) => query.isError)) {
    return <LoadError title={t('experiments.page.loadError')} queries={queries} />;
  }
  if (!experiment.data || !variants.data || !analysis.data || !kpis.data || !objectives.data || !strategies.data) {
    return <PageSkeleton blocks={[{ height: 32, width: '40%' }, 80, 240, 240]} />;
  }

  const data = experiment.data;
  const kpi = kpis.data.find((item) => item.id === data.kpiId) ?? null;
  const objective = objectives.data.find((item) => item.id === data.objectiveId) ?? null;
  const strategy = strategies.data.find((item) => item.id === data.strategyId) ?? null;
  const editable = canEdit && data.status !== 'decided';
  const reload = () => void experiment.refetch();
  const reloadExperiment = async () => (await experiment.refetch()).data;
  const reloadVariants = async () => (await variants.refetch()).data;
  const links = { kpis: kpis.data, objectives: objectives.data, strategies: strategies.data };

  return (
    <Stack gap="lg">
      {back}
      <ExperimentHeader
        experiment={data}
        kpi={kpi}
        kpiHref={kpi ? kpiPath(workspaceId, planId, kpi.id) : null}
        objective={
          objective && {
            name: objective.title,
            href: `${planPath(workspaceId, planId, 'objectives')}#entity-${encodeURIComponent(objective.key)}`,
          }
        }
        strategy={
          strategy && {
            name: strategy.name,
            href: `${planPath(workspaceId, planId, 'actions')}#entity-${encodeURIComponent(strategy.key)}`,
          }
        }
        language={language}
        controls={
          canEdit && (
            <Stack gap="xs" align="flex-end">
              <ManageButtons
                workspaceId={workspaceId}
                planId={planId}
                experiment={data}
                editable={editable}
                onReload={reloadExperiment}
                {...links}
              />
              {editable && <StatusControls planId={planId} experiment={data} onReload={reload} />}
            </Stack>
          )
        }
      />
      <VariantsSection
        planId={planId}
        experiment={data}
        variants={variants.data}
        arms={analysis.data.arms}
        canEdit={canEdit}
        onReload={reloadVariants}
      />
      <PlanningSummary planning={analysis.data.planning} language={language} />
      {editable && (
        <SampleSizeCalculator
          planId={planId}
          experiment={data}
          armCount={variants.data.length}
          kpis={kpis.data}
          onReload={reload}
        />
      )}
      <ResultsSection
        planId={planId}
        experiment={data}
        variants={variants.data}
        arms={analysis.data.arms}
        canEdit={canEdit}
      />
      <AnalysisSection data={analysis.data} />
      <DecisionSection
        workspaceId={workspaceId}
        planId={planId}
        experiment={data}
        arms={analysis.data.arms}
        kpi={kpi}
        canEdit={canEdit}
        onReload={reload}
      />
    </Stack>
  );
}

/** A plan item the test is linked to, and where its screen shows it. */
interface LinkedItem {
  name: string;
  href: string;
}

interface ExperimentHeaderProps {
  experiment: ExperimentEntity;
  kpi: KpiEntity | null;
  kpiHref: string | null;
  objective: LinkedItem | null;
  strategy: LinkedItem | null;
  language: Language;
  controls: ReactNode;
}

function ExperimentHeader({
  experiment,
  kpi,
  kpiHref,
  objective,
  strategy,
  language,
  controls,
}: ExperimentHeaderProps) {
  const { t } = useTranslation();
  const period =
    experiment.startDate || experiment.endDate
      ? t('experiments.page.period', {
          start: experiment.startDate ? formatDate(experiment.startDate, language) : '…',
          end: experiment.endDate ? formatDate(experiment.endDate, language) : '…',
        })
      : null;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={2} fz="xl">
            {experiment.name}
          </Title>
          <Badge color={STATUS_COLORS[experiment.status]} variant="light" size="lg">
            {t(`experiments.status.${experiment.status}`)}
          </Badge>
        </Group>
        {controls}
      </Group>
      {experiment.hypothesis && <Text size="sm">{experiment.hypothesis}</Text>}
      <Group gap="lg">
        <Text size="sm" c="dimmed">
          {t(`experiments.metric.${experiment.metricType}`)}
        </Text>
        {kpi && kpiHref && (
          <Text size="sm" c="dimmed">
            {t('experiments.page.kpi')}{' '}
            <Anchor component={Link} to={kpiHref}>
              {kpi.name}
            </Anchor>
          </Text>
        )}
        {objective && (
          <Text size="sm" c="dimmed">
            {t('experiments.page.objective')}{' '}
            <Anchor component={Link} to={objective.href}>
              {objective.name}
            </Anchor>
          </Text>
        )}
        {strategy && (
          <Text size="sm" c="dimmed">
            {t('experiments.page.strategy')}{' '}
            <Anchor component={Link} to={strategy.href}>
              {strategy.name}
            </Anchor>
          </Text>
        )}
        {period && (
          <Text size="sm" c="dimmed">
            {period}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/** Starting a test dates its start (when no date was planned); stopping it dates its end likewise. */
function StatusControls({
  planId,
  experiment,
  onReload,
}: {
  planId: string;
  experiment: ExperimentEntity;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateExperiment(planId);
  const change = (status: ExperimentStatus) => {
    const today = todayLocal();
    update.mutate({
      id: experiment.id,
      version: experiment.version,
      status,
      ...(status === 'running' && !experiment.startDate ? { startDate: today } : {}),
      ...(status === 'stopped' && !experiment.endDate ? { endDate: today } : {}),
    });
  };
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {experiment.status !== 'running' && (
          <Button
            onClick={() => change('running')}
            loading={update.isPending && update.variables?.status === 'running'}
          >
            {t(experiment.status === 'stopped' ? 'experiments.page.restart' : 'experiments.page.start')}
          </Button>
        )}
        {experiment.status === 'running' && (
          <Button
            variant="default"
            onClick={() => change('stopped')}
            loading={update.isPending && update.variables?.status === 'stopped'}
          >
            {t('experiments.page.stop')}
          </Button>
        )}
      </Group>
      <WriteRefusal error={update.error} onReload={onReload} />
    </Stack>
  );
}

/** The plan saved on the test and how far the results have come towards it. */
function PlanningSummary({ planning, language }: { planning: Planning; language: Language }) {
  const { t } = useTranslation();
  if (planning.perArm === null && planning.observedPerArm === 0) return null;
  const figures: [string, string][] = [
    [t('experiments.planning.baseline'), formatPercent(planning.baselineRate, language, 2)],
    [t('experiments.planning.effect'), formatLift(planning.minimumEffect, language)],
    [t('experiments.planning.perArm'), formatCount(planning.perArm, language)],
    [t('experiments.planning.observed'), formatCount(planning.observedPerArm, language)],
    [
      t('experiments.planning.days'),
      planning.days === null
        ? '—'
        : t('experiments.size.days', { count: planning.days, formatted: formatCount(planning.days, language) }),
    ],
    [t('experiments.planning.detectable'), formatPercent(planning.detectableEffect, language)],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('experiments.planning.title')}>
      <Stack gap="xs">
        <FigureList figures={figures} />
        {planning.progress !== null && (
          <Progress
            value={Math.min(100, planning.progress * 100)}
            aria-label={t('experiments.planning.progress', { value: formatPercent(planning.progress, language, 0) })}
          />
        )}
      </Stack>
    </Paper>
  );
}
