import type { Command } from 'commander';
import { openDatabase, resolveDatabaseConfig } from '../../server/db/dialect.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { startServer } from '../../server/server.js';
import { CliError, globalOptions } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and the API (migrates the database first)')
    .option('--port <port>', 'port to listen on (env PORT)', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
    .action(async (opts: { port: string; host: string }, command: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`Invalid port: ${opts.port}`);
      const database = resolveDatabaseConfig({ db: globalOptions(command).db });
      const server = await startServer({ database, port, host: opts.host });
      console.log(`Jalon listening on ${server.url}`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date')
    .action(async (_opts: unknown, command: Command) => {
      const database = openDatabase(resolveDatabaseConfig({ db: globalOptions(command).db }));
      try {
        const ran = await migrateToLatest(database);
        console.log(ran.length > 0 ? `Applied: ${ran.join(', ')}` : 'The database is up to date');
      } finally {
        await database.close();
      }
    });
}
