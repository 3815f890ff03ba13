// Prometheus metrics at /metrics: request latency by route, the job queue's depth and the database
// pool. Served outside /api/v1 without authentication, like /api/v1/health: Accord listens on
// 127.0.0.1 by default, and a deployment that exposes it puts /metrics behind its proxy's rules.
import client from 'prom-client';
import type { Db } from '../db/database.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { App } from './types.ts';

export interface MetricsSources {
  db: Db;
  jobs?: JobQueue;
}

export function registerMetrics(app: App, sources: MetricsSources): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'accord_' });

  const latency = new client.Histogram({
    name: 'accord_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  new client.Gauge({
    name: 'accord_job_queue_depth',
    help: 'Background jobs waiting or running, by job name',
    labelNames: ['job'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!sources.jobs) return;
      for (const [job, n] of Object.entries(await sources.jobs.depth())) this.set({ job }, n);
    },
  });

  new client.Gauge({
    name: 'accord_db_pool_connections',
    help: 'Database pool connections by state (PostgreSQL; SQLite is one embedded connection)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = sources.db.pool?.();
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    latency.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
