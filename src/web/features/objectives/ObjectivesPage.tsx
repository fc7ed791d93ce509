import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Collapse,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BusinessGoalEntity, ObjectiveEntity } from '../../../contract/entity-types.js';
import { lintObjective, type SmartReport } from '../../../core/smart/index.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { BalanceChart, TYPE_COLORS } from './BalanceChart';
import { formatQuantity, languageOf, type Language } from './format';
import { PencilIcon, PlusIcon, TargetIcon, TrashIcon } from '../../ui/icons';
import { ObjectiveEditorModal } from './ObjectiveEditorModal';
import { entityObjective, OBJECTIVE_TYPES, typeBalance, type ObjectiveType } from './objectiveForm';
import { overallStatus, SmartChips, SmartCriteriaList, STATUS_COLORS } from './SmartCheck';
import { useSmartReport } from './useSmartReport';
import './texts';

type Editing = { entity: ObjectiveEntity | null; type: ObjectiveType };

/** The plan's SMART objectives by type, their SMART check, and the balance of the four types. */
export function ObjectivesPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const objectives = useCollectionQuery(planId, 'objectives');
  const goals = useCollectionQuery(planId, 'business-goals');
  const smart = useSmartReport(planId);
  const remove = useDeleteEntity(planId, 'objectives');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<ObjectiveEntity | null>(null);

  const goalList = useMemo(() => goals.data ?? [], [goals.data]);
  const reports = useMemo(() => {
    // The engine's report also reads the KPI measurements (achievable); the same lint runs here
    // for an objective it does not cover yet (just saved, or the report failed).
    const byKey = new Map((smart.data?.items ?? []).map((report) => [report.objective, report]));
    const goalKeyById = new Map(goalList.map((goal) => [goal.id, goal.key]));
    const context = {
      today: todayLocal(),
      businessGoalKeys: new Set(goalKeyById.values()),
      businessGoalTitles: new Map(goalList.map((goal) => [goal.key, goal.title])),
    };
    return new Map(
      (objectives.data ?? []).map((objective) => [
        objective.id,
        byKey.get(objective.key) ?? lintObjective(entityObjective(objective, goalKeyById), context),
      ]),
    );
  }, [smart.data, objectives.data, goalList]);

  useScrollToHash(Boolean(objectives.data && goals.data));

  if (objectives.isPending || goals.isPending) {
    return <PageSkeleton blocks={[{ height: 32, width: '40%' }, 140, 140]} />;
  }
  if (objectives.isError || goals.isError) {
    return <LoadError title={t('objectives.loadError')} queries={[objectives, goals]} />;
  }

  const list = objectives.data;
  const create = (type: ObjectiveType = 'awareness') => setEditing({ entity: null, type });
  const balance = typeBalance(list);
  const smartCount = list.filter((objective) => reports.get(objective.id)?.passed).length;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('objectives.title')}
        intro={t('objectives.intro')}
        action={
          canEdit &&
          list.length > 0 && (
            <Button leftSection={<PlusIcon />} onClick={() => create()}>
              {t('objectives.add')}
            </Button>
          )
        }
      >
        {list.length > 0 && (
          <Text size="sm" mt={4}>
            {t('objectives.smartCount', { count: smartCount, total: list.length })}
          </Text>
        )}
      </PageHeader>
      <WhyHow section="objectives" />

      {list.length === 0 ? (
        <EmptyPanel
          title={t('objectives.empty.title')}
          description={t('objectives.empty.description')}
          icon={<TargetIcon />}
        >
          {canEdit && (
            <Button leftSection={<PlusIcon />} onClick={() => create()}>
              {t('objectives.add')}
            </Button>
          )}
        </EmptyPanel>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <BalanceChart balance={balance} language={language} onCreate={canEdit ? create : undefined} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              {OBJECTIVE_TYPES.map((type) => {
                const ofType = list.filter((objective) => objective.type === type);
                if (ofType.length === 0) return null;
                return (
                  <TypeGroup key={type} type={type} count={ofType.length}>
                    {ofType.map((objective) => (
                      <ObjectiveCard
                        key={objective.id}
                        objective={objective}
                        report={reports.get(objective.id) ?? null}
                        goals={goalList}
                        language={language}
                        workspaceId={workspaceId}
                        planId={planId}
                        canEdit={canEdit}
                        onEdit={() => setEditing({ entity: objective, type: objective.type })}
                        onDelete={() => {
                          remove.reset();
                          setDeleting(objective);
                        }}
                      />
                    ))}
                  </TypeGroup>
                );
              })}
            </Stack>
          </Grid.Col>
        </Grid>
      )}

      {editing && (
        <ObjectiveEditorModal
          planId={planId}
          entity={editing.entity}
          initialType={editing.type}
          goals={goalList}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDeleteModal
        name={deleting?.title ?? null}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      />
    </Stack>
  );
}

