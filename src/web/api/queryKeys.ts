export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  me: ['me'] as const,
  plans: (workspaceId: string, page: number) => ['workspaces', workspaceId, 'plans', page] as const,
};
