import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, CreatedCalendarFeed } from '../../../contract/exports.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const feedsPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/calendar-feeds`;

export function useCalendarFeeds(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.collection(planId, 'calendar-feeds'),
    queryFn: ({ signal }) => api.get<{ items: CalendarFeed[] }>(feedsPath(planId), signal),
    enabled,
  });
}

export function useCreateCalendarFeed(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CreatedCalendarFeed>(feedsPath(planId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.collection(planId, 'calendar-feeds') }),
  });
}

export function useRevokeCalendarFeed(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feed: CalendarFeed) => api.delete<void>(`${feedsPath(planId)}/${encodeURIComponent(feed.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.collection(planId, 'calendar-feeds') }),
  });
}
