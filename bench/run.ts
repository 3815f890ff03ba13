// The core benchmarks (npm run bench): at 1,000,000 instructions and about 5,000,000 reports, on SQLite
// and PostgreSQL,
//  1. the control summary at a day through the server against the same SQL through the driver
//     (median of interleaved runs; target ratio <= 1.5);
//  2. the filtered, keyset-paginated instruction list under autocannon (32 connections, loopback)
//     against a bare Fastify route serving the same list (the instructions service called directly:
//     same SQL, same cursors; no auth, schemas or hooks) (targets: ratio >= 0.5, p99 < 50 ms), and,
//     for scale, against a bare route returning a canned page of the same size with no database;
//  3. the server's resident memory after the runs (target < 300 MB).
// Generates the data first when the database is missing or smaller (bench/generate.ts). Loopback only;
// every phase is bounded in time and the whole run stops itself after MAX_MINUTES. Prints a table and
// writes it into bench/README.md between the results markers.
//
//   npm run bench -- [--dialect sqlite|postgres|both] [--instructions N] [--seconds 15] [--runs 9]
//                    [--regenerate] [--no-readme] [--only list]
// `--only list` skips the control summary (the slow phase) and measures the list and memory alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../src/server/features/accounts/service.ts';
import { encodeCursor } from '../src/server/http/cursor.ts';
import { seededRandom } from '../test/random.ts';
import { generate } from './generate.ts';
import { deepPages, load, CONNECTIONS, type DeepPagesResult, type LoadResult } from './list-bench.ts';
import { startAccord, startBare } from './processes.ts';
import { benchSummary, type SummaryResult } from './summary-bench.ts';
import { AT_PAST, AT_TODAY } from './synth.ts';
import { argValue, databaseTarget, databaseUrl, parseDialects, PG_SCHEMA, type BenchDialect } from './targets.ts';

const MAX_MINUTES = 45;
const ACCORD_PORT = 3187;
const BARE_PORT = 3188;
const LIST_PATH = '/api/v1/instructions?party=BY&limit=50';
const PAYLOAD_FILE = '/tmp/accord-bench-page.json';

const guard = setTimeout(() => {
  process.stderr.write(`The benchmark ran longer than ${MAX_MINUTES} minutes; stopping.\n`);
  process.exit(2);
}, MAX_MINUTES * 60_000);
guard.unref();

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function openBench(dialect: BenchDialect): Promise<Db> {
  return openDatabase(databaseTarget(dialect), dialect === 'postgres' ? { searchPath: PG_SCHEMA, poolSize: 2 } : {});
}

async function instructionCount(dialect: BenchDialect): Promise<number> {
  const db = await openBench(dialect);
  try {
    const row = await sql<{ n: number }>`select count(*) as n from instructions`.execute(db.kysely);
    return Number(row.rows[0]?.n ?? 0);
  } catch {
    return 0; // no schema yet
  } finally {
    await db.close();
  }
}

/**
 * Migrations added since the data was generated build their indexes on a million rows; the planner
 * needs statistics for them (without, SQLite chose the new covering index for the list and sorted
 * half a million rows per page), so analyse after applying any.
 */
async function migrateAndAnalyze(dialect: BenchDialect): Promise<void> {
  const db = await openBench(dialect);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) {
      say(`${dialect}: applied ${applied.join(', ')}; analysing …`);
      await sql`analyze`.execute(db.kysely);
    }
  } finally {
    await db.close();
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of the line (11 and 12 after the command name), in clock ticks of 10 ms
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const DEEP_PAGES = 200;

/**
 * Cursors at random instructions of the benchmark's list (party BY), as the server encodes them after
 * a page ending at that instruction: random ids looked up through the driver (seeded, so runs compare).
 */
async function deepCursors(dialect: BenchDialect, count: number): Promise<string[]> {
  const db = await openBench(dialect);
  try {
    const random = seededRandom(7);
    const max = Number((await sql<{ m: number }>`select max(id) as m from instructions`.execute(db.kysely)).rows[0]?.m ?? 0);
    const cursors: string[] = [];
    for (let tries = 0; cursors.length < count && tries < count * 20; tries++) {
      const id = 1 + Math.floor(random() * max);
      const row = await db.kysely.selectFrom('instructions').select(['id', 'effective_deadline_latest']).where('id', '=', id).where('party', '=', 'BY').executeTakeFirst();
      if (row) cursors.push(encodeCursor([row.effective_deadline_latest, row.id]));
    }
    return cursors;
  } finally {
    await db.close();
  }
}

/** A viewer with a bearer token, made through the account services. */
async function benchToken(dialect: BenchDialect): Promise<string> {
  const db = await openBench(dialect);
  try {
    const user = await createUser(db.kysely, SYSTEM_ACTOR, { email: `bench-${Date.now()}@bench.local`, name: 'Benchmark', password: 'benchmark-password-1', role: 'viewer' });
    return (await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'bench' })).secret;
  } finally {
    await db.close();
  }
}

