// Accounts: users, sessions (cookie sign-in) and API tokens (bearer). One function per use case.
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors.ts';
import { requireRole, SYSTEM_ACTOR, type Actor, type Role } from './actor.ts';
import { generatePassword, hashPassword, hashSecret, newSecret, verifyPassword } from './passwords.ts';
import * as repo from './repository.ts';
import { accountLockedUntil, addressBlockedUntil, tooManyAttempts, WINDOW_MS } from './signin-limits.ts';
import type { ApiToken, User } from './repository.ts';

type Q = Kysely<Database>;

export const SESSION_DAYS = 14;
const PARTY_RE = /^[A-Z]{2}$/;

function checkScope(role: Role, party: string | null, bodyId: number | null): void {
  if (party !== null && !PARTY_RE.test(party)) throw invalid('party', 'party must be an ISO 3166-1 alpha-2 code such as BY or RU');
  if (role === 'executor' && bodyId === null) throw invalid('bodyId', 'an executor must belong to a body');
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  party?: string | null;
  bodyId?: number | null;
}

export async function createUser(db: Q, actor: Actor, input: NewUser, now = new Date()): Promise<User> {
  requireRole(actor, 'admin');
  const email = input.email.trim().toLowerCase();
  const party = input.party ?? null;
  const bodyId = input.bodyId ?? null;
  checkScope(input.role, party, bodyId);
  if (input.password.length < 12) throw invalid('password', 'password must be at least 12 characters');
  if (await repo.findUserByEmail(db, email)) {
    throw new AppError('conflict', `A user with e-mail ${email} already exists.`, { fields: [{ path: 'email', message: 'already taken' }] });
  }
  const user = await repo.insertUser(db, { email, name: input.name.trim(), passwordHash: await hashPassword(input.password), role: input.role, party, bodyId, now: now.toISOString() });
  await appendAudit(db, actor, { operation: 'user.create', recordType: 'user', recordId: user.id, before: null, after: user });
  return user;
}

export async function listUsers(db: Q, actor: Actor): Promise<User[]> {
  requireRole(actor, 'admin');
  return repo.listUsers(db);
}

export async function getUser(db: Q, actor: Actor, id: number): Promise<User> {
  if (actor.userId !== id) requireRole(actor, 'admin');
  const user = await repo.findUserById(db, id);
  if (!user) throw notFound('User', id);
  return user;
}

export interface UserPatch {
  name?: string;
  role?: Role;
  party?: string | null;
  bodyId?: number | null;
  disabled?: boolean;
  password?: string;
}

/** Admins change anyone; a user changes only their own name and password. Checked before anything is read. */
export function mayChangeUser(actor: Actor, id: number, patch: UserPatch): void {
  const onlyOwnPassword = actor.userId === id && Object.keys(patch).every((k) => k === 'password' || k === 'name');
  if (!onlyOwnPassword) requireRole(actor, 'admin');
}

export async function updateUser(db: Q, actor: Actor, options: { id: number; expectedVersion: number; patch: UserPatch }, now = new Date()): Promise<User> {
  const { id, expectedVersion, patch } = options;
  mayChangeUser(actor, id, patch);
  const current = await getUser(db, actor, id);
  checkScope(patch.role ?? current.role, patch.party === undefined ? current.party : patch.party, patch.bodyId === undefined ? current.bodyId : patch.bodyId);
  if (patch.password !== undefined && patch.password.length < 12) throw invalid('password', 'password must be at least 12 characters');
  const { password, ...rest } = patch;
  const updated = await repo.updateUser(db, id, expectedVersion, { ...rest, ...(password !== undefined && { passwordHash: await hashPassword(password) }) }, now.toISOString());
  if (!updated) throw new AppError('precondition_failed', `User ${id} was changed by someone else (version ${current.version}, you sent ${expectedVersion}).`);
  // The password itself never enters the trail; that it changed does.
  await appendAudit(db, actor, { operation: 'user.update', recordType: 'user', recordId: id, before: current, after: password === undefined ? updated : { ...updated, passwordChanged: true } });
  return updated;
}

/**
 * Signs in with e-mail and password; returns the session secret for the cookie. Attempts are counted
 * per e-mail and per address (signin-limits.ts): each is recorded on its own, outside any transaction,
 * because a failed attempt must be remembered although the request fails.
 */
export async function login(
  db: Q,
  input: { email: string; password: string; address?: string },
  now = new Date(),
): Promise<{ secret: string; user: User; expiresAt: string }> {
  const email = input.email.trim().toLowerCase();
  const address = input.address ?? 'unknown';
  const t = now.getTime();
  const at = now.toISOString();
  const since = new Date(t - 2 * WINDOW_MS).toISOString();
  const blocked = addressBlockedUntil(await repo.failuresForAddress(db, address, since), t);
  if (blocked !== null) {
    await repo.insertAttempt(db, { at, email, address, outcome: 'refused' });
    throw tooManyAttempts('Too many failed sign-ins from your address.', blocked, t);
  }
  const locked = accountLockedUntil(await repo.failuresForEmail(db, email, since), t);
  if (locked !== null) {
    await repo.insertAttempt(db, { at, email, address, outcome: 'refused' });
    throw tooManyAttempts('This account is locked after too many failed sign-ins.', locked, t);
  }
  const user = await repo.findUserByEmail(db, email);
  // Verify even when the user is unknown, so timing does not tell which e-mails exist.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !ok || user.disabled) {
    await repo.insertAttempt(db, { at, email, address, outcome: 'failure' });
    throw new AppError('unauthenticated', 'E-mail or password is wrong.');
  }
  const secret = newSecret('ses');
  const expiresAt = new Date(t + SESSION_DAYS * 86_400_000).toISOString();
  const { passwordHash: _, ...plain } = user;
  const session = async (trx: Q): Promise<void> => {
    await repo.insertAttempt(trx, { at, email, address, outcome: 'success' });
    await repo.pruneAttempts(trx, email, new Date(t - ATTEMPTS_KEPT_MS).toISOString());
    await repo.insertSession(trx, { idHash: hashSecret(secret), userId: user.id, now: at, expiresAt });
    await appendAudit(trx, toActor(plain, 'session'), { operation: 'user.sign_in', recordType: 'user', recordId: user.id, before: null, after: { via: 'session', address, sessionExpiresAt: expiresAt } });
  };
  await (db.isTransaction ? session(db) : db.transaction().execute(session));
  return { secret, user: plain, expiresAt };
}

