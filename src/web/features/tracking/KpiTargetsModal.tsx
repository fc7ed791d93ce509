import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { parseDecimal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { languageOf, numberInputSeparators } from '../objectives/format';
import { validateTarget, type TargetValues } from './kpiForm';
import { quantityOrDash } from './status';
import './texts';

interface KpiTargetsModalProps {
  planId: string;
  kpi: KpiEntity;
  onClose: () => void;
}

/**
 * A KPI's intermediate targets: the dated milestones its expected path goes through between the
 * baseline at the plan's start and the target at its deadline.
 */
export function KpiTargetsModal({ planId, kpi, onClose }: KpiTargetsModalProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const targets = useCollectionQuery(planId, 'kpi-targets');
  const remove = useDeleteEntity(planId, 'kpi-targets');
  const own = useMemo(
    () => (targets.data ?? []).filter((target) => target.kpiId === kpi.id).sort((a, b) => a.date.localeCompare(b.date)),
    [targets.data, kpi.id],
  );
  const editor = useEntityEditor<'kpi-targets', TargetValues>({
    planId,
    collection: 'kpi-targets',
    entity: null,
    initialValues: { date: '', value: '' },
    validate: (values) => validateTarget(t, values),
    toBody: (values) => ({ kpiId: kpi.id, date: values.date, value: parseDecimal(values.value) ?? Number.NaN }),
    onSaved: () => editor.setValues({ date: '', value: '' }),
  });
  const quantity = (value: number | null | undefined) => quantityOrDash(value, kpi.unit, language);

  return (
    <Modal opened onClose={onClose} title={t('tracking.targets.title', { name: kpi.name })} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('tracking.targets.intro', {
            baseline: quantity(kpi.baseline),
            target: quantity(kpi.target),
            date: kpi.targetDate ? formatDate(kpi.targetDate, language) : t('tracking.targets.planEnd'),
          })}
        </Text>
        {targets.isError ? (
          <ErrorState
            title={t('tracking.targets.loadError')}
            error={targets.error}
            onRetry={() => void targets.refetch()}
          />
        ) : own.length === 0 ? (
          <Text size="sm">{targets.isPending ? t('app.loading') : t('tracking.targets.none')}</Text>
        ) : (
          <Table aria-label={t('tracking.targets.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tracking.targets.date')}</Table.Th>
                <Table.Th scope="col">{t('tracking.targets.value')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('tracking.targets.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {own.map((target) => (
                <Table.Tr key={target.id}>
                  <Table.Td>{formatDate(target.date, language)}</Table.Td>
                  <Table.Td>{quantity(target.value)}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('tracking.targets.delete', { date: formatDate(target.date, language) })}
                      loading={remove.isPending && remove.variables?.id === target.id}
                      onClick={() => remove.mutate({ id: target.id })}
                    >
                      <TrashIcon />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <FormError error={remove.error} />
        <form onSubmit={editor.submit} noValidate aria-label={t('tracking.targets.addForm')}>
          <Stack gap="sm">
            <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
            <FormError error={editor.formError} />
            <Group align="flex-start" grow>
              <TextInput type="date" label={t('tracking.targets.date')} required {...editor.field('date')} />
              <NumberInput
                label={t('tracking.targets.value')}
                required
                hideControls
                {...numberInputSeparators(language)}
                {...editor.numberField('value')}
              />
            </Group>
            <Group justify="space-between">
              <Button type="submit" variant="light" leftSection={<PlusIcon />} loading={editor.saving}>
                {t('tracking.targets.add')}
              </Button>
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
