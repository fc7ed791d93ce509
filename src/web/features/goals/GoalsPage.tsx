import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BusinessGoalEntity, FunnelStageEntity } from '../../../contract/entity-types.js';
import type { AlignmentReport } from '../../../core/funnel/index.js';
import { useCollectionQuery, useDeleteEntity, useUpdateEntity } from '../../api/collections';
import { FormError } from '../../forms/FormError';
import { formatDate } from '../../i18n/format';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { alignmentByGoal, formatRelativeChange, formatValue, stagesOf, type Language } from './alignment';
import { AlignmentSummary } from './AlignmentSummary';
import { FunnelTable } from './FunnelTable';
import { GoalForm } from './GoalForm';
import { StageForm } from './StageForm';
import { moveStage } from './stageOrder';
import './texts';

type Editing =
  | { type: 'goal'; goal: BusinessGoalEntity | null }
  | { type: 'stage'; goal: BusinessGoalEntity; stage: FunnelStageEntity | null }
  | null;

type Deleting = { type: 'goal'; goal: BusinessGoalEntity } | { type: 'stage'; stage: FunnelStageEntity } | null;

/**
 * Step 1 of the method: the plan's business goals, each with its funnel model and the live check
 * that the funnel's targets multiply out to the goal.
 */
export function GoalsPage() {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const goalsQuery = useCollectionQuery(planId, 'business-goals');
  const stagesQuery = useCollectionQuery(planId, 'funnel-stages');
  const goals = goalsQuery.data;
  const stages = stagesQuery.data;
  const reports = useMemo(() => (goals && stages ? alignmentByGoal(goals, stages) : null), [goals, stages]);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const deleteGoal = useDeleteEntity(planId, 'business-goals');
  const deleteStage = useDeleteEntity(planId, 'funnel-stages');
  const mover = useStageMover(planId, stages);
  useScrollToHash(Boolean(goals && stages), { moveFocus: false });

  if (goalsQuery.isPending || stagesQuery.isPending) {
    return <PageSkeleton blocks={[{ height: 32, width: '40%' }, 220, 220]} />;
  }
  if (goalsQuery.isError || stagesQuery.isError) {
    return <LoadError title={t('goals.loadError')} queries={[goalsQuery, stagesQuery]} />;
  }

  const allGoals = goalsQuery.data;
  const allStages = stagesQuery.data;
  const addGoal = () => setEditing({ type: 'goal', goal: null });
  const closeDelete = () => {
    deleteGoal.reset();
    deleteStage.reset();
    setDeleting(null);
  };
  const confirmDelete = () => {
    if (deleting?.type === 'goal') deleteGoal.mutate(deleting.goal, { onSuccess: closeDelete });
    if (deleting?.type === 'stage') deleteStage.mutate(deleting.stage, { onSuccess: closeDelete });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2} fz="xl">
            {t('goals.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('goals.intro')}
          </Text>
        </div>
        {canEdit && allGoals.length > 0 && <Button onClick={addGoal}>{t('goals.add')}</Button>}
      </Group>
      <WhyHow section="goals" />

      {allGoals.length === 0 ? (
        <EmptyPanel
          order={3}
          title={t('goals.empty.title')}
          description={canEdit ? t('goals.empty.description') : t('goals.empty.viewer')}
          icon={<TargetIcon />}
        >
          {canEdit && <Button onClick={addGoal}>{t('goals.add')}</Button>}
        </EmptyPanel>
      ) : (
        <>
          <Alert variant="light" color="blue" title={t('goals.funnelHelpTitle')}>
            {t('goals.funnelHelp')}
          </Alert>
          <Stack gap="lg" component="section" aria-label={t('goals.list')}>
            {allGoals.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                stages={stagesOf(goal.id, allStages)}
                report={reports?.get(goal.id) ?? null}
                lang={lang}
                canEdit={canEdit}
                moving={mover.moving}
                moveError={mover.error?.goalId === goal.id ? mover.error.error : null}
                onEdit={() => setEditing({ type: 'goal', goal })}
                onDelete={() => setDeleting({ type: 'goal', goal })}
                onAddStage={() => setEditing({ type: 'stage', goal, stage: null })}
                onEditStage={(stage) => setEditing({ type: 'stage', goal, stage })}
                onDeleteStage={(stage) => setDeleting({ type: 'stage', stage })}
                onMoveStage={(index, delta) => mover.move(goal.id, index, delta)}
              />
            ))}
          </Stack>
        </>
      )}

      {editing?.type === 'goal' && (
        <GoalForm
          planId={planId}
          goal={editing.goal}
          goals={allGoals}
          stages={allStages}
          lang={lang}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.type === 'stage' && (
        <StageForm
          planId={planId}
          goal={editing.goal}
          stage={editing.stage}
          goals={allGoals}
          stages={allStages}
          lang={lang}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDeleteModal
          name={deleting.type === 'goal' ? deleting.goal.title : deleting.stage.name}
          detail={
            deleting.type === 'goal' && stagesOf(deleting.goal.id, allStages).length > 0
              ? t('goals.card.deleteStages', { stages: stagesOf(deleting.goal.id, allStages).length })
              : undefined
          }
          pending={deleteGoal.isPending || deleteStage.isPending}
          error={deleteGoal.error ?? deleteStage.error}
          onConfirm={confirmDelete}
          onClose={closeDelete}
        />
      )}
    </Stack>
  );
}

