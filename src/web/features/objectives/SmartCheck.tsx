import { Badge, Group, Paper, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { SmartCriterion, SmartReport, SmartStatus } from '../../../core/smart/index.js';
import type { Language } from './format';
import { AlertIcon, CheckIcon, CrossIcon } from '../../ui/icons';
import './texts';

export const SMART_CRITERIA: readonly SmartCriterion[] = [
  'specific',
  'measurable',
  'achievable',
  'relevant',
  'timeBound',
];
const LETTERS: Record<SmartCriterion, string> = {
  specific: 'S',
  measurable: 'M',
  achievable: 'A',
  relevant: 'R',
  timeBound: 'T',
};
export const STATUS_COLORS: Record<SmartStatus, string> = { pass: 'green', warn: 'yellow', fail: 'red' };

/** fail when a criterion fails, warn when one only warns, pass otherwise. */
export function overallStatus(report: SmartReport): SmartStatus {
  const statuses = SMART_CRITERIA.map((criterion) => report.criteria[criterion].status);
  if (statuses.includes('fail')) return 'fail';
  return statuses.includes('warn') ? 'warn' : 'pass';
}

export function countStatus(report: SmartReport, status: SmartStatus): number {
  return SMART_CRITERIA.filter((criterion) => report.criteria[criterion].status === status).length;
}

function StatusIcon({ status }: { status: SmartStatus }) {
  if (status === 'pass') return <CheckIcon />;
  if (status === 'warn') return <AlertIcon />;
  return <CrossIcon />;
}

/** One criterion as a chip: its letter and a status icon, named in full for screen readers. */
function CriterionChip({ criterion, status }: { criterion: SmartCriterion; status: SmartStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'fail' ? 'filled' : 'light'}
      leftSection={<StatusIcon status={status} />}
      radius="sm"
      style={{ flexShrink: 0 }}
    >
      <span aria-hidden="true">{LETTERS[criterion]}</span>
      <VisuallyHidden>
        {t('objectives.smart.chip', {
          criterion: t(`objectives.smart.criteria.${criterion}`),
          status: t(`objectives.smart.status.${status}`),
        })}
      </VisuallyHidden>
    </Badge>
  );
}

/** The five criteria as chips; hovering one shows its explanation. */
export function SmartChips({ report, language }: { report: SmartReport; language: Language }) {
  return (
    <Group gap={4} wrap="wrap">
      {SMART_CRITERIA.map((criterion) => (
        <Tooltip key={criterion} label={report.criteria[criterion].message[language]} multiline maw={320} withArrow>
          <span>
            <CriterionChip criterion={criterion} status={report.criteria[criterion].status} />
          </span>
        </Tooltip>
      ))}
    </Group>
  );
}

/** The five criteria with their status and explanation, in the UI language. */
export function SmartCriteriaList({ report, language }: { report: SmartReport; language: Language }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {SMART_CRITERIA.map((criterion) => {
        const check = report.criteria[criterion];
        return (
          <Group key={criterion} component="li" gap="sm" wrap="nowrap" align="flex-start">
            <CriterionChip criterion={criterion} status={check.status} />
            <div>
              <Text size="sm" fw={600} aria-hidden="true">
                {t('objectives.smart.chip', {
                  criterion: t(`objectives.smart.criteria.${criterion}`),
                  status: t(`objectives.smart.status.${check.status}`),
                })}
              </Text>
              <Text size="sm">{check.message[language]}</Text>
            </div>
          </Group>
        );
      })}
    </Stack>
  );
}

/**
 * The live SMART check of the objective form: a summary that says at once whether the objective
 * is SMART, each criterion explained, and the suggested wording while something is missing.
 */
export function SmartLintPanel({ report, language }: { report: SmartReport | null; language: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  const failed = report ? countStatus(report, 'fail') : 0;
  const warned = report ? countStatus(report, 'warn') : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} bg="var(--mantine-color-gray-0)">
      <Stack gap="sm">
        <Title order={3} fz="md" id={headingId}>
          {t('objectives.lint.title')}
        </Title>
        <div aria-live="polite">
          {!report && (
            <Text size="sm" c="dimmed">
              {t('objectives.lint.start')}
            </Text>
          )}
          {report && failed > 0 && (
            <Paper p="xs" bg="var(--mantine-color-red-filled)" c="white">
              <Text size="sm" fw={700}>
                {t('objectives.lint.failed', { count: failed })}
              </Text>
              <Text size="xs">{t('objectives.lint.saveAnyway')}</Text>
            </Paper>
          )}
          {report && failed === 0 && (
            <Paper p="xs" bg="var(--mantine-color-green-light)" c="var(--mantine-color-green-light-color)">
              <Text size="sm" fw={700}>
                {t('objectives.lint.passed')}
              </Text>
              {warned > 0 && <Text size="xs">{t('objectives.lint.advice', { count: warned })}</Text>}
            </Paper>
          )}
        </div>
        {report && <SmartCriteriaList report={report} language={language} />}
        {report && (failed > 0 || warned > 0) && (
          <div>
            <Text size="sm" fw={600}>
              {t('objectives.lint.rewrite')}
            </Text>
            <Text size="sm" fs="italic">
              {report.rewrite[language]}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
