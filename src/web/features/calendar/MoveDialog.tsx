import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItemEntity } from '../../../contract/entity-types.js';
import { isCalendarDate } from '../../forms/values';
import { longDay } from './calendarFormat';
import './texts';

interface MoveDialogProps {
  item: ContentItemEntity;
  locale: string;
  onMove: (day: string) => void;
  onClose: () => void;
}

/** The keyboard and menu way to reschedule an item: type its new publish date. */
export function MoveDialog({ item, locale, onMove, onClose }: MoveDialogProps) {
  const { t } = useTranslation();
  const [day, setDay] = useState(item.publishDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isCalendarDate(day)) {
      setError(day ? t('calendar.form.invalidDate') : t('form.required'));
      return;
    }
    onMove(day);
  };
  return (
    <Modal opened onClose={onClose} title={t('calendar.moveDialog.title', { title: item.title })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {item.publishDate
              ? t('calendar.moveDialog.current', { date: longDay(item.publishDate, locale) })
              : t('calendar.moveDialog.none')}
          </Text>
          <TextInput
            type="date"
            label={t('calendar.moveDialog.date')}
            required
            data-autofocus
            value={day}
            error={error}
            onChange={(event) => {
              setDay(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('calendar.moveDialog.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
