import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HealthFinding, Severity } from '../../api/types';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { entityHref, knownCollection } from './entityLinks';
import { useAlignmentTree } from './useAlignmentTree';
import { usePlanHealthQuery } from './usePlanOverview';

const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'blue' };

interface FindingsSectionProps {
  workspaceId: string;
  planId: string;
  language: 'fr' | 'en';
}

/** The health check's findings, each with a link to the entity at fault when it has a screen. */
export function FindingsSection({ workspaceId, planId, language }: FindingsSectionProps) {
  const { t } = useTranslation();
  const health = usePlanHealthQuery(planId);
  // Entity names for findings that only give a key (the health card shows the loading and errors).
  const { names } = useAlignmentTree(planId);
  if (!health.data) return null;
  const { findings } = health.data;
  if (findings.length === 0) {
    return (
      <EmptyPanel
        title={t('overview.findings.emptyTitle')}
        description={t('overview.findings.emptyDescription')}
        icon={<CheckIcon />}
      />
    );
  }
  return (
    <section aria-labelledby="findings-title">
      <Title order={2} fz="lg" mb="sm" id="findings-title">
        {t('overview.findings.title')}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {findings.map((finding, index) => (
          <FindingItem
            key={`${finding.rule}-${index}`}
            finding={finding}
            language={language}
            names={names}
            workspaceId={workspaceId}
            planId={planId}
          />
        ))}
      </Stack>
    </section>
  );
}

interface FindingItemProps {
  finding: HealthFinding;
  language: 'fr' | 'en';
  names: ReadonlyMap<string, string>;
  workspaceId: string;
  planId: string;
}

function FindingItem({ finding, language, names, workspaceId, planId }: FindingItemProps) {
  const { t } = useTranslation();
  const { entity } = finding;
  const collection = entity ? knownCollection(entity.collection) : null;
  const entityText = entity
    ? t('overview.findings.entity', {
        collection: collection ? t(`overview.collections.${collection}`) : entity.collection,
        name: names.get(`${collection ?? entity.collection}:${entity.key}`) ?? entity.key,
      })
    : null;
  const href = entity ? entityHref(workspaceId, planId, entity.collection, entity.key) : null;
  return (
    <Paper withBorder p="sm" component="li">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge color={SEVERITY_COLORS[finding.severity]} variant="light" style={{ flexShrink: 0 }}>
          {t(`overview.severity.${finding.severity}`)}
        </Badge>
        <div>
          <Text size="sm">{finding.message[language]}</Text>
          {entityText &&
            (href ? (
              <Anchor component={Link} to={href} size="xs">
                {entityText}
              </Anchor>
            ) : (
              <Text size="xs" c="dimmed">
                {entityText}
              </Text>
            ))}
        </div>
      </Group>
    </Paper>
  );
}

function CheckIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 12.5l4.5 4.5L19 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}
