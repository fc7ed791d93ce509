import { Alert, Badge, Button, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleReport, WorkloadReport } from '../../../core/schedule/index.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { AlertIcon } from '../../ui/icons';
import { ErrorState } from '../../ui/ErrorState';
import { formatNumber, languageOf, type Language } from '../objectives/format';
import {
  clampPageStart,
  isoWeekOfDate,
  loadLevel,
  pageStartFor,
  weekNumber,
  WEEKS_PER_PAGE,
  type LoadLevel,
} from './workloadView';
import './texts';

/** The engine's schedule report (`GET /plans/{plan}/schedule`): RACI, workload, critical path… */
export function useScheduleReport(planId: string) {
  return useQuery({
    queryKey: queryKeys.report(planId, 'schedule'),
    queryFn: ({ signal }) => api.get<ScheduleReport>(`/plans/${encodeURIComponent(planId)}/schedule`, signal),
  });
}

const LEVEL_BACKGROUND: Record<LoadLevel, string | undefined> = {
  none: undefined,
  light: 'var(--mantine-color-green-0)',
  medium: 'var(--mantine-color-yellow-1)',
  full: 'var(--mantine-color-orange-1)',
  over: 'var(--mantine-color-red-2)',
  unknown: 'var(--mantine-color-gray-1)',
};

/**
 * Hours of work per person per week (the effort of each action split among its Responsible
 * people), against each person's weekly capacity; the weeks are shown a page at a time.
 */
export function WorkloadSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const report = useScheduleReport(planId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="raci-workload-title">
      <Title order={3} fz="lg" id="raci-workload-title">
        {t('raci.workload.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('raci.workload.intro')}
      </Text>
      {report.isError ? (
        <ErrorState title={t('raci.workload.loadError')} error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Skeleton height={160} role="status" aria-label={t('app.loading')} />
      ) : (
        <WorkloadTable workload={report.data.workload} today={report.data.today} />
      )}
    </Stack>
  );
}

function WorkloadTable({ workload, today }: { workload: WorkloadReport; today: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { weeks, overloads } = workload;
  const [start, setStart] = useState<number | null>(null);
  if (weeks.length === 0) {
    return (
      <Alert color="gray" variant="light">
        {t('raci.workload.empty')}
      </Alert>
    );
  }
  const pageStart = clampPageStart(start ?? pageStartFor(weeks, isoWeekOfDate(today)), weeks.length);
  const pageEnd = Math.min(pageStart + WEEKS_PER_PAGE, weeks.length);
  const shown = weeks.slice(pageStart, pageEnd).map((week, i) => ({ week, index: pageStart + i }));
  const overloaded = new Set(overloads.map((o) => `${o.person} ${o.week}`));
  const firstOverload = overloads.length > 0 ? Math.min(...overloads.map((o) => weeks.indexOf(o.week))) : -1;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge
          color={overloads.length > 0 ? 'red' : 'green'}
          variant="light"
          leftSection={overloads.length > 0 ? <AlertIcon /> : null}
        >
          {t('raci.workload.overloads', { count: overloads.length })}
        </Badge>
        {workload.unassigned.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('raci.workload.unassigned', { count: workload.unassigned.length })}
          </Text>
        )}
        {workload.unscheduled.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('raci.workload.unscheduled', { count: workload.unscheduled.length })}
          </Text>
        )}
      </Group>
      <Group gap="xs" justify="space-between">
        <Text size="sm" aria-live="polite">
          {t('raci.workload.range', {
            first: weekNumber(weeks[pageStart] ?? ''),
            last: weekNumber(weeks[pageEnd - 1] ?? ''),
            from: shortDate(workload.weekStarts[pageStart] ?? '', language),
            count: weeks.length,
          })}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            disabled={pageStart === 0}
            onClick={() => setStart(pageStart - WEEKS_PER_PAGE)}
          >
            {t('raci.workload.previous')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={pageEnd >= weeks.length}
            onClick={() => setStart(pageStart + WEEKS_PER_PAGE)}
          >
            {t('raci.workload.next')}
          </Button>
          {firstOverload >= 0 && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => setStart(pageStartFor(weeks, weeks[firstOverload] ?? null))}
            >
              {t('raci.workload.firstOverload')}
            </Button>
          )}
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder withColumnBorders striped={false} fz="xs" verticalSpacing={4}>
          <Table.Caption>{t('raci.workload.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('raci.workload.person')}</Table.Th>
              <Table.Th scope="col">{t('raci.workload.capacity')}</Table.Th>
              {shown.map(({ week, index }) => (
                <Table.Th scope="col" key={week} ta="center" title={week}>
                  {t('raci.workload.week', { number: weekNumber(week) })}
                  <Text span display="block" size="xs" c="dimmed" fw={400}>
                    {shortDate(workload.weekStarts[index] ?? '', language)}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('raci.workload.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workload.people.map((row) => (
              <Table.Tr key={row.person}>
                <Table.Th scope="row" fw={500}>
                  {row.name}
                </Table.Th>
                <Table.Td>{row.capacityHours === null ? '—' : hours(row.capacityHours, language)}</Table.Td>
                {shown.map(({ week, index }) => {
                  const value = row.hours[index] ?? 0;
                  const over = overloaded.has(`${row.person} ${week}`);
                  const level = over ? 'over' : loadLevel(value, row.capacityHours);
                  return (
                    <Table.Td key={week} ta="center" style={{ background: LEVEL_BACKGROUND[level] }} data-level={level}>
                      {over ? (
                        <Group gap={2} justify="center" wrap="nowrap" c="red.9" fw={700}>
                          <AlertIcon />
                          <span>{hours(value, language)}</span>
                          <VisuallyHidden>
                            {t('raci.workload.overloadCell', {
                              capacity: hours(row.capacityHours ?? 0, language),
                              excess: hours(value - (row.capacityHours ?? 0), language),
                            })}
                          </VisuallyHidden>
                        </Group>
                      ) : value > 0 ? (
                        hours(value, language)
                      ) : (
                        <Text span c="dimmed" size="xs">
                          0
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td>{hours(row.totalHours, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function hours(value: number, language: Language): string {
  return `${formatNumber(value, language)} h`;
}

function shortDate(date: string, language: Language): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00`) : null;
  return parsed ? new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(parsed) : date;
}
