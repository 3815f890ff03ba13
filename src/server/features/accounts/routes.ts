// HTTP for accounts: sign-in, the signed-in actor, users (admins) and API tokens. Routes only translate.
import { z } from 'zod';
import { actorOf, clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../http/auth.ts';
import { AppError } from '../../errors.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { clearCsrfCookie, setCsrfCookie } from '../../http/security.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import * as accounts from './service.ts';
import { IdParam, LoginSchema, MeSchema, NewTokenSchema, NewUserSchema, TokenSchema, UserPatchSchema, UserSchema } from './schemas.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const loginErrors = { 400: ProblemSchema, 401: ProblemSchema, 429: ProblemSchema };

export function accountRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.post('/auth/login', {
    schema: { tags: ['accounts'], summary: 'Sign in; sets the session cookie', security: [], body: LoginSchema, response: { 200: MeSchema, ...loginErrors } },
  }, async (request, reply) => {
    let signedIn: Awaited<ReturnType<typeof accounts.login>>;
    try {
      signedIn = await accounts.login(k, { ...request.body, address: request.ip });
    } catch (error) {
      // The problem document says how long to wait; clients and proxies read Retry-After.
      if (error instanceof AppError && error.code === 'rate_limited' && typeof error.details.retryAfter === 'number') void reply.header('retry-after', String(error.details.retryAfter));
      throw error;
    }
    const { secret, user, expiresAt } = signedIn;
    setSessionCookie(reply, request, secret, expiresAt);
    setCsrfCookie(reply, request, secret, expiresAt);
    return { userId: user.id, name: user.name, role: user.role, party: user.party, bodyId: user.bodyId, via: 'session' as const };
  });

  app.post('/auth/logout', { schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: z.null(), 400: ProblemSchema, 403: ProblemSchema } } }, async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) await accounts.logout(k, secret);
    clearSessionCookie(reply);
    clearCsrfCookie(reply);
    return reply.status(204).send(null);
  });

  app.get('/auth/me', { schema: { tags: ['accounts'], summary: 'Who am I', response: { 200: MeSchema, ...errors } } }, (request) => actorOf(request));

  app.get('/users', { schema: { tags: ['accounts'], summary: 'List users (admins)', response: { 200: z.object({ items: z.array(UserSchema) }), ...errors } } }, async (request) => ({
    items: await accounts.listUsers(k, actorOf(request)),
  }));

  app.post('/users', { schema: { tags: ['accounts'], summary: 'Create a user (admins)', body: NewUserSchema, response: { 201: UserSchema, ...errors } } }, async (request, reply) => {
    const user = await k.transaction().execute((trx) => accounts.createUser(trx, actorOf(request), request.body));
    setEtag(reply, 'user', user.id, user.version);
    return reply.status(201).send(user);
  });

  app.get('/users/:id', { schema: { tags: ['accounts'], summary: 'Read a user', params: IdParam, response: { 200: UserSchema, ...errors } } }, async (request, reply) => {
    const user = await accounts.getUser(k, actorOf(request), request.params.id);
    setEtag(reply, 'user', user.id, user.version);
    return user;
  });

  app.patch('/users/:id', {
    schema: { tags: ['accounts'], summary: 'Change a user (If-Match required)', params: IdParam, body: UserPatchSchema, response: { 200: UserSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    // Refuse before reading If-Match, so that a refusal looks the same whatever the header names.
    accounts.mayChangeUser(actor, request.params.id, request.body);
    const version = expectedVersion(request, 'user', request.params.id);
    const user = await k.transaction().execute((trx) => accounts.updateUser(trx, actor, { id: request.params.id, expectedVersion: version, patch: request.body }));
    setEtag(reply, 'user', user.id, user.version);
    return user;
  });

  app.get('/tokens', { schema: { tags: ['accounts'], summary: 'List API tokens (your own; admins: all)', response: { 200: z.object({ items: z.array(TokenSchema) }), ...errors } } }, async (request) => ({
    items: await accounts.listTokens(k, actorOf(request)),
  }));

  app.post('/tokens', {
    schema: { tags: ['accounts'], summary: 'Create an API token; the secret is shown once', body: NewTokenSchema, response: { 201: z.object({ secret: z.string(), token: TokenSchema }), ...errors } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const created = await k.transaction().execute((trx) => accounts.createToken(trx, actor, { ...request.body, userId: request.body.userId ?? actor.userId }));
    return reply.status(201).send(created);
  });

  app.delete('/tokens/:id', { schema: { tags: ['accounts'], summary: 'Revoke an API token', params: IdParam, response: { 200: TokenSchema, ...errors } } }, async (request) =>
    k.transaction().execute((trx) => accounts.revokeToken(trx, actorOf(request), request.params.id)),
  );
}
