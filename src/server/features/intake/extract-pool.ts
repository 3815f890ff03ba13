// Worker threads that read readout files and make them ready (extract-worker.ts) while the main thread writes. Small on
// purpose: requests go to the least busy worker and come back by id; a worker is kept referenced only
// while it owes answers (so an idle pool never keeps the process alive, and a busy one always does:
// an unreferenced worker let `await` on its answer end the process with nothing pending); a worker
// that dies fails only what it owed, and those readouts are made ready on the main thread instead.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadyRequest, ReadyResponse } from './extract-worker.ts';
import type { readyFile } from './files.ts';

/** What came back: the readout ready, a reason it cannot be a source, or nothing (the worker failed). */
export type PoolAnswer = ReturnType<typeof readyFile> | undefined;

interface Slot {
  worker: Worker;
  owed: Map<number, (r: PoolAnswer) => void>;
  dead: boolean;
}

function startWorker(): Worker {
  const url = new URL('./extract-worker.ts', import.meta.url);
  if (!url.pathname.endsWith('.ts')) return new Worker(url);

  // Run from TypeScript sources (tsx), and Node 20 does not hand a parent's module hooks (nor an
  // `--import tsx` in execArgv) to a worker's entry: the worker registers tsx itself, then loads.
  const tsx = tsxApi();
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  // Of the parent's flags only profiling is handed on (`--import tsx` would load tsx a second time).
  return new Worker(boot, { eval: true, execArgv: process.execArgv.filter((a) => a.startsWith('--cpu-prof')) });
}

/** tsx's ESM API as an import would resolve it (its CommonJS twin registers paths the worker cannot find). */
function tsxApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  // Under vitest import.meta.resolve is missing: the package's exports map puts the ESM entry beside the CommonJS one.
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
}

export class ExtractPool {
  private readonly slots: Slot[];
  private next = 0;

  constructor(size: number) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: startWorker(), owed: new Map(), dead: false };
      const fail = (): void => {
        slot.dead = true;
        for (const done of slot.owed.values()) done(undefined);
        slot.owed.clear();
        slot.worker.unref();
      };
      slot.worker.on('message', (r: ReadyResponse) => {
        const { id, ...answer } = r;
        slot.owed.get(id)?.(answer);
        slot.owed.delete(id);
        if (slot.owed.size === 0) slot.worker.unref();
      });
      slot.worker.on('error', fail);
      slot.worker.on('exit', fail);
      slot.worker.unref();
      return slot;
    });
  }

  /** The file read and made ready (files.ts); undefined when no worker could do it: the caller does it itself. */
  ready(path: string): Promise<PoolAnswer> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.resolve(undefined);
    const slot = live.reduce((a, b) => (b.owed.size < a.owed.size ? b : a));
    const id = this.next++;
    return new Promise((resolve) => {
      slot.owed.set(id, resolve);
      slot.worker.ref();
      slot.worker.postMessage({ id, path } satisfies ReadyRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
