import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../forms/FormError';

interface ConfirmDeleteModalProps {
  /** What is deleted, as the user knows it; the modal is open while it is set. */
  name: string | null;
  /** A consequence worth saying (the stages that go with a goal). */
  detail?: string | undefined;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** In the middle of the screen rather than near the top. */
  centered?: boolean;
}

/** Asks before deleting an item, naming it; the focus starts on « Annuler ». */
export function ConfirmDeleteModal(props: ConfirmDeleteModalProps) {
  const { name, detail, pending, error, onConfirm, onClose, centered } = props;
  const { t } = useTranslation();
  return (
    <Modal opened={name !== null} onClose={onClose} title={t('common.confirmDelete')} centered={centered}>
      <Stack gap="md">
        <FormError error={error} />
        <Text size="sm">{t('common.confirmDeleteDescription', { name: name ?? '' })}</Text>
        {detail && <Text size="sm">{detail}</Text>}
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
