import { Alert, Badge, Button, Group, List, Paper, Radio, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, Period, PreviewColumn, PreviewTable } from '../../../contract/imports.js';
import { formatDate } from '../../i18n/format';
import { formatCount, formatSize, languageOf, pick, type Language } from './messages';
import { ScrollRegion } from './ScrollRegion';
import type { TFunction } from 'i18next';
import './texts';

/** Sample rows shown under the columns (the preview holds up to 20). */
const SAMPLE_ROWS = 5;

interface PreviewStepProps {
  file: File;
  preview: ImportPreview;
  tableId: string;
  onTableChange: (tableId: string) => void;
  onBack: () => void;
  onNext: () => void;
}

export function formatPeriod(t: TFunction, period: Period, language: Language): string {
  return t('imports.preview.periodRange', {
    start: formatDate(period.start, language),
    end: formatDate(period.end, language),
  });
}

/** How a table is named to people: its title, its sheet, or its rank in the file. */
export function tableName(t: TFunction, table: PreviewTable): string {
  return table.title ?? table.sheet ?? t('imports.preview.tableNumber', { id: table.id });
}

function delimiterLabel(t: TFunction, delimiter: string): string {
  switch (delimiter) {
    case ',':
      return t('imports.preview.delimiters.comma');
    case ';':
      return t('imports.preview.delimiters.semicolon');
    case '\t':
      return t('imports.preview.delimiters.tab');
    default:
      return t('imports.preview.delimiters.other', { delimiter });
  }
}

/** What a column seems to hold, with the details that matter for the mapping. */
export function kindLabel(t: TFunction, column: PreviewColumn): string {
  if (column.kind === 'date' && column.dateFormat) {
    return t('imports.kinds.dateWithFormat', { format: t(`imports.dateFormats.${column.dateFormat}`) });
  }
  if (column.kind === 'currency' && column.currency) {
    return t('imports.kinds.currencyWithCode', { currency: column.currency });
  }
  return t(`imports.kinds.${column.kind}`);
}

const KIND_COLORS: Record<PreviewColumn['kind'], string> = {
  date: 'violet',
  number: 'blue',
  percent: 'teal',
  currency: 'green',
  text: 'gray',
  empty: 'gray',
};

/** Step 2: the format recognised, the tables found (one to pick), the columns and first rows. */
export function PreviewStep({ file, preview, tableId, onTableChange, onBack, onNext }: PreviewStepProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const table = preview.tables.find((candidate) => candidate.id === tableId) ?? null;
  const period = table?.period ?? preview.period;
  const fileDetails = [
    preview.fileType === 'xlsx' ? t('imports.preview.fileTypes.xlsx') : t('imports.preview.fileTypes.csv'),
    preview.encoding?.toUpperCase(),
    preview.delimiter ? delimiterLabel(t, preview.delimiter) : null,
  ].filter(Boolean);

  return (
    <Stack gap="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
        <Paper withBorder p="sm">
          <Text component="dt" size="xs" c="dimmed">
            {t('imports.preview.format')}
          </Text>
          <Text component="dd" m={0} fw={600} size="lg">
            {pick(preview.formatLabel, language)}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text component="dt" size="xs" c="dimmed">
            {t('imports.preview.file')}
          </Text>
          <Text component="dd" m={0}>
            <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
              {file.name}
            </Text>
            <Text span size="sm" c="dimmed" display="block">
              {[formatSize(t, file.size, language), ...fileDetails].join(' · ')}
            </Text>
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text component="dt" size="xs" c="dimmed">
            {t('imports.preview.period')}
          </Text>
          <Text component="dd" m={0} fw={period ? 600 : undefined} c={period ? undefined : 'dimmed'}>
            {period ? formatPeriod(t, period, language) : t('imports.preview.noPeriod')}
          </Text>
        </Paper>
      </SimpleGrid>

      {preview.notes.length > 0 && (
        <Alert color="blue" variant="light" title={t('imports.preview.notes')}>
          <List size="sm" spacing={4}>
            {preview.notes.map((note, index) => (
              <List.Item key={index}>{pick(note, language)}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {preview.tables.length === 0 && (
        <Alert color="orange" variant="light" role="alert" title={t('imports.preview.noTableTitle')}>
          {t('imports.preview.noTable')}
        </Alert>
      )}

      {preview.tables.length > 1 && (
        <Radio.Group
          label={t('imports.preview.tableChoice')}
          description={t('imports.preview.tableChoiceHint', { count: preview.tables.length })}
          value={tableId}
          onChange={onTableChange}
        >
          <Stack gap="xs" mt="xs">
            {preview.tables.map((candidate) => (
              <Radio
                key={candidate.id}
                value={candidate.id}
                label={tableName(t, candidate)}
                description={[
                  t('imports.preview.rowCount', {
                    count: candidate.rowCount,
                    formatted: formatCount(candidate.rowCount, language),
                  }),
                  candidate.columns.map((c) => c.name).join(', '),
                ].join(' · ')}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}

      {table && <TableDetails table={table} language={language} />}

      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.preview.back')}
        </Button>
        <Button onClick={onNext} disabled={!table}>
          {t('imports.preview.next')}
        </Button>
      </Group>
    </Stack>
  );
}

function TableDetails({ table, language }: { table: PreviewTable; language: Language }) {
  const { t } = useTranslation();
  const skipped = table.skipped.totals + table.skipped.notes;
  const rows = table.rows.slice(0, SAMPLE_ROWS);
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('imports.preview.rowCount', { count: table.rowCount, formatted: formatCount(table.rowCount, language) })}
        {skipped > 0 &&
          ` ${t('imports.preview.skippedRows', {
            totals: formatCount(table.skipped.totals, language),
            notes: formatCount(table.skipped.notes, language),
          })}`}
      </Text>

      <ScrollRegion label={t('imports.preview.columns')}>
        <Table striped withTableBorder captionSide="top" miw={480}>
          <Table.Caption>{t('imports.preview.columns')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.preview.columnName')}</Table.Th>
              <Table.Th scope="col">{t('imports.preview.columnKind')}</Table.Th>
              <Table.Th scope="col">{t('imports.preview.columnSamples')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.columns.map((column) => (
              <Table.Tr key={column.index}>
                <Table.Th scope="row" fw={600}>
                  {column.name}
                </Table.Th>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge variant="light" color={KIND_COLORS[column.kind]} tt="none">
                      {kindLabel(t, column)}
                    </Badge>
                    {column.kind !== 'empty' && column.confidence < 0.95 && (
                      <Text size="xs" c="dimmed">
                        {t('imports.preview.confidence', { percent: Math.round(column.confidence * 100) })}
                      </Text>
                    )}
                    {column.dateAmbiguous && (
                      <Text size="xs" c="orange.8">
                        {t('imports.preview.dateAmbiguous')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {column.samples.slice(0, 3).join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>

      {rows.length > 0 && (
        <ScrollRegion label={t('imports.preview.sampleRows', { count: rows.length })}>
          <Table withTableBorder withColumnBorders captionSide="top" fz="sm">
            <Table.Caption>{t('imports.preview.sampleRows', { count: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column) => (
                  <Table.Th key={column.index} scope="col" style={{ whiteSpace: 'nowrap' }}>
                    {column.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, rowIndex) => (
                <Table.Tr key={rowIndex}>
                  {table.columns.map((column) => (
                    <Table.Td key={column.index} style={{ whiteSpace: 'nowrap' }}>
                      {row[column.index] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
