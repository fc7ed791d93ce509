import { Progress, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';

interface TransferProgressProps {
  label: string;
  /** Percent done, or null while the end cannot be told (an indeterminate bar). */
  value: number | null;
  /** The value as read out (`42 %`), from the caller's translations. */
  valueText: (percent: number) => string;
  detail?: string | undefined;
}

/** A labelled progress bar; without a value it moves to show that work goes on. */
export function TransferProgress({ label, value, valueText, detail }: TransferProgressProps) {
  const labelId = useId();
  const percent = value === null ? null : Math.max(0, Math.min(100, Math.round(value)));
  return (
    <Stack gap={4}>
      <Text size="sm" id={labelId}>
        {label}
      </Text>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? detail : valueText(percent)}
      >
        <Progress.Section
          value={percent ?? 100}
          striped={percent === null}
          animated={percent === null}
          withAria={false}
        >
          {percent !== null && percent >= 10 && <Progress.Label>{valueText(percent)}</Progress.Label>}
        </Progress.Section>
      </Progress.Root>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
