import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../forms/FormError';

interface ConfirmDeleteModalProps {
  /** Name of the item to delete; the modal is open while it is set. */
  name: string | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting an item, naming it (objectives, OKRs, key results, check-ins). */
export function ConfirmDeleteModal({ name, pending, error, onConfirm, onClose }: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={name !== null} onClose={onClose} title={t('common.confirmDelete')}>
      <Stack gap="md">
        <FormError error={error} />
        <Text size="sm">{t('common.confirmDeleteDescription', { name: name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
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
