// Bulk intake: readout files and folders into sources and pending proposals (`accord ingest`).
//
// Two cores work: worker threads read each file and make it ready (UTF-8 check, canonical text, hash,
// header, extraction: files.ts), and the main thread writes, and between writes makes ready the files
// of the batch due that no worker has started (extract-pool.ts). The tree is streamed (a directory is read
// entry by entry) and at most three batches are in flight: while one batch is written, the next two
// are being read and extracted. A batch is one transaction of a handful of statements (ingest.ts), so one
// fsync per batch. One bad file never stops a batch: a file that cannot be read, is not UTF-8, is
// empty or has no article is reported before it reaches the database; a batch that still fails in the
// database is rolled back whole and redone one file per transaction, so only the culprit is reported
// and no readout is ever half-written.
import { availableParallelism } from 'node:os';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../accounts/actor.ts';
import { ExtractPool, type PoolAnswer, type Ticket } from './extract-pool.ts';
import { readyFile, walkReadouts } from './files.ts';
import { storeSources, type IngestResult } from './ingest.ts';
import type { ReadySource } from './ready.ts';
import { Resolver } from './resolver.ts';

export interface BulkSummary {
  files: number;
  created: number;
  known: number;
  proposals: number;
  proposalsByKind: Record<string, number>;
  failures: { path: string; reason: string }[];
}

export interface BulkOptions {
  /** Worker threads that read and extract (default: cores − 1, at least 1; 0 does it all on the main thread). */
  workers?: number;
  /** Files per transaction (default 200). */
  batchSize?: number;
  onFile?: (path: string, ok: boolean) => void;
  now?: Date;
}

export const DEFAULT_BATCH = 200;
const LOOKAHEAD = 2;

/**
 * Worker threads for extraction when none are asked for. On the 2-core machines this was measured on
 * (bench/README-intake.md), the main thread alone was never slower than main thread + one worker and
 * used less CPU (905 against 904 readouts/s and 1.52 against 1.88 CPU ms a readout on a quiet machine;
 * 937 against 655 and 516 against 345 when other work shared the cores): the main thread's own work
 * (drafting, matching, writing) is the limit, and handing files and results across threads costs
 * about as much as the extraction it moves. With four cores or more, workers take extraction off a main
 * thread that has a core of its own: one per core beyond two (not measured here).
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return cores >= 4 ? cores - 2 : 0;
}

export async function ingestFiles(db: Db, actor: Actor, paths: readonly string[], options: BulkOptions = {}): Promise<BulkSummary> {
  const summary: BulkSummary = { files: 0, created: 0, known: 0, proposals: 0, proposalsByKind: {}, failures: [] };
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const poolSize = options.workers ?? defaultWorkers();
  const pool = poolSize > 0 ? new ExtractPool(poolSize) : null;
  // One registry snapshot for the run: people added while it runs are resolved on accept.
  const resolver = await Resolver.load(db.kysely);
  type Item = { path: string; ticket: Ticket | null; local?: PoolAnswer };
  let batch: Item[] = [];

  const fail = (path: string, reason: string): void => {
    summary.failures.push({ path, reason });
    options.onFile?.(path, false);
  };
  const record = (path: string, r: IngestResult): void => {
    options.onFile?.(path, true);
    if (!r.created) {
      summary.known += 1;
      return;
    }
    summary.created += 1;
    summary.proposals += r.proposals.length;
    for (const p of r.proposals) summary.proposalsByKind[p.kind] = (summary.proposalsByKind[p.kind] ?? 0) + 1;
  };
  const store = (list: readonly ReadySource[]) => db.kysely.transaction().execute((trx) => storeSources(trx, actor, list, { resolver, now: options.now }));

  const flush = async (items: Item[]): Promise<void> => {
    // Files of this batch no worker has started are done here rather than waited for, from the back
    // (the workers take from the front); a pause after each lets answers in and more files out.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i] as Item;
      if (item.ticket !== null && !item.ticket.take()) continue;
      item.local = readyFile(item.path);
      if (item.ticket !== null) await new Promise((resolve) => setImmediate(resolve));
    }
    const ready: { path: string; ready: ReadySource }[] = [];
    for (const item of items) {
      // A worker that failed leaves its files to the main thread.
      const a = item.local ?? (await item.ticket?.answer) ?? readyFile(item.path);
      if ('reason' in a) fail(item.path, a.reason);
      else ready.push({ path: item.path, ready: a.ready });
    }
    if (ready.length === 0) return;
    let results: IngestResult[] | null = null;
    try {
      results = await store(ready.map((r) => r.ready));
    } catch {
      // Redone file by file below: the culprit is reported, the rest are stored.
    }
    if (results) {
      for (const [i, r] of results.entries()) record((ready[i] as (typeof ready)[number]).path, r);
      return;
    }
    for (const r of ready) {
      try {
        record(r.path, (await store([r.ready]))[0] as IngestResult);
      } catch (e) {
        fail(r.path, (e as Error).message);
      }
    }
  };

  // Batches are written in order, one at a time; the walk runs ahead by at most LOOKAHEAD batches,
  // so the workers have files queued while the main thread writes, and memory stays bounded.
  const queued: Promise<void>[] = [];
  try {
    for await (const path of walkReadouts(paths, (p, reason) => summary.failures.push({ path: p, reason }))) {
      summary.files += 1;
      batch.push({ path, ticket: pool ? pool.submit(path) : null });
      if (batch.length >= batchSize) {
        const full = batch;
        batch = [];
        queued.push((queued.at(-1) ?? Promise.resolve()).then(() => flush(full)));
        if (queued.length > LOOKAHEAD) await queued.shift();
      }
    }
    const last = batch;
    queued.push((queued.at(-1) ?? Promise.resolve()).then(() => flush(last)));
    await Promise.all(queued);
  } finally {
    // After a failure nothing waits for the batches behind it: their rejections are not news.
    for (const q of queued) q.catch(() => undefined);
    await pool?.close();
  }
  return summary;
}
