import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { startServer } from '../../server/start.ts';
import { fail } from './common.ts';

interface ServerFlags {
  port?: string;
  host?: string;
  database?: string;
  demo?: string;
}

export function configFromFlags(flags: ServerFlags) {
  return loadConfig(process.env, { PORT: flags.port, HOST: flags.host, DATABASE_URL: flags.database, ACCORD_DEMO: flags.demo });
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('migrate the database and serve Accord over HTTP')
    .option('-p, --port <port>', 'port (PORT, default 3000)')
    .option('--host <host>', 'address to listen on (HOST, default 127.0.0.1)')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .option('--demo <bool>', 'load the demo into an empty database (ACCORD_DEMO, default true)')
    .action(async (flags: ServerFlags) => {
      try {
        const running = await startServer(configFromFlags(flags));
        process.stdout.write(`Accord is serving at ${running.url} (API docs at ${running.url}/api/docs)\n`);
        // SIGTERM/SIGINT: stop accepting, finish in-flight requests and jobs, close the database. A second
        // signal, or 30 s without finishing, exits at once.
        const shutdown = () => {
          process.stdout.write('Stopping: finishing requests and jobs in flight…\n');
          const force = setTimeout(() => process.exit(1), 30_000);
          force.unref();
          process.once('SIGINT', () => process.exit(1));
          process.once('SIGTERM', () => process.exit(1));
          void running.stop().then(
            () => process.exit(0),
            (error: unknown) => fail(error),
          );
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      } catch (error) {
        fail(error);
      }
    });

  program
    .command('migrate')
    .description('bring the database schema to the newest version')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .action(async (flags: ServerFlags) => {
      try {
        const db = openDatabase(configFromFlags(flags).database);
        try {
          const applied = await migrateToLatest(db);
          process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
        } finally {
          await db.close();
        }
      } catch (error) {
        fail(error);
      }
    });
}


