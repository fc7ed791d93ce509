import { Alert, Button, Group, List, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionEntity } from '../../../contract/entity-types.js';
import type { ActionDates } from './constraints';
import './texts';

export interface DateIssue {
  /** The field the issue is about, or none for a dependency. */
  field: 'startDate' | 'dueDate' | null;
  message: string;
}

interface DatesDialogProps {
  action: ActionEntity;
  initial: ActionDates;
  /** What would refuse these dates (client-side rules), or an empty list. */
  check: (next: ActionDates) => DateIssue[];
  onSave: (next: ActionDates) => void;
  onClose: () => void;
}

/** Typing an action's dates: the keyboard alternative to dragging, and how an unscheduled action gets dates. */
export function DatesDialog({ action, initial, check, onSave, onClose }: DatesDialogProps) {
  const { t } = useTranslation();
  const [startDate, setStartDate] = useState(initial.startDate ?? '');
  const [dueDate, setDueDate] = useState(initial.dueDate ?? '');
  const [issues, setIssues] = useState<DateIssue[]>([]);
  const showStart = !action.isMilestone || Boolean(initial.startDate);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: ActionDates = { startDate: startDate || null, dueDate: dueDate || null };
    const found = check(next);
    setIssues(found);
    if (found.length === 0) onSave(next);
  };
  const fieldError = (field: DateIssue['field']) =>
    issues
      .filter((issue) => issue.field === field)
      .map((issue) => issue.message)
      .join(' ') || undefined;
  const general = issues.filter((issue) => issue.field === null);

  return (
    <Modal opened onClose={onClose} title={t('gantt.dialog.title', { title: action.title })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {general.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {general.length === 1 ? (
                general[0]?.message
              ) : (
                <List size="sm">
                  {general.map((issue) => (
                    <List.Item key={issue.message}>{issue.message}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {showStart && (
            <TextInput
              type="date"
              label={t('gantt.dialog.start')}
              required={!action.isMilestone}
              value={startDate}
              error={fieldError('startDate')}
              onChange={(event) => setStartDate(event.currentTarget.value)}
              data-autofocus
            />
          )}
          <TextInput
            type="date"
            label={action.isMilestone ? t('gantt.dialog.milestoneDue') : t('gantt.dialog.due')}
            required
            value={dueDate}
            error={fieldError('dueDate')}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            data-autofocus={showStart ? undefined : true}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('form.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
