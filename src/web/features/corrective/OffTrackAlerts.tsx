import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { AlertIcon, CheckIcon } from '../../ui/icons';
import { languageOf } from '../objectives/format';
import { kpiPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { CorrectiveActionEditorModal } from './CorrectiveActionEditorModal';
import { kpiAlerts, reportsByKpiId, type KpiAlert } from './correctiveModel';
import { formatKpiValue, formatVariance } from './format';
import { KpiStatusBadge } from './StatusBadges';
import { useCorrectiveData } from './useCorrectiveData';
import './texts';

/** Alerts listed before « show all ». */
const FIRST_ALERTS = 5;
const JUDGED = new Set(['on_track', 'at_risk', 'off_track']);

export interface OffTrackAlertsProps {
  workspaceId: string;
  planId: string;
}

/**
 * KPIs off track (or at risk) that nobody is acting on: no corrective action planned or in
 * progress. Each comes with a way to log one; once one is open, the KPI leaves the list.
 */
export function OffTrackAlerts({ workspaceId, planId }: OffTrackAlertsProps) {
  const { t } = useTranslation();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const { actions, kpis, statuses, people } = useCorrectiveData(workspaceId, planId, todayLocal());
  const [presetKpiId, setPresetKpiId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);

  const kpiList = kpis.data;
  const reportList = statuses.data?.items;
  const alerts = useMemo(
    () => kpiAlerts(kpiList ?? [], reportList ?? [], actions.data ?? []),
    [kpiList, reportList, actions.data],
  );
  const reports = useMemo(() => reportsByKpiId(kpiList ?? [], reportList ?? []), [kpiList, reportList]);

  const queries = [actions, kpis, statuses];
  const failed = queries.find((query) => query.isError);
  if (failed) {
    return (
      <ErrorState
        title={t('corrective.alerts.loadError')}
        error={failed.error}
        onRetry={() => queries.forEach((query) => void query.refetch())}
      />
    );
  }
  if (!queries.every((query) => query.data !== undefined)) return null;

  if (alerts.length === 0) {
    if (!reportList?.some((report) => JUDGED.has(report.status))) return null;
    return (
      <Group gap={6} c="green.8">
        <CheckIcon />
        <Text size="sm">{t('corrective.alerts.allHandled')}</Text>
      </Group>
    );
  }

  const offTrack = alerts.filter((alert) => alert.level === 'off_track').length;
  const shown = expanded ? alerts : alerts.slice(0, FIRST_ALERTS);
  const hidden = alerts.length - shown.length;

  return (
    <>
      <Alert
        color={offTrack > 0 ? 'red' : 'orange'}
        variant="light"
        icon={<AlertIcon />}
        title={t('corrective.alerts.title', { count: alerts.length })}
      >
        <Stack gap="xs">
          <Text size="sm">
            {offTrack > 0
              ? t('corrective.alerts.summary', { offTrack, atRisk: alerts.length - offTrack })
              : t('corrective.alerts.summaryAtRisk', { count: alerts.length })}
          </Text>
          <List spacing={6} listStyleType="none" p={0} aria-label={t('corrective.alerts.listLabel')}>
            {shown.map((alert) => (
              <AlertItem
                key={alert.kpi.id}
                alert={alert}
                href={kpiPath(workspaceId, planId, alert.kpi.id)}
                canEdit={canEdit}
                onLog={() => setPresetKpiId(alert.kpi.id)}
              />
            ))}
          </List>
          {(hidden > 0 || expanded) && alerts.length > FIRST_ALERTS && (
            <Group>
              <Button
                size="compact-sm"
                variant="subtle"
                aria-expanded={expanded}
                onClick={() => setExpanded((v) => !v)}
              >
                {expanded ? t('corrective.alerts.showFewer') : t('corrective.alerts.showAll', { count: hidden })}
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
      {presetKpiId !== null && (
        <CorrectiveActionEditorModal
          planId={planId}
          entity={null}
          presetKpiId={presetKpiId}
          kpis={kpiList ?? []}
          reports={reports}
          people={people.data ?? []}
          onClose={() => setPresetKpiId(null)}
        />
      )}
    </>
  );
}

interface AlertItemProps {
  alert: KpiAlert;
  href: string;
  canEdit: boolean;
  onLog: () => void;
}

function AlertItem({ alert, href, canEdit, onLog }: AlertItemProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { kpi, report } = alert;
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap" align="center">
        <KpiStatusBadge status={report.status} />
        <Anchor component={Link} to={href} size="sm" fw={600}>
          {kpi.name}
        </Anchor>
        <Text size="sm">
          {t('corrective.alerts.position', {
            actual: formatKpiValue(report.actual, kpi.unit, language),
            expected: formatKpiValue(report.expected, kpi.unit, language),
            date: report.latestMeasurementDate ? formatDate(report.latestMeasurementDate, language) : '—',
            variance: report.variance ? formatVariance(report.variance, kpi.unit, language) : '—',
          })}
        </Text>
        {canEdit && (
          <Button
            size="compact-sm"
            variant="white"
            color={alert.level === 'off_track' ? 'red' : 'orange'}
            aria-label={t('corrective.alerts.logFor', { name: kpi.name })}
            onClick={onLog}
          >
            {t('corrective.alerts.log')}
          </Button>
        )}
      </Group>
    </List.Item>
  );
}
