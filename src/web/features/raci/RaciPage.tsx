import { Badge, Button, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCollectionQuery } from '../../api/collections';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { AlertIcon, CheckIcon, PlusIcon, TargetIcon } from '../../ui/icons';
import { usePeopleQuery } from '../okrs/useOkrData';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { AddPersonModal } from './AddPersonModal';
import { RaciGrid } from './RaciGrid';
import { buildRows, countProblems, findProblems, indexRoles, ROLES, type ProblemCounts } from './raciMatrix';
import { useRaciWrites } from './useRaciWrites';
import { WorkloadSection } from './WorkloadSection';
import { WriteFailureAlert } from './WriteFailureAlert';
import './texts';

/**
 * Responsibilities of the plan (method step « Responsabilités et délais »): who is Responsible,
 * Accountable, Consulted and Informed for each action, the RACI rule checked as you edit, and
 * the weekly workload it puts on each person.
 */
export function RaciPage() {
  const { t } = useTranslation();
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const actions = useCollectionQuery(planId, 'actions');
  const tactics = useCollectionQuery(planId, 'tactics');
  const strategies = useCollectionQuery(planId, 'strategies');
  const assignments = useCollectionQuery(planId, 'raci-assignments');
  const people = usePeopleQuery(workspaceId);
  const writes = useRaciWrites(planId);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  // With the filter on, a row fixed meanwhile stays in view (now marked as fine) until the
  // filter is set again: rows do not vanish under the keyboard focus.
  const [problemRows, setProblemRows] = useState<ReadonlySet<string> | null>(null);
  const [addingPerson, setAddingPerson] = useState(false);

  const roles = useMemo(() => indexRoles(assignments.data ?? [], writes.pending), [assignments.data, writes.pending]);
  const problems = useMemo(
    () => findProblems(actions.data ?? [], roles, people.data ?? []),
    [actions.data, roles, people.data],
  );
  const counts = useMemo(() => countProblems(problems), [problems]);
  const shownOnly = useMemo(
    () => (problemRows ? new Set([...problemRows, ...problems.keys()]) : null),
    [problemRows, problems],
  );
  const rows = useMemo(
    () =>
      buildRows(strategies.data ?? [], tactics.data ?? [], actions.data ?? [], {
        only: shownOnly,
        search: deferredSearch,
      }),
    [strategies.data, tactics.data, actions.data, shownOnly, deferredSearch],
  );

  const queries = [actions, tactics, strategies, assignments, people];
  if (queries.some((query) => query.isError)) return <LoadError title={t('raci.loadError')} queries={queries} />;
  if (queries.some((query) => query.data === undefined)) {
    return <PageSkeleton blocks={[{ height: 32, width: '30%' }, { height: 24, width: '60%' }, 320]} />;
  }

  const actionList = actions.data ?? [];
  const peopleList = people.data ?? [];
  const failure = writes.failure;
  const failedPerson = failure && peopleList.find((p) => p.id === failure.personId);
  const failedAction = failure && actionList.find((a) => a.id === failure.actionId);
  const addPerson = canEdit && (
    <Button
      leftSection={<PlusIcon />}
      variant={peopleList.length > 0 ? 'default' : 'filled'}
      onClick={() => setAddingPerson(true)}
    >
      {t('raci.person.add')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('raci.title')}
        intro={t('raci.intro')}
        introWidth={760}
        action={peopleList.length > 0 && addPerson}
      />
      <WhyHow section="raci" />

      {actionList.length === 0 && (
        <EmptyPanel
          title={t('raci.empty.actions.title')}
          description={t('raci.empty.actions.description')}
          icon={<TargetIcon />}
        >
          <Button component={Link} to={planPath(workspaceId, planId, 'actions')}>
            {t('raci.empty.actions.link')}
          </Button>
        </EmptyPanel>
      )}
      {peopleList.length === 0 && (
        <EmptyPanel
          title={t('raci.empty.people.title')}
          description={t(canEdit ? 'raci.empty.people.description' : 'raci.empty.people.viewer')}
          icon={<TargetIcon />}
        >
          {addPerson || undefined}
        </EmptyPanel>
      )}

      {actionList.length > 0 && peopleList.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="raci-matrix-title">
          <Title order={3} fz="lg" id="raci-matrix-title">
            {t('raci.matrix.title')}
          </Title>
          <ProblemSummary counts={counts} />
          <Group gap="md" align="flex-end">
            <TextInput
              label={t('raci.matrix.search')}
              placeholder={t('raci.matrix.searchPlaceholder')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={280}
            />
            <Switch
              label={t('raci.matrix.problemsOnly')}
              checked={problemRows !== null}
              onChange={(event) => setProblemRows(event.currentTarget.checked ? new Set(problems.keys()) : null)}
              mb={8}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t(canEdit ? 'raci.matrix.keyboardHelp' : 'raci.matrix.keyboardHelpReadOnly')}
          </Text>
          <Group gap="md">
            {ROLES.map((role) => (
              <Text size="xs" key={role}>
                <strong>{role}</strong> — {t(`raci.legend.${role}`)}
              </Text>
            ))}
          </Group>
          {failure && (
            <WriteFailureAlert
              error={failure.error}
              person={failedPerson?.name ?? ''}
              action={failedAction?.title ?? ''}
              onReload={() => void writes.reload()}
              onClose={writes.dismissFailure}
            />
          )}
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed" role="status">
              {t('raci.matrix.noMatch')}
            </Text>
          ) : (
            <RaciGrid
              label={t('raci.matrix.label')}
              rows={rows}
              people={peopleList}
              roles={roles}
              pending={writes.pending}
              problems={problems}
              canEdit={canEdit}
              onSetCell={writes.setCell}
            />
          )}
        </Stack>
      )}

      {actionList.length > 0 && peopleList.length > 0 && <WorkloadSection planId={planId} />}

      {addingPerson && (
        <AddPersonModal workspaceId={workspaceId} planId={planId} onClose={() => setAddingPerson(false)} />
      )}
    </Stack>
  );
}

function ProblemSummary({ counts }: { counts: ProblemCounts }) {
  const { t } = useTranslation();
  if (counts.rows === 0) {
    return (
      <Group gap={6} c="green.8" role="status">
        <CheckIcon />
        <Text size="sm">{t('raci.summary.none')}</Text>
      </Group>
    );
  }
  return (
    <Group gap="xs" role="status">
      <Text size="sm" fw={600} c="red.8">
        <AlertIcon /> {t('raci.summary.rows', { count: counts.rows })}
      </Text>
      {(['no_accountable', 'several_accountable', 'no_responsible'] as const).map(
        (code) =>
          counts[code] > 0 && (
            <Badge key={code} color="red" variant="light">
              {t(`raci.summary.${code}`, { count: counts[code] })}
            </Badge>
          ),
      )}
    </Group>
  );
}
