import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PersonaEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { PersonaCard } from './PersonaCard';
import { PersonaEditor } from './PersonaEditor';
import './texts';

/** What the editor modal shows: nothing, a new persona, or an existing one. */
type Editing = { persona: PersonaEntity | null } | null;

/** The plan's personas (method step "know your target"), and the strategies that target each. */
export function PersonasPage() {
  const { t } = useTranslation();
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const personas = useCollectionQuery(planId, 'personas');
  const strategies = useCollectionQuery(planId, 'strategies');
  const [editing, setEditing] = useState<Editing>(null);
  const [toDelete, setToDelete] = useState<PersonaEntity | null>(null);
  const remove = useDeleteEntity(planId, 'personas');

  useScrollToHash(personas.isSuccess, { block: 'center' });

  const openDelete = (persona: PersonaEntity) => {
    remove.reset();
    setToDelete(persona);
  };
  const confirmDelete = () => {
    if (!toDelete) return;
    remove.mutate(toDelete, { onSuccess: () => setToDelete(null) });
  };

  const addButton = canEdit && <Button onClick={() => setEditing({ persona: null })}>{t('personas.add')}</Button>;
  const items = personas.data ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz="xl">
            {t('personas.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('personas.intro')}
          </Text>
        </div>
        {items.length > 0 && addButton}
      </Group>
      <WhyHow section="personas" />

      {personas.isPending && <PageSkeleton columns={{ base: 1, md: 2 }} blocks={[280, 280]} />}

      {personas.isError && <LoadError title={t('personas.loadError')} queries={[personas]} />}

      {personas.isSuccess && items.length === 0 && (
        <EmptyPanel
          title={t('personas.empty.title')}
          description={t('personas.empty.description')}
          icon={<PersonIcon />}
        >
          {addButton}
        </EmptyPanel>
      )}

      {items.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {items.map((persona) => (
            <PersonaCard
              key={persona.id}
              persona={persona}
              strategies={
                strategies.data ? strategies.data.filter((strategy) => strategy.personaIds.includes(persona.id)) : null
              }
              strategiesError={strategies.isError}
              onEdit={canEdit ? () => setEditing({ persona }) : undefined}
              onDelete={canEdit ? () => openDelete(persona) : undefined}
            />
          ))}
        </SimpleGrid>
      )}

      {canEdit && editing && (
        <PersonaEditor
          key={editing.persona?.id ?? 'new'}
          planId={planId}
          persona={editing.persona}
          onClose={() => setEditing(null)}
        />
      )}

      <ConfirmDeleteModal
        name={toDelete?.name ?? null}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setToDelete(null)}
        onConfirm={confirmDelete}
        centered
      />
    </Stack>
  );
}

function PersonIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
