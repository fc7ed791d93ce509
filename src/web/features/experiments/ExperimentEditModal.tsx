import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { compact, serverFieldErrors } from '../auth/validation';
import {
  DETAIL_SERVER_FIELDS,
  detailsBody,
  detailsOf,
  validateDetails,
  type DetailErrors,
  type ExperimentDetails,
} from './experimentForm';
import { DetailsFields, type LinkOptions } from './ExperimentFields';
import { useUpdateExperiment } from './experimentsApi';
import { WriteRefusal } from './WriteRefusal';
import './texts';

interface ExperimentEditModalProps extends LinkOptions {
  planId: string;
  experiment: ExperimentEntity;
  onClose: () => void;
  /** Reads the test again after a conflict; the dialog then starts over from what it now says. */
  onReload: () => void;
}

/** Changes what a test is about, what it is linked to, its dates and its alpha (its metric and versions stay). */
export function ExperimentEditModal({ planId, onClose, onReload, ...props }: ExperimentEditModalProps) {
  const { t } = useTranslation();
  const { experiment: current, ...links } = props;
  // The test as read when the dialog opened: a change made meanwhile by someone else gets a conflict, not overwritten.
  const [experiment] = useState(current);
  const update = useUpdateExperiment(planId);
  const [values, setValues] = useState<ExperimentDetails>(() => detailsOf(experiment));
  const [errors, setErrors] = useState<DetailErrors>({});

  const change = (fields: Partial<ExperimentDetails>) => {
    setValues((current) => ({ ...current, ...fields }));
    setErrors((current) => ({
      ...current,
      ...Object.fromEntries(Object.keys(fields).map((name) => [name, undefined])),
    }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = compact(validateDetails(t, values));
    setErrors(found);
    update.reset();
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { id: experiment.id, version: experiment.version, ...detailsBody(values) },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiError(error)) setErrors(serverFieldErrors(t, error, DETAIL_SERVER_FIELDS));
        },
      },
    );
  };
  const fieldErrorsShown = Object.keys(errors).length > 0;

  return (
    <Modal opened onClose={onClose} title={t('experiments.edit.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!fieldErrorsShown && <WriteRefusal error={update.error} onReload={onReload} />}
          <DetailsFields values={values} errors={errors} onChange={change} {...links} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('experiments.edit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
