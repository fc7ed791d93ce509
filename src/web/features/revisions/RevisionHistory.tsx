import { Button, Group, Pagination, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompareIcon, RestoreIcon } from './icons';
import { formatInstant } from './format';
import type { Revision } from './useRevisions';
import './texts';

/** Rows per page of the history: a plan revised weekly for years stays quick to read. */
export const HISTORY_PAGE_SIZE = 20;

interface RevisionHistoryProps {
  revisions: readonly Revision[];
  page: number;
  onPageChange: (page: number) => void;
  authorOf: (revision: Revision) => string;
  canEdit: boolean;
  onCompare: (revision: Revision) => void;
  onRestore: (revision: Revision) => void;
  labelledBy: string;
}

/** The plan's revisions, newest first, a page at a time. */
export function RevisionHistory(props: RevisionHistoryProps) {
  const { revisions, page, onPageChange, authorOf, canEdit, onCompare, onRestore, labelledBy } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const pageCount = Math.max(1, Math.ceil(revisions.length / HISTORY_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const shown = revisions.slice((current - 1) * HISTORY_PAGE_SIZE, current * HISTORY_PAGE_SIZE);

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-labelledby={labelledBy} verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={64}>
                {t('revisions.history.number')}
              </Table.Th>
              <Table.Th scope="col">{t('revisions.history.date')}</Table.Th>
              <Table.Th scope="col">{t('revisions.history.author')}</Table.Th>
              <Table.Th scope="col">{t('revisions.history.message')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('revisions.history.actions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((revision) => (
              <Table.Tr key={revision.id} id={`revision-${revision.number}`}>
                <Table.Th scope="row" fw={600}>
                  {revision.number}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={revision.createdAt}>{formatInstant(revision.createdAt, language)}</time>
                </Table.Td>
                <Table.Td>{authorOf(revision)}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {revision.message}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<CompareIcon />}
                      aria-label={t('revisions.history.compareLabel', { number: revision.number })}
                      onClick={() => onCompare(revision)}
                    >
                      {t('revisions.history.compare')}
                    </Button>
                    {canEdit && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="orange"
                        leftSection={<RestoreIcon />}
                        aria-label={t('revisions.history.restoreLabel', { number: revision.number })}
                        onClick={() => onRestore(revision)}
                      >
                        {t('revisions.history.restore')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={current}
          onChange={onPageChange}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          aria-label={t('revisions.history.pagination')}
        />
      )}
    </>
  );
}
