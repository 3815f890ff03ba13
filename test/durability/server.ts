// Whole Accord processes for the durability tests and the mixed-load benchmark: `accord serve` exactly
// as an operator runs it (node + tsx + src/cli/main.ts), on a free loopback port, over a SQLite file or
// a PostgreSQL schema; a database seeded through the services before the first start; and a killer.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parseDatabaseUrl } from '../../src/server/config.ts';
import { openDatabase, type Db } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../../src/server/features/accounts/service.ts';
import { createInstruction } from '../../src/server/features/instructions/service.ts';
import { createBody, createParty } from '../../src/server/features/registry/service.ts';
import { seededRandom } from '../random.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  output(): string;
  rssMb(): number;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<void>;
  /** SIGTERM and the exit code of the graceful stop. */
  stop(): Promise<number | null>;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve())));

/** Starts `accord serve` and waits until /api/v1/ready answers 200 (generous: the machine is shared). */
export async function startAccord(databaseUrl: string, options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', String(port), '--demo', 'false'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', ACCORD_LOG_LEVEL: 'warn', ACCORD_ADMIN_PASSWORD: 'durability test password', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let out = '';
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-6000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`accord serve exited (${child.exitCode}):\n${out}`);
    try {
      if ((await fetch(`${url}/api/v1/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`accord serve not ready within ${(options.timeoutMs ?? 120_000) / 1000} s:\n${out}`);
    }
    await sleep(150);
  }
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    child,
    output: () => out,
    rssMb: () => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const done = await Promise.race([exited(child).then(() => 'exited'), sleep(45_000, 'timeout')]);
      if (done === 'timeout') child.kill('SIGKILL');
      await exited(child);
      return child.exitCode;
    },
  };
}

/** A fresh PostgreSQL schema (and its job-queue schema, dropped with it). */
export async function pgSchema(baseUrl: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `dur_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${name} cascade`);
      await c.query(`drop schema if exists ${name}_jobs cascade`);
      await c.end();
    },
  };
}

/** Opens a database the way `accord serve` does from DATABASE_URL. */
export function openUrl(databaseUrl: string): Db {
  return openDatabase(parseDatabaseUrl(databaseUrl), { poolSize: 4 });
}

export interface Seeded {
  /** an admin's */
  token: string;
  /** a controller's, to review the admin's reports */
  reviewerToken: string;
  instructionIds: number[];
  bodyId: number;
}

/** Migrates and seeds a registry, an admin with an API token and `instructions` open instructions. */
export async function seedDatabase(databaseUrl: string, instructions: number): Promise<Seeded> {
  const db = openUrl(databaseUrl);
  try {
    await migrateToLatest(db);
    return await db.kysely.transaction().execute(async (trx) => {
      const now = new Date();
      await createParty(trx, SYSTEM_ACTOR, { code: 'BY', name: 'Republic of Belarus', kind: 'state' }, now);
      const body = await createBody(trx, SYSTEM_ACTOR, { name: 'Government of the Republic of Belarus', kind: 'government', party: 'BY' }, now);
      const admin = await createUser(trx, SYSTEM_ACTOR, { email: 'admin@accord.local', name: 'Admin', password: 'durability test password', role: 'admin', party: null, bodyId: null }, now);
      const { secret } = await createToken(trx, SYSTEM_ACTOR, { userId: admin.id, name: 'durability' }, now);
      const controller = await createUser(trx, SYSTEM_ACTOR, { email: 'controller@accord.local', name: 'Controller', password: 'durability test password', role: 'controller', party: null, bodyId: null }, now);
      const reviewer = await createToken(trx, SYSTEM_ACTOR, { userId: controller.id, name: 'durability' }, now);
      const ids: number[] = [];
      for (let i = 0; i < instructions; i += 1) {
        const created = await createInstruction(trx, SYSTEM_ACTOR, {
          title: `Instruction ${i + 1}`,
          text: `Carry out item ${i + 1} of the programme.`,
          topic: i % 2 === 0 ? 'energy' : 'trade',
          responsibleBodyId: body.id,
          issuedOn: '2024-01-15',
          deadline: { edtf: '2030-12' },
        }, now);
        ids.push(created.id);
      }
      return { token: secret, reviewerToken: reviewer.secret, instructionIds: ids, bodyId: body.id };
    });
  } finally {
    await db.close();
  }
}

/** A seeded random number generator, so a failing kill point can be replayed. */
export const rng = seededRandom;
