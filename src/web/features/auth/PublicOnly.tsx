import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { redirectTarget } from './redirectTarget';
import { useMeQuery } from './useMeQuery';
import { useSetupStatusQuery } from './useSetupStatusQuery';

/** Guards /setup and /login: each is only shown when it is the step to take. */
export function PublicOnly({ page }: { page: 'setup' | 'login' }) {
  const location = useLocation();
  const setup = useSetupStatusQuery();
  const needsSetup = setup.data?.needsSetup;
  const me = useMeQuery({ enabled: page === 'login' && needsSetup === false });

  if (setup.isPending) return <FullPageLoader />;
  if (page === 'setup') return needsSetup === false ? <Navigate to="/" replace /> : <Outlet />;
  if (needsSetup) return <Navigate to="/setup" replace />;
  if (me.isPending && !setup.isError) return <FullPageLoader />;
  if (me.data) return <Navigate to={redirectTarget(location.state)} replace />;
  return <Outlet />;
}
