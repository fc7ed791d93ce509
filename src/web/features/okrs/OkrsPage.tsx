import { ActionIcon, Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type {
  CheckInEntity,
  KeyResultEntity,
  ObjectiveEntity,
  OkrObjectiveEntity,
  PersonEntity,
} from '../../../contract/entity-types.js';
import type { Grade, KeyResultScore, OkrReport, ValueOrigin } from '../../../core/okr/index.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { formatDate } from '../../i18n/format';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { formatNumber, formatQuantity, formatShare, languageOf, type Language } from '../objectives/format';
import { PencilIcon, PlusIcon, TargetIcon, TrashIcon } from '../../ui/icons';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { CheckInModal } from './CheckInModal';
import { KeyResultEditorModal } from './KeyResultEditorModal';
import { OkrEditorModal } from './OkrEditorModal';
import { localOkrReport, recentCheckIns, weightShares } from './okrForm';
import { useOkrScores, usePeopleQuery } from './useOkrData';
import './texts';

const GRADE_COLORS: Record<Grade, string> = { green: 'green', yellow: 'yellow', red: 'red' };
/** Check-ins listed under each key result; older ones are counted. */
const RECENT_CHECK_INS = 3;

type Dialog =
  | { kind: 'okr'; entity: OkrObjectiveEntity | null }
  | { kind: 'keyResult'; okrObjectiveId: string; entity: KeyResultEntity | null }
  | { kind: 'checkIn'; keyResult: KeyResultEntity; currentValue: number | null };

type Deletion =
  | { collection: 'okr-objectives'; id: string; name: string }
  | { collection: 'key-results'; id: string; name: string }
  | { collection: 'check-ins'; id: string; name: string };

/** Formats a 0–1 score the OKR way: « 0,62 » / "0.62". */
function formatScore(score: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** The plan's OKRs: objectives, weighted key results with their 0–1 scores, and check-ins. */
export function OkrsPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const okrs = useCollectionQuery(planId, 'okr-objectives');
  const keyResults = useCollectionQuery(planId, 'key-results');
  const checkIns = useCollectionQuery(planId, 'check-ins');
  const objectives = useCollectionQuery(planId, 'objectives');
  const people = usePeopleQuery(workspaceId);
  const scores = useOkrScores(planId);
  const removeOkr = useDeleteEntity(planId, 'okr-objectives');
  const removeKeyResult = useDeleteEntity(planId, 'key-results');
  const removeCheckIn = useDeleteEntity(planId, 'check-ins');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deletion, setDeletion] = useState<Deletion | null>(null);

  const reports = useMemo(() => {
    const byKey = new Map((scores.data?.items ?? []).map((report) => [report.okrObjective, report]));
    const allKeyResults = keyResults.data ?? [];
    return new Map(
      (okrs.data ?? []).map((okr) => {
        const own = allKeyResults.filter((kr) => kr.okrObjectiveId === okr.id);
        const report = byKey.get(okr.key);
        // The engine's report until it is refreshed may miss a key result just added.
        const complete = report && own.every((kr) => report.keyResults.some((s) => s.keyResult === kr.key));
        return [okr.id, complete ? report : localOkrReport(okr, own, checkIns.data ?? [])];
      }),
    );
  }, [scores.data, okrs.data, keyResults.data, checkIns.data]);

  const queries = [okrs, keyResults, checkIns, objectives];
  const ready = queries.every((query) => query.data !== undefined);
  useScrollToHash(ready);

  const deleting =
    deletion?.collection === 'okr-objectives'
      ? removeOkr
      : deletion?.collection === 'key-results'
        ? removeKeyResult
        : removeCheckIn;

  if (queries.some((query) => query.isError)) return <LoadError title={t('okrs.loadError')} queries={queries} />;
  if (!ready) return <PageSkeleton blocks={[{ height: 32, width: '30%' }, 180, 180]} />;

  const okrList = okrs.data ?? [];
  const keyResultList = keyResults.data ?? [];
  const checkInList = checkIns.data ?? [];
  const objectiveList = objectives.data ?? [];
  const peopleList = people.data ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('okrs.title')}
        intro={t('okrs.intro')}
        action={
          canEdit &&
          okrList.length > 0 && (
            <Button leftSection={<PlusIcon />} onClick={() => setDialog({ kind: 'okr', entity: null })}>
              {t('okrs.add')}
            </Button>
          )
        }
      />
      <WhyHow section="okrs" />

      {okrList.length === 0 ? (
        <EmptyPanel title={t('okrs.empty.title')} description={t('okrs.empty.description')} icon={<TargetIcon />}>
          {canEdit && (
            <Button leftSection={<PlusIcon />} onClick={() => setDialog({ kind: 'okr', entity: null })}>
              {t('okrs.add')}
            </Button>
          )}
        </EmptyPanel>
      ) : (
        <Stack gap="lg">
          {okrList.map((okr) => (
            <OkrCard
              key={okr.id}
              okr={okr}
              report={reports.get(okr.id) ?? null}
              keyResults={keyResultList.filter((kr) => kr.okrObjectiveId === okr.id)}
              checkIns={checkInList}
              objective={objectiveList.find((objective) => objective.id === okr.objectiveId) ?? null}
              owner={peopleList.find((person) => person.id === okr.ownerId) ?? null}
              language={language}
              canEdit={canEdit}
              objectivesHref={planPath(workspaceId, planId, 'objectives')}
              onDialog={setDialog}
              onDelete={(target) => {
                removeOkr.reset();
                removeKeyResult.reset();
                removeCheckIn.reset();
                setDeletion(target);
              }}
            />
          ))}
        </Stack>
      )}

      {dialog?.kind === 'okr' && (
        <OkrEditorModal
          planId={planId}
          entity={dialog.entity}
          objectives={objectiveList}
          people={peopleList}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'keyResult' && (
        <KeyResultEditorModal
          planId={planId}
          okrObjectiveId={dialog.okrObjectiveId}
          entity={dialog.entity}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'checkIn' && (
        <CheckInModal
          planId={planId}
          keyResult={dialog.keyResult}
          currentValue={dialog.currentValue}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDeleteModal
        name={deletion?.name ?? null}
        pending={deleting.isPending}
        error={deleting.error}
        onClose={() => setDeletion(null)}
        onConfirm={() => deletion && deleting.mutate({ id: deletion.id }, { onSuccess: () => setDeletion(null) })}
      />
    </Stack>
  );
}

interface OkrCardProps {
  okr: OkrObjectiveEntity;
  report: OkrReport | null;
  keyResults: KeyResultEntity[];
  checkIns: readonly CheckInEntity[];
  objective: ObjectiveEntity | null;
  owner: PersonEntity | null;
  language: Language;
  canEdit: boolean;
  objectivesHref: string;
  onDialog: (dialog: Dialog) => void;
  onDelete: (deletion: Deletion) => void;
}

function OkrCard(props: OkrCardProps) {
  const { okr, report, keyResults, language, canEdit } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const shares = weightShares(keyResults);
  const date = (value: string) => formatDate(value, language);
  const period =
    okr.periodStart && okr.periodEnd
      ? t('okrs.okr.period', { start: date(okr.periodStart), end: date(okr.periodEnd) })
      : okr.periodStart
        ? t('okrs.okr.periodFrom', { start: date(okr.periodStart) })
        : okr.periodEnd
          ? t('okrs.okr.periodUntil', { end: date(okr.periodEnd) })
          : null;

  return (
    <Paper component="article" withBorder p="md" id={`entity-${okr.key}`} aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} fz="lg" id={titleId}>
              {okr.title}
            </Title>
            {okr.description && (
              <Text size="sm" c="dimmed">
                {okr.description}
              </Text>
            )}
          </div>
          <Group gap={4} wrap="nowrap">
            <ScoreBadge report={report} language={language} />
            {canEdit && (
              <>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('okrs.okr.edit', { name: okr.title })}
                  onClick={() => props.onDialog({ kind: 'okr', entity: okr })}
                >
                  <PencilIcon />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('okrs.okr.delete', { name: okr.title })}
                  onClick={() => props.onDelete({ collection: 'okr-objectives', id: okr.id, name: okr.title })}
                >
                  <TrashIcon />
                </ActionIcon>
              </>
            )}
          </Group>
        </Group>
        <Group gap="lg" fz="sm">
          {period && <Text size="sm">{period}</Text>}
          {props.owner && <Text size="sm">{t('okrs.okr.owner', { name: props.owner.name })}</Text>}
          {props.objective && (
            <Text size="sm">
              {t('okrs.okr.objective')}{' '}
              <Anchor component={Link} to={`${props.objectivesHref}#entity-${props.objective.key}`}>
                {props.objective.title}
              </Anchor>
            </Text>
          )}
        </Group>

        <Title order={4} fz="sm" c="dimmed" tt="uppercase">
          {t('okrs.okr.keyResults')}
        </Title>
        {keyResults.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('okrs.okr.noKeyResult')}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {keyResults.map((kr) => (
              <KeyResultRow
                key={kr.id}
                keyResult={kr}
                score={report?.keyResults.find((s) => s.keyResult === kr.key) ?? null}
                share={shares.get(kr.id) ?? 0}
                checkIns={recentCheckIns(props.checkIns, kr.id)}
                language={language}
                canEdit={canEdit}
                onDialog={props.onDialog}
                onDelete={props.onDelete}
              />
            ))}
          </Stack>
        )}
        {canEdit && (
          <Group>
            <Button
              variant="light"
              size="sm"
              leftSection={<PlusIcon />}
              aria-describedby={titleId}
              onClick={() => props.onDialog({ kind: 'keyResult', okrObjectiveId: okr.id, entity: null })}
            >
              {t('okrs.kr.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function ScoreBadge({ report, language }: { report: OkrReport | null; language: Language }) {
  const { t } = useTranslation();
  if (!report || report.score === null || report.grade === null) return null;
  const score = formatScore(report.score, language);
  const grade = t(`okrs.grade.${report.grade}`);
  return (
    <Badge size="lg" color={GRADE_COLORS[report.grade]} variant="light" style={{ flexShrink: 0 }}>
      {t('okrs.okr.score', { score })} · {grade}
    </Badge>
  );
}

interface KeyResultRowProps {
  keyResult: KeyResultEntity;
  score: KeyResultScore | null;
  share: number;
  checkIns: CheckInEntity[];
  language: Language;
  canEdit: boolean;
  onDialog: (dialog: Dialog) => void;
  onDelete: (deletion: Deletion) => void;
}

function KeyResultRow({ keyResult: kr, score, share, checkIns, language, canEdit, ...props }: KeyResultRowProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const quantity = (value: number) => formatQuantity(value, kr.unit, language);
  const recent = checkIns.slice(0, RECENT_CHECK_INS);

  return (
    <Paper component="li" withBorder radius="sm" p="sm" id={`entity-${kr.key}`} bg="var(--mantine-color-gray-0)">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600} size="sm" id={titleId}>
              {kr.title}
            </Text>
            <Text size="xs" c="dimmed">
              {t('okrs.kr.weight', { weight: formatNumber(kr.weight, language), share: formatShare(share, language) })}
            </Text>
          </div>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('okrs.kr.edit', { name: kr.title })}
                onClick={() => props.onDialog({ kind: 'keyResult', okrObjectiveId: kr.okrObjectiveId, entity: kr })}
              >
                <PencilIcon />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="sm"
                color="red"
                aria-label={t('okrs.kr.delete', { name: kr.title })}
                onClick={() => props.onDelete({ collection: 'key-results', id: kr.id, name: kr.title })}
              >
                <TrashIcon />
              </ActionIcon>
            </Group>
          )}
        </Group>
        {score && (
          <>
            <Group gap="sm" wrap="nowrap">
              <Progress
                value={score.score * 100}
                color={GRADE_COLORS[score.grade]}
                size="lg"
                style={{ flex: 1 }}
                aria-label={t('okrs.kr.progress', { name: kr.title })}
              />
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('okrs.kr.score', {
                  score: formatScore(score.score, language),
                  grade: t(`okrs.grade.${score.grade}`),
                })}
              </Text>
            </Group>
            <Text size="sm">
              {t('okrs.kr.value', {
                value: quantity(score.value),
                start: quantity(kr.startValue),
                target: quantity(kr.targetValue),
              })}{' '}
              <Text span size="xs" c="dimmed">
                — <OriginText origin={score.origin} language={language} />
              </Text>
            </Text>
            {score.confidence && (
              <Text size="sm">
                {t('okrs.kr.confidence', {
                  value: formatShare(score.confidence.latest, language),
                  direction: t(`okrs.kr.direction.${score.confidence.direction}`),
                })}
              </Text>
            )}
          </>
        )}
        <div>
          <Text size="xs" fw={600} c="dimmed">
            {t('okrs.kr.checkIns')}
          </Text>
          {recent.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('okrs.kr.noCheckIn')}
            </Text>
          ) : (
            <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
              {recent.map((checkIn) => (
                <Group component="li" key={checkIn.id} gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="xs" style={{ flex: 1 }}>
                    <strong>{formatDate(checkIn.date, language)}</strong>{' '}
                    {checkIn.confidence == null
                      ? quantity(checkIn.value)
                      : t('okrs.checkIn.line', {
                          value: quantity(checkIn.value),
                          confidence: formatShare(checkIn.confidence, language),
                        })}
                    {checkIn.note && <> — {checkIn.note}</>}
                  </Text>
                  {canEdit && (
                    <ActionIcon
                      variant="subtle"
                      size="xs"
                      color="red"
                      aria-label={t('okrs.checkIn.delete', { date: formatDate(checkIn.date, language) })}
                      onClick={() =>
                        props.onDelete({
                          collection: 'check-ins',
                          id: checkIn.id,
                          name: t('okrs.checkIn.deleteName', { date: formatDate(checkIn.date, language) }),
                        })
                      }
                    >
                      <TrashIcon />
                    </ActionIcon>
                  )}
                </Group>
              ))}
            </Stack>
          )}
          {checkIns.length > recent.length && (
            <Text size="xs" c="dimmed">
              {t('okrs.kr.moreCheckIns', { count: checkIns.length - recent.length })}
            </Text>
          )}
        </div>
        {canEdit && (
          <Group>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<PlusIcon />}
              aria-describedby={titleId}
              onClick={() => props.onDialog({ kind: 'checkIn', keyResult: kr, currentValue: score?.value ?? null })}
            >
              {t('okrs.checkIn.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function OriginText({ origin, language }: { origin: ValueOrigin; language: Language }) {
  const { t } = useTranslation();
  switch (origin.kind) {
    case 'kpi':
      return <>{t('okrs.kr.origin.kpi', { kpi: origin.kpi, date: formatDate(origin.date, language) })}</>;
    case 'checkIn':
      return <>{t('okrs.kr.origin.checkIn', { date: formatDate(origin.date, language) })}</>;
    case 'currentValue':
      return <>{t('okrs.kr.origin.currentValue')}</>;
    case 'startValue':
      return <>{t('okrs.kr.origin.startValue')}</>;
  }
}
