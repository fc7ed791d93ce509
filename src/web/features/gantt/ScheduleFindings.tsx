import { Alert, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleReport } from '../../../core/schedule/index.js';
import { readableDate, type Language } from './messages';
import './texts';

const SHOWN = 5;

interface ScheduleFindingsProps {
  report: ScheduleReport | undefined;
  failed: boolean;
  language: Language;
}

/** What the engine's schedule report says: the critical path, milestones at risk, broken dependencies. */
export function ScheduleFindings({ report, failed, language }: ScheduleFindingsProps) {
  const { t } = useTranslation();
  if (failed)
    return (
      <Alert color="yellow" variant="light">
        {t('gantt.findings.reportError')}
      </Alert>
    );
  if (!report) return null;
  const { criticalPath, milestonesAtRisk, dateConflicts } = report;
  const end = criticalPath.projectEnd ? readableDate(criticalPath.projectEnd, language) : null;
  const risks = milestonesAtRisk.flatMap((risk) => risk.reasons.map((reason) => reason.message[language]));
  const conflicts = dateConflicts.map((conflict) => conflict.message[language]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gantt-findings-title">
      <Stack gap="sm">
        <Title order={3} fz="md" id="gantt-findings-title">
          {t('gantt.findings.title')}
        </Title>
        {end && (
          <Text size="sm">
            {criticalPath.criticalPath.length > 0
              ? t('gantt.findings.critical', { count: criticalPath.criticalPath.length, end })
              : t('gantt.findings.noCritical', { end })}
          </Text>
        )}
        <Group align="flex-start" grow wrap="wrap">
          <FindingList title={t('gantt.findings.milestonesAtRisk')} items={risks} color="orange" />
          <FindingList title={t('gantt.findings.dateConflicts')} items={conflicts} color="red" />
        </Group>
      </Stack>
    </Paper>
  );
}

function FindingList({ title, items, color }: { title: string; items: string[]; color: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  // Not an Alert: Mantine gives those role="alert", and this list is no news to announce.
  return (
    <Paper p="sm" miw={280} bg={`var(--mantine-color-${color}-light)`} aria-label={title} component="section">
      <Text size="sm" fw={600} c={`${color}.8`} mb={4}>
        {title}
      </Text>
      <List size="sm" spacing={4}>
        {items.slice(0, SHOWN).map((item, index) => (
          <List.Item key={index}>{item}</List.Item>
        ))}
      </List>
      {items.length > SHOWN && (
        <Text size="sm" mt={4}>
          {t('gantt.findings.more', { count: items.length - SHOWN })}
        </Text>
      )}
    </Paper>
  );
}
