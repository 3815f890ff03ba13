// Bulk intake: readout files and folders into sources and pending proposals. Streams the tree (a
// directory is read entry by entry, one batch of files in memory at a time), commits in batches (one
// fsync per batch rather than per file), and never lets one bad file stop the batch: a file that
// cannot be read, is not UTF-8 or is empty is reported, and a batch that fails in the database is
// redone file by file so that only the culprit is reported.
import { opendir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../accounts/actor.ts';
import type { PrepareResponse } from './extract-worker.ts';
import { ingestSource, type PreparedExtraction } from './service.ts';
import { Resolver } from './resolver.ts';
import type { SourceMediaType } from './text.ts';

const TYPES: Record<string, SourceMediaType> = { '.txt': 'text/plain', '.text': 'text/plain', '.html': 'text/html', '.htm': 'text/html' };
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface BulkSummary {
  files: number;
  created: number;
  known: number;
  proposals: number;
  proposalsByKind: Record<string, number>;
  failures: { path: string; reason: string }[];
}

export function isReadoutFile(path: string): boolean {
  return extname(path).toLowerCase() in TYPES;
}

/** Readout files under the paths, depth first, in name order within a directory. */
export async function* walkReadouts(paths: readonly string[], onSkip?: (path: string, reason: string) => void): AsyncGenerator<string> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      onSkip?.(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message);
      continue;
    }
    if (info.isFile()) {
      if (isReadoutFile(path)) yield path;
      else onSkip?.(path, 'not a .txt or .html file');
      continue;
    }
    if (!info.isDirectory()) continue;
    const names: string[] = [];
    // Names only (not contents) are held per directory, to visit them in a stable order.
    for await (const entry of await opendir(path)) if (!entry.name.startsWith('.')) names.push(entry.name);
    names.sort();
    for (const name of names) {
      const child = join(path, name);
      const s = await stat(child).catch(() => null);
      if (s?.isDirectory()) yield* walkReadouts([child], onSkip);
      else if (s?.isFile() && isReadoutFile(child)) yield child;
    }
  }
}

export async function countReadouts(paths: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of walkReadouts(paths)) n += 1;
  return n;
}

interface Loaded {
  path: string;
  text: string;
  mediaType: SourceMediaType;
}

async function load(path: string): Promise<Loaded | { path: string; reason: string }> {
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) return { path, reason: `larger than ${MAX_FILE_BYTES} bytes` };
    const bytes = await readFile(path);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim().length === 0) return { path, reason: 'the file is empty' };
    return { path, text, mediaType: TYPES[extname(path).toLowerCase()] ?? 'text/plain' };
  } catch (e) {
    if (e instanceof TypeError) return { path, reason: 'the text is not valid UTF-8' };
    return { path, reason: (e as Error).message };
  }
}

/** Worker threads that extract while the main thread writes; results come back by request id. */
class ExtractPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: PrepareResponse) => void>();
  private next = 0;
  private broken = false;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const url = new URL('./extract-worker.ts', import.meta.url);
      // Run from TypeScript sources (tsx), the worker needs the loader too: it is not inherited.
      const w = new Worker(url, { execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), ...(url.pathname.endsWith('.ts') && !process.execArgv.includes('tsx') ? ['--import', 'tsx'] : [])] });
      w.on('message', (r: PrepareResponse) => {
        this.waiting.get(r.id)?.(r);
        this.waiting.delete(r.id);
      });
      // A broken worker costs speed, not files: what it held is extracted on the main thread.
      w.on('error', () => {
        this.broken = true;
        for (const [id, done] of this.waiting) done({ id, error: 'worker failed' });
        this.waiting.clear();
      });
      w.unref();
      return w;
    });
  }

  prepare(text: string, mediaType: SourceMediaType): Promise<PreparedExtraction | undefined> {
    if (this.broken) return Promise.resolve(undefined);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve) => {
      // A failed preparation is not a failed file: ingestSource extracts again and reports properly.
      this.waiting.set(id, (r) => resolve('error' in r ? undefined : { sha256: r.sha256, reference: r.reference, doc: r.doc }));
      worker.postMessage({ id, text, mediaType });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export interface BulkOptions {
  /** Extraction threads beside the main one (default: cores − 1; 0 extracts on the main thread). */
  workers?: number;
  batchSize?: number;
  onFile?: (path: string, ok: boolean) => void;
  now?: Date;
}

export async function ingestFiles(db: Db, actor: Actor, paths: readonly string[], options: BulkOptions = {}): Promise<BulkSummary> {
  const summary: BulkSummary = { files: 0, created: 0, known: 0, proposals: 0, proposalsByKind: {}, failures: [] };
  const batchSize = options.batchSize ?? 50;
  const poolSize = options.workers ?? Math.max(0, availableParallelism() - 1);
  const pool = poolSize > 0 ? new ExtractPool(poolSize) : null;
  // One registry snapshot for the run: people added while it runs are resolved on accept.
  const resolver = await Resolver.load(db.kysely);
  type Item = Loaded & { prepared: Promise<PreparedExtraction | undefined> };
  let batch: Item[] = [];

  const record = (r: Awaited<ReturnType<typeof ingestSource>>): void => {
    if (r.created) summary.created += 1;
    else summary.known += 1;
    if (!r.created) return;
    summary.proposals += r.proposals.length;
    for (const p of r.proposals) summary.proposalsByKind[p.kind] = (summary.proposalsByKind[p.kind] ?? 0) + 1;
  };
  const flush = async (files: Item[]): Promise<void> => {
    if (files.length === 0) return;
    const prepared = await Promise.all(files.map((f) => f.prepared));
    const one = (trx: Db['kysely'], f: Item, i: number) =>
      ingestSource(trx, actor, { text: f.text, mediaType: f.mediaType }, { resolver, now: options.now, extraction: prepared[i] });
    try {
      const results = await db.kysely.transaction().execute(async (trx) => {
        const out = [];
        for (const [i, f] of files.entries()) out.push(await one(trx, f, i));
        return out;
      });
      results.forEach(record);
      for (const f of files) options.onFile?.(f.path, true);
    } catch {
      for (const [i, f] of files.entries()) {
        try {
          record(await db.kysely.transaction().execute((trx) => one(trx, f, i)));
          options.onFile?.(f.path, true);
        } catch (e) {
          summary.failures.push({ path: f.path, reason: (e as Error).message });
          options.onFile?.(f.path, false);
        }
      }
    }
  };

  // While one batch is written, the next is read and extracted: at most two batches in memory.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const path of walkReadouts(paths, (p, reason) => summary.failures.push({ path: p, reason }))) {
      summary.files += 1;
      const loaded = await load(path);
      if ('reason' in loaded) {
        summary.failures.push(loaded);
        options.onFile?.(path, false);
        continue;
      }
      batch.push({ ...loaded, prepared: pool ? pool.prepare(loaded.text, loaded.mediaType) : Promise.resolve(undefined) });
      if (batch.length >= batchSize) {
        const ready = batch;
        batch = [];
        await writing;
        writing = flush(ready);
      }
    }
    await writing;
    await flush(batch);
  } finally {
    await pool?.close();
  }
  return summary;
}
