import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanStatus } from '../../api/types';
import { formatDate } from '../../i18n/format';

const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  active: 'green',
  archived: 'dark',
};

export function PlanTable({ plans }: { plans: Plan[] }) {
  const { t, i18n } = useTranslation();
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
            <Table.Th scope="col">{t('plans.columns.currency')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Th scope="row" fw={500}>
                <Text fw={600} size="sm">
                  {plan.name}
                </Text>
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
              <Table.Td>{plan.currency}</Table.Td>
              <Table.Td>{formatDate(plan.updatedAt, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
