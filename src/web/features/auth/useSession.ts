import type { Me } from '../../api/types';
import { useMeQuery } from './useMeQuery';

/** The signed-in user, for components rendered under <RequireSession>. */
export function useSession(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error('useSession() used outside <RequireSession>');
  return data;
}
