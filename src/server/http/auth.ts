// Resolves the actor of a request from the session cookie or a bearer token. Routes declare whether
// they need one; the services decide what the actor may do.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../features/accounts/actor.ts';
import { actorFromSession, actorFromToken } from '../features/accounts/service.ts';

export const SESSION_COOKIE = 'accord_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export async function resolveActor(db: Db, request: FastifyRequest): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await actorFromToken(db.kysely, match[1]) : undefined;
    if (!actor) throw new AppError('unauthenticated', 'The bearer token is unknown, expired or revoked.');
    return actor;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) return (await actorFromSession(db.kysely, cookie)) ?? null;
  return null;
}

/** The signed-in actor, or 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in (POST /api/v1/auth/login) or send a bearer token.');
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, secret: string, expiresAt: string): void {
  void reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
