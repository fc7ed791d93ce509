import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Locale, Plan } from '../../api/types';
import { errorMessage, formatDate } from '../../i18n/format';
import { compact, serverFieldErrors, type FieldErrors } from '../auth/validation';
import { TemplateChoice } from './TemplateChoice';
import { firstDayOfNextMonth, isCalendarDate, shiftedEndDate } from './templateDates';
import { useCreatePlanFromTemplateMutation, type CreatePlanFromTemplateInput } from './usePlanMutations';
import { useTemplatesQuery } from './useTemplatesQuery';

type Field = 'templateId' | 'language' | 'startDate' | 'currency' | 'name';
const FIELDS: readonly Field[] = ['templateId', 'language', 'startDate', 'currency', 'name'];

/** The currencies offered for a plan made from a template (its amounts keep their figures). */
export const TEMPLATE_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'] as const;

interface TemplatePlanFormProps {
  workspaceId: string;
  onCancel: () => void;
  onCreated: (plan: Plan) => void;
}

/** `EUR — euro`, the code followed by its name in the UI language when the browser knows it. */
function currencyLabel(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

/** A new plan from a template: which one, when it starts, its currency, language and name. */
export function TemplatePlanForm({ workspaceId, onCancel, onCreated }: TemplatePlanFormProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage: Locale = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const templates = useTemplatesQuery();
  const create = useCreatePlanFromTemplateMutation(workspaceId);
  const languageLabelId = useId();
  const [templateId, setTemplateId] = useState('');
  const [language, setLanguage] = useState<Locale>(uiLanguage);
  const [startDate, setStartDate] = useState(() => firstDayOfNextMonth(new Date()));
  const [currency, setCurrency] = useState<string>('EUR');
  // Until the user types a name, the field shows the chosen template's name in the plan language.
  const [typedName, setTypedName] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const chosen = templates.data?.find((template) => template.id === templateId);
  const defaultName = chosen?.name[language] ?? '';
  const name = typedName ?? defaultName;
  const endDate = chosen ? shiftedEndDate(chosen, startDate) : null;

  const clearError = (field: Field) => setFieldErrors((current) => ({ ...current, [field]: undefined }));

  const validate = (): FieldErrors<Field> =>
    compact<Field>({
      templateId: chosen ? undefined : t('plans.template.chooseOne'),
      startDate: !startDate
        ? t('form.required')
        : isCalendarDate(startDate)
          ? undefined
          : t('plans.template.invalidDate'),
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const input: CreatePlanFromTemplateInput = { templateId, language, startDate, currency };
    // A name left as the template's is not sent: the server gives the plan its template's name.
    if (typedName !== null && typedName.trim() && typedName.trim() !== defaultName) input.name = typedName.trim();
    create.mutate(input, {
      onSuccess: onCreated,
      onError: (error) => {
        if (isApiError(error, 400) || isApiError(error, 422)) setFieldErrors(serverFieldErrors(t, error, FIELDS));
        // The template disappeared from the library (a new release): show the list as it is now.
        if (isApiError(error, 404)) void templates.refetch();
      },
    });
  };

  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {create.isError && !hasFieldErrors && (
          <Alert color="red" variant="light" role="alert">
            {isApiError(create.error, 404) ? t('plans.template.gone') : errorMessage(t, create.error)}
          </Alert>
        )}
        <TemplateChoice
          templates={templates.data}
          query={templates}
          value={templateId}
          error={fieldErrors.templateId}
          onChange={(value) => {
            setTemplateId(value);
            clearError('templateId');
            create.reset();
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('plans.create.startDate')}
            description={
              endDate
                ? t('plans.template.period', {
                    start: formatDate(startDate, i18n.language),
                    end: formatDate(endDate, i18n.language),
                  })
                : undefined
            }
            name="startDate"
            required
            value={startDate}
            error={fieldErrors.startDate}
            onChange={(event) => {
              setStartDate(event.currentTarget.value);
              clearError('startDate');
            }}
          />
          <NativeSelect
            label={t('plans.create.currency')}
            name="currency"
            value={currency}
            error={fieldErrors.currency}
            data={TEMPLATE_CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, i18n.language) }))}
            onChange={(event) => {
              setCurrency(event.currentTarget.value);
              clearError('currency');
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id={languageLabelId}>
              {t('plans.create.locale')}
            </Text>
            <SegmentedControl
              aria-labelledby={languageLabelId}
              value={language}
              onChange={(value) => {
                setLanguage(value === 'en' ? 'en' : 'fr');
                clearError('language');
              }}
              data={[
                { value: 'fr', label: t('plans.create.localeFr') },
                { value: 'en', label: t('plans.create.localeEn') },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('plans.template.languageHint')}
            </Text>
            {fieldErrors.language && (
              <Text size="xs" c="red">
                {fieldErrors.language}
              </Text>
            )}
          </Stack>
          <TextInput
            label={t('plans.create.name')}
            description={t('plans.template.nameHint')}
            name="name"
            maxLength={200}
            value={name}
            error={fieldErrors.name}
            onChange={(event) => {
              setTypedName(event.currentTarget.value);
              clearError('name');
            }}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('plans.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
