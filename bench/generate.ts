// Generates the benchmark database: 2 parties, 60 bodies, 1,000,000 instructions with executors,
// authors and financing, about 5,000,000 reports and the control decisions, into SQLite and/or
// PostgreSQL, through the project's migrations. The registry goes through the services (it is small
// and should obey the same rules); the bulk rows go straight to the driver: prepared statements in
// large transactions on SQLite, multi-row INSERT … SELECT FROM unnest(…) on PostgreSQL. Secondary
// indexes are dropped for the load and rebuilt from their own definitions afterwards (so the schema
// stays exactly the migrations'), then ANALYZE (VACUUM ANALYZE on PostgreSQL).
//
//   npx tsx bench/generate.ts [--dialect sqlite|postgres|both] [--instructions 1000000]
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { openDatabase, type Db } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { createBody, createParty, createPerson } from '../src/server/features/registry/service.ts';
import { generateBatch, random, type Batch, type SynthBody } from './synth.ts';
import { argValue, databaseTarget, parseDialects, PG_BASE_URL, PG_SCHEMA, SQLITE_PATH, type BenchDialect } from './targets.ts';

const BATCH = 10_000;
const SEED = 20_230_205;

const BY_BODIES: readonly [string, 'ministry' | 'agency'][] = [
  ['Ministry of Industry', 'ministry'], ['Ministry of Energy', 'ministry'], ['Ministry of Economy', 'ministry'], ['Ministry of Defence', 'ministry'],
  ['Ministry of Foreign Affairs', 'ministry'], ['Ministry of Agriculture and Food', 'ministry'], ['Ministry of Finance', 'ministry'],
  ['Ministry of Transport and Communications', 'ministry'], ['Ministry of Education', 'ministry'], ['Ministry of Health', 'ministry'],
  ['Ministry of Emergency Situations', 'ministry'], ['Ministry of Internal Affairs', 'ministry'], ['Ministry of Justice', 'ministry'],
  ['Ministry of Natural Resources and Environmental Protection', 'ministry'], ['Ministry of Architecture and Construction', 'ministry'],
  ['Ministry of Antimonopoly Regulation and Trade', 'ministry'], ['Ministry of Communications and Informatisation', 'ministry'], ['Ministry of Culture', 'ministry'],
  ['Ministry of Sport and Tourism', 'ministry'], ['Ministry of Labour and Social Protection', 'ministry'], ['Ministry of Taxes and Duties', 'ministry'],
  ['Ministry of Housing and Utilities', 'ministry'], ['Ministry of Forestry', 'ministry'], ['Ministry of Information', 'ministry'],
  ['State Customs Committee', 'agency'], ['State Authority for Military Industry', 'agency'], ['National Bank', 'agency'], ['State Committee on Science and Technology', 'agency'],
];
const RU_BODIES: readonly [string, 'ministry' | 'agency'][] = [
  ['Ministry of Industry and Trade', 'ministry'], ['Ministry of Energy', 'ministry'], ['Ministry of Economic Development', 'ministry'], ['Ministry of Defence', 'ministry'],
  ['Ministry of Foreign Affairs', 'ministry'], ['Ministry of Agriculture', 'ministry'], ['Ministry of Finance', 'ministry'], ['Ministry of Transport', 'ministry'],
  ['Ministry of Digital Development', 'ministry'], ['Ministry of Education', 'ministry'], ['Ministry of Science and Higher Education', 'ministry'],
  ['Ministry of Health', 'ministry'], ['Ministry of Emergency Situations', 'ministry'], ['Ministry of Internal Affairs', 'ministry'], ['Ministry of Justice', 'ministry'],
  ['Ministry of Natural Resources and Environment', 'ministry'], ['Ministry of Construction', 'ministry'], ['Ministry of Culture', 'ministry'], ['Ministry of Sport', 'ministry'],
  ['Ministry of Labour and Social Protection', 'ministry'], ['Federal Customs Service', 'agency'], ['Federal Tax Service', 'agency'], ['Central Bank', 'agency'],
  ['Roscosmos', 'agency'], ['Rosatom', 'agency'], ['Federal Antimonopoly Service', 'agency'], ['Federal Service for Veterinary and Phytosanitary Surveillance', 'agency'],
];

