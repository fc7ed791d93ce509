import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client';
import {
  invalidatePlanContent,
  useCreateEntity,
  useUpdateEntity,
  type CollectionName,
  type CreateBody,
  type EntityOf,
} from '../api/collections';
import { compact, serverFieldErrors, type FieldErrors } from '../features/auth/validation';
import type { NumberField } from './values';

/** Where an edit stands against someone else's concurrent change (HTTP 409 `version_conflict`). */
export type ConflictState = 'none' | 'stale' | 'reloaded' | 'gone';

/** The fields of `V` holding a value of type `T`. */
type FieldsOfType<V, T> = { [K in keyof V & string]: V[K] extends T ? K : never }[keyof V & string];

/** What the form's frame reads of an editor: submitting, and the refusal and conflict to show. */
export interface EntityEditorStatus {
  submit: (event?: FormEvent) => void;
  saving: boolean;
  formError: unknown;
  conflict: ConflictState;
  reloading: boolean;
  reloadLatest: () => Promise<void>;
}

export interface EntityEditorOptions<N extends CollectionName, V extends Record<string, unknown>> {
  planId: string;
  collection: N;
  /** The entity being edited, or null to create one. */
  entity: EntityOf<N> | null;
  initialValues: V;
  /** Client-side checks, run before sending: field → message. */
  validate?: (values: V) => FieldErrors<keyof V & string>;
  toBody: (values: V) => CreateBody<N>;
  onSaved?: (entity: EntityOf<N>) => void;
}

/**
 * The state of a create or edit form for one plan entity: values, client and server field errors,
 * and the edit-conflict flow — on a 409 the typed values stay, the user loads the current version
 * (its `version` becomes the base) and saves again.
 */
export function useEntityEditor<N extends CollectionName, V extends Record<string, unknown>>(
  options: EntityEditorOptions<N, V>,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { planId, collection, entity } = options;
  const create = useCreateEntity(planId, collection);
  const update = useUpdateEntity(planId, collection);
  const [values, setValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors<keyof V & string>>({});
  const [baseVersion, setBaseVersion] = useState(entity?.version ?? 0);
  const [conflict, setConflict] = useState<ConflictState>('none');
  const [formError, setFormError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const fields = Object.keys(options.initialValues) as (keyof V & string)[];

  const setValue = <K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'version_conflict') {
      setConflict('stale');
      return;
    }
    if (isApiError(error, 404) && entity) {
      setConflict('gone');
      return;
    }
    const byField = isApiError(error) ? serverFieldErrors(t, error, fields) : {};
    setErrors(byField);
    // A refusal that names none of the form's fields is shown above the form.
    if (Object.keys(byField).length === 0) setFormError(error);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const found = compact(options.validate?.(values) ?? {});
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const body = options.toBody(values);
    const onSuccess = (saved: EntityOf<N>) => {
      setConflict('none');
      setBaseVersion(saved.version);
      options.onSaved?.(saved);
    };
    if (entity) update.mutate({ ...body, id: entity.id, version: baseVersion }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  /** Loads the current version of the entity as the new base, keeping what the user typed. */
  const reloadLatest = async () => {
    if (!entity) return;
    setReloading(true);
    try {
      const latest = await api.get<EntityOf<N>>(
        `/plans/${encodeURIComponent(planId)}/${collection}/${encodeURIComponent(entity.id)}`,
      );
      setBaseVersion(latest.version);
      setConflict('reloaded');
      void invalidatePlanContent(queryClient, planId);
    } catch (error) {
      if (isApiError(error, 404)) setConflict('gone');
      else setFormError(error);
    } finally {
      setReloading(false);
    }
  };

  /** Binds a text, textarea or date input (`<TextInput {...editor.field('title')} />`): name, value, error. */
  const field = <K extends FieldsOfType<V, string>>(name: K) => ({
    name,
    value: values[name] as string,
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(name, event.currentTarget.value as V[K]),
  });

  /** Binds a Mantine NumberInput, which hands over a number, or the text while it is being typed. */
  const numberField = <K extends FieldsOfType<V, NumberField>>(name: K) => ({
    name,
    value: values[name] as NumberField,
    error: errors[name],
    onChange: (value: NumberField) => setValue(name, value as V[K]),
  });

  return {
    values,
    setValue,
    field,
    numberField,
    setValues,
    errors,
    formError,
    submit,
    saving: create.isPending || update.isPending,
    conflict,
    reloading,
    reloadLatest,
  };
}
