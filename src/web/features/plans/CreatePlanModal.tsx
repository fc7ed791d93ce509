import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import type { Locale, Plan } from '../../api/types';
import { errorMessage } from '../../i18n/format';
import { compact, requiredError, serverFieldErrors, type FieldErrors } from '../auth/validation';
import { TemplatePlanForm } from './TemplatePlanForm';
import { useCreatePlanMutation } from './usePlanMutations';

type Field = 'name' | 'startDate' | 'endDate' | 'currency' | 'locale';
const FIELDS: readonly Field[] = ['name', 'startDate', 'endDate', 'currency', 'locale'];

interface Values {
  name: string;
  startDate: string;
  endDate: string;
  currency: string;
  locale: Locale;
}

/** How a new plan starts: empty, or as a copy of a template of the library. */
export type CreateMode = 'blank' | 'template';

interface CreatePlanModalProps {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
  /** The choice shown when the modal opens (a blank plan unless said otherwise). */
  initialMode?: CreateMode;
}

export function CreatePlanModal({ workspaceId, opened, onClose, initialMode = 'blank' }: CreatePlanModalProps) {
  const { t, i18n } = useTranslation();
  const initialLocale: Locale = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const initial: Values = { name: '', startDate: '', endDate: '', currency: 'EUR', locale: initialLocale };
  const navigate = useNavigate();
  const create = useCreatePlanMutation(workspaceId);
  const [values, setValues] = useState<Values>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [mode, setMode] = useState<CreateMode>(initialMode);
  // Each opening starts on the choice the caller asked for (the modal itself stays mounted).
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setMode(initialMode);
  }

  const close = () => {
    setValues(initial);
    setFieldErrors({});
    create.reset();
    onClose();
  };

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const validate = (): FieldErrors<Field> =>
    compact<Field>({
      name: requiredError(t, values.name),
      currency: /^[A-Za-z]{3}$/.test(values.currency.trim()) ? undefined : t('plans.create.invalidCurrency'),
      endDate:
        values.startDate && values.endDate && values.endDate < values.startDate
          ? t('plans.create.endBeforeStart')
          : undefined,
    });

  const openPlan = (plan: Plan) => {
    close();
    void navigate(`/w/${encodeURIComponent(workspaceId)}/p/${encodeURIComponent(plan.id)}`);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      {
        name: values.name.trim(),
        currency: values.currency.trim().toUpperCase(),
        locale: values.locale,
        ...(values.startDate ? { startDate: values.startDate } : {}),
        ...(values.endDate ? { endDate: values.endDate } : {}),
      },
      {
        onSuccess: openPlan,
        onError: (error) => {
          if (isApiError(error, 400) || isApiError(error, 422)) setFieldErrors(serverFieldErrors(t, error, FIELDS));
        },
      },
    );
  };

  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);

  return (
    <Modal opened={opened} onClose={close} title={t('plans.create.title')} size={mode === 'template' ? 'xl' : 'lg'}>
      <SegmentedControl
        aria-label={t('plans.create.mode.label')}
        fullWidth
        mb="md"
        value={mode}
        onChange={(value) => setMode(value === 'template' ? 'template' : 'blank')}
        data={[
          { value: 'blank', label: t('plans.create.mode.blank') },
          { value: 'template', label: t('plans.create.mode.template') },
        ]}
      />
      {mode === 'template' ? (
        <TemplatePlanForm workspaceId={workspaceId} onCancel={close} onCreated={openPlan} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {create.isError && !hasFieldErrors && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(t, create.error)}
              </Alert>
            )}
            <TextInput
              label={t('plans.create.name')}
              name="name"
              required
              data-autofocus
              maxLength={200}
              value={values.name}
              error={fieldErrors.name}
              onChange={(event) => set('name', event.currentTarget.value)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('plans.create.startDate')}
                name="startDate"
                value={values.startDate}
                error={fieldErrors.startDate}
                onChange={(event) => set('startDate', event.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('plans.create.endDate')}
                name="endDate"
                value={values.endDate}
                error={fieldErrors.endDate}
                onChange={(event) => set('endDate', event.currentTarget.value)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('plans.create.currency')}
                description={t('plans.create.currencyHint')}
                name="currency"
                maxLength={3}
                value={values.currency}
                error={fieldErrors.currency}
                onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="create-plan-locale">
                  {t('plans.create.locale')}
                </Text>
                <SegmentedControl
                  aria-labelledby="create-plan-locale"
                  value={values.locale}
                  onChange={(value) => set('locale', value === 'en' ? 'en' : 'fr')}
                  data={[
                    { value: 'fr', label: t('plans.create.localeFr') },
                    { value: 'en', label: t('plans.create.localeEn') },
                  ]}
                />
                {fieldErrors.locale && (
                  <Text size="xs" c="red">
                    {fieldErrors.locale}
                  </Text>
                )}
              </Stack>
            </SimpleGrid>
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('plans.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
