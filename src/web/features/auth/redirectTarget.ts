/** Where to go after signing in: the page that sent the visitor to /login, or home. */
export function redirectTarget(state: unknown): string {
  const from = (state as { from?: { pathname?: unknown; search?: unknown } } | null)?.from;
  if (typeof from?.pathname !== 'string' || !from.pathname.startsWith('/')) return '/';
  if (from.pathname === '/login' || from.pathname === '/setup') return '/';
  return from.pathname + (typeof from.search === 'string' ? from.search : '');
}
