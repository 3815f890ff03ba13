// Benchmark of bulk intake: 10,000 readouts into pending proposals on SQLite, through the same code as
// `accord ingest` (src/server/features/intake/bulk.ts), with the demo's registry and engagements so
// that matching has something to find. Writes its figures into bench/README-intake.md (between the
// markers; the prose around them is kept).
//
//   npm run bench:intake                                  this tree, 3 rounds of 10,000 readouts
//   npm run bench:intake -- --before 2f434ea              HEAD's code side by side with HEAD's tree carrying
//                                                         that commit's intake code (--after REV: another than HEAD)
//   options: --files N, --rounds N, --workers N, --batch N, --no-write (print only)
//
// The readouts are the intake fixtures perturbed: the people named are swapped for other heads of
// state and government from the gazetteer (every alias they appear under), the publication date moves
// to a random day of 2015–2024, and a reference line makes every text unique. They are written to a
// temporary folder once (not timed) and read back by every run, as files would be. Each run is a child
// process with a fresh database, so runs do not share caches or heap; variants alternate within a
// round, so a change of load on the shared machine hits them alike. Each round also times the
// extractor alone (read, hash, extract every file on one thread, no database): the ceiling.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PEOPLE } from '../src/extraction/gazetteer/data/people.ts';
import { defaultWorkers } from '../src/server/features/intake/bulk.ts';
import type { GazetteerPerson } from '../src/extraction/gazetteer/types.ts';
import type * as DatabaseModule from '../src/server/db/database.ts';
import type * as MigrateModule from '../src/server/db/migrate.ts';
import type * as ActorModule from '../src/server/features/accounts/actor.ts';
import type * as DemoModule from '../src/server/features/demo/load.ts';
import type * as BulkModule from '../src/server/features/intake/bulk.ts';
import type * as ExtractModule from '../src/extraction/extract.ts';
import { seededRandom } from '../test/random.ts';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const has = (name: string): boolean => argv.includes(`--${name}`);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const num = (name: string, fallback: number): number => {
  const v = opt(name);
  if (v === undefined) return fallback;
  if (!/^[0-9]+$/.test(v)) throw new Error(`--${name} takes a whole number (got ${v})`);
  return Number(v);
};
const TARGET_PER_SECOND = 200;
/** What `--before` takes from the older commit. */
const INTAKE_CODE = ['src/server/features/intake', 'src/cli/commands/intake.ts'];

// ---- the readouts


