import { Button, CloseButton, Group, NativeSelect, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonaEntity } from '../../../contract/entity-types.js';
import { CONTENT_STATUSES, hasFilters, NO_FILTERS, type CalendarFilters as Filters } from './calendarModel';
import './texts';

interface CalendarFiltersProps {
  filters: Filters;
  channels: readonly string[];
  personas: readonly PersonaEntity[];
  onChange: (filters: Partial<Filters>) => void;
}

/** Channel, persona and status filters, combinable; the active ones are listed, each removable. */
export function CalendarFilters({ filters, channels, personas, onChange }: CalendarFiltersProps) {
  const { t } = useTranslation();
  const personaName = (key: string) => personas.find((persona) => persona.key === key)?.name ?? key;
  // A channel from the URL that no item uses any more is still offered, so the select shows it.
  const channelList =
    filters.channel && !channels.some((c) => c.toLocaleLowerCase() === filters.channel?.toLocaleLowerCase())
      ? [...channels, filters.channel]
      : channels;
  const channelValue = channelList.find((c) => c.toLocaleLowerCase() === filters.channel?.toLocaleLowerCase()) ?? '';

  const active = [
    filters.channel && {
      name: 'channel' as const,
      text: t('calendar.filters.activeChannel', { value: filters.channel }),
    },
    filters.persona && {
      name: 'persona' as const,
      text: t('calendar.filters.activePersona', { value: personaName(filters.persona) }),
    },
    filters.status && {
      name: 'status' as const,
      text: t('calendar.filters.activeStatus', { value: t(`calendar.status.${filters.status}`) }),
    },
  ].filter((filter) => !!filter);

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t('calendar.filters.label')}>
      <NativeSelect
        size="xs"
        label={t('calendar.filters.channel')}
        value={channelValue}
        data={[
          { value: '', label: t('calendar.filters.allChannels') },
          ...channelList.map((c) => ({ value: c, label: c })),
        ]}
        onChange={(event) => onChange({ channel: event.currentTarget.value || null })}
      />
      <NativeSelect
        size="xs"
        label={t('calendar.filters.persona')}
        value={filters.persona ?? ''}
        data={[
          { value: '', label: t('calendar.filters.allPersonas') },
          ...personas.map((persona) => ({ value: persona.key, label: persona.name })),
        ]}
        onChange={(event) => onChange({ persona: event.currentTarget.value || null })}
      />
      <NativeSelect
        size="xs"
        label={t('calendar.filters.status')}
        value={filters.status ?? ''}
        data={[
          { value: '', label: t('calendar.filters.allStatuses') },
          ...CONTENT_STATUSES.map((status) => ({ value: status, label: t(`calendar.status.${status}`) })),
        ]}
        onChange={(event) => onChange({ status: (event.currentTarget.value || null) as Filters['status'] })}
      />
      {hasFilters(filters) && (
        <Group gap={6} align="center" aria-label={t('calendar.filters.active')} role="group">
          {active.map((filter) => (
            <Pill key={filter.name} size="md">
              <Group gap={2} wrap="nowrap" component="span">
                {filter.text}
                <CloseButton
                  size="xs"
                  aria-label={t('calendar.filters.remove', { filter: filter.text })}
                  onClick={() => onChange({ [filter.name]: null })}
                />
              </Group>
            </Pill>
          ))}
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(NO_FILTERS)}>
            {t('calendar.filters.clear')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
