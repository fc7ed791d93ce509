import {
  ActionIcon,
  Group,
  Pagination,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasurementEntity } from '../../../contract/entity-types.js';
import { useDeleteEntity } from '../../api/collections';
import { formatDate } from '../../i18n/format';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { ErrorState } from '../../ui/ErrorState';
import { TrashIcon } from '../../ui/icons';
import { languageOf } from '../objectives/format';
import { quantityOrDash } from './status';
import { MEASUREMENTS_PAGE_SIZE, useMeasurementPage } from './trackingApi';
import './texts';

interface MeasurementsTableProps {
  planId: string;
  kpiId: string;
  unit: string | null;
  canEdit: boolean;
}

/** The KPI's measurements, the latest entered first, a page at a time. */
export function MeasurementsTable({ planId, kpiId, unit, canEdit }: MeasurementsTableProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = languageOf(i18n.resolvedLanguage);
  const [page, setPage] = useState(1);
  const measurements = useMeasurementPage(planId, kpiId, page);
  const remove = useDeleteEntity(planId, 'measurements');
  const [deletion, setDeletion] = useState<MeasurementEntity | null>(null);
  const total = measurements.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MEASUREMENTS_PAGE_SIZE));
  const date = (value: string) => formatDate(value, language);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="md" id={titleId}>
            {t('tracking.measurements.title')}
          </Title>
          {measurements.data && (
            <Text size="sm" c="dimmed">
              {t('tracking.measurements.total', { count: total })}
            </Text>
          )}
        </Group>
        {measurements.isError ? (
          <ErrorState
            title={t('tracking.measurements.loadError')}
            error={measurements.error}
            onRetry={() => void measurements.refetch()}
          />
        ) : !measurements.data ? (
          <Skeleton height={160} />
        ) : total === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tracking.measurements.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped aria-label={t('tracking.measurements.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tracking.measurements.date')}</Table.Th>
                  <Table.Th scope="col">{t('tracking.measurements.value')}</Table.Th>
                  <Table.Th scope="col">{t('tracking.measurements.source')}</Table.Th>
                  <Table.Th scope="col">{t('tracking.measurements.note')}</Table.Th>
                  {canEdit && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('tracking.measurements.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {measurements.data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{date(m.date)}</Table.Td>
                    <Table.Td>{quantityOrDash(m.value, unit, language)}</Table.Td>
                    <Table.Td>{m.source === 'manual' ? t('tracking.measurements.manual') : m.source}</Table.Td>
                    <Table.Td>{m.note ?? ''}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="sm"
                          aria-label={t('tracking.measurements.delete', { date: date(m.date) })}
                          onClick={() => {
                            remove.reset();
                            setDeletion(m);
                          }}
                        >
                          <TrashIcon />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pageCount > 1 && (
          <nav aria-label={t('tracking.measurements.pagination')}>
            <Pagination
              total={pageCount}
              value={Math.min(page, pageCount)}
              onChange={setPage}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
            />
          </nav>
        )}
      </Stack>
      <ConfirmDeleteModal
        name={deletion ? t('tracking.measurements.deleteName', { date: date(deletion.date) }) : null}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeletion(null)}
        onConfirm={() => deletion && remove.mutate({ id: deletion.id }, { onSuccess: () => setDeletion(null) })}
      />
    </Paper>
  );
}
