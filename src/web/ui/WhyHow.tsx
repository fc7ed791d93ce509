import { Button, Collapse, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSection } from '../features/plan/planPaths';
import type { catalogs } from '../i18n/catalogs';
import { ChevronIcon } from './icons';
import '../features/guide/texts';

type GuideSections = (typeof catalogs)['fr']['guide']['sections'];
/** Sections for which the method gives an example of its own (the others have none in the catalog). */
type SectionWithExample = {
  [S in PlanSection]: GuideSections[S] extends { example: string } ? S : never;
}[PlanSection];

/** Where a section's panel remembers being open or closed, in this browser. */
export function whyHowStorageKey(section: PlanSection): string {
  return `jalon.whyhow.${section}`;
}

function readOpen(section: PlanSection): boolean {
  try {
    return localStorage.getItem(whyHowStorageKey(section)) === 'open';
  } catch {
    return false;
  }
}

function storeOpen(section: PlanSection, open: boolean): void {
  try {
    localStorage.setItem(whyHowStorageKey(section), open ? 'open' : 'closed');
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * « Pourquoi et comment ? » under a plan page's header: why the method asks for this step, how to
 * do it well here, and the method's own example when it has one. Closed until the user opens it;
 * whichever way they leave it, the section remembers.
 */
export function WhyHow({ section }: { section: PlanSection }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(() => readOpen(section));
  const panelId = useId();
  const toggle = () => {
    storeOpen(section, !open);
    setOpen(!open);
  };
  const exampleKey = `guide.sections.${section}.example` as const;
  const example = i18n.exists(exampleKey) ? t(exampleKey as `guide.sections.${SectionWithExample}.example`) : null;

  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        leftSection={<ChevronIcon open={open} size={14} />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {t('guide.title')}
      </Button>
      {/* Always in the page, so that `aria-controls` points at something even while closed. */}
      <div id={panelId}>
        <Collapse expanded={open} keepMounted={false}>
          <Paper withBorder radius="md" p="md" mt="xs" maw={760}>
            <Stack gap="xs">
              <Text size="sm">
                <Text span inherit fw={600}>
                  {t('guide.why')}
                </Text>{' '}
                {t(`guide.sections.${section}.why`)}
              </Text>
              <Text size="sm">
                <Text span inherit fw={600}>
                  {t('guide.how')}
                </Text>{' '}
                {t(`guide.sections.${section}.how`)}
              </Text>
              {example && (
                <Text size="xs" c="dimmed">
                  <Text span inherit fw={600}>
                    {t('guide.example')}
                  </Text>{' '}
                  {example}
                </Text>
              )}
            </Stack>
          </Paper>
        </Collapse>
      </div>
    </div>
  );
}
