import { ActionIcon, Anchor, Badge, Menu, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Plan, PlanStatus } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { healthScoreColor } from '../../ui/healthScore';
import { usePlanHealthQuery } from '../overview/usePlanOverview';

const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  active: 'green',
  archived: 'dark',
};

export type PlanAction = 'duplicate' | 'archive' | 'unarchive' | 'delete';

interface PlanTableProps {
  plans: Plan[];
  /** Where a plan's overview is. */
  planHref: (plan: Plan) => string;
  /** Absent for readers who may not change plans: no actions column then. */
  onAction?: ((plan: Plan, action: PlanAction) => void) | undefined;
}

export function PlanTable({ plans, planHref, onAction }: PlanTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage ?? 'fr';

  const period = (plan: Plan) =>
    plan.startDate && plan.endDate
      ? t('plans.period', {
          start: formatDate(plan.startDate, language),
          end: formatDate(plan.endDate, language),
        })
      : t('plans.noPeriod');

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plans.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.period')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.health')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.currency')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.updatedAt')}</Table.Th>
            {onAction && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('plans.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(planHref(plan))}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component={Link}
                  to={planHref(plan)}
                  fw={600}
                  size="sm"
                  c="inherit"
                  onClick={(event) => event.stopPropagation()}
                >
                  {plan.name}
                </Anchor>
                {plan.description && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {plan.description}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <Badge color={STATUS_COLORS[plan.status]} variant="light">
                  {t(`plans.status.${plan.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{period(plan)}</Table.Td>
              <Table.Td>
                <HealthScore planId={plan.id} />
              </Table.Td>
              <Table.Td>{plan.currency}</Table.Td>
              <Table.Td>{formatDate(plan.updatedAt, language)}</Table.Td>
              {onAction && (
                <Table.Td onClick={(event) => event.stopPropagation()} ta="right">
                  <PlanActionsMenu plan={plan} onAction={onAction} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The plan's health score, fetched per row: a page holds at most a few dozen plans. */
function HealthScore({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const health = usePlanHealthQuery(planId);
  if (health.isPending) return <Skeleton height={20} width={44} aria-label={t('app.loading')} />;
  if (health.isError)
    return (
      <Text size="sm" c="dimmed" title={t('overview.health.error')}>
        —
      </Text>
    );
  const { score } = health.data;
  return (
    <Badge color={healthScoreColor(score)} variant="light" aria-label={t('overview.health.score', { score })}>
      {score}
    </Badge>
  );
}

function PlanActionsMenu({ plan, onAction }: { plan: Plan; onAction: (plan: Plan, action: PlanAction) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('plans.actions.menu', { name: plan.name })}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="5" cy="12" r="1.8" fill="currentColor" />
            <circle cx="12" cy="12" r="1.8" fill="currentColor" />
            <circle cx="19" cy="12" r="1.8" fill="currentColor" />
          </svg>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction(plan, 'duplicate')}>{t('plans.actions.duplicate')}</Menu.Item>
        {plan.status === 'archived' ? (
          <Menu.Item onClick={() => onAction(plan, 'unarchive')}>{t('plans.actions.unarchive')}</Menu.Item>
        ) : (
          <Menu.Item onClick={() => onAction(plan, 'archive')}>{t('plans.actions.archive')}</Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => onAction(plan, 'delete')}>
          {t('plans.actions.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
