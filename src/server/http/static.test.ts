// The front end at `/`: files from the build, index.html for client-side routes, and /api left to the
// API's own 404 (a problem document in the real app).
import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './static.ts';
import type { App } from './types.ts';

describe('serving the front end', () => {
  const root = mkdtempSync(join(tmpdir(), 'accord-web-'));
  const dist = join(root, 'dist');
  const app = Fastify();
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    app.setNotFoundHandler((_request, reply) => reply.status(404).type('application/problem+json').send({ status: 404 }));
    app.get('/api/v1/health', () => ({ ok: true }));
    await registerWebApp(app as unknown as App, dist);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes, never cached', async () => {
    for (const url of ['/', '/instructions/42?at=2024-06-30', '/schedule']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year', async () => {
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('leaves /api and missing files to the not-found handler', async () => {
    expect((await app.inject({ url: '/api/v1/health' })).json()).toEqual({ ok: true });
    for (const url of ['/api/v1/nothing', '/api', '/assets/missing.js']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('registers nothing without a build', async () => {
    const bare = Fastify();
    await registerWebApp(bare as unknown as App, join(root, 'none'));
    expect((await bare.inject({ url: '/' })).statusCode).toBe(404);
    await bare.close();
  });
});
