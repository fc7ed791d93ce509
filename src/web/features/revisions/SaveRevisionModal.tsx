import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { serverFieldErrors } from '../auth/validation';
import { RefusalAlert } from './RefusalAlert';
import { MESSAGE_MAX_LENGTH, useSaveRevision, type Revision } from './useRevisions';
import './texts';

interface SaveRevisionModalProps {
  planId: string;
  onClose: () => void;
  onSaved: (revision: Revision) => void;
  /** Reloads the history after a refusal because another revision took the number (409). */
  onReload: () => Promise<unknown>;
}

/** Asks for the message that names the revision, then saves the plan as it is now. */
export function SaveRevisionModal({ planId, onClose, onSaved, onReload }: SaveRevisionModalProps) {
  const { t } = useTranslation();
  const save = useSaveRevision(planId);
  const [message, setMessage] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [reloading, setReloading] = useState(false);
  const length = message.trim().length;

  const validate = (): string | undefined => {
    if (length === 0) return t('form.required');
    if (length > MESSAGE_MAX_LENGTH) return t('revisions.save.tooLong', { max: MESSAGE_MAX_LENGTH, count: length });
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setFieldError(found);
    save.reset();
    if (found) return;
    save.mutate(message.trim(), {
      onSuccess: onSaved,
      onError: (error) => {
        if (isApiError(error)) setFieldError(serverFieldErrors(t, error, ['message']).message);
      },
    });
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      save.reset();
    } finally {
      setReloading(false);
    }
  };

  // A refusal on the message itself is shown on the field; any other one above the form.
  const formError = save.error && !fieldError ? save.error : null;

  return (
    <Modal opened onClose={onClose} title={t('revisions.save.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <RefusalAlert error={formError} onReload={() => void reload()} reloading={reloading} />
          <Text size="sm">{t('revisions.save.intro')}</Text>
          <Textarea
            label={t('revisions.save.message')}
            description={t('revisions.save.messageDescription')}
            placeholder={t('revisions.save.placeholder')}
            required
            autosize
            minRows={2}
            maxRows={6}
            data-autofocus
            value={message}
            error={fieldError}
            onChange={(event) => {
              setMessage(event.currentTarget.value);
              setFieldError(undefined);
            }}
          />
          <Text size="xs" c={length > MESSAGE_MAX_LENGTH ? 'red' : 'dimmed'} ta="right" mt={-8}>
            {t('revisions.save.counter', { count: length, max: MESSAGE_MAX_LENGTH })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('revisions.save.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
