// Bulk intake: readout files and folders into sources and pending proposals. Streams the tree (a
// directory is read entry by entry, one batch of files in memory at a time), commits in batches (one
// fsync per batch rather than per file), and never lets one bad file stop the batch: a file that
// cannot be read, is not UTF-8 or is empty is reported, and a batch that fails in the database is
// redone file by file so that only the culprit is reported.
import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../accounts/actor.ts';
import { ingestSource } from './service.ts';
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

export interface BulkOptions {
  batchSize?: number;
  onFile?: (path: string, ok: boolean) => void;
  now?: Date;
}

export async function ingestFiles(db: Db, actor: Actor, paths: readonly string[], options: BulkOptions = {}): Promise<BulkSummary> {
  const summary: BulkSummary = { files: 0, created: 0, known: 0, proposals: 0, proposalsByKind: {}, failures: [] };
  const batchSize = options.batchSize ?? 50;
  // One registry snapshot for the run: people added while it runs are resolved on accept.
  const resolver = await Resolver.load(db.kysely);
  let batch: Loaded[] = [];

  const record = (r: Awaited<ReturnType<typeof ingestSource>>): void => {
    if (r.created) summary.created += 1;
    else summary.known += 1;
    if (!r.created) return;
    summary.proposals += r.proposals.length;
    for (const p of r.proposals) summary.proposalsByKind[p.kind] = (summary.proposalsByKind[p.kind] ?? 0) + 1;
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const files = batch;
    batch = [];
    try {
      const results = await db.kysely.transaction().execute(async (trx) => {
        const out = [];
        for (const f of files) out.push(await ingestSource(trx, actor, { text: f.text, mediaType: f.mediaType }, { resolver, now: options.now }));
        return out;
      });
      results.forEach(record);
      for (const f of files) options.onFile?.(f.path, true);
    } catch {
      for (const f of files) {
        try {
          record(await db.kysely.transaction().execute((trx) => ingestSource(trx, actor, { text: f.text, mediaType: f.mediaType }, { resolver, now: options.now })));
          options.onFile?.(f.path, true);
        } catch (e) {
          summary.failures.push({ path: f.path, reason: (e as Error).message });
          options.onFile?.(f.path, false);
        }
      }
    }
  };

  for await (const path of walkReadouts(paths, (p, reason) => summary.failures.push({ path: p, reason }))) {
    summary.files += 1;
    const loaded = await load(path);
    if ('reason' in loaded) {
      summary.failures.push(loaded);
      options.onFile?.(path, false);
      continue;
    }
    batch.push(loaded);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
