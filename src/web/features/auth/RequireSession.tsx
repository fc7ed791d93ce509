import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Container } from '@mantine/core';
import { chooseLocale, currentLocale, storedLocale } from '../../i18n';
import { ErrorState } from '../../ui/ErrorState';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { useMeQuery } from './useMeQuery';
import { useSetupStatusQuery } from './useSetupStatusQuery';

/** Sends a fresh install to /setup and an anonymous visitor to /login. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const setup = useSetupStatusQuery();
  const needsSetup = setup.data?.needsSetup;
  const me = useMeQuery({ enabled: needsSetup === false });
  const accountLocale = me.data?.user.locale;

  useEffect(() => {
    // No choice made in this browser: use the language saved on the account.
    if (accountLocale && !storedLocale() && accountLocale !== currentLocale()) {
      void chooseLocale(accountLocale);
    }
  }, [accountLocale]);

  if (setup.isError || me.isError) {
    const retry = () => void (setup.isError ? setup.refetch() : me.refetch());
    return (
      <Container size="sm" py="xl">
        <ErrorState title={t('errors.generic')} error={setup.error ?? me.error} onRetry={retry} />
      </Container>
    );
  }
  if (needsSetup) return <Navigate to="/setup" replace />;
  if (me.isPending) return <FullPageLoader />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
}
