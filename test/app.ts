// A test server over a fresh database, with an admin signed in by bearer token, and helpers for
// requests through Fastify's inject (no sockets).
import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM_ACTOR, type Role } from '../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../src/server/features/accounts/service.ts';
import { buildApp } from '../src/server/http/app.ts';
import type { App } from '../src/server/http/types.ts';
import type { TestDb } from './db.ts';

export interface TestClient {
  app: App;
  /** A bearer token per user created with `as`. */
  request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, options?: { body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  adminToken: string;
  /** Creates a user with the role (and party/body) and returns a bearer token for them. */
  as(role: Role, scope?: { party?: string | null; bodyId?: number | null; name?: string }): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

export async function testClient(db: TestDb, options: { trustProxy?: boolean | readonly string[] } = {}): Promise<TestClient> {
  const app = await buildApp({ db, config: { bodyLimit: 1024 * 1024, ...options }, checkResponses: true });
  await app.ready();
  const as = async (role: Role, scope: { party?: string | null; bodyId?: number | null; name?: string } = {}): Promise<string> => {
    counter += 1;
    const user = await createUser(db.kysely, SYSTEM_ACTOR, {
      email: `${role}${counter}@test.local`,
      name: scope.name ?? `${role} ${counter}`,
      password: 'correct horse battery staple',
      role,
      party: scope.party ?? null,
      bodyId: scope.bodyId ?? null,
    });
    return (await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'test' })).secret;
  };
  const adminToken = await as('admin');
  return {
    app,
    adminToken,
    as,
    request: (method, url, options = {}) => {
      const token = options.token === undefined ? adminToken : options.token;
      return app.inject({
        method,
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
        ...(options.body !== undefined && { payload: options.body as Record<string, unknown> }),
      });
    },
    close: () => app.close(),
  };
}
