import { Button, Stack, Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { BudgetLineEntity, BudgetScenarioEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery, useDeleteEntity, useSingletonQuery } from '../../api/collections';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { ChartIcon, PlusIcon } from '../../ui/icons';
import { languageOf } from '../objectives/format';
import { usePlanQuery } from '../overview/usePlanOverview';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { AllocationSection } from './AllocationSection';
import { EnvelopeCard } from './EnvelopeCard';
import { budgetFormat } from './format';
import { LineEditorModal } from './LineEditorModal';
import { LinesTable } from './LinesTable';
import { OptimiserSection } from './OptimiserSection';
import { RoiSection } from './RoiSection';
import { ScenarioEditorModal } from './ScenarioEditorModal';
import { ScenariosSection } from './ScenariosSection';
import { SpendEntriesModal } from './SpendEntriesModal';
import { useBudgetSummary } from './useBudgetData';
import './texts';

const TABS = ['lines', 'allocation', 'roi', 'scenarios', 'optimiser'] as const;
type Tab = (typeof TABS)[number];

type Dialog =
  | { kind: 'line'; entity: BudgetLineEntity | null }
  | { kind: 'spend'; lineId: string }
  | { kind: 'scenario'; entity: BudgetScenarioEntity | null };

type Deletion = { collection: 'budget-lines' | 'budget-scenarios'; id: string; name: string };

/**
 * The plan's budget, as the method allocates it: an envelope with a reserve for the unexpected,
 * lines per strategy and tactic with their expected ROI, tracking of what is committed and spent,
 * what-if scenarios and an optimiser.
 */
export function BudgetPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { hash } = useLocation();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const plan = usePlanQuery(planId);
  const lines = useCollectionQuery(planId, 'budget-lines');
  const entries = useCollectionQuery(planId, 'spend-entries');
  const scenarios = useCollectionQuery(planId, 'budget-scenarios');
  const strategies = useCollectionQuery(planId, 'strategies');
  const tactics = useCollectionQuery(planId, 'tactics');
  const settings = useSingletonQuery(planId, 'budget-settings');
  const summary = useBudgetSummary(planId);
  const removeLine = useDeleteEntity(planId, 'budget-lines');
  const removeScenario = useDeleteEntity(planId, 'budget-scenarios');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  // Null until the user picks a tab: a link to a scenario (`#entity-<key>`) opens its tab.
  const [chosenTab, setTab] = useState<Tab | null>(null);
  const currency = plan.data?.currency ?? summary.data?.currency ?? 'EUR';
  const fmt = useMemo(() => budgetFormat(currency, language), [currency, language]);
  const queries = [plan, lines, entries, scenarios, strategies, tactics, settings, summary];
  const deleting = deletion?.collection === 'budget-scenarios' ? removeScenario : removeLine;

  if (queries.some((query) => query.isError)) return <LoadError title={t('budget.loadError')} queries={queries} />;
  if (
    !plan.data ||
    !lines.data ||
    !entries.data ||
    !scenarios.data ||
    !strategies.data ||
    !tactics.data ||
    !settings.data ||
    !summary.data
  ) {
    return <PageSkeleton blocks={[{ height: 32, width: '30%' }, 120, 240]} />;
  }

  const lineList = lines.data;
  const scenarioList = scenarios.data;
  const tab =
    chosenTab ?? (scenarioList.some((scenario) => `#entity-${scenario.key}` === hash) ? 'scenarios' : 'lines');
  const spendLine = dialog?.kind === 'spend' ? lineList.find((line) => line.id === dialog.lineId) : undefined;
  const addLine = () => setDialog({ kind: 'line', entity: null });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('budget.title')}
        intro={t('budget.intro')}
        action={
          canEdit &&
          lineList.length > 0 && (
            <Button leftSection={<PlusIcon />} onClick={addLine}>
              {t('budget.lines.add')}
            </Button>
          )
        }
      />
      <WhyHow section="budget" />
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('common.readOnly')}
        </Text>
      )}

      <EnvelopeCard
        planId={planId}
        canEdit={canEdit}
        settings={settings.data}
        summary={summary.data}
        fmt={fmt}
        reload={async () => (await settings.refetch()).data}
      />

      {lineList.length === 0 ? (
        <EmptyPanel title={t('budget.empty.title')} description={t('budget.empty.description')} icon={<ChartIcon />}>
          {canEdit && (
            <Button leftSection={<PlusIcon />} onClick={addLine}>
              {t('budget.lines.add')}
            </Button>
          )}
        </EmptyPanel>
      ) : (
        <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
          <Tabs.List>
            {TABS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`budget.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="lines" pt="md">
            <LinesTable
              lines={lineList}
              summaries={summary.data.lines}
              entries={entries.data}
              strategies={strategies.data}
              tactics={tactics.data}
              canEdit={canEdit}
              fmt={fmt}
              onSpend={(line) => setDialog({ kind: 'spend', lineId: line.id })}
              onEdit={(line) => setDialog({ kind: 'line', entity: line })}
              onDelete={(line) => {
                removeLine.reset();
                setDeletion({ collection: 'budget-lines', id: line.id, name: line.label });
              }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="allocation" pt="md">
            <AllocationSection summary={summary.data} fmt={fmt} />
          </Tabs.Panel>
          <Tabs.Panel value="roi" pt="md">
            <RoiSection summary={summary.data} fmt={fmt} />
          </Tabs.Panel>
          <Tabs.Panel value="scenarios" pt="md">
            <ScenariosSection
              planId={planId}
              scenarios={scenarioList}
              canEdit={canEdit}
              fmt={fmt}
              onCreate={() => setDialog({ kind: 'scenario', entity: null })}
              onEdit={(scenario) => setDialog({ kind: 'scenario', entity: scenario })}
              onDelete={(scenario) => {
                removeScenario.reset();
                setDeletion({ collection: 'budget-scenarios', id: scenario.id, name: scenario.name });
              }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="optimiser" pt="md">
            <OptimiserSection planId={planId} lines={lineList} scenarios={scenarioList} canEdit={canEdit} fmt={fmt} />
          </Tabs.Panel>
        </Tabs>
      )}

      {dialog?.kind === 'line' && (
        <LineEditorModal
          planId={planId}
          entity={dialog.entity}
          strategies={strategies.data}
          tactics={tactics.data}
          currency={currency}
          language={language}
          onClose={() => setDialog(null)}
        />
      )}
      {spendLine && (
        <SpendEntriesModal
          planId={planId}
          line={spendLine}
          entries={entries.data.filter((entry) => entry.budgetLineId === spendLine.id)}
          canEdit={canEdit}
          fmt={fmt}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'scenario' && (
        <ScenarioEditorModal
          planId={planId}
          entity={dialog.entity}
          scenarios={scenarioList}
          currency={currency}
          language={language}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDeleteModal
        name={deletion?.name ?? null}
        detail={deletion?.collection === 'budget-lines' ? t('budget.lines.deleteDetail') : undefined}
        pending={deleting.isPending}
        error={deleting.error}
        onClose={() => setDeletion(null)}
        onConfirm={() => deletion && deleting.mutate({ id: deletion.id }, { onSuccess: () => setDeletion(null) })}
      />
    </Stack>
  );
}
