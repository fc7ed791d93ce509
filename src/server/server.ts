import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, type DatabaseConfig } from './db/dialect.js';
import { migrateToLatest } from './db/migrate.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and listens. */
export async function startServer(opts: {
  database: DatabaseConfig;
  port: number;
  host: string;
}): Promise<RunningServer> {
  const database = openDatabase(opts.database);
  await migrateToLatest(database);
  const app = createApp({ database, config: loadConfig(), now: () => new Date() });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${opts.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }).then(() => database.close()),
  };
}
