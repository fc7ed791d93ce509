import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlignmentReport, AlignmentStatus } from '../../../core/funnel/index.js';
import type { Language } from './alignment';
import './texts';

export const STATUS_COLORS: Record<AlignmentStatus, string> = {
  covered: 'green',
  shortfall: 'red',
  incomplete: 'yellow',
  no_funnel: 'gray',
};

/** The status badge of a goal's funnel check. */
export function AlignmentBadge({ status }: { status: AlignmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`goals.alignment.status.${status}`)}
    </Badge>
  );
}

/** The result of the funnel check: badge, the engine's sentence and, when short, each stage's need. */
export function AlignmentSummary({ report, lang }: { report: AlignmentReport; lang: Language }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <AlignmentBadge status={report.status} />
        <Text size="sm">{report.summary[lang]}</Text>
      </Group>
      {report.status === 'shortfall' && report.stageNeeds.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('goals.alignment.needs')}
          </Text>
          <List size="sm" spacing={2} withPadding>
            {report.stageNeeds.map((need) => (
              <List.Item key={need.stage} c={need.reachable ? undefined : 'dimmed'}>
                {need.message[lang]}
                {!need.reachable && (
                  <Badge ml="xs" size="xs" color="gray" variant="outline">
                    {t('goals.alignment.outOfReach')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

/** The check as it would be with the values being typed; announced politely as they change. */
export function AlignmentPreview({
  report,
  lang,
  change,
}: {
  report: AlignmentReport | null;
  lang: Language;
  /** The goal's required change as typed (« +20 % »), when known. */
  change?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      bg="var(--mantine-color-default-hover)"
      component="section"
      aria-label={t('goals.alignment.preview')}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {t('goals.alignment.preview')}
          </Text>
          {change && <Text size="sm">{t('goals.card.changeValue', { change })}</Text>}
        </Group>
        <div aria-live="polite">{report && <AlignmentSummary report={report} lang={lang} />}</div>
        <Text size="xs" c="dimmed">
          {t('goals.alignment.previewHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