function TypeGroup({ type, count, children }: { type: ObjectiveType; count: number; children: React.ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb={4}>
        <Title order={3} fz="lg" id={headingId}>
          {t(`objectives.types.${type}`)}
        </Title>
        <Badge color={TYPE_COLORS[type]} variant="light" circle aria-hidden="true">
          {count}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`objectives.typeHelp.${type}`)}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {children}
      </Stack>
    </section>
  );
}

interface ObjectiveCardProps {
  objective: ObjectiveEntity;
  report: SmartReport | null;
  goals: readonly BusinessGoalEntity[];
  language: Language;
  workspaceId: string;
  planId: string;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

function ObjectiveCard(props: ObjectiveCardProps) {
  const { objective, report, goals, language, canEdit } = props;
  const { t } = useTranslation();
  const [detailsOpen, details] = useDisclosure(false);
  const detailsId = useId();
  const linkedGoals = objective.businessGoalIds
    .map((id) => goals.find((goal) => goal.id === id))
    .filter((goal): goal is BusinessGoalEntity => goal !== undefined);
  const status = report ? overallStatus(report) : null;

  return (
    <Paper component="li" withBorder p="md" id={`entity-${objective.key}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} fz="md">
            {objective.title}
          </Title>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {status && (
              <Badge color={STATUS_COLORS[status]} variant="light">
                {t(`objectives.smart.overall.${status}`)}
              </Badge>
            )}
            {canEdit && (
              <>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('objectives.card.edit', { name: objective.title })}
                  onClick={props.onEdit}
                >
                  <PencilIcon />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('objectives.card.delete', { name: objective.title })}
                  onClick={props.onDelete}
                >
                  <TrashIcon />
                </ActionIcon>
              </>
            )}
          </Group>
        </Group>
        {objective.description && (
          <Text size="sm" c="dimmed">
            {objective.description}
          </Text>
        )}
        <MeasureLine objective={objective} language={language} />
        <Text size="sm">
          {linkedGoals.length === 0 ? (
            <Text span c="red" size="sm">
              {t('objectives.card.noGoal')}
            </Text>
          ) : (
            <>
              {t('objectives.card.goals')}{' '}
              {linkedGoals.map((goal, index) => (
                <span key={goal.id}>
                  {index > 0 && ', '}
                  <Anchor
                    component={Link}
                    to={`${planPath(props.workspaceId, props.planId, 'goals')}#entity-${goal.key}`}
                  >
                    {goal.title}
                  </Anchor>
                </span>
              ))}
            </>
          )}
        </Text>
        {report && (
          <>
            <Group gap="sm">
              <SmartChips report={report} language={language} />
              <UnstyledButton
                onClick={details.toggle}
                aria-expanded={detailsOpen}
                aria-controls={detailsId}
                fz="sm"
                c="var(--mantine-color-anchor)"
                td="underline"
              >
                {t('objectives.smart.details')}
              </UnstyledButton>
            </Group>
            <Collapse expanded={detailsOpen} id={detailsId}>
              <SmartCriteriaList report={report} language={language} />
              {status !== 'pass' && (
                <Text size="sm" fs="italic" mt="xs">
                  {t('objectives.lint.rewriteInline', { text: report.rewrite[language] })}
                </Text>
              )}
            </Collapse>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** « Indicateur : visites · de 10 000 à 13 000 visites · échéance : 31 déc. 2026 ». */
function MeasureLine({ objective, language }: { objective: ObjectiveEntity; language: Language }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (objective.metric) parts.push(t('objectives.card.metric', { metric: objective.metric }));
  const quantity = (value: number) => formatQuantity(value, objective.unit, language);
  if (objective.target != null) {
    parts.push(
      objective.baseline != null
        ? t('objectives.card.fromTo', { from: quantity(objective.baseline), to: quantity(objective.target) })
        : t('objectives.card.target', { to: quantity(objective.target) }),
    );
  }
  if (objective.startDate) parts.push(t('objectives.card.start', { date: formatDate(objective.startDate, language) }));
  if (objective.deadline) parts.push(t('objectives.card.deadline', { date: formatDate(objective.deadline, language) }));
  if (parts.length === 0) return null;
  return <Text size="sm">{parts.join(' · ')}</Text>;
}