/** Parties, 60 bodies and the two presidents, through the registry services. */
async function seedRegistry(db: Db): Promise<{ bodies: SynthBody[]; authorIds: number[] }> {
  return db.kysely.transaction().execute(async (trx) => {
    await createParty(trx, SYSTEM_ACTOR, { code: 'BY', name: 'Republic of Belarus', kind: 'state' });
    await createParty(trx, SYSTEM_ACTOR, { code: 'RU', name: 'Russian Federation', kind: 'state' });
    const bodies: SynthBody[] = [];
    const add = async (name: string, kind: SynthBody['kind'], party: string | null, parentId?: number) => {
      const b = await createBody(trx, SYSTEM_ACTOR, { name, kind, party, ...(parentId !== undefined && { parentId }) });
      bodies.push({ id: b.id, name, kind, party });
      return b.id;
    };
    await add('Supreme State Council', 'joint_body', null);
    await add('Council of Ministers of the Union State', 'joint_body', null);
    await add('Standing Committee of the Union State', 'joint_body', null);
    const byGov = await add('Council of Ministers of the Republic of Belarus', 'government', 'BY');
    for (const [name, kind] of BY_BODIES) await add(`${name} of Belarus`, kind, 'BY', byGov);
    const ruGov = await add('Government of the Russian Federation', 'government', 'RU');
    for (const [name, kind] of RU_BODIES) await add(`${name} of Russia`, kind, 'RU', ruGov);
    const lukashenko = await createPerson(trx, SYSTEM_ACTOR, { name: 'Alexander Lukashenko', aliases: ['Aleksandr Lukashenko', 'Lukashenka'], positions: [{ role: 'President', party: 'BY', fromDay: '1994-07-20' }] });
    const putin = await createPerson(trx, SYSTEM_ACTOR, { name: 'Vladimir Putin', aliases: ['Putin'], positions: [{ role: 'President', party: 'RU', fromDay: '2012-05-07' }] });
    return { bodies, authorIds: [lukashenko.id, putin.id] };
  });
}

type Column = readonly [name: string, pgType: string];
interface TableSpec {
  table: string;
  rows: (b: Batch) => readonly object[];
  columns: readonly Column[];
}

const id = 'bigint';
const win = (prefix: string): Column[] => [[`${prefix}_earliest`, 'text'], [`${prefix}_latest`, 'text'], [`${prefix}_precision`, 'text'], [`${prefix}_tentative`, 'integer'], [`${prefix}_text`, 'text']];
const TABLES: readonly TableSpec[] = [
  {
    table: 'instructions',
    rows: (b) => b.instructions,
    columns: [
      ['id', id], ['title', 'text'], ['text', 'text'], ['topic', 'text'], ['party', 'text'], ['responsible_body_id', id], ['issued_on', 'text'], ['parent_id', id],
      ...win('deadline'), ['effective_deadline_latest', 'text'], ['accepted_progress', 'integer'], ['fulfilled_on', 'text'], ['withdrawn_on', 'text'], ['facts_as_of', 'text'], ['co_parties', 'text'],
      ['version', 'integer'], ['created_at', 'text'], ['updated_at', 'text'],
    ],
  },
  { table: 'instruction_authors', rows: (b) => b.authors, columns: [['instruction_id', id], ['person_id', id]] },
  { table: 'instruction_executors', rows: (b) => b.executors, columns: [['instruction_id', id], ['body_id', id]] },
  { table: 'financing', rows: (b) => b.financing, columns: [['id', id], ['instruction_id', id], ['party', 'text'], ['currency', 'text'], ['planned', 'bigint'], ['allocated', 'bigint'], ['spent', 'bigint']] },
  {
    table: 'reports',
    rows: (b) => b.reports,
    columns: [
      ['id', id], ['instruction_id', id], ['body_id', id], ['text', 'text'], ['progress', 'integer'], ['spent', 'bigint'], ['currency', 'text'], ['submitted_on', 'text'],
      ['submitted_at', 'text'], ['review_status', 'text'], ['reviewed_at', 'text'], ['reviewed_on', 'text'], ['review_comment', 'text'],
    ],
  },
  {
    table: 'control_decisions',
    rows: (b) => b.decisions,
    columns: [['id', id], ['instruction_id', id], ['kind', 'text'], ['decided_on', 'text'], ['reason', 'text'], ...win('new_deadline'), ...win('previous_deadline'), ['created_at', 'text']],
  },
];
const BULK_TABLES = TABLES.map((t) => t.table);

interface Writer {
  write(batch: Batch): Promise<void>;
  finish(): Promise<void>;
}

export interface GenerateResult {
  dialect: BenchDialect;
  instructions: number;
  reports: number;
  decisions: number;
  seconds: number;
}

function values(row: object, columns: readonly Column[]): unknown[] {
  const r = row as Record<string, unknown>;
  return columns.map(([c]) => r[c] ?? null);
}

