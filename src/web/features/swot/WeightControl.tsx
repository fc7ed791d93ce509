import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './texts';

const WEIGHTS = [1, 2, 3, 4, 5] as const;

interface WeightControlProps {
  value: number;
  onChange: (weight: number) => void;
  /** Accessible name of the group, or the id of the element naming it. */
  label?: string;
  labelledBy?: string;
  color?: string;
  disabled?: boolean;
}

/**
 * The weight of a SWOT item, 1 to 5, as five radio buttons ("3 sur 5"): one click or arrow key
 * sets it, which a star rating does not do for keyboard and screen-reader users.
 */
export function WeightControl({ value, onChange, label, labelledBy, color, disabled }: WeightControlProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      radius="xl"
      color={color}
      disabled={disabled}
      aria-label={label}
      aria-labelledby={labelledBy}
      value={String(value)}
      onChange={(next) => {
        const weight = Number(next);
        if (weight >= 1 && weight <= 5 && weight !== value) onChange(weight);
      }}
      data={WEIGHTS.map((weight) => ({
        value: String(weight),
        label: (
          <>
            <span aria-hidden="true">{weight}</span>
            <VisuallyHidden>{t('swot.weight.symbol', { value: weight })}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
