import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { languageOf } from '../objectives/format';
import { planPath } from '../plan/planPaths';
import { ExperimentEditModal } from './ExperimentEditModal';
import type { LinkOptions } from './ExperimentFields';
import { useDeleteExperiment, type AnalysisArm } from './experimentsApi';
import { formatPercent, versionLabel } from './format';
import { VariantsEditModal } from './VariantsEditModal';
import './texts';

interface ManageButtonsProps extends LinkOptions {
  workspaceId: string;
  planId: string;
  experiment: ExperimentEntity;
  /** Whether its details may still change (not once decided). */
  editable: boolean;
  /** Reads the test again after a conflict; the edit dialog then starts over from what it now says. */
  onReload: () => Promise<ExperimentEntity | undefined>;
}

/** Editing the test's details and deleting the test (with its versions and results). */
export function ManageButtons({ workspaceId, planId, experiment, editable, onReload, ...links }: ManageButtonsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteExperiment(planId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // After a reload, a new dialog on the test as read again (the page may not have re-rendered with it yet).
  const [reloaded, setReloaded] = useState<{ experiment: ExperimentEntity; generation: number } | null>(null);
  return (
    <Group gap="xs">
      {editable && (
        <Button
          variant="default"
          leftSection={<PencilIcon />}
          onClick={() => {
            setReloaded(null);
            setEditing(true);
          }}
        >
          {t('experiments.edit.open')}
        </Button>
      )}
      <Button
        variant="subtle"
        color="red"
        leftSection={<TrashIcon />}
        onClick={() => {
          remove.reset();
          setDeleting(true);
        }}
      >
        {t('experiments.delete.open')}
      </Button>
      {editing && (
        <ExperimentEditModal
          key={reloaded?.generation ?? 0}
          planId={planId}
          experiment={reloaded?.experiment ?? experiment}
          onClose={() => setEditing(false)}
          onReload={() =>
            void onReload().then((fresh) => {
              if (fresh) setReloaded((current) => ({ experiment: fresh, generation: (current?.generation ?? 0) + 1 }));
            })
          }
          {...links}
        />
      )}
      <ConfirmDeleteModal
        name={deleting ? experiment.name : null}
        detail={t('experiments.delete.detail')}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(experiment.id, {
            onSuccess: () => void navigate(planPath(workspaceId, planId, 'experiments')),
          })
        }
      />
    </Group>
  );
}

interface VariantsSectionProps {
  planId: string;
  experiment: ExperimentEntity;
  variants: readonly ExperimentVariantEntity[];
  arms: readonly AnalysisArm[];
  canEdit: boolean;
  /** Reads the versions again after a conflict; the dialog then starts over from them. */
  onReload: () => Promise<readonly ExperimentVariantEntity[] | undefined>;
}

/** The versions compared and their planned share of traffic; editable while the test is a draft. */
export function VariantsSection({ planId, experiment, variants, arms, canEdit, onReload }: VariantsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [reloaded, setReloaded] = useState<{
    variants: readonly ExperimentVariantEntity[];
    generation: number;
  } | null>(null);
  const totalWeight = variants.reduce((sum, variant) => sum + variant.weight, 0);
  const editable = canEdit && experiment.status === 'draft';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} fz="md" id={titleId}>
            {t('experiments.variants.title')}
          </Title>
          {editable && (
            <Button
              variant="light"
              size="xs"
              leftSection={<PencilIcon />}
              onClick={() => {
                setReloaded(null);
                setEditing(true);
              }}
            >
              {t('experiments.variants.edit')}
            </Button>
          )}
        </Group>
        <Table aria-label={t('experiments.variants.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('experiments.results.arm')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experiments.variants.share')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {variants.map((variant) => (
              <Table.Tr key={variant.id}>
                <Table.Th scope="row">
                  {versionLabel(variant.name, variant.isControl, t('experiments.form.control'))}
                </Table.Th>
                <Table.Td ta="right">
                  {totalWeight > 0 ? formatPercent(variant.weight / totalWeight, language, 1) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canEdit && experiment.status !== 'draft' && experiment.status !== 'decided' && (
          <Text size="xs" c="dimmed">
            {t('experiments.variants.draftOnly')}
          </Text>
        )}
      </Stack>
      {editing && (
        <VariantsEditModal
          key={reloaded?.generation ?? 0}
          planId={planId}
          experimentId={experiment.id}
          variants={reloaded?.variants ?? variants}
          arms={arms}
          onClose={() => setEditing(false)}
          onReload={() =>
            void onReload().then((fresh) => {
              if (fresh) setReloaded((current) => ({ variants: fresh, generation: (current?.generation ?? 0) + 1 }));
            })
          }
        />
      )}
    </Paper>
  );
}
