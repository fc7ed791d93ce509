import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLineEntity, BudgetScenarioEntity } from '../../../contract/entity-types.js';
import { parseDecimal, type NumberField } from '../../forms/values';
import { uniqueKey } from './budgetForm';
import type { BudgetFormat } from './format';
import { OptimiserResultView } from './OptimiserResult';
import { RefusalAlert } from './RefusalAlert';
import { useOptimiser, type OptimiserAnswer, type OptimiserRequest, type ResponseModel } from './useBudgetData';
import './texts';

export const SEGMENTS_MIN = 2;
export const SEGMENTS_MAX = 64;

interface OptimiserSectionProps {
  planId: string;
  lines: readonly BudgetLineEntity[];
  scenarios: readonly BudgetScenarioEntity[];
  canEdit: boolean;
  fmt: BudgetFormat;
}

/**
 * The optimiser: spreads the allocatable amount (the reserve kept aside) over the lines to
 * maximise the expected return, each line within its minimum and maximum. The result is set
 * against the current allocation and can be kept as a new what-if scenario.
 */
export function OptimiserSection({ planId, lines, scenarios, canEdit, fmt }: OptimiserSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const run = useOptimiser(planId);
  const apply = useOptimiser(planId);
  const [response, setResponse] = useState<ResponseModel>('diminishing');
  const [segments, setSegments] = useState<NumberField>(8);
  const [segmentsError, setSegmentsError] = useState<string | undefined>();
  const [request, setRequest] = useState<OptimiserRequest | null>(null);
  const [result, setResult] = useState<OptimiserAnswer | null>(null);
  const [scenarioName, setScenarioName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [applied, setApplied] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = parseDecimal(segments);
    if (count === null || !Number.isInteger(count) || count < SEGMENTS_MIN || count > SEGMENTS_MAX) {
      setSegmentsError(t('budget.optimiser.segmentsRange', { min: SEGMENTS_MIN, max: SEGMENTS_MAX }));
      return;
    }
    setSegmentsError(undefined);
    const body = { response, segments: count };
    apply.reset();
    setApplied(null);
    run.mutate(body, {
      onSuccess: (answer) => {
        setRequest(body);
        setResult(answer);
        setScenarioName(t('budget.optimiser.defaultName', { model: t(`budget.optimiser.models.${response}`) }));
      },
    });
  };

  const applyAsScenario = (event: FormEvent) => {
    event.preventDefault();
    if (!request) return;
    const name = scenarioName.trim();
    if (!name) {
      setNameError(t('form.required'));
      return;
    }
    setNameError(undefined);
    const key = uniqueKey(
      name,
      scenarios.map((scenario) => scenario.key),
    );
    apply.mutate(
      { ...request, saveAsScenario: { key, name } },
      {
        onSuccess: (answer) => {
          setResult(answer);
          if (answer.ok && answer.scenario) setApplied(name);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} fz="lg" id={headingId}>
          {t('budget.optimiser.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('budget.optimiser.intro')}
        </Text>
        <form onSubmit={submit} noValidate aria-label={t('budget.optimiser.formLabel')}>
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t('budget.optimiser.response')}
              value={response}
              onChange={(event) => setResponse(event.currentTarget.value as ResponseModel)}
              data={(['diminishing', 'linear'] as const).map((model) => ({
                value: model,
                label: t(`budget.optimiser.models.${model}`),
              }))}
              w={280}
            />
            <NumberInput
              label={t('budget.optimiser.segments')}
              min={SEGMENTS_MIN}
              max={SEGMENTS_MAX}
              allowDecimal={false}
              value={segments}
              error={segmentsError}
              onChange={(value) => {
                setSegments(value);
                setSegmentsError(undefined);
              }}
              w={200}
            />
            <Button type="submit" loading={run.isPending}>
              {t('budget.optimiser.run')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t(`budget.optimiser.modelHints.${response}`)}
          </Text>
        </form>
        <RefusalAlert error={run.error} />
        {result && !result.ok && (
          <Alert color="red" variant="light" role="alert" title={t('budget.optimiser.infeasible')}>
            <List size="sm">
              {result.errors.map((error) => (
                <List.Item key={error.en}>{error[fmt.language]}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {result?.ok && (
          <>
            <OptimiserResultView result={result} lines={lines} fmt={fmt} />
            {canEdit && (
              <form onSubmit={applyAsScenario} noValidate aria-label={t('budget.optimiser.applyLabel')}>
                <Stack gap="xs">
                  <Group align="flex-end" gap="md" wrap="wrap">
                    <TextInput
                      label={t('budget.optimiser.scenarioName')}
                      required
                      maxLength={200}
                      value={scenarioName}
                      error={nameError}
                      onChange={(event) => {
                        setScenarioName(event.currentTarget.value);
                        setNameError(undefined);
                      }}
                      w={320}
                    />
                    <Button type="submit" variant="light" loading={apply.isPending}>
                      {t('budget.optimiser.apply')}
                    </Button>
                  </Group>
                  <RefusalAlert error={apply.error} />
                  {applied && (
                    <Text size="sm" c="teal" role="status">
                      {t('budget.optimiser.applied', { name: applied })}
                    </Text>
                  )}
                </Stack>
              </form>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
