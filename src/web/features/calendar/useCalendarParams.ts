import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { todayLocal } from '../../forms/values';
import { readParams, writeParams } from './calendarModel';

/**
 * The calendar's view, day and filters, kept in the URL so a filtered month can be shared or
 * bookmarked. Changes replace the history entry and keep the hash (`#entity-<key>`).
 */
export function useCalendarParams() {
  const [searchParams] = useSearchParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const today = todayLocal();
  const params = useMemo(() => readParams(searchParams, today), [searchParams, today]);
  const setParams = useCallback(
    (change: Parameters<typeof writeParams>[1]) => {
      const search = writeParams(searchParams, change).toString();
      void navigate({ search: search ? `?${search}` : '', hash }, { replace: true });
    },
    [searchParams, hash, navigate],
  );
  return { ...params, today, hash, setParams };
}
