// The PostgreSQL queue: pg-boss, whose SKIP LOCKED fetch gives each job to exactly one worker across
// every Accord process sharing the database.
import pg from 'pg';
import PgBoss from 'pg-boss';
import { backoffSeconds, UnknownJobError, type JobQueue, type JobSpec, type SendOptions } from './queue.ts';

export class PgBossJobQueue implements JobQueue {
  readonly engine = 'pg-boss' as const;
  private readonly boss: PgBoss;
  private readonly specs = new Map<string, JobSpec<unknown>>();
  private started = false;

  private readonly url: string;

  constructor(options: { url: string; schema: string; pollingIntervalSeconds?: number }) {
    this.url = options.url;
    this.boss = new PgBoss({ connectionString: options.url, schema: options.schema, max: 4, supervise: true, schedule: false });
    this.boss.on('error', () => {
      // pg-boss reports maintenance errors here; failing jobs are retried through their own state.
    });
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  }

  private readonly pollingIntervalSeconds: number;

  define<T>(spec: JobSpec<T>): void {
    if (this.started) throw new Error(`Define job ${spec.name} before the queue starts.`);
    this.specs.set(spec.name, spec as JobSpec<unknown>);
  }

  async start(): Promise<void> {
    // Processes started together would install pg-boss's schema and queues at the same moment, and
    // PostgreSQL answers one of them with a deadlock: installing is serialised across processes.
    const lock = new pg.Client({ connectionString: this.url });
    await lock.connect();
    try {
      await lock.query(`select pg_advisory_lock(hashtext('accord:job-queue-install'))`);
      await this.install();
    } finally {
      await lock.end();
    }
    this.started = true;
  }

  private async install(): Promise<void> {
    await this.boss.start();
    for (const spec of this.specs.values()) {
      await this.boss.createQueue(spec.name, {
        name: spec.name,
        policy: spec.policy === 'unique' ? 'short' : 'standard',
        retryLimit: spec.retryLimit ?? 3,
        retryDelay: backoffSeconds(spec, 1),
        retryBackoff: true,
      });
      await this.boss.work<unknown>(spec.name, { batchSize: 1, pollingIntervalSeconds: this.pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
        for (const job of jobs) await spec.handler(spec.payload.parse(job.data), { id: job.id, attempt: job.retryCount + 1 });
      });
    }
  }

  async send<T>(name: string, payload: T, options: SendOptions = {}): Promise<string | null> {
    const spec = this.specs.get(name);
    if (!spec) throw new UnknownJobError(name);
    const data = spec.payload.parse(payload) as object;
    return this.boss.send(name, data, {
      ...(options.singletonKey !== undefined && { singletonKey: options.singletonKey }),
      ...(options.delaySeconds !== undefined && { startAfter: options.delaySeconds }),
    });
  }

  async depth(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const name of this.specs.keys()) out[name] = await this.boss.getQueueSize(name, { before: 'completed' });
    return out;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
