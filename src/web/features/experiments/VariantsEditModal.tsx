import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentVariantEntity } from '../../../contract/entity-types.js';
import { parseDecimal } from '../../forms/values';
import { compact } from '../auth/validation';
import { nextVariantLetter, validateVariants, type VariantErrors } from './experimentForm';
import { VariantsFieldset } from './ExperimentFields';
import { useSaveVariants, type AnalysisArm } from './experimentsApi';
import { editedVariants, hasChanges, variantChanges, type EditedVariant } from './variantsForm';
import { WriteRefusal } from './WriteRefusal';
import './texts';

interface VariantsEditModalProps {
  planId: string;
  experimentId: string;
  /** The versions as read when the dialog opened, the control first. */
  variants: readonly ExperimentVariantEntity[];
  /** Each arm's results so far, to warn before a version that has some is removed. */
  arms: readonly AnalysisArm[];
  onClose: () => void;
  onReload: () => void;
}

/** While a test is a draft, its versions can still be renamed, reweighted, added or removed. */
export function VariantsEditModal({ planId, experimentId, arms, onClose, onReload, ...props }: VariantsEditModalProps) {
  const { t } = useTranslation();
  // The versions as read when the dialog opened: a change made meanwhile by someone else gets a conflict, not overwritten.
  const [variants] = useState(props.variants);
  const save = useSaveVariants(planId, experimentId);
  const [values, setValues] = useState<EditedVariant[]>(() => editedVariants(variants));
  const [errors, setErrors] = useState<VariantErrors>({});
  const withResults = new Set(arms.filter((arm) => arm.days > 0).map((arm) => arm.variantId));
  const losesResults = variants.some(
    (variant) => withResults.has(variant.id) && !values.some((value) => value.id === variant.id),
  );

  const setAll = (next: EditedVariant[]) => {
    setValues(next);
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = compact(validateVariants(t, values));
    setErrors(found);
    save.reset();
    if (Object.keys(found).length > 0) return;
    const changes = variantChanges(variants, values);
    if (!hasChanges(changes)) {
      onClose();
      return;
    }
    save.mutate(changes, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('experiments.variants.editTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <WriteRefusal error={save.error} onReload={onReload} />
          <VariantsFieldset
            variants={values}
            errors={errors}
            onChange={(index, change) =>
              setAll(values.map((value, i) => (i === index ? { ...value, ...change } : value)))
            }
            onAdd={() =>
              setAll([
                ...values,
                {
                  id: null,
                  name: t('experiments.create.variantName', { letter: nextVariantLetter(values.length) }),
                  // As much traffic as the control, so that adding a version keeps the split even.
                  weight: parseDecimal(values[0]?.weight) ?? 1,
                },
              ])
            }
            onRemove={(index) => setAll(values.filter((_, i) => i !== index))}
          />
          {losesResults && (
            <Alert color="orange" variant="light">
              {t('experiments.variants.losesResults')}
            </Alert>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('experiments.variants.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