interface DialectResult {
  dialect: BenchDialect;
  instructions: number;
  generatedSeconds: number | null;
  summaryToday: SummaryResult | null;
  summaryPast: SummaryResult | null;
  list: LoadResult;
  /** pages at random depths, one connection */
  deep: DeepPagesResult;
  /** the server's CPU time (user + system) per list request: less sensitive to other load than req/s */
  listCpuMs: number;
  /** a bare Fastify route serving the same list through the service (no auth, schemas, hooks) */
  bareDb: LoadResult;
  /** a bare Fastify route returning a canned page (no database) */
  bare: LoadResult;
  memory: { rssMb: number; peakMb: number };
}

async function benchDialect(dialect: BenchDialect, o: { instructions: number; seconds: number; runs: number; regenerate: boolean; past: boolean; summary: boolean }): Promise<DialectResult> {
  let generatedSeconds: number | null = null;
  const have = o.regenerate ? 0 : await instructionCount(dialect);
  if (have < o.instructions) {
    say(`${dialect}: generating ${o.instructions.toLocaleString('en')} instructions (found ${have.toLocaleString('en')}) …`);
    generatedSeconds = (await generate(dialect, o.instructions)).seconds;
    say(`${dialect}: generated in ${generatedSeconds.toFixed(0)} s`);
  }
  await migrateAndAnalyze(dialect);
  const instructions = await instructionCount(dialect);
  const token = await benchToken(dialect);
  const server = await startAccord(databaseUrl(dialect), ACCORD_PORT);
  try {
    let summaryToday: SummaryResult | null = null;
    if (o.summary) {
      say(`${dialect}: control summary at ${AT_TODAY} (${o.runs} runs) …`);
      summaryToday = await benchSummary({ dialect, url: server.url, token, at: AT_TODAY, runs: o.runs, warmups: 1 });
    }
    let summaryPast: SummaryResult | null = null;
    if (o.summary && o.past) {
      say(`${dialect}: control summary at ${AT_PAST} (7 runs) …`);
      summaryPast = await benchSummary({ dialect, url: server.url, token, at: AT_PAST, runs: 7, warmups: 1 });
    }
    const first = await fetch(`${server.url}${LIST_PATH}`, { headers: { authorization: `Bearer ${token}` } });
    const page = await first.text();
    if (first.status !== 200) throw new Error(`the list answered ${first.status}: ${page.slice(0, 300)}`);
    writeFileSync(PAYLOAD_FILE, page);
    say(`${dialect}: list under load, ${CONNECTIONS} connections, ${o.seconds} s …`);
    const cpuBefore = cpuMs(server.pid);
    const list = await load({ url: server.url, path: LIST_PATH, token, seconds: o.seconds, walk: true });
    const listCpuMs = (cpuMs(server.pid) - cpuBefore) / Math.max(1, list.requestsPerSec * o.seconds);
    say(`${dialect}: ${DEEP_PAGES} pages at random depths, one connection …`);
    const deep = await deepPages({ url: server.url, path: LIST_PATH, token, cursors: await deepCursors(dialect, DEEP_PAGES) });
    const memory = server.memory();
    await server.stop();
    say(`${dialect}: bare Fastify route serving the same list, ${o.seconds} s …`);
    const bareDb = await runBare({ dialect }, o.seconds, true);
    say(`${dialect}: bare Fastify route with a canned page, ${o.seconds} s …`);
    const bare = await runBare({ payloadFile: PAYLOAD_FILE }, o.seconds, false);
    return { dialect, instructions, generatedSeconds, summaryToday, summaryPast, list, deep, listCpuMs, bareDb, bare, memory };
  } catch (error) {
    say(`${dialect}: the server said: ${server.output()}`);
    throw error;
  } finally {
    await server.stop();
  }
}

