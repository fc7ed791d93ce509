import {
  Anchor,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideStage, GuideStep } from '../../../core/guide/index.js';
import { todayLocal } from '../../forms/values';
import { ErrorState } from '../../ui/ErrorState';
import { planPath } from '../plan/planPaths';
import { useGuidedPathQuery } from './useGuidedPathQuery';

type Language = 'fr' | 'en';

interface GuidedPathPanelProps {
  workspaceId: string;
  planId: string;
  language: Language;
}

/**
 * « Parcours de la méthode »: the four stages as a checklist, each step linked to the screen where
 * it is done. Open while there is something left to do; folded once the plan is complete.
 */
export function GuidedPathPanel({ workspaceId, planId, language }: GuidedPathPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const path = useGuidedPathQuery(planId, todayLocal());
  // Until the user folds or unfolds it, the panel follows the plan: folded only once complete.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const data = path.data;
  const open = chosen ?? !data?.complete;
  const next = data?.stages.flatMap((s) => s.steps).find((s) => !s.done)?.id ?? null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="guided-path">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Title order={2} fz="lg" id={titleId}>
            {t('overview.guidedPath.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('overview.guidedPath.intro')}
          </Text>
        </div>
        {data && (
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setChosen(!open)}
          >
            {open ? t('overview.guidedPath.hide') : t('overview.guidedPath.show')}
          </Button>
        )}
      </Group>

      {path.isPending && (
        <div role="status" aria-label={t('app.loading')}>
          <Skeleton height={120} />
        </div>
      )}
      {path.isError && (
        <ErrorState title={t('overview.guidedPath.error')} error={path.error} onRetry={() => void path.refetch()} />
      )}
      {data && (
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={600}>
              {t('overview.guidedPath.count', { done: data.done, total: data.total })}
            </Text>
            <Progress
              value={data.total > 0 ? (data.done / data.total) * 100 : 0}
              color={data.complete ? 'green' : 'indigo'}
              aria-label={t('overview.guidedPath.progressLabel')}
              mt={4}
            />
          </div>
          {data.complete && (
            <Text size="sm" c="green.9">
              {t('overview.guidedPath.complete')}
            </Text>
          )}
          {data.done === 0 && <Text size="sm">{t('overview.guidedPath.start')}</Text>}
          <div id={bodyId}>
            <Collapse expanded={open} keepMounted={false}>
              <Stack gap="md" mt="xs">
                {data.stages.map((stage) => (
                  <StageList
                    key={stage.id}
                    stage={stage}
                    next={next}
                    language={language}
                    href={(step) => planPath(workspaceId, planId, step.section)}
                  />
                ))}
              </Stack>
            </Collapse>
          </div>
        </Stack>
      )}
    </Paper>
  );
}

interface StageListProps {
  stage: GuideStage;
  next: string | null;
  language: Language;
  href: (step: GuideStep) => string;
}

function StageList({ stage, next, language, href }: StageListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const done = stage.steps.filter((s) => s.done).length;
  return (
    <div>
      <Group gap="xs" mb={6}>
        <Title order={3} fz="md" id={headingId}>
          {stage.title[language]}
        </Title>
        <Badge variant="light" color={done === stage.steps.length ? 'green' : 'gray'}>
          {t('overview.guidedPath.stageCount', { done, total: stage.steps.length })}
        </Badge>
      </Group>
      <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
        {stage.steps.map((step) => (
          <StepItem key={step.id} step={step} isNext={step.id === next} language={language} href={href(step)} />
        ))}
      </Stack>
    </div>
  );
}

interface StepItemProps {
  step: GuideStep;
  isNext: boolean;
  language: Language;
  href: string;
}

function StepItem({ step, isNext, language, href }: StepItemProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const statusId = useId();
  return (
    <li
      data-testid={`guided-step-${step.id}`}
      data-done={step.done ? 'true' : 'false'}
      aria-labelledby={`${titleId} ${statusId}`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <StepMark done={step.done} />
        <div>
          <Group gap="xs">
            <Anchor component={Link} to={href} size="sm" fw={600} id={titleId}>
              {step.title[language]}
            </Anchor>
            <VisuallyHidden id={statusId}>
              {step.done ? t('overview.guidedPath.done') : t('overview.guidedPath.todo')}
            </VisuallyHidden>
            {step.progress && (
              <Text size="xs" c="dimmed" span>
                {t('overview.guidedPath.stageCount', { done: step.progress.done, total: step.progress.of })}
              </Text>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {step.why[language]}
          </Text>
          {isNext && (
            <Text size="sm" mt={2}>
              <Text span inherit fw={600}>
                {t('overview.guidedPath.next')}
              </Text>{' '}
              {step.how[language]}
            </Text>
          )}
        </div>
      </Group>
    </li>
  );
}

/** A tick in a green disc when done, an empty ring otherwise; the words are in the item's name. */
function StepMark({ done }: { done: boolean }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      {done ? (
        <>
          <circle cx="12" cy="12" r="10" fill="var(--mantine-color-green-7)" />
          <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="white" strokeWidth="2.2" strokeLinejoin="round" />
        </>
      ) : (
        <circle cx="12" cy="12" r="9" fill="none" stroke="var(--mantine-color-gray-5)" strokeWidth="2" />
      )}
    </svg>
  );
}
