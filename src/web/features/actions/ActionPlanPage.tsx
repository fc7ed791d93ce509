import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { ActionEntity, StrategyEntity, TacticEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { PlusIcon, TargetIcon } from '../../ui/icons';
import { languageOf } from '../objectives/format';
import { usePlanQuery } from '../overview/usePlanOverview';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { ActionEditorModal } from './ActionEditorModal';
import { ACTION_STATUSES } from './actionForms';
import {
  branchOf,
  buildTree,
  initiallyCollapsed,
  isFiltering,
  predecessorCounts,
  visibleRows,
  type ActionFilter,
  type ActionStatus,
} from './actionTree';
import { ActionTree } from './ActionTree';
import { StrategyEditorModal } from './StrategyEditorModal';
import { TacticEditorModal } from './TacticEditorModal';
import type { TreeHandlers } from './treeParts';
import { useActionPatch } from './useActionPatch';
import { useStrategyLinks } from './useStrategyLinks';
import './texts';

type Dialog =
  | { kind: 'strategy'; entity: StrategyEntity | null }
  | { kind: 'tactic'; entity: TacticEntity | null; strategyId: string }
  | { kind: 'action'; entity: ActionEntity | null; tacticId: string };

type Deletion =
  | { collection: 'strategies'; id: string; name: string; detail: string }
  | { collection: 'tactics'; id: string; name: string; detail: string }
  | { collection: 'actions'; id: string; name: string; detail: string };

const ENTITY_HASH = '#entity-';

/** The action plan: strategies → tactics → dated actions, edited in place, at the scale of 2,000 actions. */
export function ActionPlanPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { hash } = useLocation();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const plan = usePlanQuery(planId);
  const strategies = useCollectionQuery(planId, 'strategies');
  const tactics = useCollectionQuery(planId, 'tactics');
  const actions = useCollectionQuery(planId, 'actions');
  const dependencies = useCollectionQuery(planId, 'action-dependencies');
  const objectives = useCollectionQuery(planId, 'objectives');
  const personas = useCollectionQuery(planId, 'personas');
  const swotItems = useCollectionQuery(planId, 'swot-items');
  const removeStrategy = useDeleteEntity(planId, 'strategies');
  const removeTactic = useDeleteEntity(planId, 'tactics');
  const removeAction = useDeleteEntity(planId, 'actions');
  const { patch, problems, setProblem } = useActionPatch(planId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string> | null>(null);
  const [filterText, setFilterText] = useState('');
  const [filterStatus, setFilterStatus] = useState<ActionStatus | ''>('');
  const [debouncedText] = useDebouncedValue(filterText, 150);

  const tree = useMemo(
    () => buildTree(strategies.data ?? [], tactics.data ?? [], actions.data ?? []),
    [strategies.data, tactics.data, actions.data],
  );
  const filter: ActionFilter = useMemo(
    () => ({ text: debouncedText, status: filterStatus }),
    [debouncedText, filterStatus],
  );
  const folded = useMemo(() => collapsed ?? initiallyCollapsed(tree), [collapsed, tree]);
  const visible = useMemo(() => visibleRows(tree, folded, filter), [tree, folded, filter]);
  const counts = useMemo(() => predecessorCounts(dependencies.data ?? []), [dependencies.data]);
  const linksOf = useStrategyLinks(workspaceId, planId, objectives.data, personas.data, swotItems.data);

  const queries = [plan, strategies, tactics, actions, dependencies, objectives, personas, swotItems];
  const ready = queries.every((query) => query.data !== undefined);

  // A link to `#entity-<key>` unfolds the branch holding it, once per link followed.
  const hashKey = hash.startsWith(ENTITY_HASH) ? safeDecode(hash.slice(ENTITY_HASH.length)) : null;
  const targetBranch = ready && hashKey ? branchOf(tree, hashKey) : null;
  const unfoldedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!hashKey || !targetBranch || unfoldedFor.current === hashKey) return;
    unfoldedFor.current = hashKey;
    if (targetBranch.length === 0) return;
    setCollapsed((current) => {
      const next = new Set(current ?? initiallyCollapsed(tree));
      for (const id of targetBranch) next.delete(id);
      return next;
    });
  }, [hashKey, targetBranch, tree]);

  // Read at click time, so that the row handlers stay the same objects when the data changes
  // (rows are memoised: an inline change must not re-render every row).
  const treeRef = useRef(tree);
  useEffect(() => {
    treeRef.current = tree;
  }, [tree]);
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((current) => {
        const next = new Set(current ?? initiallyCollapsed(treeRef.current));
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  const refetchActions = actions.refetch;
  const handlers: TreeHandlers = useMemo(() => {
    const countTactics = (n: number) => t('actions.count.tactics', { count: n });
    const countActions = (n: number) => t('actions.count.actions', { count: n });
    return {
      canEdit,
      language,
      currency: plan.data?.currency ?? 'EUR',
      canFold: !isFiltering(filter),
      toggle,
      editStrategy: (entity) => setDialog({ kind: 'strategy', entity }),
      addTactic: (strategyId) => setDialog({ kind: 'tactic', entity: null, strategyId }),
      editTactic: (entity) => setDialog({ kind: 'tactic', entity, strategyId: entity.strategyId }),
      addAction: (tacticId) => setDialog({ kind: 'action', entity: null, tacticId }),
      editAction: (entity) => setDialog({ kind: 'action', entity, tacticId: entity.tacticId }),
      deleteStrategy: (strategy) => {
        const node = treeRef.current.find((n) => n.strategy.id === strategy.id);
        setDeletion({
          collection: 'strategies',
          id: strategy.id,
          name: strategy.name,
          detail: t('actions.strategy.deleteDetail', {
            tactics: countTactics(node?.tactics.length ?? 0),
            actions: countActions(node?.actionCount ?? 0),
          }),
        });
      },
      deleteTactic: (tactic) => {
        const held =
          treeRef.current.flatMap((n) => n.tactics).find((n) => n.tactic.id === tactic.id)?.actions.length ?? 0;
        setDeletion({
          collection: 'tactics',
          id: tactic.id,
          name: tactic.name,
          detail: t('actions.tactic.deleteDetail', { actions: countActions(held) }),
        });
      },
      deleteAction: (action) =>
        setDeletion({
          collection: 'actions',
          id: action.id,
          name: action.title,
          detail: t('actions.action.deleteDetail'),
        }),
      patch: (id, changes) => void patch(id, changes),
      setProblem,
      reloadActions: () => void refetchActions(),
    };
  }, [canEdit, language, plan.data?.currency, filter, toggle, t, patch, setProblem, refetchActions]);

  const remover =
    deletion?.collection === 'strategies'
      ? removeStrategy
      : deletion?.collection === 'tactics'
        ? removeTactic
        : removeAction;

  if (queries.some((query) => query.isError)) return <LoadError title={t('actions.loadError')} queries={queries} />;
  if (!ready) return <PageSkeleton blocks={[{ height: 32, width: '30%' }, 120, 60, 60]} />;

  const filtering = isFiltering(filter);
  const totalActions = actions.data?.length ?? 0;
  const addStrategy = () => setDialog({ kind: 'strategy', entity: null });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('actions.title')}
        intro={t('actions.intro')}
        introWidth={760}
        action={
          canEdit &&
          tree.length > 0 && (
            <Button leftSection={<PlusIcon />} onClick={addStrategy}>
              {t('actions.addStrategy')}
            </Button>
          )
        }
      />
      <WhyHow section="actions" />

      {tree.length === 0 ? (
        <EmptyPanel title={t('actions.empty.title')} description={t('actions.empty.description')} icon={<TargetIcon />}>
          {canEdit && (
            <Button leftSection={<PlusIcon />} onClick={addStrategy}>
              {t('actions.addStrategy')}
            </Button>
          )}
        </EmptyPanel>
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label={t('actions.filter.text')}
              placeholder={t('actions.filter.textPlaceholder')}
              type="search"
              value={filterText}
              onChange={(event) => setFilterText(event.currentTarget.value)}
              w={260}
            />
            <NativeSelect
              label={t('actions.filter.status')}
              value={filterStatus}
              data={[
                { value: '', label: t('actions.filter.allStatuses') },
                ...ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.status.${status}`) })),
              ]}
              onChange={(event) => setFilterStatus(event.currentTarget.value as ActionStatus | '')}
              w={180}
            />
            {filtering ? (
              <Button
                variant="subtle"
                onClick={() => {
                  setFilterText('');
                  setFilterStatus('');
                }}
              >
                {t('actions.filter.clear')}
              </Button>
            ) : (
              <Group gap="xs">
                <Button variant="default" size="sm" onClick={() => setCollapsed(new Set())}>
                  {t('actions.tree.expandAll')}
                </Button>
                <Button
                  variant="default"
                  size="sm"
                  onClick={() => setCollapsed(new Set(tree.flatMap((n) => [n.strategy.id])))}
                >
                  {t('actions.tree.collapseAll')}
                </Button>
              </Group>
            )}
            <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
              {filtering
                ? t('actions.filter.summary', {
                    shown: visible.matching,
                    actions: t('actions.count.actions', { count: totalActions }),
                  })
                : t('actions.count.actions', { count: totalActions })}
            </Text>
          </Group>
          {filtering && visible.rows.length === 0 ? (
            <Text c="dimmed">{t('actions.filter.noMatch')}</Text>
          ) : (
            <ActionTree
              rows={visible.rows}
              linksOf={linksOf}
              predecessorCounts={counts}
              problems={problems}
              filtering={filtering}
              targetKey={targetBranch ? hashKey : null}
              h={handlers}
            />
          )}
        </>
      )}

      {dialog?.kind === 'strategy' && (
        <StrategyEditorModal
          planId={planId}
          entity={dialog.entity}
          objectives={objectives.data ?? []}
          personas={personas.data ?? []}
          swotItems={swotItems.data ?? []}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'tactic' && (
        <TacticEditorModal
          planId={planId}
          entity={dialog.entity}
          strategyId={dialog.strategyId}
          strategies={strategies.data ?? []}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'action' && (
        <ActionEditorModal
          planId={planId}
          entity={dialog.entity}
          tacticId={dialog.tacticId}
          tree={tree}
          dependencies={dependencies.data ?? []}
          currency={plan.data?.currency ?? 'EUR'}
          language={language}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDeleteModal
        name={deletion?.name ?? null}
        detail={deletion?.detail}
        pending={remover.isPending}
        error={remover.error}
        onClose={() => {
          remover.reset();
          setDeletion(null);
        }}
        onConfirm={() => deletion && remover.mutate({ id: deletion.id }, { onSuccess: () => setDeletion(null) })}
      />
    </Stack>
  );
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
