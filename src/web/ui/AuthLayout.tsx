import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The centred card around the sign-in and first-setup forms. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Box w="100%" maw={440}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Text fw={800} fz={28} c="indigo" lh={1.1}>
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          <Paper withBorder shadow="sm" p="xl">
            {children}
          </Paper>
        </Stack>
      </Box>
    </Center>
  );
}

export function AuthTitle({ title, intro }: { title: string; intro: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1} fz={24}>
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
    </Stack>
  );
}
