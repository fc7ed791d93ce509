import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import { AuthLayout, AuthTitle } from '../../ui/AuthLayout';
import { PasswordField } from '../../ui/PasswordField';
import { redirectTarget } from './redirectTarget';
import { useLoginMutation } from './useLoginMutation';
import { compact, emailError, serverFieldErrors, requiredError, type FieldErrors } from './validation';

type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useLoginMutation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compact<Field>({
      email: emailError(t, email),
      password: requiredError(t, password),
    });
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;

    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(redirectTarget(location.state), { replace: true }),
        onError: (error) => {
          if (isApiError(error)) setFieldErrors(serverFieldErrors(t, error, FIELDS));
        },
      },
    );
  };

  return (
    <AuthLayout>
      <AuthTitle title={t('auth.login.title')} intro={t('auth.login.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {login.isError && (
            <Alert color="red" variant="light" role="alert">
              {loginErrorMessage(t, login.error)}
            </Alert>
          )}
          <TextInput
            label={t('auth.login.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordField
            label={t('auth.login.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={login.isPending} fullWidth mt="xs">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

function loginErrorMessage(t: Parameters<typeof errorMessage>[0], error: unknown): string {
  if (isApiError(error, 401)) return t('auth.login.invalidCredentials');
  return errorMessage(t, error);
}
