// Benchmark of bulk intake: 10,000 readouts into pending proposals on SQLite, through the same code as
// `accord ingest` (src/server/features/intake/bulk.ts), with the demo's registry and engagements so
// that matching has something to find. Run: npm run bench:intake [-- --files 10000]
// Writes the figures to bench/README-intake.md.
//
// The readouts are the intake fixtures perturbed: the people named are swapped for other heads of
// state and government from the gazetteer (every alias they appear under), the publication date moves
// to a random day of 2015–2024, and a reference line makes every text unique. They are written to a
// temporary folder first (not timed) and read back by the ingest, as files would be.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEOPLE } from '../src/extraction/gazetteer/data/people.ts';
import type { GazetteerPerson } from '../src/extraction/gazetteer/types.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { loadDemoIfEmpty } from '../src/server/features/demo/load.ts';
import { ingestFiles } from '../src/server/features/intake/bulk.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 10_000);
const TARGET_PER_SECOND = 200;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIXTURES = join(import.meta.dirname, '../test/fixtures/intake/fixtures');
const templates = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
// Leaders with a position: the swaps stay plausible readouts.
const leaders: GazetteerPerson[] = PEOPLE.filter((p) => p.positions.some((x) => x.role === 'President' || x.role === 'Prime Minister'));

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each template's people (the gazetteer entries whose names occur in it), longest spellings first. */
const cast = templates.map((t) =>
  PEOPLE.filter((p) => [p.name, ...p.aliases].some((n) => n.length > 4 && t.includes(n))).map((p) => ({
    pattern: new RegExp([p.name, ...p.aliases].filter((n) => /^[\p{L} .'-]+$/u.test(n) && n.length > 4).sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu'),
  })),
);

function readout(i: number, rnd: () => number): string {
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
  return `${text.trimEnd()}\nRef. ${i}.\n`;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-intake-'));
  const files = join(dir, 'readouts');
  mkdirSync(files);
  const rnd = random(20230217);
  for (let i = 0; i < FILES; i++) {
    const sub = join(files, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `r${String(i).padStart(5, '0')}.txt`), readout(i, rnd));
  }
  const db = openDatabase({ dialect: 'sqlite', path: join(dir, 'bench.db') });
  await migrateToLatest(db);
  await loadDemoIfEmpty(db);

  const samples: { files: number; rss: number; heap: number }[] = [];
  let done = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  const started = performance.now();
  const summary = await ingestFiles(db, SYSTEM_ACTOR, [files], {
    onFile: () => {
      done += 1;
      if (done % 1000 === 0) {
        gc?.();
        const m = process.memoryUsage();
        samples.push({ files: done, rss: m.rss, heap: m.heapUsed });
        process.stderr.write(`${done} files, ${(done / ((performance.now() - started) / 1000)).toFixed(0)}/s, heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}\n`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const pending = await db.kysely.selectFrom('proposals').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  await db.close();
  rmSync(dir, { recursive: true, force: true });

  const rate = summary.files / seconds;
  const heapFirst = samples[0]?.heap ?? 0;
  const heapLast = samples.at(-1)?.heap ?? 0;
  const lines = [
    '# Intake benchmark',
    '',
    'Command: `npm run bench:intake` (`tsx --expose-gc bench/intake.ts`); it rewrites this file. `-- --files N` changes the count.',
    '',
    `${FILES.toLocaleString('en')} readouts generated from the five intake fixtures (people swapped for other leaders from the gazetteer,`,
    'publication dates moved over 2015–2024, every text unique), written to a temporary folder, then read by the code',
    'behind `accord ingest` into a fresh SQLite file (WAL, synchronous=FULL) holding the demo registry and',
    'engagements: file read, UTF-8 check, hash, extraction, registry resolution, matching against stored',
    'engagements, proposals stored; 50 files per transaction.',
    '',
    `Target: at least ${TARGET_PER_SECOND} readouts per second, flat memory.`,
    '',
    `Node ${process.version}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores; load average ${loadavg()[0]?.toFixed(1)} when this ran`,
    '(other work shares the machine, so absolute figures wobble between runs).',
    '',
    '| measure | value |',
    '|---|---|',
    `| readouts | ${summary.files} (${summary.created} new sources, ${summary.known} already known, ${summary.failures.length} failed) |`,
    `| proposals made (pending) | ${summary.proposals} (${pending.n}) |`,
    `| time | ${seconds.toFixed(1)} s |`,
    `| throughput | **${rate.toFixed(0)} readouts/s** (target ${TARGET_PER_SECOND}) |`,
    `| heap after GC at 1,000 files → at ${samples.at(-1)?.files ?? 0} | ${mb(heapFirst)} → ${mb(heapLast)} |`,
    '',
    '| files | heap after GC | RSS |',
    '|---|---|---|',
    ...samples.map((s) => `| ${s.files} | ${mb(s.heap)} | ${mb(s.rss)} |`),
    '',
  ];
  writeFileSync(join(import.meta.dirname, 'README-intake.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
