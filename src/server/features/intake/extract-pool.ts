// Worker threads that read readout files and make them ready (extract-worker.ts) while the main thread
// writes. Small on purpose: files wait in a queue on the main thread and each worker is sent a window
// of them at a time, answers come back by id; the main thread may take back a file no worker has yet
// and do it itself when it would otherwise wait (work sharing, so its idle time between writes is not
// lost). A worker is kept referenced only while it owes answers (an idle pool never keeps the process
// alive, a busy one always does: an unreferenced worker let `await` on its answer end the process);
// a worker that dies fails only what it owed, and those files are done on the main thread instead.
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

/** A file handed to the pool: its answer, or `take()` it back while no worker has it yet (then its answer is undefined). */
export interface Ticket {
  answer: Promise<PoolAnswer>;
  take(): boolean;
}

interface Job {
  path: string;
  resolve: (r: PoolAnswer) => void;
}

/** Files sent ahead to each worker: enough to keep it busy while the main thread writes a batch. */
const WINDOW = 64;

export class ExtractPool {
  private readonly slots: Slot[];
  /** Files no worker has yet, oldest first (a Map keeps insertion order). */
  private readonly queue = new Map<number, Job>();
  private next = 0;

  constructor(size: number) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: startWorker(), owed: new Map(), dead: false };
      const fail = (): void => {
        if (slot.dead) return;
        slot.dead = true;
        for (const done of slot.owed.values()) done(undefined);
        slot.owed.clear();
        slot.worker.unref();
        this.pump();
      };
      slot.worker.on('message', (r: ReadyResponse) => {
        const { id, ...answer } = r;
        slot.owed.get(id)?.(answer);
        slot.owed.delete(id);
        this.pump();
        if (slot.owed.size === 0) slot.worker.unref();
      });
      slot.worker.on('error', fail);
      slot.worker.on('exit', fail);
      slot.worker.unref();
      return slot;
    });
  }

  /** Queues the file to be read and made ready (files.ts) by a worker; undefined answers mean: do it yourself. */
  submit(path: string): Ticket {
    const id = this.next++;
    let resolve: (r: PoolAnswer) => void = () => undefined;
    const answer = new Promise<PoolAnswer>((r) => {
      resolve = r;
    });
    this.queue.set(id, { path, resolve });
    this.pump();
    return {
      answer,
      take: () => {
        const job = this.queue.get(id);
        if (!job) return false;
        this.queue.delete(id);
        job.resolve(undefined);
        return true;
      },
    };
  }

  /** Sends queued files to workers with room in their window; with no worker left, the main thread gets them all. */
  private pump(): void {
    const live = this.slots.filter((s) => !s.dead);
    for (const slot of live) {
      for (const [id, job] of this.queue) {
        if (slot.owed.size >= WINDOW) break;
        this.queue.delete(id);
        slot.owed.set(id, job.resolve);
        slot.worker.ref();
        slot.worker.postMessage({ id, path: job.path } satisfies ReadyRequest);
      }
    }
    if (live.length > 0) return;
    for (const job of this.queue.values()) job.resolve(undefined);
    this.queue.clear();
  }

  async close(): Promise<void> {
    for (const job of this.queue.values()) job.resolve(undefined);
    this.queue.clear();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
