import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPanelProps {
  title: string;
  description: string;
  icon: ReactNode;
  /** Heading level of the title in the page outline. */
  order?: 1 | 2 | 3;
  children?: ReactNode;
}

/** An empty list or page that says what to do next. */
export function EmptyPanel({ title, description, icon, order = 2, children }: EmptyPanelProps) {
  return (
    <Paper withBorder p="xl" mt="lg">
      <EmptyState icon={icon} variant="light" maw={560} mx="auto">
        <EmptyState.Title order={order}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
