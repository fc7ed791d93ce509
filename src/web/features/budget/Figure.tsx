import { Text } from '@mantine/core';

/** One figure of a `<dl>`: its name above, its value below. */
export function Figure({ label, value, color }: { label: string; value: string; color?: string | undefined }) {
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