interface GoalCardProps {
  goal: BusinessGoalEntity;
  stages: FunnelStageEntity[];
  report: AlignmentReport | null;
  lang: Language;
  canEdit: boolean;
  moving: boolean;
  moveError: unknown;
  onEdit: () => void;
  onDelete: () => void;
  onAddStage: () => void;
  onEditStage: (stage: FunnelStageEntity) => void;
  onDeleteStage: (stage: FunnelStageEntity) => void;
  onMoveStage: (index: number, delta: -1 | 1) => void;
}

function GoalCard(props: GoalCardProps) {
  const { goal, stages, report, lang, canEdit } = props;
  const { t } = useTranslation();
  const titleId = `goal-title-${goal.id}`;
  const unknown = t('goals.card.unknown');
  const change = formatRelativeChange(goal.baseline, goal.target, lang);
  return (
    <Paper withBorder p="md" component="article" id={`entity-${goal.key}`} aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={3} fz="lg" id={titleId}>
                {goal.title}
              </Title>
              <Badge variant="outline" color="gray">
                {t(`goals.kind.${goal.kind}`)}
              </Badge>
            </Group>
            {goal.description && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {goal.description}
              </Text>
            )}
          </Stack>
          {canEdit && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="compact-sm"
                variant="default"
                aria-label={t('goals.card.edit', { name: goal.title })}
                onClick={props.onEdit}
              >
                {t('form.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={t('goals.card.delete', { name: goal.title })}
                onClick={props.onDelete}
              >
                {t('form.delete')}
              </Button>
            </Group>
          )}
        </Group>

        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Figure label={t('goals.card.baseline')} value={formatValue(goal.baseline, goal.unit, lang) ?? unknown} />
          <Figure label={t('goals.card.target')} value={formatValue(goal.target, goal.unit, lang) ?? unknown} />
          <Figure label={t('goals.card.change')} value={change ?? '—'} strong />
        </SimpleGrid>
        <Group gap="lg">
          {goal.metric && <Text size="sm">{t('goals.card.metric', { metric: goal.metric })}</Text>}
          <Text size="sm">
            {goal.deadline
              ? t('goals.card.deadline', { date: formatDate(goal.deadline, lang) })
              : t('goals.card.noDeadline')}
          </Text>
        </Group>

        {report && (
          <Paper p="sm" radius="sm" bg="var(--mantine-color-default-hover)">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={6}>
              {t('goals.alignment.label')}
            </Text>
            <AlignmentSummary report={report} lang={lang} />
          </Paper>
        )}

        <Stack gap="xs">
          <Group justify="space-between" gap="sm">
            <Title order={4} fz="md">
              {t('goals.funnel.title')}
            </Title>
            {canEdit && stages.length > 0 && (
              <Button size="compact-sm" variant="light" onClick={props.onAddStage}>
                {t('goals.funnel.addStage')}
              </Button>
            )}
          </Group>
          <FormError error={props.moveError} />
          {stages.length > 0 ? (
            <FunnelTable
              goalTitle={goal.title}
              stages={stages}
              lang={lang}
              canEdit={canEdit}
              moving={props.moving}
              onMove={props.onMoveStage}
              onEdit={props.onEditStage}
              onDelete={props.onDeleteStage}
            />
          ) : canEdit ? (
            <Paper withBorder p="md" style={{ borderStyle: 'dashed' }}>
              <Stack gap="xs" align="flex-start">
                <Text fw={600} size="sm">
                  {t('goals.funnel.emptyTitle')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('goals.funnel.emptyDescription')}
                </Text>
                <Button size="xs" variant="light" onClick={props.onAddStage}>
                  {t('goals.funnel.addStage')}
                </Button>
              </Stack>
            </Paper>
          ) : (
            <Text size="sm" c="dimmed">
              {t('goals.funnel.viewerEmpty')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={strong ? 700 : 500}>
        {value}
      </Text>
    </div>
  );
}

/**
 * Moves a stage one place up or down by patching positions, then puts the focus back on the
 * moved stage's button (or its other arrow when it reached an end) once the list is reloaded.
 */
function useStageMover(planId: string, stages: FunnelStageEntity[] | undefined) {
  const update = useUpdateEntity(planId, 'funnel-stages');
  const [moving, setMoving] = useState(false);
  const [error, setError] = useState<{ goalId: string; error: unknown } | null>(null);
  const focusAfter = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || moving) return;
    focusAfter.current = null;
    const other = target.direction === 'up' ? 'down' : 'up';
    const button = (direction: string) =>
      document.querySelector<HTMLButtonElement>(`[data-move="${target.id}:${direction}"]`);
    const preferred = button(target.direction);
    (preferred && !preferred.disabled ? preferred : button(other))?.focus();
  }, [stages, moving]);

  const move = async (goalId: string, index: number, delta: -1 | 1) => {
    const goalStages = stagesOf(goalId, stages ?? []);
    const moved = goalStages[index];
    const patches = moveStage(goalStages, index, delta);
    if (!moved || patches.length === 0) return;
    setError(null);
    setMoving(true);
    focusAfter.current = { id: moved.id, direction: delta < 0 ? 'up' : 'down' };
    try {
      for (const patch of patches) await update.mutateAsync(patch);
    } catch (caught) {
      setError({ goalId, error: caught });
    } finally {
      setMoving(false);
    }
  };

  return { moving, error, move: (goalId: string, index: number, delta: -1 | 1) => void move(goalId, index, delta) };
}

function TargetIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="12" cy="12" r="1.5" fill="currentColor" />
    </svg>
  );
}
