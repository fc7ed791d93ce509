import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery } from '../../api/collections';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { ChartIcon, PlusIcon } from '../../ui/icons';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { experimentPath, kpiPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { ExperimentCreateModal } from './ExperimentCreateModal';
import { STATUS_COLORS } from './status';
import './texts';

/**
 * The method's A/B tests: each experiment of the plan with where it stands, what it measures, the
 * KPI it feeds and, once decided, what was decided and why; each leads to its own page.
 */
export function ExperimentsPage() {
  const { t } = useTranslation();
  const { workspaceId = '', planId = '' } = useParams();
  const navigate = useNavigate();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const experiments = useCollectionQuery(planId, 'experiments');
  const kpis = useCollectionQuery(planId, 'kpis');
  const objectives = useCollectionQuery(planId, 'objectives');
  const strategies = useCollectionQuery(planId, 'strategies');
  const [creating, setCreating] = useState(false);
  const kpiNames = useMemo(() => new Map((kpis.data ?? []).map((kpi) => [kpi.id, kpi.name])), [kpis.data]);
  const queries = [experiments, kpis, objectives, strategies];
  const ready = queries.every((query) => query.data !== undefined);
  useScrollToHash(ready);

  if (queries.some((query) => query.isError)) {
    return <LoadError title={t('experiments.loadError')} queries={queries} />;
  }
  if (!ready) return <PageSkeleton blocks={[{ height: 32, width: '40%' }, 60, 240]} />;

  const list = experiments.data ?? [];
  const addButton = canEdit && (
    <Button leftSection={<PlusIcon />} onClick={() => setCreating(true)}>
      {t('experiments.add')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('experiments.title')} intro={t('experiments.intro')} action={list.length > 0 && addButton} />
      <WhyHow section="experiments" />

      {list.length === 0 ? (
        <EmptyPanel
          title={t('experiments.empty.title')}
          description={t('experiments.empty.description')}
          icon={<ChartIcon />}
        >
          {addButton}
        </EmptyPanel>
      ) : (
        <Table.ScrollContainer minWidth={760} type="native">
          <Table verticalSpacing="sm" aria-label={t('experiments.table.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experiments.table.name')}</Table.Th>
                <Table.Th scope="col">{t('experiments.table.status')}</Table.Th>
                <Table.Th scope="col">{t('experiments.table.metric')}</Table.Th>
                <Table.Th scope="col">{t('experiments.table.kpi')}</Table.Th>
                <Table.Th scope="col">{t('experiments.table.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((experiment) => (
                <ExperimentRow
                  key={experiment.id}
                  experiment={experiment}
                  href={experimentPath(workspaceId, planId, experiment.id)}
                  kpiName={experiment.kpiId ? (kpiNames.get(experiment.kpiId) ?? null) : null}
                  kpiHref={experiment.kpiId ? kpiPath(workspaceId, planId, experiment.kpiId) : null}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {creating && (
        <ExperimentCreateModal
          planId={planId}
          kpis={kpis.data ?? []}
          objectives={objectives.data ?? []}
          strategies={strategies.data ?? []}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void navigate(experimentPath(workspaceId, planId, created.id));
          }}
        />
      )}
    </Stack>
  );
}

interface ExperimentRowProps {
  experiment: ExperimentEntity;
  href: string;
  kpiName: string | null;
  kpiHref: string | null;
}

function ExperimentRow({ experiment, href, kpiName, kpiHref }: ExperimentRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr id={`entity-${experiment.key}`}>
      <Table.Td>
        <Anchor component={Link} to={href} fw={600}>
          {experiment.name}
        </Anchor>
        {experiment.hypothesis && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {experiment.hypothesis}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[experiment.status]} variant="light">
          {t(`experiments.status.${experiment.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{t(`experiments.metric.${experiment.metricType}`)}</Table.Td>
      <Table.Td>
        {kpiName && kpiHref ? (
          <Anchor component={Link} to={kpiHref} size="sm">
            {kpiName}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('experiments.table.noKpi')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {experiment.decision ? (
          <Text size="sm">
            <Text span fw={600}>
              {t(`experiments.decision.${experiment.decision}`)}
            </Text>
            {experiment.decisionNote && ` — ${experiment.decisionNote}`}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('experiments.table.undecided')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
