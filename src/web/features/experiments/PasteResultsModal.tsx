import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import { isApiError, type ApiError } from '../../api/client';
import { formatDate, speaksUiLanguage } from '../../i18n/format';
import { languageOf, type Language } from '../objectives/format';
import { useSaveResults } from './experimentsApi';
import { formatCount, formatMean } from './format';
import { experimentRefusal } from './refusal';
import { serverFieldMessage } from './resultsForm';
import {
  columnsFor,
  parsePastedResults,
  type LineProblem,
  type PasteColumn,
  type PasteProblem,
  type PastedLine,
} from './resultsPaste';
import './texts';

interface PasteResultsModalProps {
  planId: string;
  experiment: ExperimentEntity;
  variants: readonly ExperimentVariantEntity[];
  onSaved: (count: number) => void;
  onClose: () => void;
}

/**
 * Results copied from a spreadsheet, read line by line into a preview that names each line's
 * problem; saved in one write, and only once every line is right (the server takes all or none).
 */
export function PasteResultsModal({ planId, experiment, variants, onSaved, onClose }: PasteResultsModalProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const save = useSaveResults(planId, experiment.id);
  const [text, setText] = useState('');
  const parsed = useMemo(
    () => parsePastedResults(text, experiment.metricType, variants),
    [text, experiment.metricType, variants],
  );
  const invalid = parsed.lines.filter((line) => line.row === null).length;
  const rows = parsed.lines.flatMap((line) => (line.row ? [line.row] : []));
  const ready = parsed.problem === null && invalid === 0 && rows.length > 0;
  // The server names refused rows by their index in what was sent: every line, as all were valid.
  const serverProblems = save.error && isApiError(save.error) ? byLine(t, save.error, i18n.resolvedLanguage) : null;

  const submit = () => {
    if (!ready) return;
    save.mutate(rows, {
      onSuccess: () => {
        onSaved(rows.length);
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('experiments.paste.title')} size="xl">
      <Stack gap="sm">
        <Textarea
          label={t('experiments.paste.input')}
          description={t(`experiments.paste.hint.${experiment.metricType}`)}
          data-autofocus
          autosize
          minRows={5}
          maxRows={14}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            save.reset();
          }}
        />
        {text.trim() !== '' && parsed.problem && (
          <Alert color="red" variant="light" role="alert">
            {pasteProblemText(t, parsed.problem)}
          </Alert>
        )}
        {parsed.lines.length > 0 && (
          <>
            <Text size="sm" c={invalid > 0 ? 'red.8' : undefined} role="status">
              {invalid > 0
                ? t('experiments.paste.invalid', { count: invalid, total: parsed.lines.length })
                : t('experiments.paste.ready', { count: rows.length })}
            </Text>
            <PreviewTable
              metricType={experiment.metricType}
              lines={parsed.lines}
              variants={variants}
              serverProblems={serverProblems}
              language={language}
            />
          </>
        )}
        {save.error !== null && (serverProblems === null || serverProblems.size === 0) && (
          <Alert color="red" variant="light" role="alert">
            {experimentRefusal(t, save.error, i18n.resolvedLanguage)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={!ready} loading={save.isPending}>
            {t('experiments.paste.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface PreviewTableProps {
  metricType: ExperimentEntity['metricType'];
  lines: readonly PastedLine[];
  variants: readonly ExperimentVariantEntity[];
  /** The server's refusals, by index of the line among those sent. */
  serverProblems: ReadonlyMap<number, string[]> | null;
  language: Language;
}

function PreviewTable({ metricType, lines, variants, serverProblems, language }: PreviewTableProps) {
  const { t } = useTranslation();
  const columns = columnsFor(metricType);
  const names = new Map(variants.map((variant) => [variant.id, variant.name]));
  const shown = (line: PastedLine, column: PasteColumn): string => {
    const row = line.row;
    if (!row) return line.raw[column] ?? '';
    switch (column) {
      case 'date':
        return formatDate(row.date, language);
      case 'version':
        return names.get(row.variantId) ?? '';
      case 'users':
      case 'conversions':
        return formatCount(row[column], language);
      default:
        return formatMean(row[column], language);
    }
  };
  return (
    <Table.ScrollContainer minWidth={640} type="native" mah={360}>
      <Table aria-label={t('experiments.paste.preview')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('experiments.paste.line')}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column}>
                {t(`experiments.paste.columns.${column}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('experiments.paste.check')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const problems = [
              ...line.problems.map((problem) => lineProblemText(t, problem, line)),
              ...(serverProblems?.get(index) ?? []),
            ];
            return (
              <Table.Tr key={line.line}>
                <Table.Th scope="row">{line.line}</Table.Th>
                {columns.map((column) => (
                  <Table.Td key={column}>{shown(line, column)}</Table.Td>
                ))}
                <Table.Td c={problems.length > 0 ? 'red.8' : 'green.8'}>
                  {problems.length > 0 ? problems.join(' ') : t('experiments.paste.ok')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function pasteProblemText(t: TFunction, problem: PasteProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('experiments.paste.problems.empty');
    case 'tooManyLines':
      return t('experiments.paste.problems.tooManyLines', { max: problem.max });
    case 'missingColumns':
      return t('experiments.paste.problems.missingColumns', {
        columns: problem.columns.map((column) => t(`experiments.paste.columns.${column}`)).join(', '),
      });
  }
}

function lineProblemText(t: TFunction, problem: LineProblem, line: PastedLine): string {
  const column = t(`experiments.paste.columns.${problem.column}`);
  const value = line.raw[problem.column] ?? '';
  return t(`experiments.paste.problems.${problem.code}`, { column, value });
}

/** The server's field refusals (`results.<index>.<field>`) grouped by the line sent at that index. */
function byLine(t: TFunction, error: ApiError, uiLanguage: string | undefined): Map<number, string[]> {
  const sameLanguage = speaksUiLanguage(error, uiLanguage);
  const found = new Map<number, string[]>();
  for (const item of error.errors) {
    const match = /results[./](\d+)(?:[./]|$)/.exec(item.path);
    if (!match) continue;
    const index = Number(match[1]);
    found.set(index, [...(found.get(index) ?? []), serverFieldMessage(t, item, sameLanguage)]);
  }
  return found;
}