async function runBare(source: Parameters<typeof startBare>[1], seconds: number, walk: boolean): Promise<LoadResult> {
  const bare = await startBare(BARE_PORT, source);
  try {
    return await load({ url: bare.url, path: LIST_PATH, seconds, walk });
  } finally {
    await bare.stop();
  }
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

function table(results: readonly DialectResult[]): string {
  const lines = ['| dialect | measure | Accord | floor / baseline | ratio | target | met |', '|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const d = `${r.dialect} (${(r.instructions / 1e6).toFixed(1)}M)`;
    const s = r.summaryToday;
    if (s) lines.push(`| ${d} | control summary at ${s.at}, median of ${s.server.runs} (ms) | ${ms(s.server.medianMs)} | ${ms(s.floor.medianMs)} (SQL via driver) | ${s.ratio.toFixed(2)}× | ≤ 1.5× | ${mark(s.ratio <= 1.5)} |`);
    const p = r.summaryPast;
    if (p) lines.push(`| ${d} | control summary at ${p.at} (facts recomputed), median of ${p.server.runs} (ms) | ${ms(p.server.medianMs)} | ${ms(p.floor.medianMs)} (SQL via driver) | ${p.ratio.toFixed(2)}× | ≤ 1.5× | ${mark(p.ratio <= 1.5)} |`);
    const ratio = r.list.requestsPerSec / r.bareDb.requestsPerSec;
    lines.push(`| ${d} | list party=BY, 50/page, walking cursors: req/s | ${r.list.requestsPerSec.toFixed(0)} | ${r.bareDb.requestsPerSec.toFixed(0)} (bare Fastify route, same list) | ${ratio.toFixed(2)} | ≥ 0.5 | ${mark(ratio >= 0.5)} |`);
    lines.push(`| ${d} | the same against a bare route with a canned page (no database): req/s | ${r.list.requestsPerSec.toFixed(0)} | ${r.bare.requestsPerSec.toFixed(0)} (bare, no database) | ${(r.list.requestsPerSec / r.bare.requestsPerSec).toFixed(2)} | | |`);
    lines.push(`| ${d} | list p99 latency (ms), p50 ${ms(r.list.p50Ms)} | ${ms(r.list.p99Ms)} | ${ms(r.bareDb.p99Ms)} (same list) / ${ms(r.bare.p99Ms)} (no database) | | < 50 | ${mark(r.list.p99Ms < 50)} |`);
    lines.push(`| ${d} | list pages at random depths, one connection, ${r.deep.pages} pages: p99 (ms), p50 ${ms(r.deep.p50Ms)}, max ${ms(r.deep.maxMs)} | ${ms(r.deep.p99Ms)} | | | | |`);
    lines.push(`| ${d} | list: server CPU per request (ms) | ${r.listCpuMs.toFixed(2)} | | | | |`);
    lines.push(`| ${d} | server RSS after the runs (MB), peak ${r.memory.peakMb.toFixed(0)} | ${r.memory.rssMb.toFixed(0)} | | | < 300 | ${mark(r.memory.rssMb < 300)} |`);
    if (r.list.non2xx + r.list.errors > 0) lines.push(`| ${d} | list: non-2xx ${r.list.non2xx}, errors ${r.list.errors} | | | | 0 | **no** |`);
  }
  return lines.join('\n');
}

function writeReadme(text: string): void {
  const file = 'bench/README.md';
  const readme = readFileSync(file, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file} has no results markers`);
  writeFileSync(file, `${readme.slice(0, a + start.length)}\n${text}\n${readme.slice(b)}`);
}

async function main(): Promise<void> {
  const dialects = parseDialects(argValue('dialect'));
  const o = {
    instructions: Number(argValue('instructions') ?? 1_000_000),
    seconds: Number(argValue('seconds') ?? 15),
    runs: Math.max(7, Number(argValue('runs') ?? 9)),
    regenerate: process.argv.includes('--regenerate'),
    past: !process.argv.includes('--no-past'),
    summary: true,
  };
  const only = argValue('only');
  if (only !== undefined && only !== 'list') throw new Error(`--only takes 'list' (got ${only})`);
  o.summary = only === undefined;
  const results: DialectResult[] = [];
  for (const dialect of dialects) results.push(await benchDialect(dialect, o));
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, load average ${loadavg()[0]?.toFixed(1)} at the end, Node ${process.version}`;
  const generated = results.filter((r) => r.generatedSeconds !== null).map((r) => `${r.dialect} ${r.generatedSeconds?.toFixed(0)} s`);
  const text = [`Run ${when} UTC on ${machine}.${generated.length > 0 ? ` Data generated in this run: ${generated.join(', ')}.` : ''}`, '', table(results), ''].join('\n');
  say(`\n${text}`);
  for (const r of results) if (r.summaryToday) say(`${r.dialect} totals at ${r.summaryToday.at}: ${JSON.stringify(r.summaryToday.totals)}`);
  // a list-only run is a partial table: it never replaces the full results in the README
  if (!process.argv.includes('--no-readme') && o.summary) writeReadme(text);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
