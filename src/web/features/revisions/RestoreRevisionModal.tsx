import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from './format';
import { RefusalAlert } from './RefusalAlert';
import { useRestoreRevision, type Revision } from './useRevisions';
import './texts';

interface RestoreRevisionModalProps {
  planId: string;
  workspaceId: string;
  revision: Revision;
  onClose: () => void;
  onRestored: (restored: Revision) => void;
  /** Closes the dialog and shows the diff from this revision to the current plan. */
  onCompare: () => void;
  onReload: () => Promise<unknown>;
}

/**
 * Confirms a restore, saying what happens: the plan's content is replaced by the revision, and
 * the server first saves the current state as a revision of its own (revisions.service.ts).
 */
export function RestoreRevisionModal(props: RestoreRevisionModalProps) {
  const { planId, workspaceId, revision, onClose, onRestored, onCompare, onReload } = props;
  const { t, i18n } = useTranslation();
  const restore = useRestoreRevision(planId, workspaceId);
  const [reloading, setReloading] = useState(false);
  const number = revision.number;

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      restore.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('revisions.restore.title', { number })}>
      <Stack gap="md">
        <RefusalAlert error={restore.error} onReload={() => void reload()} reloading={reloading} />
        <Text size="sm">
          {t('revisions.restore.replaced', {
            number,
            date: formatInstant(revision.createdAt, i18n.resolvedLanguage ?? 'fr'),
            message: revision.message,
          })}
        </Text>
        <Text size="sm">{t('revisions.restore.safe', { number })}</Text>
        <Group justify="space-between">
          <Button variant="subtle" onClick={onCompare}>
            {t('revisions.restore.compareFirst')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              loading={restore.isPending}
              onClick={() => restore.mutate(revision, { onSuccess: onRestored })}
            >
              {t('revisions.restore.confirm', { number })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
