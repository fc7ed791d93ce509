import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useSaveSingleton, type SingletonName, type Singletons } from '../api/collections';
import { serverFieldErrors, type FieldErrors } from '../features/auth/validation';
import type { ConflictState } from './useEntityEditor';

interface SingletonFormOptions<N extends SingletonName, V, F extends string> {
  planId: string;
  name: N;
  /** The record as last read. */
  record: Singletons[N];
  valuesOf: (record: Singletons[N]) => V;
  fields: readonly F[];
  reload: () => Promise<Singletons[N] | undefined>;
}

/**
 * The editing state of a one-per-plan record (positioning, budget settings): what is typed, the
 * version it was based on, field and form errors, a stale-version conflict and its reload. A
 * newer record read while the user is not typing replaces the form's values.
 */
export function useSingletonForm<N extends SingletonName, V, F extends string>(options: SingletonFormOptions<N, V, F>) {
  const { planId, name, record, valuesOf, fields, reload } = options;
  const { t } = useTranslation();
  const save = useSaveSingleton(planId, name);
  const [values, setValues] = useState<V>(() => valuesOf(record));
  const [baseVersion, setBaseVersion] = useState(record.version);
  const [seenVersion, setSeenVersion] = useState(record.version);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ConflictState>('none');
  const [reloading, setReloading] = useState(false);
  const [saved, setSaved] = useState(false);

  // Someone saved the record and the page refreshed: show it, unless the user is typing.
  if (record.version !== seenVersion) {
    setSeenVersion(record.version);
    if (!dirty) {
      setValues(valuesOf(record));
      setBaseVersion(record.version);
    }
  }

  const setValue = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setDirty(true);
    setSaved(false);
  };

  /** Saves `body` (without its version: the one the form is based on is added). */
  const submit = (body: Omit<Singletons[N], 'updatedAt' | 'version'>) => {
    save.mutate({ ...body, version: baseVersion } as Omit<Singletons[N], 'updatedAt'>, {
      onSuccess: (result) => {
        setBaseVersion(result.version);
        setSeenVersion(result.version);
        setValues(valuesOf(result));
        setDirty(false);
        setConflict('none');
        setSaved(true);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'version_conflict') {
          setConflict('stale');
          return;
        }
        const byField = isApiError(error) ? serverFieldErrors(t, error, fields) : {};
        setErrors(byField);
        if (Object.keys(byField).length === 0) setFormError(error);
      },
    });
  };

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await reload();
      if (latest) {
        setBaseVersion(latest.version);
        setSeenVersion(latest.version);
        setConflict('reloaded');
      }
    } catch (error) {
      setFormError(error);
    } finally {
      setReloading(false);
    }
  };

  return {
    values,
    setValue,
    dirty,
    errors,
    setErrors,
    formError,
    setFormError,
    conflict,
    reloading,
    saved,
    saving: save.isPending,
    submit,
    reloadLatest,
  };
}
