import { Badge, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import type { PlanTemplate } from './useTemplatesQuery';

interface TemplateChoiceProps {
  templates: readonly PlanTemplate[] | undefined;
  /** The templates query, for its loading and error states and a retry. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  value: string;
  onChange: (templateId: string) => void;
  error: string | undefined;
}

/**
 * The template library as a radio group of cards, each named by its template's name in the UI
 * language and described by its summary (and « Cas pratique » for a case study).
 */
export function TemplateChoice({ templates, query, value, onChange, error }: TemplateChoiceProps) {
  const { t, i18n } = useTranslation();
  const language: Locale = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const baseId = useId();

  if (query.isPending) return <PageSkeleton blocks={[88, 88, 88, 88]} columns={{ base: 1, sm: 2 }} gap="sm" />;
  if (query.isError) return <LoadError title={t('plans.template.loadError')} queries={[query]} />;
  if (!templates || templates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.template.none')}
      </Text>
    );
  }

  // One card in the tab order, as in a radio group: the chosen one, else the first; arrows move.
  const focusable = templates.some((template) => template.id === value) ? value : templates[0]?.id;

  return (
    <Radio.Group label={t('plans.template.choice')} value={value} onChange={onChange} error={error} required>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={4}>
        {templates.map((template) => {
          const nameId = `${baseId}-${template.id}-name`;
          const summaryId = `${baseId}-${template.id}-summary`;
          const badgeId = `${baseId}-${template.id}-badge`;
          return (
            <Radio.Card
              key={template.id}
              value={template.id}
              radius="md"
              p="md"
              tabIndex={template.id === focusable ? 0 : -1}
              aria-labelledby={nameId}
              aria-describedby={template.caseStudy ? `${badgeId} ${summaryId}` : summaryId}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={600} id={nameId}>
                      {template.name[language]}
                    </Text>
                    {template.caseStudy && (
                      <Badge size="sm" variant="light" color="teal" id={badgeId}>
                        {t('plans.template.caseStudy')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" id={summaryId}>
                    {template.summary[language]}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
