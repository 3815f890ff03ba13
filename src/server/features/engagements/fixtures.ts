// Test helpers for engagements: the registry of the seed story and short ways to create engagements.
import { expect } from 'vitest';
import type { TestClient } from '../../../../test/app.ts';

export interface SeedRegistry {
  lukashenko: number;
  putin: number;
  councilOfMinisters: number;
  supremeStateCouncil: number;
  governmentBY: number;
  governmentRU: number;
}

export async function seedRegistry(client: TestClient): Promise<SeedRegistry> {
  for (const [code, name] of [['BY', 'Belarus'], ['RU', 'Russia']]) {
    const r = await client.request('POST', '/api/v1/parties', { body: { code, name, kind: 'state' } });
    expect(r.statusCode, r.body).toBe(201);
  }
  const body = async (name: string, kind: string, party: string | null): Promise<number> => {
    const r = await client.request('POST', '/api/v1/bodies', { body: { name, kind, ...(party && { party }) } });
    expect(r.statusCode, r.body).toBe(201);
    return (r.json() as { id: number }).id;
  };
  const person = async (name: string, party: string, role: string): Promise<number> => {
    const r = await client.request('POST', '/api/v1/people', { body: { name, positions: [{ role, party, fromDay: '1994-07-20' }] } });
    expect(r.statusCode, r.body).toBe(201);
    return (r.json() as { id: number }).id;
  };
  return {
    lukashenko: await person('Aleksandr Lukashenko', 'BY', 'President of Belarus'),
    putin: await person('Vladimir Putin', 'RU', 'President of Russia'),
    councilOfMinisters: await body('Council of Ministers of the Union State', 'joint_body', null),
    supremeStateCouncil: await body('Supreme State Council', 'joint_body', null),
    governmentBY: await body('Government of Belarus', 'government', 'BY'),
    governmentRU: await body('Government of Russia', 'government', 'RU'),
  };
}

export interface Created {
  id: number;
  etag: string;
  json: Record<string, unknown>;
}

export async function createEngagement(client: TestClient, body: Record<string, unknown>): Promise<Created> {
  const r = await client.request('POST', '/api/v1/engagements', { body });
  expect(r.statusCode, r.body).toBe(201);
  const json = r.json() as Record<string, unknown> & { id: number };
  return { id: json.id, etag: r.headers.etag as string, json };
}

export async function etagOf(client: TestClient, id: number): Promise<string> {
  return (await client.request('GET', `/api/v1/engagements/${id}`)).headers.etag as string;
}

export async function patchEngagement(client: TestClient, id: number, body: Record<string, unknown>): Promise<{ statusCode: number; json: Record<string, unknown> }> {
  const r = await client.request('PATCH', `/api/v1/engagements/${id}`, { body, headers: { 'if-match': await etagOf(client, id) } });
  return { statusCode: r.statusCode, json: r.json() as Record<string, unknown> };
}
