import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on small screens. The region takes the keyboard focus so
 * that it can be scrolled with the arrow keys, and is named after the table.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }} pb={4}>
      {children}
    </Box>
  );
}
