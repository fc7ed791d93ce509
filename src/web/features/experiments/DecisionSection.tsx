import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentEntity, KpiEntity, PersonEntity } from '../../../contract/entity-types.js';
import { experimentDecisions } from '../../../contract/enums.js';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { compact } from '../auth/validation';
import { formatQuantity, languageOf } from '../objectives/format';
import { usePeopleQuery } from '../okrs/useOkrData';
import {
  baselineForKpi,
  decisionBody,
  keptArm,
  validateDecision,
  type DecisionErrors,
  type DecisionValues,
} from './decisionForm';
import { useDecide, type AnalysisArm, type DecisionResponse } from './experimentsApi';
import { WriteRefusal } from './WriteRefusal';
import './texts';

interface DecisionSectionProps {
  workspaceId: string;
  planId: string;
  experiment: ExperimentEntity;
  arms: readonly AnalysisArm[];
  kpi: KpiEntity | null;
  canEdit: boolean;
  onReload: () => void;
}

/**
 * The end of a test: what was decided, by whom, when and why, and what it changes in the plan —
 * the KPI's baseline moves to the kept version's result, a corrective action joins the KPI's log.
 */
export function DecisionSection(props: DecisionSectionProps) {
  const { experiment, canEdit } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const people = usePeopleQuery(props.workspaceId);
  const [outcome, setOutcome] = useState<DecisionResponse | null>(null);
  const decided = experiment.decision !== null;
  if (!decided && !canEdit) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} fz="md" id={titleId}>
          {t('experiments.decide.title')}
        </Title>
        {outcome && (
          <Alert color="green" variant="light" role="status">
            {[
              t('experiments.decide.done'),
              outcome.kpiUpdated ? t('experiments.decide.kpiUpdated') : null,
              outcome.correctiveActionId ? t('experiments.decide.actionLogged') : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </Alert>
        )}
        {decided ? (
          <DecisionRecord experiment={experiment} people={people.data ?? []} />
        ) : (
          <DecisionForm {...props} people={people.data ?? []} onDecided={setOutcome} />
        )}
      </Stack>
    </Paper>
  );
}

function DecisionRecord({ experiment, people }: { experiment: ExperimentEntity; people: readonly PersonEntity[] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const person = people.find((p) => p.id === experiment.decidedById);
  const figures: [string, string][] = [
    [t('experiments.decide.decision'), experiment.decision ? t(`experiments.decision.${experiment.decision}`) : '—'],
    [t('experiments.decide.decidedBy'), person?.name ?? '—'],
    [t('experiments.decide.decidedAt'), experiment.decidedAt ? formatDate(experiment.decidedAt, language) : '—'],
    [t('experiments.decide.why'), experiment.decisionNote ?? '—'],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0} data-testid="experiment-decision">
      {figures.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

type DecisionFormProps = DecisionSectionProps & {
  people: readonly PersonEntity[];
  onDecided: (outcome: DecisionResponse) => void;
};

function DecisionForm({ planId, experiment, arms, kpi, people, onReload, onDecided }: DecisionFormProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const decide = useDecide(planId, experiment.id);
  const [values, setValues] = useState<DecisionValues>({
    decision: '',
    decidedById: null,
    decidedAt: todayLocal(),
    decisionNote: '',
    updateBaseline: false,
    logAction: false,
    actionTitle: '',
  });
  const [errors, setErrors] = useState<DecisionErrors>({});
  const kept = keptArm(values.decision, experiment.metricType, arms, kpi?.direction === 'decrease');
  const kpiBaseline = kpi && kept ? baselineForKpi(kept.value, experiment.metricType, kpi) : null;

  const set = <K extends keyof DecisionValues>(name: K, value: DecisionValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = compact(validateDecision(t, values));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    decide.mutate(decisionBody(values, experiment.version, kpiBaseline, kpi !== null), { onSuccess: onDecided });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('experiments.decide.title')}>
      <Stack gap="sm">
        <WriteRefusal error={decide.error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('experiments.decide.decision')}
            required
            name="decision"
            value={values.decision}
            error={errors.decision}
            data={[
              { value: '', label: t('experiments.decide.choose') },
              ...experimentDecisions.map((decision) => ({
                value: decision,
                label: t(`experiments.decision.${decision}`),
              })),
            ]}
            onChange={(event) => set('decision', event.currentTarget.value as DecisionValues['decision'])}
          />
          <NativeSelect
            label={t('experiments.decide.decidedBy')}
            name="decidedById"
            description={people.length === 0 ? t('experiments.decide.noPeople') : undefined}
            value={values.decidedById ?? ''}
            data={[
              { value: '', label: t('experiments.form.none') },
              ...people.map((person) => ({ value: person.id, label: person.name })),
            ]}
            onChange={(event) => set('decidedById', event.currentTarget.value || null)}
          />
          <TextInput
            type="date"
            label={t('experiments.decide.decidedAt')}
            name="decidedAt"
            value={values.decidedAt}
            error={errors.decidedAt}
            onChange={(event) => set('decidedAt', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('experiments.decide.why')}
          description={t('experiments.decide.whyHint')}
          required
          rows={3}
          name="decisionNote"
          value={values.decisionNote}
          error={errors.decisionNote}
          onChange={(event) => set('decisionNote', event.currentTarget.value)}
        />
        {kpi ? (
          <>
            {kpiBaseline !== null && kept && (
              <Checkbox
                label={t('experiments.decide.updateBaseline', {
                  kpi: kpi.name,
                  value: formatQuantity(kpiBaseline, kpi.unit, language),
                  arm: kept.arm.name,
                })}
                checked={values.updateBaseline}
                onChange={(event) => set('updateBaseline', event.currentTarget.checked)}
              />
            )}
            <Checkbox
              label={t('experiments.decide.logAction', { kpi: kpi.name })}
              checked={values.logAction}
              onChange={(event) => set('logAction', event.currentTarget.checked)}
            />
            {values.logAction && (
              <TextInput
                label={t('experiments.decide.actionTitle')}
                required
                maxLength={500}
                name="actionTitle"
                value={values.actionTitle}
                error={errors.actionTitle}
                onChange={(event) => set('actionTitle', event.currentTarget.value)}
              />
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('experiments.decide.noKpi')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={decide.isPending}>
            {t('experiments.decide.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
