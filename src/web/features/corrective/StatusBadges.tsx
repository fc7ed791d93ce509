import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../core/kpi/index.js';
import type { CorrectiveStatus } from './correctiveModel';
import './texts';

export const KPI_STATUS_COLORS: Record<KpiStatus, string> = {
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  no_data: 'gray',
  no_target: 'gray',
};

const CORRECTIVE_STATUS_COLORS: Record<CorrectiveStatus, string> = {
  planned: 'blue',
  in_progress: 'indigo',
  done: 'green',
  abandoned: 'gray',
};

/** The KPI's status against its path, in colour and in words (the colour alone says nothing to some). */
export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={KPI_STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`corrective.kpiStatus.${status}`)}
    </Badge>
  );
}

export function CorrectiveStatusBadge({ status }: { status: CorrectiveStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CORRECTIVE_STATUS_COLORS[status]} variant="light">
      {t(`corrective.status.${status}`)}
    </Badge>
  );
}
