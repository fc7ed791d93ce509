import { createApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { origin, type Actor, type TestApp } from '../support/app.js';

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

/**
 * GET through the real app on the test's database, keeping the body's bytes (the shared test
 * helper reads bodies as text, which would corrupt a binary file).
 */
export function downloader(
  t: TestApp,
): (path: string, as: Actor, headers?: Record<string, string>) => Promise<Download> {
  const app = createApp({ database: t.database.handle, config: loadConfig({}), now: () => new Date() });
  return async (path, as, extra = {}) => {
    const headers: Record<string, string> = { ...extra };
    if (as && 'cookie' in as) headers.cookie = `jalon_session=${as.cookie}`;
    if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
    const response = await app.request(`${origin}/api/v1${path}`, { headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
  };
}
