import { Divider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { useSession } from '../auth/useSession';
import { usePlanQuery } from '../overview/usePlanOverview';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { PositioningSection } from './PositioningSection';
import type { Quadrant } from './reorder';
import { SwotBoard } from './SwotBoard';
import { SwotItemEditor } from './SwotItemEditor';
import { TowsPanel } from './TowsPanel';
import './texts';

type Editing = { item: SwotItemEntity | null; quadrant: Quadrant } | null;

/** Method step "SWOT and positioning": the SWOT board, the TOWS suggestions it gives, the positioning. */
export function SwotPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const { memberships } = useSession();
  const plan = usePlanQuery(planId);
  const items = useCollectionQuery(planId, 'swot-items');
  const [editing, setEditing] = useState<Editing>(null);
  const [toDelete, setToDelete] = useState<SwotItemEntity | null>(null);
  const remove = useDeleteEntity(planId, 'swot-items');

  useScrollToHash(items.isSuccess, { block: 'center' });

  const uiLanguage = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const brand =
    memberships.find((m) => m.workspace.id === workspaceId)?.workspace.name ?? t('swot.positioning.brandFallback');

  const openDelete = (item: SwotItemEntity) => {
    remove.reset();
    setToDelete(item);
  };
  const confirmDelete = () => {
    if (!toDelete) return;
    remove.mutate(toDelete, { onSuccess: () => setToDelete(null) });
  };

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <div>
          <Title order={2} fz="xl">
            {t('swot.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('swot.intro')}
          </Text>
          {canEdit && items.data && items.data.length > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('swot.dragHint')}
            </Text>
          )}
        </div>
        <WhyHow section="swot" />

        {items.isPending && <PageSkeleton columns={{ base: 1, md: 2 }} blocks={[180, 180, 180, 180]} />}

        {items.isError && <LoadError title={t('swot.loadError')} queries={[items]} />}

        {items.data && items.data.length === 0 && (
          <EmptyPanel
            title={t('swot.empty.title')}
            description={t('swot.empty.description')}
            icon={<GridIcon />}
            order={3}
          />
        )}

        {items.data && (
          <SwotBoard
            planId={planId}
            items={items.data}
            canEdit={canEdit}
            onAdd={(quadrant) => setEditing({ item: null, quadrant })}
            onEdit={(item) => setEditing({ item, quadrant: item.quadrant })}
            onDelete={openDelete}
          />
        )}
      </Stack>

      {items.data && (
        <>
          <Divider />
          <TowsPanel items={items.data} />
        </>
      )}

      <Divider />
      <PositioningSection planId={planId} canEdit={canEdit} brand={brand} language={plan.data?.locale ?? uiLanguage} />

      {canEdit && editing && (
        <SwotItemEditor
          key={editing.item?.id ?? `new-${editing.quadrant}`}
          planId={planId}
          item={editing.item}
          quadrant={editing.quadrant}
          onClose={() => setEditing(null)}
        />
      )}

      <ConfirmDeleteModal
        name={toDelete?.title ?? null}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setToDelete(null)}
        onConfirm={confirmDelete}
        centered
      />
    </Stack>
  );
}

function GridIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
    </svg>
  );
}
