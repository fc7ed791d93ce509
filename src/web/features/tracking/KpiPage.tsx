import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { EChart } from '../../ui/EChart';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { FigureList } from '../../ui/FigureList';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { ChartIcon } from '../../ui/icons';
import { CorrectiveActionsSection } from '../corrective/CorrectiveActionsSection';
import { formatNumber, languageOf, type Language } from '../objectives/format';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { kpiChartOption } from './chartOption';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementsTable } from './MeasurementsTable';
import { probabilityText, quantityOrDash, STATUS_COLORS, varianceText } from './status';
import { useKpiChart, type ChartResponse } from './trackingApi';
import './texts';

/** One KPI: where it stands, its chart with the expected path and forecast, its measurements. */
export function KpiPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '', kpiId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const chart = useKpiChart(planId, kpiId, todayLocal());
  const back = (
    <Anchor component={Link} to={planPath(workspaceId, planId, 'tracking')} size="sm">
      {t('tracking.kpi.back')}
    </Anchor>
  );

  if (chart.isError) {
    if (isApiError(chart.error, 404)) {
      return (
        <Stack gap="md">
          {back}
          <EmptyPanel
            title={t('tracking.kpi.notFound.title')}
            description={t('tracking.kpi.notFound.description')}
            icon={<ChartIcon />}
          />
        </Stack>
      );
    }
    return <LoadError title={t('tracking.kpi.loadError')} queries={[chart]} />;
  }
  if (!chart.data) return <PageSkeleton blocks={[{ height: 32, width: '40%' }, 80, 320]} />;

  const data = chart.data;
  // The route may name the KPI by key; writes and lists use its id.
  const id = data.id;
  return (
    <Stack gap="lg">
      {back}
      <KpiHeader data={data} language={language} />
      <KpiChartPanel data={data} language={language} />
      {canEdit ? (
        <MeasurementForm planId={planId} kpiId={id} kpi={data} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.readOnly')}
        </Text>
      )}
      <MeasurementsTable planId={planId} kpiId={id} unit={data.unit} canEdit={canEdit} />
      <CorrectiveActionsSection workspaceId={workspaceId} planId={planId} kpiId={id} />
    </Stack>
  );
}

function KpiHeader({ data, language }: { data: ChartResponse; language: Language }) {
  const { t } = useTranslation();
  const { status, unit } = data;
  const quantity = (value: number | null | undefined) => quantityOrDash(value, unit, language);
  const cumulative = data.aggregation === 'sum';
  const projection = cumulative ? status.forecast.cumulative?.projectedTotal : status.forecast.projection;
  const interval = cumulative ? status.forecast.cumulative?.pi95 : status.forecast.pi95;
  const asOf = status.latestMeasurementDate ? formatDate(status.latestMeasurementDate, language) : null;
  const figures: [string, string][] = [
    [asOf ? t('tracking.kpi.actualOn', { date: asOf }) : t('tracking.kpi.actual'), quantity(status.actual)],
    [t('tracking.kpi.expected'), quantity(status.expected)],
    [t('tracking.kpi.variance'), varianceText(status.variance, unit, language)],
    [
      data.deadline
        ? t('tracking.kpi.targetOn', { date: formatDate(data.deadline, language) })
        : t('tracking.kpi.target'),
      quantity(data.headlineTarget),
    ],
    [t('tracking.kpi.projection'), quantity(projection)],
    [t('tracking.kpi.probability'), probabilityText(data.probMeetTarget, language)],
  ];
  const note = status.note ?? status.forecast.reason;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Title order={2} fz="xl">
          {data.name}
        </Title>
        <Badge color={STATUS_COLORS[status.status]} variant="light" size="lg">
          {t(`tracking.status.${status.status}`)}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <FigureList figures={figures} />
        {interval && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('tracking.kpi.interval', { low: quantity(interval[0]), high: quantity(interval[1]) })}
          </Text>
        )}
        {note && (
          <Text size="sm" mt="xs">
            {note[language]}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}

function KpiChartPanel({ data, language }: { data: ChartResponse; language: Language }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      kpiChartOption(
        data,
        {
          measured: t('tracking.chart.measured'),
          target: t('tracking.chart.target'),
          forecast: t('tracking.chart.forecast'),
          band: t('tracking.chart.band'),
        },
        (value) => formatNumber(value, language),
      ),
    [data, language, t],
  );
  return (
    <Paper withBorder p="md" component="section" aria-label={t('tracking.chart.section')}>
      <Stack gap="xs">
        {data.series.total === 0 && data.targetPath.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tracking.chart.empty')}
          </Text>
        ) : (
          <EChart option={option} label={t('tracking.chart.label', { name: data.name })} height={340} />
        )}
        <Text size="xs" c="dimmed">
          {t('tracking.chart.caption', { count: data.series.total, shown: data.series.points.length })}
          {data.aggregation === 'sum' && ` ${t('tracking.chart.sumHint')}`}
        </Text>
      </Stack>
    </Paper>
  );
}
