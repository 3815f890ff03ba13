import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { testClient, type TestClient } from '../../../test/app.ts';

describeEachDialect('operations endpoints', (getDb, dialect) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('answers health and readiness, and tags every response with a request id', async () => {
    client = await testClient(getDb());
    const health = await client.request('GET', '/api/v1/health', { token: null });
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const ready = await client.request('GET', '/api/v1/ready', { token: null });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', dialect });
    const kept = await client.request('GET', '/api/v1/health', { token: null, headers: { 'x-request-id': 'proxy-42' } });
    expect(kept.headers['x-request-id']).toBe('proxy-42');
  });

  it('exposes Prometheus metrics with request latency by route', async () => {
    client = await testClient(getDb());
    await client.request('GET', '/api/v1/health', { token: null });
    const metrics = await client.request('GET', '/metrics', { token: null });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/accord_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health",status="200"\} 1/);
    if (dialect === 'postgres') expect(metrics.body).toMatch(/accord_db_pool_connections\{state="total"\} \d+/);
  });
});
