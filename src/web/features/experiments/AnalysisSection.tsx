import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbTestAnalysis, Comparison } from '../../../core/abtest/types.js';
import { EChart } from '../../ui/EChart';
import { AlertIcon } from '../../ui/icons';
import { languageOf, type Language } from '../objectives/format';
import type { AnalysisArm, AnalysisResponse } from './experimentsApi';
import { formatLift, formatMean, formatPercent, formatPValue } from './format';
import { drawableComparisons, liftChartOption } from './liftChartOption';
import './texts';

/**
 * What the results say: the verdict in a sentence, then per variant the lift over the control with
 * its interval, the p-value, the Bayesian chance to beat the control and the expected loss, the
 * interval that stays valid however often one looks, and a chart of the lifts.
 */
export function AnalysisSection({ data }: { data: AnalysisResponse }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = languageOf(i18n.resolvedLanguage);
  const { analysis } = data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} fz="md" id={titleId}>
          {t('experiments.analysis.title')}
        </Title>
        {analysis === null ? (
          <Text size="sm" c="dimmed" data-testid="experiment-missing">
            {data.missing?.[language] ?? t('experiments.analysis.missing')}
          </Text>
        ) : (
          <>
            {analysis.srm.detected && (
              <Alert
                color="red"
                variant="light"
                role="alert"
                icon={<AlertIcon />}
                title={t('experiments.analysis.srm.title')}
              >
                {t('experiments.analysis.srm.description', { p: formatPValue(analysis.srm.pValue, language) })}
              </Alert>
            )}
            {data.verdict && (
              <Text fw={600} data-testid="experiment-verdict">
                {data.verdict[language]}
              </Text>
            )}
            <ComparisonTable arms={data.arms} analysis={analysis} language={language} />
            <Text size="xs" c="dimmed">
              {t('experiments.analysis.footnote', { level: formatPercent(1 - analysis.alpha, language) })}
            </Text>
            <LiftChart comparisons={analysis.comparisons} language={language} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ComparisonTable({
  arms,
  analysis,
  language,
}: {
  arms: readonly AnalysisArm[];
  analysis: AbTestAnalysis;
  language: Language;
}) {
  const { t } = useTranslation();
  const conversion = analysis.metric === 'proportion';
  const byName = new Map(analysis.comparisons.map((comparison, index) => [comparison.variant, { comparison, index }]));
  const adjusted = analysis.adjusted;
  const best = analysis.probabilityBest;
  const columns = [
    conversion ? t('experiments.analysis.rate') : t('experiments.analysis.mean'),
    t('experiments.analysis.lift'),
    t('experiments.analysis.pValue'),
    ...(adjusted ? [t('experiments.analysis.adjusted')] : []),
    t('experiments.analysis.chanceToBeat'),
    t('experiments.analysis.expectedLoss'),
    t('experiments.analysis.sequential'),
    ...(best ? [t('experiments.analysis.probabilityBest')] : []),
  ];
  const interval = (ci: readonly [number, number] | null | undefined) =>
    ci
      ? t('experiments.analysis.interval', { low: formatLift(ci[0], language), high: formatLift(ci[1], language) })
      : '—';

  const comparisonCells = (comparison: Comparison, index: number) => {
    const chance = conversion ? comparison.bayes?.chanceToBeatControl : comparison.gaussianBayes?.chanceToWin;
    const loss = conversion
      ? comparison.bayes
        ? t('experiments.analysis.points', { value: formatMean(comparison.bayes.expectedLossVariant * 100, language) })
        : '—'
      : formatPercent(comparison.gaussianBayes?.riskVariant, language, 2);
    return [
      <Table.Td key="lift" ta="right">
        <Text span fw={600}>
          {formatLift(comparison.relative.estimate, language)}
        </Text>{' '}
        <Text span size="xs" c="dimmed">
          {interval(comparison.relative.ci)}
        </Text>
      </Table.Td>,
      <Table.Td key="p" ta="right">
        {formatPValue(comparison.relative.pValue, language)}
      </Table.Td>,
      ...(adjusted
        ? [
            <Table.Td key="adjusted" ta="right">
              {formatPValue(adjusted.holm[index], language)}
            </Table.Td>,
          ]
        : []),
      <Table.Td key="chance" ta="right">
        {formatPercent(chance, language, 0)}
      </Table.Td>,
      <Table.Td key="loss" ta="right">
        {loss}
      </Table.Td>,
      <Table.Td key="sequential" ta="right">
        {interval(comparison.sequential?.ci)}
      </Table.Td>,
    ];
  };

  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table aria-label={t('experiments.analysis.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('experiments.results.arm')}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" ta="right" key={column}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {arms.map((arm) => {
            const found = byName.get(arm.name);
            const value = conversion
              ? arm.users > 0 && arm.conversions !== null
                ? formatPercent(arm.conversions / arm.users, language, 2)
                : '—'
              : formatMean(arm.mean, language);
            // Columns between the value and « probability best »: the comparison's, or one note across them.
            const span = columns.length - 1 - (best ? 1 : 0);
            return (
              <Table.Tr key={arm.variantId}>
                <Table.Th scope="row">{arm.name}</Table.Th>
                <Table.Td ta="right">{value}</Table.Td>
                {arm.isControl || !found ? (
                  <Table.Td colSpan={span} c="dimmed">
                    {arm.isControl ? t('experiments.analysis.reference') : t('experiments.analysis.noComparison')}
                  </Table.Td>
                ) : found.comparison.defined ? (
                  comparisonCells(found.comparison, found.index)
                ) : (
                  <Table.Td colSpan={span}>
                    <Text size="sm" c="orange.9">
                      {found.comparison.explanation?.[language] ?? t('experiments.analysis.undefined')}
                    </Text>
                  </Table.Td>
                )}
                {best && <Table.Td ta="right">{formatPercent(best[arm.name], language, 0)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LiftChart({ comparisons, language }: { comparisons: readonly Comparison[]; language: Language }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      liftChartOption(
        comparisons,
        {
          axis: t('experiments.chart.axis'),
          tooltip: (c) =>
            t('experiments.chart.tooltip', {
              name: c.variant,
              lift: formatLift(c.relative.estimate, language),
              low: formatLift(c.relative.ci?.[0], language),
              high: formatLift(c.relative.ci?.[1], language),
            }),
        },
        (value) => formatLift(value, language),
      ),
    [comparisons, language, t],
  );
  if (drawableComparisons(comparisons).length === 0) return null;
  const rows = drawableComparisons(comparisons).length;
  return <EChart option={option} label={t('experiments.chart.label')} height={80 + rows * 48} />;
}