/** Sign-in attempts are kept 30 days, as the record of who tried to get in. */
const ATTEMPTS_KEPT_MS = 30 * 86_400_000;

// A valid argon2id hash of a random password, used to spend the same time for unknown e-mails.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$7fqOOrdNZpjmCKa1QbIxXA$EWwx0X1WcpGrhqBitLklkiZQPJ1J4R4baVMR1IsBAOs';

export async function logout(db: Q, secret: string): Promise<void> {
  await repo.deleteSession(db, hashSecret(secret));
}

function toActor(user: User, via: Actor['via'], token?: ApiToken): Actor {
  return { userId: user.id, name: user.name, role: token?.role ?? user.role, party: token?.party ?? user.party, bodyId: user.bodyId, via };
}

export async function actorFromSession(db: Q, secret: string, now = new Date()): Promise<Actor | undefined> {
  const user = await repo.findSessionUser(db, hashSecret(secret), now.toISOString());
  return user && !user.disabled ? toActor(user, 'session') : undefined;
}

export async function actorFromToken(db: Q, secret: string, now = new Date()): Promise<Actor | undefined> {
  const found = await repo.findTokenUser(db, hashSecret(secret), now.toISOString());
  return found && !found.user.disabled ? toActor(found.user, 'token', found.token) : undefined;
}

export interface NewToken {
  userId: number;
  name: string;
  /** Narrow the token to a lesser role (a token never has more rights than its user). */
  role?: Role | null;
  expiresAt?: string | null;
}

const RANK: Record<Role, number> = { viewer: 0, executor: 1, controller: 2, admin: 3 };

export async function createToken(db: Q, actor: Actor, input: NewToken, now = new Date()): Promise<{ secret: string; token: ApiToken }> {
  if (actor.userId !== input.userId) requireRole(actor, 'admin');
  const user = await repo.findUserById(db, input.userId);
  if (!user) throw notFound('User', input.userId);
  const role = input.role ?? null;
  if (role !== null && RANK[role] > RANK[user.role]) throw invalid('role', `a token cannot have more rights than its user (${user.role})`);
  if (role === 'executor' && user.bodyId === null) throw invalid('role', 'an executor token needs a user who belongs to a body');
  if (input.expiresAt != null && Number.isNaN(Date.parse(input.expiresAt))) throw invalid('expiresAt', 'expiresAt must be an ISO date-time');
  if (input.expiresAt != null && Date.parse(input.expiresAt) <= now.getTime()) throw invalid('expiresAt', 'expiresAt must be in the future');
  const secret = newSecret('acc');
  const token = await repo.insertToken(db, {
    userId: user.id,
    name: input.name,
    tokenHash: hashSecret(secret),
    role,
    party: user.party,
    now: now.toISOString(),
    expiresAt: input.expiresAt == null ? null : new Date(input.expiresAt).toISOString(),
  });
  await appendAudit(db, actor, { operation: 'token.create', recordType: 'api_token', recordId: token.id, before: null, after: token });
  return { secret, token };
}

export async function listTokens(db: Q, actor: Actor): Promise<ApiToken[]> {
  return repo.listTokens(db, actor.role === 'admin' ? undefined : actor.userId);
}

export async function revokeToken(db: Q, actor: Actor, id: number, now = new Date()): Promise<ApiToken> {
  const mine = (await repo.listTokens(db, actor.role === 'admin' ? undefined : actor.userId)).find((t) => t.id === id);
  if (!mine) throw notFound('Token', id);
  const revoked = await repo.revokeToken(db, id, now.toISOString());
  if (!revoked) throw new AppError('conflict', `Token ${id} is already revoked.`);
  await appendAudit(db, actor, { operation: 'token.revoke', recordType: 'api_token', recordId: id, before: mine, after: revoked });
  return revoked;
}

/**
 * On first start, creates the admin account. Returns the generated password when none was configured,
 * so the caller can print it once.
 */
export async function ensureAdmin(db: Q, options: { email: string; password?: string | undefined }): Promise<{ created: boolean; generatedPassword?: string }> {
  if ((await repo.countUsers(db)) > 0) return { created: false };
  const password = options.password ?? generatePassword();
  const admin = await repo.insertUser(db, {
    email: options.email.toLowerCase(),
    name: 'Administrator',
    passwordHash: await hashPassword(password),
    role: 'admin',
    party: null,
    bodyId: null,
    now: new Date().toISOString(),
  });
  await appendAudit(db, SYSTEM_ACTOR, { operation: 'user.create', recordType: 'user', recordId: admin.id, before: null, after: admin });
  return options.password ? { created: true } : { created: true, generatedPassword: password };
}
