import { Alert, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiEntity } from '../../../contract/entity-types.js';
import type { ImportMapping, PreviewTable, SavedMapping } from '../../../contract/imports.js';
import { isApiError } from '../../api/client';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import type { ConflictState } from '../../forms/useEntityEditor';
import { ErrorState } from '../../ui/ErrorState';
import { fetchSavedMapping, useSavedMappings, useSaveMapping } from './importApi';
import { applySavedMapping, mappingFromDraft, type MappingDraft } from './mappingDraft';
import './texts';

/** The saved mapping the form was loaded from or last saved as: the version a change is based on. */
export interface SavedBase {
  id: string;
  name: string;
  version: number;
}

const baseOf = (saved: SavedMapping): SavedBase => ({ id: saved.id, name: saved.name, version: saved.version });

interface LoadProps {
  planId: string;
  table: PreviewTable;
  kpis: readonly KpiEntity[];
  draft: MappingDraft;
  onApply: (draft: MappingDraft) => void;
  onBaseChange: (base: SavedBase | null) => void;
}

/** Applies a mapping saved in the plan (from the last file of the same tool) to this file. */
export function LoadSavedMapping({ planId, table, kpis, draft, onApply, onBaseChange }: LoadProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const saved = useSavedMappings(planId);
  const [chosen, setChosen] = useState('');
  const [applied, setApplied] = useState<{ name: string; missingColumns: string[]; missingKpis: string[] } | null>(
    null,
  );

  const list = saved.data ?? [];
  const selected = list.find((m) => m.id === chosen) ?? list[0];

  const apply = () => {
    if (!selected) return;
    const result = applySavedMapping(selected.mapping, table, draft, new Set(kpis.map((kpi) => kpi.key)));
    onApply(result.draft);
    onBaseChange(baseOf(selected));
    setApplied({ name: selected.name, missingColumns: result.missingColumns, missingKpis: result.missingKpis });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={4} fz="md" id={headingId}>
          {t('imports.saved.title')}
        </Title>
        {saved.isPending ? (
          <Stack gap="xs" role="status" aria-label={t('app.loading')}>
            <Skeleton height={36} maw={420} />
          </Stack>
        ) : saved.isError ? (
          <ErrorState title={t('imports.saved.loadError')} error={saved.error} onRetry={() => void saved.refetch()} />
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('imports.saved.none')}
          </Text>
        ) : (
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('imports.saved.choose')}
              value={selected?.id ?? ''}
              data={list.map((m) => ({ value: m.id, label: m.name }))}
              onChange={(event) => setChosen(event.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
              maw={420}
            />
            <Button variant="light" onClick={apply}>
              {t('imports.saved.apply')}
            </Button>
          </Group>
        )}
        {applied && (
          <Alert color="blue" variant="light" role="status">
            <Stack gap={4}>
              <Text size="sm">{t('imports.saved.applied', { name: applied.name })}</Text>
              {applied.missingColumns.length > 0 && (
                <Text size="sm">
                  {t('imports.saved.missingColumns', { columns: applied.missingColumns.join(', ') })}
                </Text>
              )}
              {applied.missingKpis.length > 0 && (
                <Text size="sm">{t('imports.saved.missingKpis', { kpis: applied.missingKpis.join(', ') })}</Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

interface SaveProps {
  planId: string;
  table: PreviewTable;
  draft: MappingDraft;
  /** Runs the form's checks (showing what to fix); true when the mapping can be saved. */
  check: () => boolean;
  base: SavedBase | null;
  onBaseChange: (base: SavedBase | null) => void;
}

/**
 * Saves the current mapping under a name for the next files: a new name creates it; the name of
 * the mapping loaded replaces it (with the version read: someone else's change in between is an
 * edit conflict); another existing name asks before replacing.
 */
export function SaveMapping({ planId, table, draft, check, base, onBaseChange }: SaveProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const saved = useSavedMappings(planId);
  const save = useSaveMapping(planId);
  const [name, setName] = useState(base?.name ?? '');
  const [nameError, setNameError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const [incomplete, setIncomplete] = useState(false);
  const [replacing, setReplacing] = useState<SavedMapping | null>(null);
  const [conflict, setConflict] = useState<ConflictState>('none');
  const [reloading, setReloading] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // A mapping applied or saved gives its name to the field: saving again replaces it.
  const [nameOf, setNameOf] = useState(base?.id ?? null);
  if ((base?.id ?? null) !== nameOf) {
    setNameOf(base?.id ?? null);
    if (base) setName(base.name);
  }

  const write = (mapping: ImportMapping, trimmed: string, replace: SavedBase | null) => {
    save.mutate(
      { name: trimmed, mapping, ...(replace ? { replace: { id: replace.id, version: replace.version } } : {}) },
      {
        onSuccess: (result) => {
          onBaseChange(baseOf(result));
          setConflict('none');
          setDone(result.name);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'version_conflict') setConflict('stale');
          else if (isApiError(error, 404) && replace) {
            setConflict('gone');
            onBaseChange(null);
          } else if (isApiError(error, 409)) setNameError(t('imports.saved.nameTaken'));
          else setFormError(error);
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setFormError(null);
    setReplacing(null);
    const trimmed = name.trim();
    const complete = check();
    setIncomplete(!complete);
    setNameError(trimmed ? undefined : t('form.required'));
    if (!trimmed || !complete) return;
    const mapping = mappingFromDraft(table, draft);
    const existing = (saved.data ?? []).find((m) => m.name === trimmed);
    if (existing && existing.id !== base?.id) {
      setReplacing(existing);
      return;
    }
    write(mapping, trimmed, existing && base ? base : null);
  };

  const reloadLatest = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const latest = await fetchSavedMapping(planId, base.id);
      onBaseChange(baseOf(latest));
      setConflict('reloaded');
    } catch (error) {
      if (isApiError(error, 404)) {
        setConflict('gone');
        onBaseChange(null);
      } else setFormError(error);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={4} fz="md" id={headingId}>
            {t('imports.saved.saveTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('imports.saved.saveHint')}
          </Text>
          <ConflictNotice state={conflict} reloading={reloading} onReload={() => void reloadLatest()} />
          <FormError error={formError} />
          {incomplete && (
            <Alert color="orange" variant="light" role="alert">
              {t('imports.saved.incomplete')}
            </Alert>
          )}
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('imports.saved.name')}
              placeholder={t('imports.saved.namePlaceholder')}
              required
              maxLength={200}
              value={name}
              error={nameError}
              style={{ flex: '1 1 16rem' }}
              maw={420}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setNameError(undefined);
                setReplacing(null);
              }}
            />
            <Button type="submit" variant="light" loading={save.isPending} mt={25}>
              {t('imports.saved.save')}
            </Button>
          </Group>
          {replacing && (
            <Alert color="orange" variant="light" role="alert" title={t('imports.saved.replaceTitle')}>
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{t('imports.saved.replaceDescription', { name: replacing.name })}</Text>
                <Group gap="sm">
                  <Button
                    size="xs"
                    color="orange"
                    onClick={() => {
                      const target = replacing;
                      setReplacing(null);
                      onBaseChange(baseOf(target));
                      write(mappingFromDraft(table, draft), target.name, baseOf(target));
                    }}
                  >
                    {t('imports.saved.replace', { name: replacing.name })}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setReplacing(null)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {done && (
            <Alert color="green" variant="light" role="status">
              {t('imports.saved.saved', { name: done })}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
