import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { PlusIcon } from '../../ui/icons';
import { useMembersQuery } from '../members/useMembers';
import { languageOf } from '../objectives/format';
import { usePlanQuery } from '../overview/usePlanOverview';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { DiffPanel, type Comparison } from './DiffPanel';
import { HistoryIcon } from './icons';
import { RestoreRevisionModal } from './RestoreRevisionModal';
import { RevisionHistory } from './RevisionHistory';
import { SaveRevisionModal } from './SaveRevisionModal';
import { CURRENT_PLAN, useRevisionsQuery, type Revision } from './useRevisions';
import './texts';

/**
 * The plan's revisions: the history, saving the plan as a new revision, the semantic diff between
 * two versions, and restoring one. Viewers read the history and the diffs; editors also save and
 * restore.
 */
export function RevisionsPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const revisions = useRevisionsQuery(planId);
  const plan = usePlanQuery(planId);
  const members = useMembersQuery(workspaceId);
  const historyHeadingId = useId();
  const diffHeading = useRef<HTMLHeadingElement>(null);
  const [page, setPage] = useState(1);
  const [saving, setSaving] = useState(false);
  const [restoring, setRestoring] = useState<Revision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison>({ from: '', to: CURRENT_PLAN });

  const names = useMemo(
    () => new Map((members.data?.items ?? []).map((member) => [member.userId, member.name])),
    [members.data],
  );
  const authorOf = (revision: Revision) => {
    if (revision.createdBy === null) return t('revisions.history.apiToken');
    // The names come with the members list; without it (still loading, or refused) say nothing wrong.
    if (!members.data) return members.isError ? '—' : '…';
    return names.get(revision.createdBy) ?? t('revisions.history.formerMember');
  };

  const compareWithCurrent = (revision: Revision) => {
    setComparison({ from: revision.id, to: CURRENT_PLAN });
    // The panel is below the history: take the reader (and the focus) there.
    requestAnimationFrame(() => {
      diffHeading.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
      diffHeading.current?.focus({ preventScroll: true });
    });
  };

  const openSave = () => {
    setNotice(null);
    setSaving(true);
  };

  if (revisions.isError) return <LoadError title={t('revisions.loadError')} queries={[revisions]} />;
  if (revisions.data === undefined) return <PageSkeleton blocks={[{ height: 32, width: '30%' }, 220]} />;

  const list = revisions.data;
  const saveButton = canEdit && (
    <Button leftSection={<PlusIcon />} onClick={openSave}>
      {t('revisions.save.open')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('revisions.title')} intro={t('revisions.intro')} action={list.length > 0 && saveButton} />
      <WhyHow section="revisions" />

      {notice && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}

      {list.length === 0 ? (
        <EmptyPanel
          title={t('revisions.empty.title')}
          description={t('revisions.empty.description')}
          icon={<HistoryIcon />}
        >
          {saveButton}
        </EmptyPanel>
      ) : (
        <>
          <Stack gap="xs" component="section" aria-labelledby={historyHeadingId}>
            <div>
              <Title order={3} fz="lg" id={historyHeadingId}>
                {t('revisions.history.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('revisions.history.count', { count: list.length })}
              </Text>
            </div>
            <RevisionHistory
              revisions={list}
              page={page}
              onPageChange={setPage}
              authorOf={authorOf}
              canEdit={canEdit}
              onCompare={compareWithCurrent}
              onRestore={(revision) => {
                setNotice(null);
                setRestoring(revision);
              }}
              labelledBy={historyHeadingId}
            />
          </Stack>
          <DiffPanel
            planId={planId}
            revisions={list}
            comparison={comparison}
            onChange={setComparison}
            language={language}
            currency={plan.data?.currency ?? 'EUR'}
            headingRef={diffHeading}
          />
        </>
      )}

      {saving && (
        <SaveRevisionModal
          planId={planId}
          onClose={() => setSaving(false)}
          onReload={() => revisions.refetch()}
          onSaved={(revision) => {
            setSaving(false);
            setPage(1);
            setNotice(t('revisions.save.done', { number: revision.number, message: revision.message }));
          }}
        />
      )}
      {restoring && (
        <RestoreRevisionModal
          planId={planId}
          workspaceId={workspaceId}
          revision={restoring}
          onClose={() => setRestoring(null)}
          onReload={() => revisions.refetch()}
          onCompare={() => {
            setRestoring(null);
            compareWithCurrent(restoring);
          }}
          onRestored={(restored) => {
            setRestoring(null);
            setPage(1);
            // The server saved the replaced state just before the restored one (revisions.service.ts).
            setNotice(t('revisions.restore.done', { number: restoring.number, saved: restored.number - 1 }));
          }}
        />
      )}
    </Stack>
  );
}
