// Control summary at a day: the HTTP endpoint against the floor, the same SQL the service sends run
// straight through the driver. The SQL is captured by calling the real service once through a Kysely
// instance that logs its queries, so the floor follows the code as it changes.
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/server/db/schema.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { controlSummary } from '../src/server/features/control/summary.ts';
import { PG_BASE_URL, PG_SCHEMA, SQLITE_PATH, type BenchDialect } from './targets.ts';

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export interface SummaryResult {
  at: string;
  server: Timing;
  floor: Timing;
  ratio: number;
  queries: number;
  totals: Record<string, number>;
}

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

export function timing(samples: readonly number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { medianMs: median, minMs: s[0]!, maxMs: s[s.length - 1]!, runs: s.length };
}

async function capture(dialect: BenchDialect, at: string): Promise<Captured[]> {
  const captured: Captured[] = [];
  const log = (event: { level: string; query: { sql: string; parameters: readonly unknown[] } }) => {
    if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  };
  const kysely =
    dialect === 'sqlite'
      ? new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(SQLITE_PATH, { readonly: true }) }), log })
      : new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: PG_BASE_URL, options: `-c search_path=${PG_SCHEMA}`, max: 10 }) }), log });
  try {
    await controlSummary(kysely, SYSTEM_ACTOR, { at, limit: 20 });
  } finally {
    await kysely.destroy();
  }
  return captured;
}

/** Runs the captured queries as the service does: one after another on SQLite, concurrently on a PostgreSQL pool. */
function floorRunner(dialect: BenchDialect, queries: readonly Captured[]): { run(): Promise<void>; close(): Promise<void> } {
  if (dialect === 'sqlite') {
    const raw = new SqliteDatabase(SQLITE_PATH, { readonly: true });
    return {
      run: () => {
        for (const q of queries) raw.prepare(q.sql).all(...(q.parameters as unknown[]));
        return Promise.resolve();
      },
      close: () => {
        raw.close();
        return Promise.resolve();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: PG_BASE_URL, options: `-c search_path=${PG_SCHEMA}`, max: 10 });
  return {
    run: async () => {
      await Promise.all(queries.map((q) => pool.query(q.sql, q.parameters as unknown[])));
    },
    close: () => pool.end(),
  };
}

export async function benchSummary(options: { dialect: BenchDialect; url: string; token: string; at: string; runs: number; warmups: number }): Promise<SummaryResult> {
  const { dialect, url, token, at } = options;
  const queries = await capture(dialect, at);
  const floor = floorRunner(dialect, queries);
  const endpoint = `${url}/api/v1/control/summary?at=${at}`;
  let totals: Record<string, number> = {};
  const viaServer = async (): Promise<number> => {
    // A keep-alive connection idle past the server's keepAliveTimeout (72 s: the capture can take that
    // long) is closed under fetch's feet; one retry on a fresh connection, not timed twice.
    const get = () => fetch(endpoint, { headers: { authorization: `Bearer ${token}` } });
    let t0 = performance.now();
    const res = await get().catch(() => {
      t0 = performance.now();
      return get();
    });
    const body = await res.text();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`summary answered ${res.status}: ${body.slice(0, 500)}`);
    totals = (JSON.parse(body) as { totals: Record<string, number> }).totals;
    return ms;
  };
  const viaDriver = async (): Promise<number> => {
    const t0 = performance.now();
    await floor.run();
    return performance.now() - t0;
  };
  try {
    for (let i = 0; i < options.warmups; i += 1) {
      await viaServer();
      await viaDriver();
    }
    const s: number[] = [];
    const f: number[] = [];
    // interleaved, so both sides see the same noise from the shared machine
    for (let i = 0; i < options.runs; i += 1) {
      s.push(await viaServer());
      f.push(await viaDriver());
      process.stdout.write(`  run ${i + 1}: server ${s[i]?.toFixed(0)} ms, driver ${f[i]?.toFixed(0)} ms\n`);
    }
    const server = timing(s);
    const fl = timing(f);
    return { at, server, floor: fl, ratio: server.medianMs / fl.medianMs, queries: queries.length, totals };
  } finally {
    await floor.close();
  }
}
