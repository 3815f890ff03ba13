// Background work (feed polling, bulk intake, reminders) goes through one JobQueue interface with two
// engines: pg-boss on PostgreSQL, where several Accord processes share the queue and each job runs
// exactly once across them; and a table in the SQLite file worked in-process, for the single-process
// embedded deployment. Payloads are validated with zod when sent and again when run.
import type { z } from 'zod';

export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on the first retry … */
  attempt: number;
}

export interface JobSpec<T> {
  name: string;
  payload: z.ZodType<T>;
  handler: (payload: T, job: JobContext) => Promise<void>;
  /** 'unique': at most one queued (not yet running) job per singletonKey, so a burst of sends is one job. */
  policy?: 'standard' | 'unique';
  /** Retries after a failure, with exponential backoff from `retryDelaySeconds`. Default 3 and 10 s. */
  retryLimit?: number;
  retryDelaySeconds?: number;
}

export interface SendOptions {
  singletonKey?: string;
  delaySeconds?: number;
}

export interface JobQueue {
  readonly engine: 'sqlite' | 'pg-boss';
  /** Declares a job before start(). */
  define<T>(spec: JobSpec<T>): void;
  start(): Promise<void>;
  /** Queues a job; returns its id, or null when a 'unique' job with the same key is already queued. */
  send<T>(name: string, payload: T, options?: SendOptions): Promise<string | null>;
  /** Jobs waiting or running, per job name (for /metrics and tests). */
  depth(): Promise<Record<string, number>>;
  /** Stops taking new jobs and waits for the running ones (graceful shutdown). */
  stop(): Promise<void>;
}

export class UnknownJobError extends Error {
  constructor(name: string) {
    super(`No job named ${name} is defined.`);
    this.name = 'UnknownJobError';
  }
}

export function backoffSeconds(spec: Pick<JobSpec<unknown>, 'retryDelaySeconds'>, attempt: number): number {
  return (spec.retryDelaySeconds ?? 10) * 2 ** Math.max(0, attempt - 1);
}
