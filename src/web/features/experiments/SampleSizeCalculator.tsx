import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentEntity, KpiEntity } from '../../../contract/entity-types.js';
import type { NumberField } from '../../forms/values';
import { FigureList } from '../../ui/FigureList';
import { languageOf, numberInputSeparators } from '../objectives/format';
import { useKpiTraffic, useSampleSize, useUpdateExperiment, type SizeRequest } from './experimentsApi';
import { formatCount } from './format';
import { experimentRefusal } from './refusal';
import { MAX_ARMS, relativeEffect, sizeRequest, sizeValues, validateSize, type SizeValues } from './sizeForm';
import { WriteRefusal } from './WriteRefusal';
import './texts';

/** How long the inputs rest before the size is asked for, so that typing « 12 » asks once. */
export const SIZE_DEBOUNCE_MS = 300;

interface SampleSizeCalculatorProps {
  planId: string;
  experiment: ExperimentEntity;
  armCount: number;
  kpis: readonly KpiEntity[];
  onReload: () => void;
}

/**
 * How many units each arm needs to detect the smallest effect worth acting on, and how many days
 * that takes at the site's traffic; the plan is then saved on the experiment.
 */
export function SampleSizeCalculator(props: SampleSizeCalculatorProps) {
  const { planId, experiment, kpis, onReload } = props;
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = languageOf(i18n.resolvedLanguage);
  const [values, setValues] = useState<SizeValues>(() => sizeValues(experiment, props.armCount));
  const [saved, setSaved] = useState(false);
  const update = useUpdateExperiment(planId);
  const errors = useMemo(() => validateSize(t, values), [t, values]);
  const traffic = useKpiTraffic(planId, values.trafficSource === 'kpi' ? values.trafficKpiId : null);
  const kpiTraffic = traffic.data?.dailyTraffic ?? null;
  const request = sizeRequest(values, errors, kpiTraffic);
  // Debounced as text: a new object at every render would restart the wait forever.
  const [debounced] = useDebouncedValue(JSON.stringify(request), SIZE_DEBOUNCE_MS);
  const size = useSampleSize(JSON.parse(debounced) as SizeRequest | null);
  const settled = request !== null && debounced === JSON.stringify(request);
  const current = settled && !size.isPlaceholderData;

  const set = <K extends keyof SizeValues>(name: K, value: SizeValues[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setSaved(false);
  };
  const numberProps = (
    name: keyof SizeValues & ('baselinePercent' | 'effectPercent' | 'alpha' | 'powerPercent' | 'arms' | 'dailyTraffic'),
  ) => ({
    name,
    hideControls: true,
    value: values[name] as NumberField,
    error: errors[name],
    onChange: (value: NumberField) => set(name, value),
    ...numberInputSeparators(language),
  });

  const save = () => {
    if (!request || !size.data) return;
    update.mutate(
      {
        id: experiment.id,
        version: experiment.version,
        baselineRate: request.baseline,
        minimumEffect: relativeEffect(request),
        power: request.power ?? experiment.power,
        alpha: request.alpha ?? experiment.alpha,
        plannedSampleSize: size.data.perArm,
        trafficKpiId: values.trafficSource === 'kpi' ? values.trafficKpiId : null,
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  const result = current ? size.data : undefined;
  const figures: [string, string][] = [
    [t('experiments.size.perArm'), result ? formatCount(result.perArm, language) : '—'],
    [t('experiments.size.total'), result ? formatCount(result.total, language) : '—'],
    [
      t('experiments.size.duration'),
      result?.days != null
        ? t('experiments.size.days', { count: result.days, formatted: formatCount(result.days, language) })
        : '—',
    ],
  ];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" id={titleId}>
            {t('experiments.size.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('experiments.size.intro')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <NumberInput label={t('experiments.size.baseline')} rightSection="%" {...numberProps('baselinePercent')} />
          <Stack gap={4}>
            <NumberInput label={t('experiments.size.effect')} rightSection="%" {...numberProps('effectPercent')} />
            <SegmentedControl
              size="xs"
              aria-label={t('experiments.size.effectMode')}
              value={values.effectMode}
              onChange={(value) => set('effectMode', value as SizeValues['effectMode'])}
              data={[
                { value: 'relative', label: t('experiments.size.relative') },
                { value: 'absolute', label: t('experiments.size.absolute') },
              ]}
            />
          </Stack>
          <NumberInput label={t('experiments.size.alpha')} {...numberProps('alpha')} />
          <NumberInput label={t('experiments.size.power')} rightSection="%" {...numberProps('powerPercent')} />
          <NumberInput label={t('experiments.size.arms')} min={2} max={MAX_ARMS} {...numberProps('arms')} />
          <Stack gap={4}>
            <SegmentedControl
              size="xs"
              aria-label={t('experiments.size.trafficSource')}
              value={values.trafficSource}
              onChange={(value) => set('trafficSource', value as SizeValues['trafficSource'])}
              data={[
                { value: 'kpi', label: t('experiments.size.fromKpi') },
                { value: 'number', label: t('experiments.size.fromNumber') },
              ]}
            />
            {values.trafficSource === 'kpi' ? (
              <NativeSelect
                label={t('experiments.size.trafficKpi')}
                name="trafficKpiId"
                value={values.trafficKpiId ?? ''}
                description={
                  values.trafficKpiId && traffic.isSuccess && kpiTraffic === null
                    ? t('experiments.size.trafficKpiEmpty')
                    : undefined
                }
                data={[
                  { value: '', label: t('experiments.form.none') },
                  ...kpis.map((kpi) => ({ value: kpi.id, label: kpi.name })),
                ]}
                onChange={(event) => set('trafficKpiId', event.currentTarget.value || null)}
              />
            ) : (
              <NumberInput label={t('experiments.size.dailyTraffic')} min={0} {...numberProps('dailyTraffic')} />
            )}
          </Stack>
        </SimpleGrid>

        {settled && size.isError && (
          <Alert color="red" variant="light" role="alert">
            {experimentRefusal(t, size.error, i18n.resolvedLanguage)}
          </Alert>
        )}
        <FigureList
          figures={figures}
          cols={{ base: 1, sm: 3 }}
          aria-label={t('experiments.size.result')}
          aria-busy={request !== null && !current}
        />
        {request === null && (
          <Text size="sm" c="dimmed">
            {t('experiments.size.waiting')}
          </Text>
        )}
        {result && result.days === null && (
          <Text size="sm" c="dimmed">
            {t('experiments.size.noTraffic')}
          </Text>
        )}

        <WriteRefusal error={update.error} onReload={onReload} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('experiments.size.saved')}
          </Alert>
        )}
        <Group>
          <Button onClick={save} disabled={!result} loading={update.isPending}>
            {t('experiments.size.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
