import { SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A figure's name and its value, already formatted. */
export type FigurePair = readonly [label: string, value: string];

interface FigureProps {
  label: string;
  value: string;
  /** Colours the value, e.g. red for an overspend. */
  color?: string | undefined;
}

/** One figure of a `FigureList`: its name above, its value below. */
export function Figure({ label, value, color }: FigureProps) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} c={color}>
        {value}
      </Text>
    </div>
  );
}

interface FigureListProps {
  /** The figures in reading order; a list that needs colours or conditions gives `Figure` children instead. */
  figures?: readonly FigurePair[];
  children?: ReactNode;
  /** Figures per row; by default two on a phone, three on a tablet, six on a wide screen. */
  cols?: SimpleGridProps['cols'];
  'aria-label'?: string;
  /** True while the figures shown are stale, a new answer being on its way. */
  'aria-busy'?: boolean;
}

/** A row of key figures, as a description list (`<dl>`) so each value is read with its name. */
export function FigureList({ figures, children, cols = { base: 2, sm: 3, lg: 6 }, ...aria }: FigureListProps) {
  return (
    <SimpleGrid component="dl" cols={cols} m={0} {...aria}>
      {figures?.map(([label, value]) => (
        <Figure key={label} label={label} value={value} />
      ))}
      {children}
    </SimpleGrid>
  );
}
