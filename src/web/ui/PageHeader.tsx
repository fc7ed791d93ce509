import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** One or two sentences under the title: what the page is for. */
  intro: string;
  /** The page's main button, on the right; it wraps under the intro on a narrow screen. */
  action?: ReactNode;
  /** Widest the intro runs, in pixels, so its lines stay readable. */
  introWidth?: number;
  /** Short notes under the intro (a count, a hint). */
  children?: ReactNode;
}

/** The top of a plan page: its title (the page's `h2`), a dimmed intro, and its main action. */
export function PageHeader({ title, intro, action, introWidth = 720, children }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start">
      <div style={{ flex: '1 1 24rem' }}>
        <Title order={2} fz="xl">
          {title}
        </Title>
        <Text size="sm" c="dimmed" maw={introWidth}>
          {intro}
        </Text>
        {children}
      </div>
      {action}
    </Group>
  );
}
