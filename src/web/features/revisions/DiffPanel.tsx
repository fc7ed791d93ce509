import { Badge, Group, NativeSelect, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../../core/diff/index.js';
import { ErrorState } from '../../ui/ErrorState';
import { CheckIcon } from '../../ui/icons';
import { ChangeTable } from './ChangeTable';
import { countKinds, groupChanges, type DiffSection, type Language } from './diffView';
import { formatInstant, shorten } from './format';
import { CURRENT_PLAN, usePlanDiffQuery, type PlanDiffReport, type Revision } from './useRevisions';
import './texts';

export interface Comparison {
  /** A revision id, or '' before one is picked. */
  from: string;
  /** A revision id, or CURRENT_PLAN. */
  to: string;
}

interface DiffPanelProps {
  planId: string;
  revisions: readonly Revision[];
  comparison: Comparison;
  onChange: (comparison: Comparison) => void;
  language: Language;
  currency: string;
  headingRef: Ref<HTMLHeadingElement>;
}

const KINDS: ChangeKind[] = ['added', 'removed', 'changed', 'moved'];

/** Two versions picked side by side, and what changed from one to the other, part by part. */
export function DiffPanel(props: DiffPanelProps) {
  const { planId, revisions, comparison, onChange, language, currency, headingRef } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const { from, to } = comparison;
  const diff = usePlanDiffQuery(planId, from, to);

  const option = (revision: Revision) => ({
    value: revision.id,
    label: t('revisions.diff.revisionOption', {
      number: revision.number,
      date: formatInstant(revision.createdAt, language),
      message: shorten(revision.message),
    }),
  });
  const options = revisions.map(option);
  const nameOf = (id: string) => {
    if (id === CURRENT_PLAN) return t('revisions.diff.current');
    const revision = revisions.find((item) => item.id === id);
    return revision ? t('revisions.diff.revisionName', { number: revision.number }) : id;
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={3} fz="lg" id={headingId} ref={headingRef} tabIndex={-1}>
            {t('revisions.diff.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('revisions.diff.intro')}
          </Text>
        </div>
        <Group align="flex-end" gap="md" grow preventGrowOverflow={false}>
          <NativeSelect
            label={t('revisions.diff.from')}
            value={from}
            onChange={(event) => onChange({ from: event.currentTarget.value, to })}
            data={[{ value: '', label: t('revisions.diff.fromPlaceholder'), disabled: true }, ...options]}
          />
          <NativeSelect
            label={t('revisions.diff.to')}
            value={to}
            onChange={(event) => onChange({ from, to: event.currentTarget.value })}
            data={[{ value: CURRENT_PLAN, label: t('revisions.diff.current') }, ...options]}
          />
        </Group>
        {from === '' ? (
          <Text size="sm" c="dimmed">
            {t('revisions.diff.pick')}
          </Text>
        ) : from === to ? (
          <Text size="sm" c="orange.8" role="status">
            {t('revisions.diff.sameVersion')}
          </Text>
        ) : diff.isError ? (
          <ErrorState title={t('revisions.diff.loadError')} error={diff.error} onRetry={() => void diff.refetch()} />
        ) : diff.data === undefined ? (
          <Stack gap="xs" role="status" aria-label={t('revisions.diff.computing')}>
            <Skeleton height={28} width="40%" />
            <Skeleton height={120} />
          </Stack>
        ) : (
          <DiffResult
            report={diff.data}
            fromName={nameOf(from)}
            toName={nameOf(to)}
            language={language}
            currency={currency}
          />
        )}
      </Stack>
    </Paper>
  );
}

interface DiffResultProps {
  report: PlanDiffReport;
  fromName: string;
  toName: string;
  language: Language;
  currency: string;
}

function DiffResult({ report, fromName, toName, language, currency }: DiffResultProps) {
  const { t } = useTranslation();
  const yes = t('revisions.diff.yes');
  const no = t('revisions.diff.no');
  const sections = useMemo(
    () => groupChanges(report.changes, language, currency, { yes, no }),
    [report.changes, language, currency, yes, no],
  );
  const counts = useMemo(() => countKinds(report.changes), [report.changes]);

  if (report.changes.length === 0) {
    return (
      <Group gap="sm" wrap="nowrap" align="flex-start" role="status">
        <ThemeIcon color="green" variant="light" radius="xl">
          <CheckIcon />
        </ThemeIcon>
        <div>
          <Text fw={600}>{t('revisions.diff.none.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('revisions.diff.none.description', { from: fromName, to: toName })}
          </Text>
        </div>
      </Group>
    );
  }

  return (
    <Stack gap="lg">
      <Group gap="sm" role="status">
        <Text fw={600}>
          {t('revisions.diff.comparing', { from: fromName, to: toName })} ·{' '}
          {t('revisions.diff.summary', { count: report.changes.length })}
        </Text>
        {KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
          <Badge key={kind} variant="outline" color="gray">
            {t(`revisions.diff.counts.${kind}`, { count: counts[kind] })}
          </Badge>
        ))}
      </Group>
      {sections.map((section) => (
        <SectionChanges key={section.name} section={section} />
      ))}
    </Stack>
  );
}

function SectionChanges({ section }: { section: DiffSection }) {
  const { t } = useTranslation();
  const headingId = useId();
  // A collection added to the plan after this screen was written still gets a readable title.
  const name = t(`revisions.sections.${section.name}`, { defaultValue: section.name });
  return (
    <section aria-labelledby={headingId}>
      <Group gap="sm" mb={4}>
        <Title order={4} fz="md" id={headingId}>
          {name}
        </Title>
        <Text size="sm" c="dimmed">
          {t('revisions.diff.sectionCount', { count: section.rows.length })}
        </Text>
      </Group>
      <ChangeTable rows={section.rows} labelledBy={headingId} sectionName={name} />
    </section>
  );
}
