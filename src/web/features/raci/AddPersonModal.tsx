import type { TFunction } from 'i18next';
import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonEntity } from '../../../contract/entity-types.js';
import { api, isApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { compact, emailError, serverFieldErrors, type FieldErrors } from '../auth/validation';
import { FormError } from '../../forms/FormError';
import { parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import { languageOf, numberInputSeparators } from '../objectives/format';
import './texts';

interface Values {
  name: string;
  email: string;
  jobTitle: string;
  weeklyCapacityHours: NumberField;
}

type Field = keyof Values;
const FIELDS: Field[] = ['name', 'email', 'jobTitle', 'weeklyCapacityHours'];
/** The server's default, and a usual full-time week. */
const DEFAULT_CAPACITY = 35;

export function validatePerson(t: TFunction, values: Values): FieldErrors<Field> {
  const capacity = parseDecimal(values.weeklyCapacityHours);
  return compact({
    name: values.name.trim() ? undefined : t('form.required'),
    email: values.email.trim() ? emailError(t, values.email) : undefined,
    weeklyCapacityHours:
      capacity === null || capacity < 0 || capacity > 168 ? t('raci.person.capacityRange') : undefined,
  });
}

/**
 * Adds a person to the workspace (a member or an outside stakeholder), who can then hold RACI
 * roles in every plan of the workspace. Their weekly capacity is what the workload compares to.
 */
export function AddPersonModal({
  workspaceId,
  planId,
  onClose,
}: {
  workspaceId: string;
  planId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({
    name: '',
    email: '',
    jobTitle: '',
    weeklyCapacityHours: DEFAULT_CAPACITY,
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post<PersonEntity>(`/workspaces/${encodeURIComponent(workspaceId)}/people`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'people'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.report(planId, 'schedule') });
      onClose();
    },
    onError: (error) => {
      const byField = isApiError(error) ? serverFieldErrors(t, error, FIELDS) : {};
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFormError(error);
    },
  });

  const set = <K extends Field>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePerson(t, values);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      name: values.name.trim(),
      email: textOrNull(values.email),
      jobTitle: textOrNull(values.jobTitle),
      weeklyCapacityHours: parseDecimal(values.weeklyCapacityHours),
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('raci.person.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError error={formError} />
          <TextInput
            label={t('raci.person.name')}
            required
            data-autofocus
            value={values.name}
            error={errors.name}
            onChange={(event) => set('name', event.currentTarget.value)}
          />
          <TextInput
            label={t('raci.person.email')}
            type="email"
            value={values.email}
            error={errors.email}
            onChange={(event) => set('email', event.currentTarget.value)}
          />
          <TextInput
            label={t('raci.person.jobTitle')}
            value={values.jobTitle}
            error={errors.jobTitle}
            onChange={(event) => set('jobTitle', event.currentTarget.value)}
          />
          <NumberInput
            label={t('raci.person.capacity')}
            description={t('raci.person.capacityHint')}
            min={0}
            max={168}
            {...numberInputSeparators(languageOf(i18n.resolvedLanguage))}
            value={values.weeklyCapacityHours}
            error={errors.weeklyCapacityHours}
            onChange={(value) => set('weeklyCapacityHours', value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('raci.person.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
