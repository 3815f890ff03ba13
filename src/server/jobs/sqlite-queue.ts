// The in-process queue for SQLite: jobs live in the `jobs` table of the same file, so they survive a
// restart; one worker loop in this process claims and runs them. SQLite deployments are one process,
// so a claim needs no locking beyond the single writer.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { backoffSeconds, UnknownJobError, type JobQueue, type JobSpec, type SendOptions } from './queue.ts';

const POLL_MS = 250;

export class SqliteJobQueue implements JobQueue {
  readonly engine = 'sqlite' as const;
  private readonly specs = new Map<string, JobSpec<unknown>>();
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private readonly db: Db;
  private readonly concurrency: number;

  constructor(db: Db, options: { concurrency?: number } = {}) {
    this.db = db;
    this.concurrency = options.concurrency ?? 2;
  }

  define<T>(spec: JobSpec<T>): void {
    this.specs.set(spec.name, spec as JobSpec<unknown>);
  }

  async start(): Promise<void> {
    // Jobs that were running when the process died run again.
    await this.db.kysely.updateTable('jobs').set({ state: 'queued' }).where('state', '=', 'active').execute();
    this.running = true;
    this.schedule(0);
  }

  async send<T>(name: string, payload: T, options: SendOptions = {}): Promise<string | null> {
    const spec = this.specs.get(name);
    if (!spec) throw new UnknownJobError(name);
    const data = spec.payload.parse(payload);
    const now = Date.now();
    const runAfter = new Date(now + (options.delaySeconds ?? 0) * 1000).toISOString();
    const key = options.singletonKey ?? null;
    return this.db.kysely.transaction().execute(async (trx) => {
      if (spec.policy === 'unique') {
        const queued = await trx.selectFrom('jobs').select('id').where('name', '=', name).where('state', '=', 'queued').where(sql<boolean>`coalesce(singleton_key, '') = ${key ?? ''}`).executeTakeFirst();
        if (queued) return null;
      }
      const row = await trx
        .insertInto('jobs')
        .values({ name, payload: JSON.stringify(data), singleton_key: key, state: 'queued', attempts: 0, run_after: runAfter, created_at: new Date(now).toISOString(), updated_at: new Date(now).toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      this.schedule(0);
      return String(row.id);
    });
  }

  async depth(): Promise<Record<string, number>> {
    const rows = await this.db.kysely
      .selectFrom('jobs')
      .select(['name', (eb) => eb.fn.countAll<number>().as('n')])
      .where('state', 'in', ['queued', 'active'])
      .groupBy('name')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private schedule(delay: number): void {
    if (!this.running || this.inFlight) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.inFlight = this.tick().finally(() => {
        this.inFlight = undefined;
        this.schedule(POLL_MS);
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    while (this.running) {
      const claimed = await this.claim(this.concurrency);
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((job) => this.run(job)));
    }
  }

  private async claim(limit: number): Promise<{ id: number; name: string; payload: string; attempts: number }[]> {
    const now = new Date().toISOString();
    return this.db.kysely.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('jobs')
        .select(['id', 'name', 'payload', 'attempts'])
        .where('state', '=', 'queued')
        .where('run_after', '<=', now)
        .where('name', 'in', [...this.specs.keys(), ''])
        .orderBy('run_after')
        .orderBy('id')
        .limit(limit)
        .execute();
      if (due.length === 0) return [];
      await trx.updateTable('jobs').set({ state: 'active', updated_at: now }).where('id', 'in', due.map((d) => d.id)).execute();
      return due.map((d) => ({ ...d, attempts: d.attempts + 1 }));
    });
  }

  private async run(job: { id: number; name: string; payload: string; attempts: number }): Promise<void> {
    const spec = this.specs.get(job.name);
    if (!spec) return;
    try {
      await spec.handler(spec.payload.parse(JSON.parse(job.payload)), { id: String(job.id), attempt: job.attempts });
      await this.db.kysely.updateTable('jobs').set({ state: 'completed', attempts: job.attempts, updated_at: new Date().toISOString() }).where('id', '=', job.id).execute();
    } catch (error) {
      const retry = job.attempts <= (spec.retryLimit ?? 3);
      const runAfter = new Date(Date.now() + backoffSeconds(spec, job.attempts) * 1000).toISOString();
      await this.db.kysely
        .updateTable('jobs')
        .set({ state: retry ? 'queued' : 'failed', attempts: job.attempts, run_after: runAfter, last_error: String(error instanceof Error ? error.message : error).slice(0, 2000), updated_at: new Date().toISOString() })
        .where('id', '=', job.id)
        .execute();
    }
  }
}
