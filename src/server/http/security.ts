// Security headers on every response, and CSRF protection for changes made with the session cookie.
//
// CSRF: a signed double-submit token. The token is derived from the session secret (SHA-256 over a
// label and the secret), so it is bound to the session, needs no storage, and cannot be computed by
// anyone who cannot read the httpOnly session cookie. It is handed to the page in the non-httpOnly
// cookie `accord_csrf` (set at sign-in, and again on any session request that lacks it); the page
// sends it back in `X-CSRF-Token` on POST, PUT, PATCH and DELETE. Requests with a bearer token are
// exempt (a browser never adds one by itself). SameSite=Strict on both cookies is the first line;
// this is the second. See docs/permissions.md.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { SESSION_COOKIE } from './auth.ts';
import type { App } from './types.ts';

export const CSRF_COOKIE = 'accord_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The front end (src/web/dist) has no inline script or style: everything comes from its own origin. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

// swagger-ui (under /api/docs only) sets inline styles from its scripts' markup.
const DOCS_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function csrfTokenFor(sessionSecret: string): string {
  return createHash('sha256').update(`accord-csrf\u0000${sessionSecret}`).digest('base64url');
}

export function setCsrfCookie(reply: FastifyReply, request: FastifyRequest, sessionSecret: string, expiresAt?: string): void {
  void reply.setCookie(CSRF_COOKIE, csrfTokenFor(sessionSecret), {
    path: '/',
    httpOnly: false, // the page reads it to send it back in X-CSRF-Token
    sameSite: 'strict',
    secure: request.protocol === 'https',
    ...(expiresAt !== undefined && { expires: new Date(expiresAt) }),
  });
}

export function clearCsrfCookie(reply: FastifyReply): void {
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** JSON nested deeper than this is refused before parsing: nothing Accord stores is nearly as deep, and
 * deep values would overflow the stack of whatever walks them later (serialisers, validators). */
export const MAX_JSON_DEPTH = 64;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The deepest nesting of arrays and objects in JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
}

/** The path of the first string (or key) holding U+0000, or null. Depth is bounded by the JSON parser. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}.${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes('\u0000')) return path;
      const found = nulPath(inner, path === 'body' ? key : `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

function badBody(message: string): AppError {
  return new AppError('validation', `The request body ${message}.`, { fields: [{ path: 'body', message }] });
}

export function registerSecurity(app: App): void {
  // JSON bodies: bytes that are not UTF-8 are refused (the default parser would quietly turn them
  // into U+FFFD and store that), so is nesting deeper than MAX_JSON_DEPTH; then Fastify's own parser
  // (which refuses __proto__ keys).
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = UTF8.decode(body as Buffer);
    } catch {
      done(badBody('is not valid UTF-8'), undefined);
      return;
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(badBody(`is nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  // PostgreSQL refuses U+0000 in text (SQLite would store it), so a NUL anywhere in the body, the
  // query or the path is refused up front, naming the field, on both engines alike.
  app.addHook('preValidation', async (request) => {
    const found = nulPath(request.body, 'body') ?? nulPath(request.query, 'query') ?? nulPath(request.params, 'path');
    if (found !== null) throw new AppError('validation', `${found} contains a NUL character (U+0000), which no text field accepts.`, { fields: [{ path: found, message: 'contains a NUL character (U+0000)' }] });
  });

  // preParsing runs after onRequest, where the actor was resolved, and before the body is read.
  app.addHook('preParsing', async (request) => {
    if (!UNSAFE.has(request.method) || request.actor?.via !== 'session') return;
    const secret = request.cookies[SESSION_COOKIE];
    const sent = request.headers[CSRF_HEADER];
    if (secret === undefined || typeof sent !== 'string' || !sameToken(sent, csrfTokenFor(secret))) {
      throw new AppError('forbidden', `Changes made with the session cookie need the ${CSRF_COOKIE} cookie's value in the X-CSRF-Token header.`, { details: { reason: 'csrf' } });
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    void reply.header('content-security-policy', path === '/api/docs' || path.startsWith('/api/docs/') ? DOCS_POLICY : CONTENT_SECURITY_POLICY);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    void reply.header('cross-origin-resource-policy', 'same-origin');
    void reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (request.protocol === 'https') void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // API answers carry one government's working record: no shared or browser cache keeps them
    // unless a route said otherwise (the calendar feed does).
    if (path.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    // A session that predates the CSRF cookie (or lost it) gets it back on its next request.
    const secret = request.cookies[SESSION_COOKIE];
    if (request.actor?.via === 'session' && secret !== undefined && path !== '/api/v1/auth/logout' && request.cookies[CSRF_COOKIE] !== csrfTokenFor(secret)) setCsrfCookie(reply, request, secret);
    return payload;
  });
}
