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
        const shutdown = () => {
          void running.stop().then(() => process.exit(0));
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


