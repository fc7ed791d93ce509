import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLineEntity, SpendEntryEntity } from '../../../contract/entity-types.js';
import { useDeleteEntity } from '../../api/collections';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { PencilIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import { numberInputSeparators } from '../objectives/format';
import { spendBody, spendErrors, spendValues, type SpendValues } from './budgetForm';
import type { BudgetFormat } from './format';
import { RefusalAlert } from './RefusalAlert';
import './texts';

interface SpendEntriesModalProps {
  planId: string;
  line: BudgetLineEntity;
  entries: readonly SpendEntryEntity[];
  canEdit: boolean;
  fmt: BudgetFormat;
  onClose: () => void;
}

/** What was committed or spent on one budget line, dated; editors add, correct and remove entries. */
export function SpendEntriesModal({ planId, line, entries, canEdit, fmt, onClose }: SpendEntriesModalProps) {
  const { t } = useTranslation();
  // null: no form; 'new': adding; an entry: editing it.
  const [editing, setEditing] = useState<SpendEntryEntity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useDeleteEntity(planId, 'spend-entries');
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const sum = (kind: SpendEntryEntity['kind']) =>
    entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + entry.amount, 0);

  return (
    <Modal opened onClose={onClose} title={t('budget.spend.title', { name: line.label })} size="xl">
      <Stack gap="md">
        <Text size="sm">
          {t('budget.spend.totals', { committed: fmt.money(sum('committed')), actual: fmt.money(sum('actual')) })}
        </Text>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('budget.spend.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped aria-label={t('budget.spend.tableLabel', { name: line.label })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('budget.spend.date')}</Table.Th>
                  <Table.Th scope="col">{t('budget.spend.kind')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('budget.spend.amount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('budget.spend.note')}</Table.Th>
                  {canEdit && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('budget.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((entry) => {
                  const date = formatDate(entry.date, fmt.language);
                  return (
                    <Table.Tr key={entry.id}>
                      <Table.Td>{date}</Table.Td>
                      <Table.Td>{t(`budget.spend.kinds.${entry.kind}`)}</Table.Td>
                      <Table.Td ta="right">{fmt.money(entry.amount)}</Table.Td>
                      <Table.Td>{entry.note}</Table.Td>
                      {canEdit && (
                        <Table.Td>
                          {deleting === entry.id ? (
                            <Group gap={4} wrap="nowrap">
                              <Button size="compact-xs" variant="default" onClick={() => setDeleting(null)}>
                                {t('common.cancel')}
                              </Button>
                              <Button
                                size="compact-xs"
                                color="red"
                                loading={remove.isPending}
                                onClick={() => remove.mutate({ id: entry.id }, { onSuccess: () => setDeleting(null) })}
                              >
                                {t('budget.spend.confirmDelete', { date })}
                              </Button>
                            </Group>
                          ) : (
                            <Group gap={4} wrap="nowrap">
                              <ActionIcon
                                variant="subtle"
                                size="sm"
                                aria-label={t('budget.spend.edit', { date })}
                                onClick={() => setEditing(entry)}
                              >
                                <PencilIcon />
                              </ActionIcon>
                              <ActionIcon
                                variant="subtle"
                                size="sm"
                                color="red"
                                aria-label={t('budget.spend.delete', { date })}
                                onClick={() => {
                                  remove.reset();
                                  setDeleting(entry.id);
                                }}
                              >
                                <TrashIcon />
                              </ActionIcon>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <RefusalAlert error={remove.error} />
        {canEdit &&
          (editing === null ? (
            <Group>
              <Button leftSection={<PlusIcon />} variant="light" onClick={() => setEditing('new')}>
                {t('budget.spend.add')}
              </Button>
            </Group>
          ) : (
            <SpendForm
              key={editing === 'new' ? 'new' : editing.id}
              planId={planId}
              lineId={line.id}
              entity={editing === 'new' ? null : editing}
              fmt={fmt}
              onDone={() => setEditing(null)}
            />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface SpendFormProps {
  planId: string;
  lineId: string;
  entity: SpendEntryEntity | null;
  fmt: BudgetFormat;
  onDone: () => void;
}

function SpendForm({ planId, lineId, entity, fmt, onDone }: SpendFormProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor<'spend-entries', SpendValues>({
    planId,
    collection: 'spend-entries',
    entity,
    initialValues: spendValues(entity, todayLocal()),
    validate: (values) => spendErrors(t, values),
    toBody: (values) => spendBody(values, lineId),
    onSaved: onDone,
  });
  const { values, setValue, errors, field, numberField } = editor;
  return (
    <form
      onSubmit={editor.submit}
      noValidate
      aria-label={t(entity ? 'budget.spend.editTitle' : 'budget.spend.addTitle')}
    >
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t(entity ? 'budget.spend.editTitle' : 'budget.spend.addTitle')}
        </Text>
        <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
        <FormError error={editor.formError} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput type="date" label={t('budget.spend.date')} required data-autofocus {...field('date')} />
          <NativeSelect
            label={t('budget.spend.kind')}
            name="kind"
            value={values.kind}
            error={errors.kind}
            data={(['actual', 'committed'] as const).map((kind) => ({
              value: kind,
              label: t(`budget.spend.kinds.${kind}`),
            }))}
            onChange={(event) => setValue('kind', event.currentTarget.value as SpendValues['kind'])}
          />
          <NumberInput
            label={t('budget.spend.amountInput', { currency: fmt.currency })}
            required
            hideControls
            min={0}
            decimalScale={2}
            {...numberInputSeparators(fmt.language)}
            {...numberField('amount')}
          />
          <TextInput label={t('budget.spend.note')} maxLength={500} {...field('note')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={editor.saving}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
