import { AppError } from './errors.js';

/**
 * Optimistic concurrency: a write based on an old read is refused (409), so nobody silently
 * overwrites someone else's change.
 */
export function assertVersion(what: { label: string }, current: { version: number }, sent: number): void {
  if (current.version !== sent) {
    throw new AppError(
      'version_conflict',
      `This ${what.label} was changed by someone else (version ${current.version}, you sent ${sent}). Reload it and apply your change again.`,
      [{ path: 'version', message: `Current version is ${current.version}` }],
      { currentVersion: current.version },
    );
  }
}

/** The row changed between our read and our write (the conditional UPDATE matched nothing). */
export function concurrentChange(label: string): AppError {
  return new AppError(
    'version_conflict',
    `This ${label} was changed by someone else while you saved. Reload it and apply your change again.`,
    [{ path: 'version', message: 'Stale version' }],
  );
}