function sqliteWriter(): Writer {
  const raw = new SqliteDatabase(SQLITE_PATH);
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -1000000');
  raw.pragma('temp_store = MEMORY');
  raw.pragma('foreign_keys = OFF');
  const list = BULK_TABLES.map((t) => `'${t}'`).join(',');
  const indexes = raw.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${list})`).all() as { name: string; sql: string }[];
  for (const ix of indexes) raw.exec(`drop index "${ix.name}"`);
  const statements = TABLES.map((t) => ({ t, stmt: raw.prepare(`insert into ${t.table} (${t.columns.map(([c]) => c).join(', ')}) values (${t.columns.map(() => '?').join(', ')})`) }));
  const insertAll = raw.transaction((batch: Batch) => {
    for (const { t, stmt } of statements) for (const row of t.rows(batch)) stmt.run(values(row, t.columns));
  });
  return {
    write: (batch) => {
      insertAll(batch);
      return Promise.resolve();
    },
    finish: () => {
      process.stdout.write('  rebuilding indexes …\n');
      for (const ix of indexes) raw.exec(ix.sql);
      raw.exec('analyze');
      raw.pragma('wal_checkpoint(TRUNCATE)');
      raw.close();
      return Promise.resolve();
    },
  };
}

async function pgWriter(): Promise<Writer> {
  const client = new pg.Client({ connectionString: PG_BASE_URL, options: `-c search_path=${PG_SCHEMA}` });
  await client.connect();
  // a bulk load of rows consistent by construction: no per-row foreign-key triggers, no fsync per commit
  await client.query('set session_replication_role = replica');
  await client.query('set synchronous_commit = off');
  await client.query(`set maintenance_work_mem = '512MB'`);
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `select i.indexname as name, i.indexdef as def from pg_indexes i
       where i.schemaname = $1 and i.tablename = any($2)
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = $1::regnamespace)`,
      [PG_SCHEMA, BULK_TABLES],
    )
  ).rows;
  for (const ix of indexes) await client.query(`drop index "${ix.name}"`);
  const sqls = TABLES.map((t) => ({
    t,
    text: `insert into ${t.table} (${t.columns.map(([c]) => c).join(', ')}) select * from unnest(${t.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`,
  }));
  let inFlight: Promise<unknown> = Promise.resolve();
  return {
    write: async (batch) => {
      // one batch in flight while the next is generated
      await inFlight;
      const params = sqls.flatMap(({ t, text }) => {
        const rows = t.rows(batch);
        const cols = t.columns.map(() => [] as unknown[]);
        for (const row of rows) values(row, t.columns).forEach((v, i) => cols[i]!.push(v));
        return rows.length === 0 ? [] : [{ text, cols }];
      });
      inFlight = (async () => {
        await client.query('begin');
        for (const { text, cols } of params) await client.query(text, cols);
        await client.query('commit');
      })();
    },
    finish: async () => {
      await inFlight;
      process.stdout.write('  rebuilding indexes …\n');
      for (const ix of indexes) await client.query(ix.def);
      for (const t of ['instructions', 'financing', 'reports', 'control_decisions']) {
        await client.query(`select setval(pg_get_serial_sequence('${t}', 'id'), greatest(1, (select coalesce(max(id), 0) from ${t})))`);
      }
      await client.query('set session_replication_role = origin');
      // VACUUM too, not only ANALYZE: freshly bulk-loaded tables have no visibility map, so PostgreSQL
      // cannot use index-only scans on them and the summary's review queue read the whole reports
      // table (1–1.5 s) until the bench schema was vacuumed by hand.
      await client.query('vacuum (analyze)');
      await client.end();
    },
  };
}

async function freshDatabase(dialect: BenchDialect): Promise<Db> {
  if (dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${SQLITE_PATH}${suffix}`, { force: true });
    return openDatabase(databaseTarget('sqlite'));
  }
  const admin = new pg.Client({ connectionString: PG_BASE_URL });
  await admin.connect();
  await admin.query(`drop schema if exists ${PG_SCHEMA} cascade`);
  await admin.query(`create schema ${PG_SCHEMA}`);
  await admin.end();
  return openDatabase(databaseTarget('postgres'), { searchPath: PG_SCHEMA, poolSize: 2 });
}

export async function generate(dialect: BenchDialect, instructions: number, log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<GenerateResult> {
  const started = performance.now();
  const db = await freshDatabase(dialect);
  let registry: Awaited<ReturnType<typeof seedRegistry>>;
  try {
    await migrateToLatest(db);
    registry = await seedRegistry(db);
  } finally {
    await db.close();
  }
  const writer = dialect === 'sqlite' ? sqliteWriter() : await pgWriter();
  const rng = random(SEED);
  const counters = { report: 0, decision: 0, financing: 0 };
  for (let from = 1; from <= instructions; from += BATCH) {
    const to = Math.min(instructions, from + BATCH - 1);
    await writer.write(generateBatch(rng, { bodies: registry.bodies, authorIds: registry.authorIds }, from, to, counters));
    if (to % 100_000 === 0 || to === instructions) log(`  ${dialect}: ${to.toLocaleString('en')} instructions, ${counters.report.toLocaleString('en')} reports (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await writer.finish();
  const seconds = (performance.now() - started) / 1000;
  return { dialect, instructions, reports: counters.report, decisions: counters.decision, seconds };
}

async function main(): Promise<void> {
  const dialects = parseDialects(argValue('dialect'));
  const n = Number(argValue('instructions') ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1) throw new Error('--instructions must be a positive integer');
  for (const dialect of dialects) {
    process.stdout.write(`Generating ${n.toLocaleString('en')} instructions into ${dialect === 'sqlite' ? SQLITE_PATH : `${PG_BASE_URL} schema ${PG_SCHEMA}`}\n`);
    const r = await generate(dialect, n);
    process.stdout.write(`${dialect}: ${r.instructions.toLocaleString('en')} instructions, ${r.reports.toLocaleString('en')} reports, ${r.decisions.toLocaleString('en')} decisions in ${r.seconds.toFixed(1)} s\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
