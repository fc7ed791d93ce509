import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Role } from '../../api/types';
import { FormError } from '../../forms/FormError';
import { PasswordField } from '../../ui/PasswordField';
import {
  PASSWORD_MIN_LENGTH,
  compact,
  emailError,
  newPasswordError,
  requiredError,
  serverFieldErrors,
  type FieldErrors,
} from '../auth/validation';
import { useAddMemberMutation } from './useMembers';
import './texts';

type Field = 'email' | 'role' | 'name' | 'password';
const FIELDS: readonly Field[] = ['email', 'role', 'name', 'password'];

interface Values {
  email: string;
  role: Role;
  name: string;
  password: string;
}

interface AddMemberModalProps {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
  /** The roles the signed-in user may hand out. */
  roles: Role[];
}

/**
 * Adds someone by email. When no account uses that email yet, the server asks for a name and an
 * initial password: the form then shows those fields and explains that the account will be created.
 */
export function AddMemberModal({ workspaceId, opened, onClose, roles }: AddMemberModalProps) {
  const { t } = useTranslation();
  const initial: Values = {
    email: '',
    role: roles.includes('editor') ? 'editor' : (roles[0] ?? 'viewer'),
    name: '',
    password: '',
  };
  const add = useAddMemberMutation(workspaceId);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [needsAccount, setNeedsAccount] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (needsAccount) nameInput.current?.focus();
  }, [needsAccount]);

  const close = () => {
    setValues(initial);
    setErrors({});
    setFormError(null);
    setNeedsAccount(false);
    add.reset();
    onClose();
  };

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onError = (error: unknown) => {
    if (isApiError(error, 409)) {
      setErrors({ email: t('members.add.alreadyMember') });
      return;
    }
    if (isApiError(error, 403)) {
      setFormError(null);
      setErrors({ role: t('members.errors.grantForbidden') });
      return;
    }
    if (isApiError(error, 400) || isApiError(error, 422)) {
      const byField = error.fieldErrors();
      if (!needsAccount && !byField.email && (byField.name || byField.password)) {
        // No account uses this email yet: ask for what creating one takes.
        setNeedsAccount(true);
        return;
      }
      const found = serverFieldErrors(t, error, FIELDS);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
    }
    setFormError(error);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = compact<Field>({
      email: emailError(t, values.email),
      name: needsAccount ? requiredError(t, values.name) : undefined,
      password: needsAccount ? newPasswordError(t, values.password) : undefined,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    add.mutate(
      {
        email: values.email.trim(),
        role: values.role,
        ...(needsAccount ? { name: values.name.trim(), password: values.password } : {}),
      },
      { onSuccess: close, onError },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('members.add.title')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormError error={formError} />
          <TextInput
            label={t('members.add.email')}
            type="email"
            name="email"
            autoComplete="off"
            required
            data-autofocus
            maxLength={320}
            value={values.email}
            error={errors.email}
            onChange={(event) => set('email', event.currentTarget.value)}
          />
          <NativeSelect
            label={t('members.add.role')}
            name="role"
            value={values.role}
            description={t(`members.roles.${values.role}.description`)}
            error={errors.role}
            data={roles.map((role) => ({ value: role, label: t(`members.roles.${role}.label`) }))}
            onChange={(event) => set('role', event.currentTarget.value as Role)}
          />
          {needsAccount && (
            <>
              <Alert color="blue" variant="light" title={t('members.add.newAccountTitle')} role="status">
                {t('members.add.newAccountDescription', { email: values.email.trim() })}
              </Alert>
              <TextInput
                ref={nameInput}
                label={t('members.add.name')}
                name="name"
                autoComplete="off"
                required
                maxLength={200}
                value={values.name}
                error={errors.name}
                onChange={(event) => set('name', event.currentTarget.value)}
              />
              <PasswordField
                label={t('members.add.password')}
                description={t('members.add.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                name="password"
                autoComplete="new-password"
                required
                value={values.password}
                error={errors.password}
                onChange={(event) => set('password', event.currentTarget.value)}
              />
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {needsAccount ? t('members.add.submitCreate') : t('form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
