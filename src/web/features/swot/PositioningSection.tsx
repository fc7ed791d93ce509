import { useSingletonForm } from '../../forms/useSingletonForm';
import {
  Blockquote,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositioningRecord } from '../../../contract/entity-types.js';
import { positioningStatement } from '../../../core/swot/index.js';
import { useSingletonQuery } from '../../api/collections';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { textOrNull } from '../../forms/values';
import { ErrorState } from '../../ui/ErrorState';
import './texts';

export const POSITIONING_FIELDS = ['targetAudience', 'category', 'differentiator', 'proof', 'statement'] as const;
type Field = (typeof POSITIONING_FIELDS)[number];
type Values = Record<Field, string>;

const valuesOf = (record: PositioningRecord): Values => ({
  targetAudience: record.targetAudience ?? '',
  category: record.category ?? '',
  differentiator: record.differentiator ?? '',
  proof: record.proof ?? '',
  statement: record.statement ?? '',
});

interface PositioningSectionProps {
  planId: string;
  canEdit: boolean;
  /** Who is positioned: the brand or offer named in the statement. */
  brand: string;
  /** Language of the plan, in which the statement is written. */
  language: 'fr' | 'en';
}

/** The plan's positioning (one per plan): its parts, a statement built from them, and the statement kept. */
export function PositioningSection({ planId, canEdit, brand, language }: PositioningSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const positioning = useSingletonQuery(planId, 'positioning');
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} fz="xl" id={headingId}>
        {t('swot.positioning.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={720}>
        {t('swot.positioning.intro')}
      </Text>
      {positioning.isPending && (
        <Stack gap="sm" role="status" aria-label={t('app.loading')}>
          <Skeleton height={36} />
          <Skeleton height={120} />
        </Stack>
      )}
      {positioning.isError && (
        <ErrorState
          title={t('swot.positioning.loadError')}
          error={positioning.error}
          onRetry={() => void positioning.refetch()}
        />
      )}
      {positioning.data &&
        (canEdit ? (
          <PositioningForm
            planId={planId}
            record={positioning.data}
            brand={brand}
            language={language}
            reload={async () => (await positioning.refetch()).data}
          />
        ) : (
          <PositioningView record={positioning.data} />
        ))}
    </section>
  );
}

interface PositioningFormProps {
  planId: string;
  record: PositioningRecord;
  brand: string;
  language: 'fr' | 'en';
  reload: () => Promise<PositioningRecord | undefined>;
}

function PositioningForm({ planId, record, brand, language, reload }: PositioningFormProps) {
  const { t } = useTranslation();
  const form = useSingletonForm({ planId, name: 'positioning', record, valuesOf, fields: POSITIONING_FIELDS, reload });
  const { values, errors, formError, conflict, reloading, saved } = form;
  const setValue = (field: Field, value: string) => form.setValue(field, value);

  const preview = positioningStatement({ ...values, brand }, language);
  const missing = preview.missing.filter((part) => part !== 'brand');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    form.setErrors({});
    form.submit(
      Object.fromEntries(POSITIONING_FIELDS.map((field) => [field, textOrNull(values[field])])) as Record<
        Field,
        string | null
      >,
    );
  };

  const input = (field: Field, multiline: boolean) => {
    const common = {
      label: t(`swot.positioning.fields.${field}`),
      description: t(`swot.positioning.hints.${field}`),
      name: field,
      value: values[field],
      error: errors[field],
    };
    return multiline ? (
      <Textarea
        {...common}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={20_000}
        onChange={(event) => setValue(field, event.currentTarget.value)}
      />
    ) : (
      <TextInput {...common} maxLength={500} onChange={(event) => setValue(field, event.currentTarget.value)} />
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ConflictNotice state={conflict} reloading={reloading} onReload={() => void form.reloadLatest()} />
        <FormError error={formError} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {input('targetAudience', true)}
          {input('category', false)}
          {input('differentiator', true)}
          {input('proof', true)}
        </SimpleGrid>
        <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('swot.positioning.preview')}
            </Text>
            <Text size="sm" data-testid="positioning-preview">
              {preview.text}
            </Text>
            <Text size="xs" c="dimmed">
              {t('swot.positioning.previewHint')}
            </Text>
            {missing.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('swot.positioning.missing', {
                  parts: missing.map((part) => t(`swot.positioning.fields.${part}`)).join(', '),
                })}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                variant="light"
                disabled={missing.length > 0 || values.statement === preview.text}
                onClick={() => setValue('statement', preview.text)}
              >
                {t('swot.positioning.useStatement')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {input('statement', true)}
        <Group justify="flex-end" gap="md">
          {saved && (
            <Text size="sm" c="teal" role="status">
              {t('swot.positioning.saved')}
            </Text>
          )}
          <Button type="submit" loading={form.saving}>
            {t('swot.positioning.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PositioningView({ record }: { record: PositioningRecord }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {record.statement ? (
        <div>
          <Text size="xs" c="dimmed">
            {t('swot.positioning.fields.statement')}
          </Text>
          <Blockquote color="indigo" p="md" mt={4} style={{ whiteSpace: 'pre-line' }}>
            {record.statement}
          </Blockquote>
        </div>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} component="dl" m={0}>
        {POSITIONING_FIELDS.filter((field) => field !== 'statement' || !record.statement).map((field) => (
          <div key={field}>
            <Text component="dt" size="xs" c="dimmed">
              {t(`swot.positioning.fields.${field}`)}
            </Text>
            <Text
              component="dd"
              m={0}
              size="sm"
              c={record[field] ? undefined : 'dimmed'}
              fs={record[field] ? undefined : 'italic'}
              style={{ whiteSpace: 'pre-line' }}
            >
              {record[field] ?? t('swot.positioning.notSet')}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
