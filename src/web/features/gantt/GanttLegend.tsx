import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './texts';

const swatch = (color: string, shape: 'bar' | 'diamond' | 'line' | 'dashed', ring?: string) => (
  <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
    {shape === 'bar' && <rect x="1" y="2" width="20" height="8" rx="2" fill={color} />}
    {shape === 'diamond' && (
      <path d="M11 0 L17 6 L11 12 L5 6 Z" fill={color} stroke={ring ?? 'none'} strokeWidth={ring ? 2 : 0} />
    )}
    {shape === 'line' && <path d="M1 6 H19" stroke={color} strokeWidth="2" />}
    {shape === 'dashed' && <path d="M1 6 H19" stroke={color} strokeWidth="2" strokeDasharray="4 3" />}
  </svg>
);

/** The colours and shapes of the chart, in words. */
export function GanttLegend({ todayText }: { todayText: string | null }) {
  const { t } = useTranslation();
  const items = [
    [swatch('var(--mantine-color-blue-5)', 'bar'), t('gantt.legend.action')],
    [swatch('var(--mantine-color-red-6)', 'bar'), t('gantt.legend.critical')],
    [swatch('var(--mantine-color-teal-5)', 'bar'), t('gantt.legend.done')],
    [swatch('var(--mantine-color-violet-6)', 'diamond'), t('gantt.legend.milestone')],
    [swatch('var(--mantine-color-violet-6)', 'diamond', 'var(--mantine-color-orange-7)'), t('gantt.legend.atRisk')],
    [swatch('var(--mantine-color-gray-6)', 'line'), t('gantt.legend.dependency')],
    [swatch('var(--mantine-color-orange-7)', 'dashed'), t('gantt.legend.conflict')],
  ] as const;
  return (
    <Group gap="md" component="ul" aria-label={t('gantt.legend.label')} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map(([icon, text]) => (
        <Group component="li" key={text} gap={6} wrap="nowrap">
          {icon}
          <Text size="xs">{text}</Text>
        </Group>
      ))}
      {todayText && (
        <Group component="li" gap={6} wrap="nowrap">
          {swatch('var(--mantine-color-red-6)', 'line')}
          <Text size="xs">{todayText}</Text>
        </Group>
      )}
    </Group>
  );
}
