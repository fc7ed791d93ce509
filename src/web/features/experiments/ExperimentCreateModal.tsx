import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import { experimentMetricTypes } from '../../../contract/enums.js';
import { isApiError } from '../../api/client';
import { refusalText } from '../../i18n/format';
import { compact, serverFieldErrors } from '../auth/validation';
import { languageOf } from '../objectives/format';
import {
  DETAIL_SERVER_FIELDS,
  experimentBody,
  newExperimentValues,
  nextVariantLetter,
  validateExperiment,
  type ExperimentErrors,
  type ExperimentValues,
} from './experimentForm';
import { DetailsFields, VariantsFieldset, type LinkOptions } from './ExperimentFields';
import { useCreateExperiment } from './experimentsApi';
import './texts';

interface ExperimentCreateModalProps extends LinkOptions {
  planId: string;
  onCreated: (experiment: ExperimentEntity) => void;
  onClose: () => void;
}

/** Plans a new A/B test: what is tested and why, what it is linked to, and the versions compared. */
export function ExperimentCreateModal(props: ExperimentCreateModalProps) {
  const { planId, onCreated, onClose, ...links } = props;
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const create = useCreateExperiment(planId);
  const [values, setValues] = useState<ExperimentValues>(() => newExperimentValues(t));
  const [errors, setErrors] = useState<ExperimentErrors>({});
  const [formError, setFormError] = useState<unknown>(null);

  const change = (fields: Partial<ExperimentValues>) => {
    setValues((current) => ({ ...current, ...fields }));
    setErrors((current) => ({
      ...current,
      ...Object.fromEntries(Object.keys(fields).map((name) => [name, undefined])),
    }));
  };
  const set = <K extends keyof ExperimentValues>(name: K, value: ExperimentValues[K]) => change({ [name]: value });
  const setVariant = (index: number, change: Partial<ExperimentValues['variants'][number]>) => {
    setValues((current) => ({
      ...current,
      variants: current.variants.map((variant, i) => (i === index ? { ...variant, ...change } : variant)),
    }));
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = compact(validateExperiment(t, values));
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    create.mutate(experimentBody(values), {
      onSuccess: onCreated,
      onError: (error) => {
        const byField = isApiError(error) ? serverFieldErrors(t, error, DETAIL_SERVER_FIELDS) : {};
        setErrors(byField);
        if (Object.keys(byField).length === 0) setFormError(error);
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('experiments.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {formError !== null && (
            <Text size="sm" c="red.8" role="alert">
              {refusalText(t, formError, language)}
            </Text>
          )}
          <DetailsFields values={values} errors={errors} onChange={change} {...links}>
            <NativeSelect
              label={t('experiments.form.metricType')}
              name="metricType"
              value={values.metricType}
              data={experimentMetricTypes.map((type) => ({ value: type, label: t(`experiments.metric.${type}`) }))}
              onChange={(event) => set('metricType', event.currentTarget.value as ExperimentValues['metricType'])}
            />
          </DetailsFields>
          <VariantsFieldset
            variants={values.variants}
            errors={errors}
            onChange={setVariant}
            onAdd={() =>
              set('variants', [
                ...values.variants,
                {
                  name: t('experiments.create.variantName', { letter: nextVariantLetter(values.variants.length) }),
                  weight: 50,
                },
              ])
            }
            onRemove={(index) =>
              set(
                'variants',
                values.variants.filter((_, i) => i !== index),
              )
            }
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('experiments.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
