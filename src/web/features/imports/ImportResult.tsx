import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiEntity } from '../../../contract/entity-types.js';
import type { ImportReport } from '../../../contract/imports.js';
import { formatDate } from '../../i18n/format';
import { planPath } from '../plan/planPaths';
import { isImportProblem, type ImportOutcome } from './importApi';
import { formatCount, formatSize, importErrorMessage, languageOf, pick, type Language } from './messages';
import { ScrollRegion } from './ScrollRegion';
import { TransferProgress } from './TransferProgress';
import './texts';

/** How far an import has gone: the upload, then the server's reading of the file. */
export interface Transfer {
  loaded: number;
  total: number;
  /** Bytes of the file the server has read, and its rows, from the progress lines. */
  bytes: number;
  rowsRead: number;
}

export const NO_TRANSFER: Transfer = { loaded: 0, total: 0, bytes: 0, rowsRead: 0 };

interface ImportResultProps {
  workspaceId: string;
  planId: string;
  kpis: readonly KpiEntity[];
  fileSize: number;
  pending: boolean;
  transfer: Transfer;
  outcome: ImportOutcome | undefined;
  error: unknown;
  onSkipInvalid: () => void;
  onRetry: () => void;
  onBackToMapping: () => void;
  onRestart: () => void;
}

