// Starting Accord: open the database, migrate, make sure an admin exists, load the demo into an empty
// database, and serve. Shared by `accord serve` and `npm start`.
import pino from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ensureAdmin } from './features/accounts/service.ts';
import { presentDemoAccounts, signInLines } from './features/demo/accounts.ts';
import { loadDemoIfEmpty } from './features/demo/load.ts';
import { buildApp } from './http/app.ts';
import type { App } from './http/types.ts';
import { buildWebIfNeeded } from './web-build.ts';
import { createJobQueue } from './jobs/create.ts';
import type { JobQueue } from './jobs/queue.ts';
import { FEATURE_JOBS } from './jobs/registry.ts';
import { startFeedClock } from './features/feeds/jobs.ts';

export interface Running {
  app: App;
  db: Db;
  jobs: JobQueue;
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
    if (config.demo) {
      const demo = await loadDemoIfEmpty(db);
      if (demo.loaded && demo.counts) {
        const c = demo.counts;
        log(`Loaded the demo (the Union State of Belarus and Russia): ${c.bodies} bodies, ${c.people} people, ${c.engagements} engagements, ${c.instructions} instructions, ${c.reports} reports, ${c.decisions} control decisions.`);
      }
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function startServer(config: Config, log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<Running> {
  // A broken front-end build must not take the API down: say so and serve the API.
  await buildWebIfNeeded({ log }).catch((error: unknown) => log(`The front end did not build (${error instanceof Error ? error.message : String(error)}); serving the API only.`));
  const db = await prepareDatabase(config, log);
  const logger = pino({ level: config.logLevel });
  const jobs = createJobQueue(db);
  for (const define of FEATURE_JOBS) define(jobs, db);
  const app = await buildApp({ db, config, logger, jobs });
  let stopFeedClock: () => void = () => undefined;
  try {
    await jobs.start();
    // Every minute, queue a poll of the feeds that are due (a unique job: several processes queue one).
    stopFeedClock = startFeedClock(jobs);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    stopFeedClock();
    await jobs.stop().catch(() => undefined);
    await db.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  if (config.demo) for (const line of signInLines(await presentDemoAccounts(db.kysely), url)) log(line);
  // Graceful: stop accepting and finish in-flight requests (app.close), then the running jobs, then
  // close the database.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    stopFeedClock();
    await app.close();
    await jobs.stop();
    await db.close();
  })());
  return { app, db, jobs, url, stop };
}
