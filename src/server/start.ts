// Starting Accord: open the database, migrate, make sure an admin exists, load the demo into an empty
// database, and serve. Shared by `accord serve` and `npm start`.
import pino from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ensureAdmin } from './features/accounts/service.ts';
import { buildApp } from './http/app.ts';
import type { App } from './http/types.ts';

export interface Running {
  app: App;
  db: Db;
  url: string;
  stop(): Promise<void>;
}

export async function prepareDatabase(config: Config, log: (line: string) => void): Promise<Db> {
  const db = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    const admin = await ensureAdmin(db.kysely, { email: config.adminEmail, password: config.adminPassword });
    if (admin.created) {
      log(
        admin.generatedPassword
          ? `Created the admin account. Sign in as ${config.adminEmail} with the password ${admin.generatedPassword} (shown once; set ACCORD_ADMIN_PASSWORD to choose it).`
          : `Created the admin account ${config.adminEmail} with the password from ACCORD_ADMIN_PASSWORD.`,
      );
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function startServer(config: Config, log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<Running> {
  const db = await prepareDatabase(config, log);
  const logger = pino({ level: config.logLevel });
  const app = await buildApp({ db, config, logger });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await db.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await app.close();
    await db.close();
  })());
  return { app, db, url, stop };
}