/** Step 4: the import under way, then the rows to fix (nothing written) or what was written. */
export function ImportResult(props: ImportResultProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { pending, transfer, outcome, error } = props;

  if (pending) {
    const uploaded = transfer.total > 0 && transfer.loaded >= transfer.total;
    const valueText = (percent: number) => t('imports.progress.percent', { percent });
    if (!uploaded) {
      return (
        <TransferProgress
          label={t('imports.result.sending')}
          value={transfer.total > 0 ? (transfer.loaded / transfer.total) * 100 : null}
          valueText={valueText}
          detail={
            transfer.total > 0
              ? t('imports.progress.sent', {
                  sent: formatSize(t, transfer.loaded, language),
                  total: formatSize(t, transfer.total, language),
                })
              : undefined
          }
        />
      );
    }
    return (
      <TransferProgress
        label={t('imports.result.importing')}
        value={transfer.bytes > 0 && transfer.bytes <= props.fileSize ? (transfer.bytes / props.fileSize) * 100 : null}
        valueText={valueText}
        detail={
          transfer.rowsRead > 0
            ? t('imports.result.rowsRead', {
                count: transfer.rowsRead,
                formatted: formatCount(transfer.rowsRead, language),
              })
            : t('imports.result.checking')
        }
      />
    );
  }

  if (error) {
    const retryable = !isImportProblem(error) || error.status === 0 || error.status >= 500;
    return (
      <Alert color="red" variant="light" role="alert" title={t('imports.result.failedTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{importErrorMessage(t, error, language)}</Text>
          <Group gap="sm">
            {retryable && (
              <Button size="xs" variant="white" color="red" onClick={props.onRetry}>
                {t('errors.retry')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={props.onBackToMapping}>
              {t('imports.result.backToMapping')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  if (!outcome) return null;
  if (outcome.status === 'refused') {
    return <InvalidRows report={outcome.report} language={language} {...props} />;
  }
  return <Written report={outcome.report} language={language} {...props} />;
}

type ReportProps = ImportResultProps & { report: ImportReport; language: Language };

function InvalidRows({ report, language, onSkipInvalid, onBackToMapping }: ReportProps) {
  const { t } = useTranslation();
  const beyond = report.errorCount - report.errors.length;
  const valid = Math.max(0, report.rowsRead - report.invalidRowCount);
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t('imports.report.title')}>
        <Text size="sm">
          {t('imports.report.summary', {
            count: report.invalidRowCount,
            formatted: formatCount(report.invalidRowCount, language),
            rows: formatCount(report.rowsRead, language),
          })}
        </Text>
      </Alert>
      <ScrollRegion label={t('imports.report.caption')}>
        <Table striped withTableBorder captionSide="top" miw={560}>
          <Table.Caption>{t('imports.report.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.report.line')}</Table.Th>
              <Table.Th scope="col">{t('imports.report.column')}</Table.Th>
              <Table.Th scope="col">{t('imports.report.value')}</Table.Th>
              <Table.Th scope="col">{t('imports.report.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((row, index) => (
              <Table.Tr key={`${row.line}-${row.column}-${index}`}>
                <Table.Td>{formatCount(row.line, language)}</Table.Td>
                <Table.Td>{row.column}</Table.Td>
                <Table.Td>
                  <Text span ff="monospace" size="sm">
                    {row.value}
                  </Text>
                </Table.Td>
                <Table.Td>{pick(row.reason, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {beyond > 0 && (
        <Text size="sm">
          {t('imports.report.moreErrors', { count: beyond, formatted: formatCount(beyond, language) })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('imports.report.choice', { count: valid, formatted: formatCount(valid, language) })}
      </Text>
      <Group justify="space-between">
        <Button variant="default" onClick={onBackToMapping}>
          {t('imports.result.backToMapping')}
        </Button>
        <Button color="orange" onClick={onSkipInvalid} disabled={valid === 0}>
          {t('imports.report.skipInvalid')}
        </Button>
      </Group>
    </Stack>
  );
}

function Written({ report, language, kpis, workspaceId, planId, onRestart }: ReportProps) {
  const { t } = useTranslation();
  const nothingChanged = report.inserted + report.updated === 0;
  const kpiName = new Map(kpis.map((kpi) => [kpi.key, kpi.name]));
  const stats = [
    { label: t('imports.result.inserted'), value: report.inserted },
    { label: t('imports.result.updated'), value: report.updated },
    { label: t('imports.result.unchanged'), value: report.unchanged },
  ];
  const skipped = [
    report.skipped.invalidRows > 0 &&
      t('imports.result.skippedInvalid', {
        count: report.skipped.invalidRows,
        formatted: formatCount(report.skipped.invalidRows, language),
      }),
    report.skipped.emptyCells > 0 &&
      t('imports.result.skippedEmpty', {
        count: report.skipped.emptyCells,
        formatted: formatCount(report.skipped.emptyCells, language),
      }),
    report.skipped.filteredRows > 0 &&
      t('imports.result.skippedFiltered', {
        count: report.skipped.filteredRows,
        formatted: formatCount(report.skipped.filteredRows, language),
      }),
    report.skipped.totalRows + report.skipped.noteRows > 0 &&
      t('imports.result.skippedTotals', {
        count: report.skipped.totalRows + report.skipped.noteRows,
        formatted: formatCount(report.skipped.totalRows + report.skipped.noteRows, language),
      }),
  ].filter((text): text is string => Boolean(text));

  return (
    <Stack gap="md">
      <Alert color={nothingChanged ? 'blue' : 'green'} variant="light" role="status">
        <Title order={4} fz="md" mb={4}>
          {nothingChanged ? t('imports.result.nothingChangedTitle') : t('imports.result.doneTitle')}
        </Title>
        <Text size="sm">
          {nothingChanged
            ? t('imports.result.nothingChanged', {
                count: report.unchanged,
                formatted: formatCount(report.unchanged, language),
              })
            : t('imports.result.done', {
                count: report.measurements,
                formatted: formatCount(report.measurements, language),
              })}
        </Text>
      </Alert>

      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
        {stats.map((stat) => (
          <Paper key={stat.label} withBorder p="sm">
            <Text component="dt" size="sm" c="dimmed">
              {stat.label}
            </Text>
            <Text component="dd" m={0} fw={700} fz={28}>
              {formatCount(stat.value, language)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      {report.firstDate && report.lastDate && (
        <Text size="sm">
          {t('imports.result.dates', {
            start: formatDate(report.firstDate, language),
            end: formatDate(report.lastDate, language),
          })}
        </Text>
      )}
      {report.kpis.length > 0 && (
        <List size="sm" spacing={2}>
          {report.kpis.map((entry) => (
            <List.Item key={entry.kpiKey}>
              {t('imports.result.perKpi', {
                kpi: kpiName.get(entry.kpiKey) ?? entry.kpiKey,
                count: entry.measurements,
                formatted: formatCount(entry.measurements, language),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {skipped.length > 0 && (
        <Text size="sm" c="dimmed">
          {skipped.join(' ')}
        </Text>
      )}
      {report.warnings.length > 0 && (
        <Alert color="orange" variant="light" title={t('imports.result.warnings')}>
          <List size="sm" spacing={4}>
            {report.warnings.map((warning, index) => (
              <List.Item key={index}>{pick(warning, language)}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={onRestart}>
          {t('imports.result.another')}
        </Button>
        <Anchor component={Link} to={planPath(workspaceId, planId)} fw={600}>
          {t('imports.result.backToPlan')}
        </Anchor>
      </Group>
    </Stack>
  );
}
