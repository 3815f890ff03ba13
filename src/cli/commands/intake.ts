// `accord ingest PATH…` (readout files and folders into sources and pending proposals) and
// `accord feeds add|list|poll`. The operator runs them: they act as the system actor.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../../server/features/accounts/actor.ts';
import { addFeed, dueFeeds, listFeeds, pollFeed } from '../../server/features/feeds/service.ts';
import { DEFAULT_BATCH, ingestFiles, type BulkSummary } from '../../server/features/intake/bulk.ts';
import { countReadouts } from '../../server/features/intake/files.ts';
import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { decimal } from '../../server/http/params.ts';
import { fail } from './common.ts';
import { configFromFlags } from './serve.ts';

interface DbFlags {
  database?: string;
}

async function withDb<T>(flags: DbFlags, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(configFromFlags(flags).database);
  try {
    await migrateToLatest(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

export function formatSummary(s: BulkSummary, seconds: number): string {
  const kinds = Object.entries(s.proposalsByKind).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    `Read ${s.files} file(s) in ${seconds.toFixed(1)} s (${(s.files / Math.max(seconds, 0.001)).toFixed(0)}/s).`,
    `Sources: ${s.created} new, ${s.known} already known.`,
    `Proposals made: ${s.proposals}${kinds ? ` (${kinds})` : ''}.`,
    `Failures: ${s.failures.length}.`,
    ...s.failures.slice(0, 50).map((f) => `  ${f.path}: ${f.reason}`),
    ...(s.failures.length > 50 ? [`  … and ${s.failures.length - 50} more`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

const IngestFlags = z.object({
  batch: decimal(z.number().int().min(1).max(10_000)),
  workers: decimal(z.number().int().min(0).max(64)).optional(),
});

function readIngestFlags(flags: { batch: string; workers?: string | undefined }): z.infer<typeof IngestFlags> {
  const r = IngestFlags.safeParse({ batch: flags.batch, workers: flags.workers });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new AppError('validation', 'The options of ingest are not valid.', { fields: [{ path: `--${String(issue?.path[0] ?? 'batch')}`, message: issue?.message ?? 'is not valid' }] });
}

export function registerIntakeCommands(program: Command): void {
  program
    .command('ingest')
    .description('read readout files (.txt, .html) and folders into sources and pending proposals; one bad file never stops the batch')
    .argument('<paths...>', 'files or folders')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .option('--batch <n>', 'files per transaction', String(DEFAULT_BATCH))
    .option('--workers <n>', 'threads that read and extract beside the one that writes (default: none below 4 cores, else cores − 2)')
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], flags: DbFlags & { batch: string; workers?: string; progress: boolean }) => {
      try {
        const { batch: batchSize, workers } = readIngestFlags(flags);
        const summary = await withDb(flags, async (db) => {
          const showBar = flags.progress && process.stderr.isTTY === true;
          const bar = new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {failures} failed | {eta_formatted} left', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
          const total = showBar ? await countReadouts(paths) : 0;
          let failures = 0;
          if (showBar) bar.start(total, 0, { failures });
          const started = performance.now();
          const s = await ingestFiles(db, SYSTEM_ACTOR, paths, {
            batchSize,
            ...(workers !== undefined && { workers }),
            onFile: (_p, ok) => {
              if (!ok) failures += 1;
              if (showBar) bar.increment(1, { failures });
            },
          });
          if (showBar) bar.stop();
          process.stdout.write(formatSummary(s, (performance.now() - started) / 1000));
          return s;
        });
        // Partial failures are reported above; only a run that read nothing is a failed run.
        if (summary.created + summary.known === 0) process.exitCode = 1;
      } catch (e) {
        fail(e);
      }
    });

  const feeds = program.command('feeds').description('RSS and Atom feeds polled into sources');
  feeds
    .command('add')
    .description('subscribe to a feed')
    .argument('<url>')
    .option('--publisher <name>', 'publisher of its items (default: the feed title)')
    .option('--interval <seconds>', 'seconds between polls', '900')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .action(async (url: string, flags: DbFlags & { publisher?: string; interval: string }) => {
      try {
        const r = await withDb(flags, (db) => db.kysely.transaction().execute((trx) => addFeed(trx, SYSTEM_ACTOR, { url, publisher: flags.publisher, intervalSeconds: Number(flags.interval) })));
        process.stdout.write(`${r.created ? 'Added' : 'Already subscribed:'} feed ${r.feed.id} ${r.feed.url}\n`);
      } catch (e) {
        fail(e);
      }
    });
  feeds
    .command('list')
    .description('feeds with their last poll and errors')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .action(async (flags: DbFlags) => {
      try {
        const list = await withDb(flags, (db) => listFeeds(db.kysely, SYSTEM_ACTOR));
        for (const f of list) {
          process.stdout.write(`${f.id}\t${f.url}\tnext ${f.nextPollAt}\tlast ${f.lastPolledAt ?? 'never'}${f.failures > 0 ? `\t${f.failures} failure(s): ${f.lastError ?? ''}` : ''}\n`);
        }
        if (list.length === 0) process.stdout.write('No feeds. Add one with: accord feeds add URL\n');
      } catch (e) {
        fail(e);
      }
    });
  feeds
    .command('poll')
    .description('poll the feeds that are due now (or all of them) once, in this process')
    .option('--all', 'poll every feed, due or not')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .action(async (flags: DbFlags & { all?: boolean }) => {
      try {
        const failed = await withDb(flags, async (db) => {
          const list = flags.all ? await listFeeds(db.kysely, SYSTEM_ACTOR) : await dueFeeds(db.kysely);
          let bad = 0;
          for (const f of list) {
            const r = await pollFeed(db, SYSTEM_ACTOR, f.id);
            if (r.status === 'failed') bad += 1;
            process.stdout.write(`${f.url}: ${r.status}${r.error ? ` (${r.error})` : ''}, ${r.items} item(s), ${r.sources} new source(s), ${r.seen} seen, ${r.proposals} proposal(s)${r.failures.length > 0 ? `, ${r.failures.length} failed` : ''}\n`);
            for (const x of r.failures) process.stdout.write(`  ${x.item}: ${x.reason}\n`);
          }
          if (list.length === 0) process.stdout.write('No feed is due.\n');
          return bad > 0 && bad === list.length;
        });
        if (failed) process.exitCode = 1;
      } catch (e) {
        fail(e);
      }
    });
}
