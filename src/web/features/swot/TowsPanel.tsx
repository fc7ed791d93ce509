import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { towsSuggestions, type TowsFamily } from '../../../core/swot/index.js';
import './texts';

/** The four TOWS families computed from the board, best pairs first. */
export function TowsPanel({ items }: { items: SwotItemEntity[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const headingId = useId();
  const families = useMemo(() => towsSuggestions(items), [items]);
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} fz="xl" id={headingId}>
        {t('swot.tows.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={720}>
        {t('swot.tows.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {families.map((family) => (
          <FamilyCard key={family.family} family={family} language={language} />
        ))}
      </SimpleGrid>
    </section>
  );
}

function FamilyCard({ family, language }: { family: TowsFamily<SwotItemEntity>; language: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-tows={family.family}>
      <Title order={3} fz="md" id={headingId}>
        {t(`swot.tows.families.${family.family}`)}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t(`swot.tows.goals.${family.family}`)}
      </Text>
      {family.message ? (
        <Text size="sm" c="dimmed" fs="italic">
          {family.message[language]}
        </Text>
      ) : (
        <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {family.pairs.map((pair) => (
            <Group
              key={`${pair.internal.id}-${pair.external.id}`}
              component="li"
              gap="xs"
              wrap="nowrap"
              align="flex-start"
            >
              <Badge
                tt="none"
                variant="light"
                color={pair.score >= 16 ? 'indigo' : 'gray'}
                style={{ flexShrink: 0 }}
                title={t('swot.tows.scoreDetail', {
                  score: pair.score,
                  internal: pair.internal.weight,
                  external: pair.external.weight,
                })}
              >
                {t('swot.tows.score', { score: pair.score })}
              </Badge>
              <Text size="sm">{pair.suggestion[language]}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
