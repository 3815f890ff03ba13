// A worker thread of bulk intake: reads readout files and makes them ready (article text, canonical
// text, hash, header, extraction) off the main thread, which is left with the database writes.
// See extract-pool.ts.
import { parentPort } from 'node:worker_threads';
import { readyFile } from './files.ts';

export interface ReadyRequest {
  id: number;
  path: string;
}

/** `reason`: why this file cannot be a source (reported for it), not a broken worker. */
export type ReadyResponse = { id: number } & ReturnType<typeof readyFile>;

parentPort?.on('message', (req: ReadyRequest) => {
  let answer: ReturnType<typeof readyFile>;
  try {
    answer = readyFile(req.path);
  } catch (e) {
    answer = { reason: (e as Error).message };
  }
  parentPort?.postMessage({ id: req.id, ...answer } satisfies ReadyResponse);
});
