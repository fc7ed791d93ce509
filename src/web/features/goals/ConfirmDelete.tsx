import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../forms/FormError';

interface ConfirmDeleteProps {
  /** What is deleted, as the user knows it. */
  name: string;
  /** A consequence worth saying (the stages that go with a goal). */
  detail?: string | undefined;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting; the focus starts on « Annuler ». */
export function ConfirmDelete({ name, detail, pending, error, onConfirm, onCancel }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onCancel} title={t('common.confirmDelete')}>
      <Stack gap="md">
        <FormError error={error} />
        <Text size="sm">{t('common.confirmDeleteDescription', { name })}</Text>
        {detail && <Text size="sm">{detail}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {t('form.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
