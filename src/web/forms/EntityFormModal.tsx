import { Button, Grid, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from './ConflictNotice';
import { FormError } from './FormError';
import type { EntityEditorStatus } from './useEntityEditor';

interface EntityFormModalProps {
  editor: EntityEditorStatus;
  title: string;
  onClose: () => void;
  size?: ModalProps['size'];
  /** Space between the fields; the compact forms (`sm`) also set the buttons apart. */
  gap?: 'sm' | 'md';
  /** Shown above the conflict notice and the form's fields (what the item belongs to, say). */
  intro?: ReactNode;
  /** Shown beside the form on wide screens, under it on narrow ones (the live SMART check). */
  aside?: ReactNode;
  /** The submit button's text; « Enregistrer » by default. */
  submitLabel?: string;
  /** Whether « Enregistrer » is off once the item turns out to be deleted meanwhile. */
  disableSaveWhenGone?: boolean;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * The frame of a create or edit form for one plan entity: the modal, the form, what the server
 * refused or someone else changed, the fields, and « Annuler » / « Enregistrer ».
 */
export function EntityFormModal(props: EntityFormModalProps) {
  const { editor, title, onClose, size, gap = 'md', intro, aside, submitLabel, disableSaveWhenGone = false } = props;
  const { t } = useTranslation();
  const form = (
    <form onSubmit={editor.submit} noValidate>
      <Stack gap={gap}>
        {intro}
        <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
        <FormError error={editor.formError} />
        {props.children}
        <Group justify="flex-end" mt={gap === 'sm' ? 'sm' : undefined}>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={editor.saving}
            disabled={disableSaveWhenGone ? editor.conflict === 'gone' : undefined}
          >
            {submitLabel ?? t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      {aside === undefined ? (
        form
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>{form}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <div style={{ position: 'sticky', top: 0 }}>{aside}</div>
          </Grid.Col>
        </Grid>
      )}
    </Modal>
  );
}