function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function writeReadouts(dir: string, count: number): void {
  const fixtures = join(ROOT, 'test/fixtures/intake/fixtures');
  const templates = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'));
  // Leaders with a position: the swaps stay plausible readouts.
  const leaders: GazetteerPerson[] = PEOPLE.filter((p) => p.positions.some((x) => x.role === 'President' || x.role === 'Prime Minister'));
  // Each template's people (the gazetteer entries whose names occur in it), longest spellings first.
  const cast = templates.map((t) =>
    PEOPLE.filter((p) => [p.name, ...p.aliases].some((n) => n.length > 4 && t.includes(n))).map((p) => ({
      pattern: new RegExp([p.name, ...p.aliases].filter((n) => /^[\p{L} .'-]+$/u.test(n) && n.length > 4).sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu'),
    })),
  );
  const rnd = seededRandom(20230217);
  for (let i = 0; i < count; i++) {
    const k = i % templates.length;
    let text = templates[k] as string;
    for (const c of cast[k] ?? []) {
      if (rnd() < 0.5) continue;
      const other = leaders[Math.floor(rnd() * leaders.length)] as GazetteerPerson;
      text = text.replace(c.pattern, other.name);
    }
    const year = 2015 + Math.floor(rnd() * 10);
    const day = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    text = text.replace(/^published: .*$/m, `published: ${day}`);
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${String(i).padStart(5, '0')}.txt`), `${text.trimEnd()}\nRef. ${i}.\n`);
  }
}

// ---- one run (a child process)

interface RunResult {
  variant: string;
  files: number;
  created: number;
  known: number;
  failed: number;
  proposals: number;
  pending: number;
  seconds: number;
  /** CPU time of the process (all its threads) per readout, in milliseconds: what the load does not change much. */
  cpuMs: number;
  /** Heap after GC and RSS every 1,000 files. */
  samples: { files: number; heap: number; rss: number }[];
  /** What was proposed, without ids (they depend on the order of inserts): equal digests, equal output. */
  digest: string;
}

// The code under test comes from the tree given (this checkout, or a commit unpacked beside it).
type Modules = {
  database: typeof DatabaseModule;
  migrate: typeof MigrateModule;
  actor: typeof ActorModule;
  demo: typeof DemoModule;
  bulk: typeof BulkModule;
};

async function modulesOf(tree: string): Promise<Modules> {
  const load = (path: string) => import(pathToFileURL(join(tree, path)).href);
  return {
    database: (await load('src/server/db/database.ts')) as Modules['database'],
    migrate: (await load('src/server/db/migrate.ts')) as Modules['migrate'],
    actor: (await load('src/server/features/accounts/actor.ts')) as Modules['actor'],
    demo: (await load('src/server/features/demo/load.ts')) as Modules['demo'],
    bulk: (await load('src/server/features/intake/bulk.ts')) as Modules['bulk'],
  };
}

async function childIngest(variant: string, tree: string, readouts: string): Promise<RunResult> {
  const m = await modulesOf(tree);
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-intake-db-'));
  const db = m.database.openDatabase({ dialect: 'sqlite', path: join(dir, 'bench.db') });
  try {
    await m.migrate.migrateToLatest(db);
    await m.demo.loadDemoIfEmpty(db);
    const samples: RunResult['samples'] = [];
    const gc = (globalThis as { gc?: () => void }).gc;
    let done = 0;
    const workers = opt('workers');
    const batch = opt('batch');
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await m.bulk.ingestFiles(db, m.actor.SYSTEM_ACTOR, [readouts], {
      ...(workers !== undefined && { workers: Number(workers) }),
      ...(batch !== undefined && { batchSize: Number(batch) }),
      onFile: () => {
        done += 1;
        if (done % 1000 !== 0) return;
        gc?.();
        const mem = process.memoryUsage();
        samples.push({ files: done, heap: mem.heapUsed, rss: mem.rss });
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const rows = await db.kysely
      .selectFrom('proposals')
      .innerJoin('sources', 'sources.id', 'proposals.source_id')
      .select(['sources.sha256', 'proposals.kind', 'proposals.target_type', 'proposals.target_id', 'proposals.status', 'proposals.payload'])
      .execute();
    const lines = rows.map((r) => `${r.sha256}|${r.kind}|${r.target_type}|${r.target_id}|${r.status}|${r.payload.replace(/"(before|after|event)ProposalId":(null|\d+)/g, '')}`).sort();
    return {
      variant,
      files: summary.files,
      created: summary.created,
      known: summary.known,
      failed: summary.failures.length,
      proposals: summary.proposals,
      pending: rows.filter((r) => r.status === 'pending').length,
      seconds,
      cpuMs: (used.user + used.system) / 1000 / summary.files,
      samples,
      digest: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
    };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The ceiling's measure: every file read and extracted on this one thread with the tree's extractor,
 * no database (the text as the header gives it; the hash and canonical form cost little beside it).
 */
async function childExtractOnly(variant: string, tree: string, readouts: string): Promise<RunResult> {
  const { extract } = (await import(pathToFileURL(join(tree, 'src/extraction/extract.ts')).href)) as typeof ExtractModule;
  const paths = readdirSync(readouts, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.txt')).sort().map((p) => join(readouts, p));
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    const reference = /^published: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
    extract(text, reference ? { reference } : {});
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { variant, files: paths.length, created: 0, known: 0, failed: 0, proposals: 0, pending: 0, seconds, cpuMs: (used.user + used.system) / 1000 / paths.length, samples: [], digest: '' };
}

// ---- the parent: variants side by side, medians, the README

interface Variant {
  name: string;
  args: string[];
}

function run(v: Variant): RunResult {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/intake.ts'), ...v.args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${v.name} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return JSON.parse(line) as RunResult;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function parent(): Promise<void> {
  const files = num('files', 10_000);
  const rounds = num('rounds', 3);
  const before = opt('before');
  // Side by side, both come from commits: the checkout may hold colleagues' half-done files.
  const after = opt('after') ?? (before === undefined ? undefined : 'HEAD');
  const work = mkdtempSync(join(tmpdir(), 'accord-bench-intake-'));
  try {
    const readouts = join(work, 'readouts');
    writeReadouts(readouts, files);
    const passed = ['workers', 'batch'].flatMap((k) => (opt(k) === undefined ? [] : [`--${k}`, opt(k) as string]));
    // A commit's code, unpacked beside the readouts with this checkout's node_modules (so a colleague's
    // half-done files in the checkout cannot change what is measured).
    const unpack = (name: string, ref: string): { tree: string; label: string } => {
      const tree = join(work, name);
      mkdirSync(tree);
      const rev = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
      execFileSync('sh', ['-c', `git archive ${rev} | tar -x -C '${tree}'`], { cwd: ROOT });
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
      return { tree, label: rev };
    };
    const variants: Variant[] = [];
    const child = (name: string, tree: string, ...args: string[]): Variant => ({ name, args: ['--child', name, '--tree', tree, '--dir', readouts, ...args] });
    const now = after === undefined ? { tree: ROOT, label: 'this checkout' } : unpack('after', after);
    if (before !== undefined && after !== undefined) {
      // The same tree with the intake code (and the ingest command) of that commit: the comparison
      // changes nothing else, the extractor above all (another engineer's, and changing).
      const b = unpack('before', after);
      const rev = execFileSync('git', ['rev-parse', '--short', before], { cwd: ROOT, encoding: 'utf8' }).trim();
      rmSync(join(b.tree, INTAKE_CODE[0] as string), { recursive: true });
      execFileSync('sh', ['-c', `git archive ${rev} ${INTAKE_CODE.join(' ')} | tar -x -C '${b.tree}'`], { cwd: ROOT });
      // Its own defaults, except the worker thread: that code's worker never answered (the process
      // exited waiting for it), so it only finishes extracting on the main thread.
      variants.push(child(`before (intake code of ${rev}), --workers 0`, b.tree, '--workers', '0'));
    }
    variants.push(child(`now (${now.label})`, now.tree, ...passed));
    // The same code with the other choice of worker threads than its default on this machine
    // (src/server/features/intake/bulk.ts, defaultWorkers): none, or one.
    const other = defaultWorkers() === 0 ? '1' : '0';
    if (opt('workers') === undefined) variants.push(child(`now (${now.label}), --workers ${other}`, now.tree, '--workers', other));
    variants.push(child(`extractor alone (${now.label})`, now.tree, '--extract-only'));

    const results = new Map<string, RunResult[]>(variants.map((v) => [v.name, []]));
    const loads: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      for (const v of variants) {
        const r = run(v);
        loads.push(loadavg()[0] ?? 0);
        results.get(v.name)?.push(r);
        process.stderr.write(`round ${round}: ${v.name}: ${(r.files / r.seconds).toFixed(0)} readouts/s, load ${loadavg()[0]?.toFixed(1)}\n`);
      }
    }

    const last = results.get(`now (${now.label})`)?.at(-1) as RunResult;
    const rate = (rs: readonly RunResult[]): number => median(rs.map((r) => r.files / r.seconds));
    const extractorRuns = results.get(`extractor alone (${now.label})`) ?? [];
    const extractor = rate(extractorRuns);
    const extractorCpu = median(extractorRuns.map((r) => r.cpuMs));
    const nowCpu = median((results.get(`now (${now.label})`) ?? []).map((r) => r.cpuMs));
    const rows = variants.map((v) => {
      const rs = results.get(v.name) ?? [];
      const heaps = rs.flatMap((r) => (r.samples.length > 0 ? [`${mb(r.samples[0]?.heap ?? 0)} → ${mb(r.samples.at(-1)?.heap ?? 0)}`] : []));
      const digests = [...new Set(rs.map((r) => r.digest))].join(', ');
      return `| ${v.name} | **${rate(rs).toFixed(0)}** | ${rs.map((r) => (r.files / r.seconds).toFixed(0)).join(', ')} | ${median(rs.map((r) => r.cpuMs)).toFixed(2)} | ${heaps[heaps.length >> 1] ?? '–'} | ${rs[0]?.proposals ?? '–'} | ${digests || '–'} |`;
    });
    const section = [
      `Command: \`npm run bench:intake -- ${argv.join(' ')}\`. ${files.toLocaleString('en')} readouts, ${rounds} rounds, variants alternating;`,
      `Node ${process.version}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the runs`,
      '(the machine is shared with other work: compare the variants, not runs on other days).',
      '',
      '| code | readouts/s (median) | each round | CPU ms per readout, all threads (median) | heap after GC, at 1,000 → at the end (median run) | proposals | output digest |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Now (${now.label}): ${last.created} new sources, ${last.known} already known, ${last.failed} failed; ${last.proposals} proposals (${last.pending} pending after the run).`,
      `Target: ${TARGET_PER_SECOND} readouts/s, flat memory. The extractor alone (one thread, no database) did ${extractor.toFixed(0)} readouts/s under this load,`,
      `${extractorCpu.toFixed(2)} CPU ms each; the whole ingest costs ${nowCpu.toFixed(2)} CPU ms a readout over all its threads. Ceiling on ${cpus().length} idle cores:`,
      `${cpus().length} × 1000 / ${nowCpu.toFixed(2)} ≈ ${((cpus().length * 1000) / nowCpu).toFixed(0)} readouts/s (extraction alone: ${cpus().length} × 1000 / ${extractorCpu.toFixed(2)} ≈ ${((cpus().length * 1000) / extractorCpu).toFixed(0)}/s).`,
      '',
      '| files | heap after GC | RSS |',
      '|---|---|---|',
      ...last.samples.map((s) => `| ${s.files} | ${mb(s.heap)} | ${mb(s.rss)} |`),
    ].join('\n');
    process.stdout.write(`${section}\n`);
    if (!has('no-write')) {
      const path = join(ROOT, 'bench/README-intake.md');
      const text = readFileSync(path, 'utf8');
      const begin = '<!-- bench:intake:begin -->';
      const end = '<!-- bench:intake:end -->';
      const a = text.indexOf(begin);
      const b = text.indexOf(end);
      if (a < 0 || b < a) throw new Error(`${path} lacks the markers ${begin} … ${end}`);
      writeFileSync(path, `${text.slice(0, a + begin.length)}\n${section}\n${text.slice(b)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const child = opt('child');
if (child === undefined) await parent();
else {
  const dir = opt('dir') as string;
  const tree = opt('tree') as string;
  const r = has('extract-only') ? await childExtractOnly(child, tree, dir) : await childIngest(child, tree, dir);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
