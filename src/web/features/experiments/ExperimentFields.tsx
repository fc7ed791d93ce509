import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiEntity, ObjectiveEntity, StrategyEntity } from '../../../contract/entity-types.js';
import type { NumberField } from '../../forms/values';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { languageOf, numberInputSeparators } from '../objectives/format';
import type { DetailErrors, ExperimentDetails, VariantErrors, VariantValues } from './experimentForm';
import './texts';

/** Two arms at least: the control and one variant. */
export const MIN_ARMS = 2;

export interface LinkOptions {
  kpis: readonly KpiEntity[];
  objectives: readonly ObjectiveEntity[];
  strategies: readonly StrategyEntity[];
}

interface DetailsFieldsProps extends LinkOptions {
  values: ExperimentDetails;
  errors: DetailErrors;
  onChange: (change: Partial<ExperimentDetails>) => void;
  /** Shown after the hypothesis (the create form's metric). */
  children?: ReactNode;
}

/** What a test is about and what it is linked to: the fields shared by its creation and its edition. */
export function DetailsFields({ values, errors, onChange, children, ...links }: DetailsFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const none = { value: '', label: t('experiments.form.none') };
  const select = (
    name: 'objectiveId' | 'kpiId' | 'strategyId',
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <NativeSelect
      label={label}
      name={name}
      value={values[name] ?? ''}
      data={[none, ...options]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value || null })}
    />
  );
  return (
    <>
      <TextInput
        label={t('experiments.form.name')}
        required
        data-autofocus
        maxLength={300}
        name="name"
        value={values.name}
        error={errors.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
      />
      <Textarea
        label={t('experiments.form.hypothesis')}
        description={t('experiments.form.hypothesisHint')}
        rows={2}
        name="hypothesis"
        value={values.hypothesis}
        error={errors.hypothesis}
        onChange={(event) => onChange({ hypothesis: event.currentTarget.value })}
      />
      {children}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {select(
          'objectiveId',
          t('experiments.form.objective'),
          links.objectives.map((objective) => ({ value: objective.id, label: objective.title })),
        )}
        {select(
          'kpiId',
          t('experiments.form.kpi'),
          links.kpis.map((kpi) => ({ value: kpi.id, label: kpi.name })),
        )}
        {select(
          'strategyId',
          t('experiments.form.strategy'),
          links.strategies.map((strategy) => ({ value: strategy.id, label: strategy.name })),
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="date"
          label={t('experiments.form.startDate')}
          name="startDate"
          value={values.startDate}
          error={errors.startDate}
          onChange={(event) => onChange({ startDate: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('experiments.form.endDate')}
          name="endDate"
          value={values.endDate}
          error={errors.endDate}
          onChange={(event) => onChange({ endDate: event.currentTarget.value })}
        />
        <NumberInput
          label={t('experiments.form.alpha')}
          description={t('experiments.form.alphaHint')}
          name="alpha"
          hideControls
          value={values.alpha}
          error={errors.alpha}
          onChange={(value) => onChange({ alpha: value })}
          {...numberInputSeparators(language)}
        />
      </SimpleGrid>
    </>
  );
}

interface VariantsFieldsetProps {
  variants: readonly VariantValues[];
  errors: VariantErrors;
  onChange: (index: number, change: { name?: string; weight?: NumberField }) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** The versions compared: the control first, then one or more variants, each with its planned share of traffic. */
export function VariantsFieldset({ variants, errors, onChange, onAdd, onRemove }: VariantsFieldsetProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  return (
    <Fieldset legend={t('experiments.form.variants')} variant="filled">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('experiments.form.variantsHint')}
        </Text>
        {variants.map((variant, index) => {
          const number = index + 1;
          return (
            <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('experiments.form.variantNameLabel', { number })}
                description={index === 0 ? t('experiments.form.control') : undefined}
                required
                maxLength={200}
                value={variant.name}
                error={errors[`variants.${index}.name`]}
                onChange={(event) => onChange(index, { name: event.currentTarget.value })}
              />
              <NumberInput
                w={150}
                label={t('experiments.form.weightLabel', { number })}
                description={index === 0 ? t('experiments.form.weightHint') : undefined}
                hideControls
                min={0}
                value={variant.weight}
                error={errors[`variants.${index}.weight`]}
                onChange={(value) => onChange(index, { weight: value })}
                {...numberInputSeparators(language)}
              />
              {variants.length > MIN_ARMS && index > 0 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={t('experiments.form.removeVariant', { number })}
                  onClick={() => onRemove(index)}
                >
                  <TrashIcon />
                </ActionIcon>
              )}
            </Group>
          );
        })}
        <Group>
          <Button variant="light" size="xs" leftSection={<PlusIcon />} onClick={onAdd}>
            {t('experiments.form.addVariant')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
