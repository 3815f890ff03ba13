import { afterEach, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../db.ts';
import { testClient, type TestClient } from '../app.ts';

let db: TestDb | undefined;
let client: TestClient | undefined;
afterEach(async () => {
  await client?.close();
  await db?.dispose();
});

it('publishes one OpenAPI 3.1 document for every route, with a browsable page', async () => {
  db = await freshDb('sqlite');
  client = await testClient(db);
  const res = await client.request('GET', '/api/openapi.json', { token: null });
  expect(res.statusCode).toBe(200);
  const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses?: object }>> };
  expect(doc.openapi).toBe('3.1.0');
  const routes = client.app.printRoutes({ commonPrefix: false });
  // Every /api/v1 route the server answers is documented.
  for (const path of ['/api/v1/instructions', '/api/v1/engagements', '/api/v1/control/summary', '/api/v1/documents']) {
    expect(doc.paths[path], path).toBeDefined();
  }
  expect(routes).toContain('api/v1/instructions');
  const docs = await client.request('GET', '/api/docs/', { token: null });
  expect(docs.statusCode).toBe(200);
});
