import { Badge, Box, Button, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonaEntity, StrategyEntity } from '../../../contract/entity-types.js';
import { isListField, PERSONA_GROUPS, type PersonaField, type PersonaGroup } from './personaForm';
import './texts';

interface PersonaCardProps {
  persona: PersonaEntity;
  /** Strategies whose targets include this persona; null while they cannot be read. */
  strategies: StrategyEntity[] | null;
  strategiesError?: boolean;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/** One persona, its fields in the method's four groups, and the strategies that target it. */
export function PersonaCard({ persona, strategies, strategiesError, onEdit, onDelete }: PersonaCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const strategiesId = useId();
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      id={`entity-${persona.key}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} fz="lg" id={headingId}>
              {persona.name}
            </Title>
            {persona.summary && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {persona.summary}
              </Text>
            )}
          </div>
          {(onEdit || onDelete) && (
            <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
              {onEdit && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={onEdit}
                  aria-label={t('personas.card.edit', { name: persona.name })}
                >
                  {t('form.edit')}
                </Button>
              )}
              {onDelete && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={onDelete}
                  aria-label={t('personas.card.delete', { name: persona.name })}
                >
                  {t('form.delete')}
                </Button>
              )}
            </Group>
          )}
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          {PERSONA_GROUPS.map(({ group, fields }) => (
            <FieldGroup key={group} group={group} fields={fields} persona={persona} />
          ))}
        </SimpleGrid>

        <Divider />
        <section aria-labelledby={strategiesId}>
          <Title order={4} fz="sm" id={strategiesId} mb={6}>
            {t('personas.strategies.title')}
          </Title>
          {strategiesError ? (
            <Text size="sm" c="red">
              {t('personas.strategies.loadError')}
            </Text>
          ) : strategies === null ? null : strategies.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('personas.strategies.none')}
            </Text>
          ) : (
            <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {strategies.map((strategy) => (
                <li key={strategy.id}>
                  <Badge variant="light" color="indigo" tt="none" size="lg" fw={500}>
                    {strategy.name}
                  </Badge>
                </li>
              ))}
            </Group>
          )}
        </section>
      </Stack>
    </Paper>
  );
}

function FieldGroup({
  group,
  fields,
  persona,
}: {
  group: PersonaGroup;
  fields: readonly PersonaField[];
  persona: PersonaEntity;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={4} fz="sm" id={headingId} mb={6} c="indigo">
        {t(`personas.groups.${group}`)}
      </Title>
      <Stack component="dl" gap={6} m={0}>
        {fields.map((field) => (
          <div key={field}>
            <Text component="dt" size="xs" c="dimmed">
              {t(`personas.fields.${field}`)}
            </Text>
            <Box component="dd" m={0}>
              <FieldValue persona={persona} field={field} />
            </Box>
          </div>
        ))}
      </Stack>
    </Box>
  );
}

function FieldValue({ persona, field }: { persona: PersonaEntity; field: PersonaField }) {
  const { t } = useTranslation();
  const notSet = (
    <Text size="sm" c="dimmed" fs="italic">
      {t('personas.notSet')}
    </Text>
  );
  if (isListField(field)) {
    const entries = persona[field];
    if (entries.length === 0) return notSet;
    return (
      <Group gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {entries.map((entry) => (
          <li key={entry}>
            <Badge variant="default" tt="none" fw={500} style={{ whiteSpace: 'normal', height: 'auto' }}>
              {entry}
            </Badge>
          </li>
        ))}
      </Group>
    );
  }
  const value = persona[field];
  if (!value) return notSet;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
      {value}
    </Text>
  );
}
