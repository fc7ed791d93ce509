import { Button, Menu, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { CalendarFeedsModal } from './CalendarFeedsModal';
import './texts';

const FORMATS = ['pdf', 'xlsx', 'pptx', 'ics', 'md'] as const;
type Format = (typeof FORMATS)[number];

/** Where the API serves a plan exported to `format`, in `language`. */
export function exportHref(planId: string, format: Format, language: Locale): string {
  return `/api/v1/plans/${encodeURIComponent(planId)}/export?format=${format}&lang=${language}`;
}

/**
 * The plan as a file for people who never open the app: each entry is a plain download link
 * (the session cookie authenticates it), in the language chosen here — the UI's by default.
 */
export function ExportMenu({ planId, canEdit }: { planId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(i18n.resolvedLanguage === 'en' ? 'en' : 'fr');
  const [feedsOpened, setFeedsOpened] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal closeOnItemClick>
        <Menu.Target>
          <Button variant="default" size="sm">
            {t('exports.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Stack gap={4} px="sm" py={6}>
            <Text size="xs" c="dimmed" id="export-language">
              {t('exports.language')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="export-language"
              value={language}
              onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}
              data={[
                { value: 'fr', label: t('exports.french') },
                { value: 'en', label: t('exports.english') },
              ]}
            />
          </Stack>
          <Menu.Divider />
          {FORMATS.map((format) => (
            <Menu.Item key={format} component="a" href={exportHref(planId, format, language)} download>
              <Text size="sm">{t(`exports.formats.${format}.label`)}</Text>
              <Text size="xs" c="dimmed">
                {t(`exports.formats.${format}.hint`)}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setFeedsOpened(true)}>
            <Text size="sm">{t('exports.subscribe.label')}</Text>
            <Text size="xs" c="dimmed">
              {t('exports.subscribe.hint')}
            </Text>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CalendarFeedsModal
        planId={planId}
        canEdit={canEdit}
        opened={feedsOpened}
        onClose={() => setFeedsOpened(false)}
      />
    </>
  );
}
