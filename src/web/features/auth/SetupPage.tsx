import { Alert, Anchor, Button, Checkbox, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import { AuthLayout, AuthTitle } from '../../ui/AuthLayout';
import { PasswordField } from '../../ui/PasswordField';
import { planPath } from '../plan/planPaths';
import { useSetupMutation, type SetupInput } from './useSetupMutation';
import {
  compact,
  emailError,
  newPasswordError,
  serverFieldErrors,
  PASSWORD_MIN_LENGTH,
  requiredError,
  type FieldErrors,
} from './validation';

type Field = Exclude<keyof SetupInput, 'demoPlan'>;
const FIELDS: readonly Field[] = ['name', 'email', 'password', 'workspaceName'];

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const setup = useSetupMutation();
  const [values, setValues] = useState<SetupInput>({
    name: '',
    email: '',
    password: '',
    workspaceName: '',
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [loadDemo, setLoadDemo] = useState(true);

  const bind = (field: Field) => ({
    name: field,
    value: values[field],
    error: fieldErrors[field],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [field]: value }));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compact<Field>({
      name: requiredError(t, values.name),
      email: emailError(t, values.email),
      password: newPasswordError(t, values.password),
      workspaceName: requiredError(t, values.workspaceName),
    });
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;

    const input: SetupInput = {
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
      workspaceName: values.workspaceName.trim(),
      // The demo plan speaks the language the administrator is reading.
      ...(loadDemo ? { demoPlan: i18n.resolvedLanguage === 'en' ? 'en' : 'fr' } : {}),
    };
    setup.mutate(input, {
      onSuccess: ({ workspace, demoPlan }) =>
        void navigate(demoPlan ? planPath(workspace.id, demoPlan.id) : '/', { replace: true }),
      onError: (error) => {
        if (isApiError(error)) setFieldErrors(serverFieldErrors(t, error, FIELDS));
      },
    });
  };

  const alreadyDone = isApiError(setup.error, 409);

  return (
    <AuthLayout>
      <AuthTitle title={t('auth.setup.title')} intro={t('auth.setup.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {setup.isError && (
            <Alert color={alreadyDone ? 'blue' : 'red'} variant="light" role="alert">
              {alreadyDone ? (
                <>
                  {t('auth.setup.alreadyDone')}{' '}
                  <Anchor component={Link} to="/login">
                    {t('auth.setup.goToLogin')}
                  </Anchor>
                </>
              ) : (
                errorMessage(t, setup.error)
              )}
            </Alert>
          )}
          <TextInput label={t('auth.setup.name')} autoComplete="name" required {...bind('name')} />
          <TextInput label={t('auth.setup.email')} type="email" autoComplete="email" required {...bind('email')} />
          <PasswordField
            label={t('auth.setup.password')}
            description={t('auth.setup.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            {...bind('password')}
          />
          <TextInput
            label={t('auth.setup.workspaceName')}
            description={t('auth.setup.workspaceNameHint')}
            autoComplete="organization"
            required
            {...bind('workspaceName')}
          />
          <Checkbox
            label={t('auth.setup.demoPlan')}
            description={t('auth.setup.demoPlanHint')}
            name="demoPlan"
            checked={loadDemo}
            onChange={(event) => setLoadDemo(event.currentTarget.checked)}
          />
          <Button type="submit" loading={setup.isPending} fullWidth mt="xs">
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
