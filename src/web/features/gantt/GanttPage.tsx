import { Alert, Button, Group, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { ActionEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { ErrorState } from '../../ui/ErrorState';
import { PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { checkDates, indexDependencies, spanOf, type ActionDates, type DateProblem } from './constraints';
import type { DateIssue } from './DatesDialog';
import { DatesDialog } from './DatesDialog';
import { GanttChart, type ScheduleMarks } from './GanttChart';
import { GanttLegend } from './GanttLegend';
import { refusalText } from '../../i18n/format';
import { problemText, readableDate, type Language } from './messages';
import { buildRows } from './rows';
import { ScheduleFindings } from './ScheduleFindings';
import { UnscheduledList } from './UnscheduledList';
import { dayOf, localToday, SCALES, timelineRange, type Scale, type Span } from './timeline';
import { useDateSaver } from './useDateSaver';
import { useGanttData } from './useGanttData';
import './texts';

const NO_ACTIONS: ActionEntity[] = [];

interface Notice {
  /** A new alert each time, so that a refusal repeated is announced again. */
  id?: number;
  kind: 'refused' | 'server' | 'conflict';
  title: string;
  messages: string[];
}

/** Method step "responsibilities and deadlines": the plan's actions and milestones over time. */
export function GanttPage() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const { workspaceId = '', planId = '' } = useParams();
  const { hash } = useLocation();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const data = useGanttData(planId);
  const [scale, setScale] = useState<Scale>('month');
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const noticeCount = useRef(0);
  const setNotice = useCallback((next: Notice | null) => {
    noticeCount.current += 1;
    setNoticeState(next && { ...next, id: noticeCount.current });
  }, []);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<{ action: ActionEntity; dates: ActionDates } | null>(null);

  const actions = data.actions.data ?? NO_ACTIONS;
  const datesText = useCallback(
    (action: ActionEntity, dates: ActionDates) => {
      const date = (value: string | null) => (value ? readableDate(value, language) : '—');
      return action.isMilestone
        ? t('gantt.announce.milestone', { title: action.title, due: date(dates.dueDate) })
        : t('gantt.announce.action', { title: action.title, start: date(dates.startDate), due: date(dates.dueDate) });
    },
    [t, language],
  );

  const saver = useDateSaver(planId, {
    onSaved: (saved) => setAnnouncement(t('gantt.announce.saved', { title: saved.title })),
    onRefused: (action, error) => {
      const conflict = isApiError(error, 409);
      setNotice({
        kind: conflict ? 'conflict' : 'server',
        title: t('gantt.server.title', { title: action.title }),
        messages: [conflict ? t('gantt.server.conflict', { title: action.title }) : refusalText(t, error, language)],
      });
    },
  });
  const { drafts, save } = saver;
  const datesOf = useCallback(
    (action: ActionEntity): ActionDates =>
      drafts.get(action.id) ?? { startDate: action.startDate, dueDate: action.dueDate },
    [drafts],
  );

  const rows = useMemo(
    () =>
      buildRows(
        data.strategies.data ?? [],
        data.tactics.data ?? [],
        actions,
        (action) => spanOf(action, datesOf(action)) !== null,
      ),
    [data.strategies.data, data.tactics.data, actions, datesOf],
  );
  const todayText = localToday();
  const today = dayOf(todayText);
  const { range, openingDay } = useMemo(() => {
    const spans: Span[] = [];
    let first = Infinity;
    let last = -Infinity;
    for (const action of actions) {
      const span = spanOf(action, datesOf(action));
      if (!span) continue;
      spans.push(span);
      first = Math.min(first, span.start);
      last = Math.max(last, span.due);
    }
    // The chart opens on today while the plan runs, else on its first action.
    const opening = today !== null && today >= first && today <= last ? today : first;
    return { range: timelineRange(spans, today), openingDay: opening };
  }, [actions, datesOf, today]);

  const dependencies = data.dependencies.data;
  const index = useMemo(() => indexDependencies(dependencies ?? []), [dependencies]);
  const byId = useMemo(() => new Map(actions.map((action) => [action.id, action])), [actions]);
  const marks = useMemo<ScheduleMarks>(() => {
    const report = data.schedule.data;
    if (!report) return { critical: new Set(), atRisk: new Set() };
    const idOfKey = new Map(actions.map((action) => [action.key, action.id]));
    const ids = (keys: string[]) => new Set(keys.flatMap((key) => idOfKey.get(key) ?? []));
    return {
      critical: ids(report.criticalPath.criticalPath),
      atRisk: ids(report.milestonesAtRisk.map((risk) => risk.milestone)),
    };
  }, [data.schedule.data, actions]);

  const problemsOf = useCallback(
    (action: ActionEntity, next: ActionDates, previous: ActionDates | null): DateProblem[] =>
      checkDates(action, next, previous, {
        dependencies: index,
        actionOf: (id) => byId.get(id),
        datesOf: (other) => datesOf(other as ActionEntity),
      }),
    [index, byId, datesOf],
  );
  const nameOf = useCallback((id: string) => byId.get(id)?.title ?? id, [byId]);

  const onChange = useCallback(
    (action: ActionEntity, next: ActionDates, previous: ActionDates, commit: boolean) => {
      const problems = problemsOf(action, next, previous);
      if (problems.length > 0) {
        const messages = problems.map((problem) => problemText(t, problem, nameOf, language));
        setNotice({ kind: 'refused', title: t('gantt.refused.title', { title: action.title }), messages });
        return false;
      }
      if (commit) {
        setNotice(null);
        void save(action.id, next);
      }
      return true;
    },
    [problemsOf, nameOf, t, language, save, setNotice],
  );

  const describe = useCallback(
    (action: ActionEntity, dates: ActionDates, flags: { critical: boolean; atRisk: boolean }) => {
      const date = (value: string | null) => (value ? readableDate(value, language) : '—');
      let name = action.isMilestone
        ? t('gantt.bar.milestone', { title: action.title, due: date(dates.dueDate) })
        : t('gantt.bar.action', { title: action.title, start: date(dates.startDate), due: date(dates.dueDate) });
      if (flags.critical) name += t('gantt.bar.critical');
      if (flags.atRisk) name += t('gantt.bar.atRisk');
      if (action.status === 'done') name += t('gantt.bar.done');
      if (action.status === 'cancelled') name += t('gantt.bar.cancelled');
      return name;
    },
    [t, language],
  );

  const tacticsById = useMemo(() => new Map((data.tactics.data ?? []).map((x) => [x.id, x])), [data.tactics.data]);
  const strategiesById = useMemo(
    () => new Map((data.strategies.data ?? []).map((x) => [x.id, x])),
    [data.strategies.data],
  );
  const pathOf = (action: ActionEntity) => {
    const tactic = tacticsById.get(action.tacticId);
    const strategy = tactic ? strategiesById.get(tactic.strategyId) : undefined;
    return `${strategy?.name ?? t('gantt.rows.otherStrategy')} › ${tactic?.name ?? t('gantt.rows.otherTactic')}`;
  };

  const checkInDialog = (action: ActionEntity, previous: ActionDates) => (next: ActionDates) =>
    problemsOf(action, next, previous).map((problem): DateIssue => ({
      field: problem.kind === 'missing' ? problem.field : problem.kind === 'endBeforeStart' ? 'dueDate' : null,
      message: problemText(t, problem, nameOf, language),
    }));

  const focusKey = hash.startsWith('#entity-') ? decodeURIComponent(hash.slice('#entity-'.length)) : null;
  const hasBars = rows.rowOfAction.size > 0;

  return (
    <Stack gap="md">
      <div>
        <Title order={2} fz="xl">
          {t('gantt.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('gantt.intro')}
        </Text>
        {canEdit && hasBars && (
          <Text size="xs" c="dimmed" mt={4} maw={760}>
            {t('gantt.dragHint')}
          </Text>
        )}
      </div>
      <WhyHow section="gantt" />

      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      {data.isPending && !data.error && <PageSkeleton gap="xs" blocks={[48, 24, 24, 24, 24, 24, 24]} />}

      {data.error !== null && <ErrorState title={t('gantt.loadError')} error={data.error} onRetry={data.retry} />}

      {notice && (
        <Alert
          key={notice.id}
          color={notice.kind === 'conflict' ? 'yellow' : 'red'}
          variant="light"
          role="alert"
          title={notice.title}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          <Stack gap="xs" align="flex-start">
            {notice.messages.map((message) => (
              <Text size="sm" key={message}>
                {message}
              </Text>
            ))}
            {notice.kind === 'conflict' && (
              <Button size="xs" variant="white" color="orange" onClick={() => void data.actions.refetch()}>
                {t('gantt.server.reload')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      {!data.isPending && data.error === null && (
        <>
          {hasBars && range ? (
            <>
              <Group justify="space-between" align="flex-end" wrap="wrap">
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="gantt-scale-label">
                    {t('gantt.scale.label')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="gantt-scale-label"
                    value={scale}
                    onChange={(value) => setScale(value as Scale)}
                    data={SCALES.map((value) => ({ value, label: t(`gantt.scale.${value}`) }))}
                  />
                </Stack>
                <GanttLegend
                  todayText={today === null ? null : t('gantt.todayIs', { date: readableDate(todayText, language) })}
                />
              </Group>
              <GanttChart
                rows={rows}
                dependencies={dependencies ?? []}
                range={range}
                scale={scale}
                today={today}
                openingDay={openingDay}
                locale={language}
                marks={marks}
                datesOf={datesOf}
                describe={describe}
                announceDates={(action, dates) => setAnnouncement(datesText(action, dates))}
                announceCancel={(action) => setAnnouncement(t('gantt.announce.cancelled', { title: action.title }))}
                canEdit={canEdit}
                onChange={onChange}
                onOpenDates={(action, dates) => setEditing({ action, dates })}
                focusKey={focusKey}
              />
              <ScheduleFindings report={data.schedule.data} failed={data.schedule.isError} language={language} />
            </>
          ) : (
            <EmptyPanel
              title={t('gantt.empty.title')}
              description={t('gantt.empty.description')}
              icon={<BarsIcon />}
              order={3}
            >
              <Button component={Link} to={planPath(workspaceId, planId, 'actions')}>
                {t('gantt.empty.link')}
              </Button>
            </EmptyPanel>
          )}
          <UnscheduledList
            actions={rows.unscheduled}
            pathOf={pathOf}
            canEdit={canEdit}
            onSetDates={(action) => setEditing({ action, dates: datesOf(action) })}
          />
        </>
      )}

      {canEdit && editing && (
        <DatesDialog
          key={editing.action.id}
          action={editing.action}
          initial={editing.dates}
          check={checkInDialog(editing.action, datesOf(editing.action))}
          onSave={(next) => {
            setEditing(null);
            onChange(editing.action, next, datesOf(editing.action), true);
            setAnnouncement(datesText(editing.action, next));
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function BarsIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 6h8M8 12h10M6 18h6" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
