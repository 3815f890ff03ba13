// Readout files for bulk intake: which files are readouts, the tree walked in a stable order without
// holding it, and one file read, checked and made ready (ready.ts). Reading is synchronous on purpose:
// it runs in a worker thread (extract-worker.ts), or on the main thread when there is none.
import { readFileSync, statSync } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readySource, type ReadySource } from './ready.ts';
import type { SourceMediaType } from './text.ts';

const TYPES: Record<string, SourceMediaType> = { '.txt': 'text/plain', '.text': 'text/plain', '.html': 'text/html', '.htm': 'text/html' };
const MAX_FILE_BYTES = 4 * 1024 * 1024;

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

/** The file read, checked (size, UTF-8, not empty) and made ready with its extraction; or why it cannot be a source. */
export function readyFile(path: string): { ready: ReadySource } | { reason: string } {
  let text: string;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return { reason: `larger than ${MAX_FILE_BYTES} bytes` };
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    if (e instanceof TypeError) return { reason: 'the text is not valid UTF-8' };
    return { reason: (e as Error).message };
  }
  if (text.trim().length === 0) return { reason: 'the file is empty' };
  try {
    return { ready: readySource({ text, mediaType: TYPES[extname(path).toLowerCase()] ?? 'text/plain' }, { extract: true }) };
  } catch (e) {
    return { reason: (e as Error).message };
  }
}
