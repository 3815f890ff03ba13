// The only code that writes SQL for accounts. Returns domain shapes, not rows.
import type { Kysely, Selectable } from 'kysely';
import { runTemplate } from '../../db/query-template.ts';
import type { Database } from '../../db/schema.ts';
import type { Role } from './actor.ts';
import type { ApiTokensTable, UsersTable } from './tables.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  party: string | null;
  bodyId: number | null;
  disabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  role: Role | null;
  party: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

type Q = Kysely<Database>;

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    party: row.party,
    bodyId: row.body_id,
    disabled: row.disabled === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertUser(
  db: Q,
  u: { email: string; name: string; passwordHash: string; role: Role; party: string | null; bodyId: number | null; now: string },
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ email: u.email, name: u.name, password_hash: u.passwordHash, role: u.role, party: u.party, body_id: u.bodyId, created_at: u.now, updated_at: u.now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserById(db: Q, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(db: Q, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function listUsers(db: Q): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Q): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Updates when `version` still matches; returns undefined when it does not (someone else changed it). */
export async function updateUser(
  db: Q,
  id: number,
  version: number,
  patch: Partial<{ name: string; role: Role; party: string | null; bodyId: number | null; disabled: boolean; passwordHash: string }>,
  now: string,
): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.party !== undefined && { party: patch.party }),
      ...(patch.bodyId !== undefined && { body_id: patch.bodyId }),
      ...(patch.disabled !== undefined && { disabled: patch.disabled ? 1 : 0 }),
      ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toUser(row);
}

export async function insertSession(db: Q, s: { idHash: string; userId: number; now: string; expiresAt: string }): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: s.idHash, user_id: s.userId, created_at: s.now, expires_at: s.expiresAt }).execute();
}

export async function findSessionUser(db: Q, idHash: string, now: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function deleteSession(db: Q, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function insertToken(
  db: Q,
  t: { userId: number; name: string; tokenHash: string; role: Role | null; party: string | null; now: string; expiresAt: string | null },
): Promise<ApiToken> {
  const row = await db
    .insertInto('api_tokens')
    .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, role: t.role, party: t.party, created_at: t.now, expires_at: t.expiresAt })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toToken(row);
}

function toToken(row: Omit<Selectable<ApiTokensTable>, 'token_hash' | 'last_used_at'>): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    role: row.role as Role | null,
    party: row.party,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** The live token with this hash and its user, in one query (every request with a bearer token asks). */
export async function findTokenUser(db: Q, tokenHash: string, now: string): Promise<{ user: User; token: ApiToken } | undefined> {
  const [row] = await runTemplate(db, 'token user', tokenUserQuery, { tokenHash, now });
  if (!row) return undefined;
  const token = toToken({
    id: row.token_id,
    user_id: row.token_user_id,
    name: row.token_name,
    role: row.token_role,
    party: row.token_party,
    created_at: row.token_created_at,
    expires_at: row.token_expires_at,
    revoked_at: row.token_revoked_at,
  });
  return { user: toUser(row), token };
}

// Built and compiled once (runTemplate): the hash and the time are bound parameters.
function tokenUserQuery(db: Q, { tokenHash, now }: { tokenHash: string; now: string }) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users', 'users.id', 't.user_id')
    .selectAll('users')
    .select(['t.id as token_id', 't.user_id as token_user_id', 't.name as token_name', 't.role as token_role', 't.party as token_party'])
    .select(['t.created_at as token_created_at', 't.expires_at as token_expires_at', 't.revoked_at as token_revoked_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]));
}

export async function listTokens(db: Q, userId?: number): Promise<ApiToken[]> {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('id');
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  return (await q.execute()).map(toToken);
}

export async function revokeToken(db: Q, id: number, now: string): Promise<ApiToken | undefined> {
  const row = await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
  return row && toToken(row);
}

// ---- sign-in attempts (migration 0009)

export type AttemptOutcome = 'success' | 'failure' | 'refused';

export async function insertAttempt(db: Q, a: { at: string; email: string; address: string; outcome: AttemptOutcome }): Promise<void> {
  await db.insertInto('login_attempts').values(a).execute();
}

/** Times of failures for an e-mail since `since` and after its last success, oldest first. */
export async function failuresForEmail(db: Q, email: string, since: string): Promise<string[]> {
  const lastSuccess = await db
    .selectFrom('login_attempts')
    .select('at')
    .where('email', '=', email)
    .where('outcome', '=', 'success')
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const rows = await db.selectFrom('login_attempts').select('at').where('email', '=', email).where('outcome', '=', 'failure').where('at', '>', from).orderBy('at').execute();
  return rows.map((r) => r.at);
}

/** Times of failures from an address since `since`, oldest first. */
export async function failuresForAddress(db: Q, address: string, since: string): Promise<string[]> {
  const rows = await db.selectFrom('login_attempts').select('at').where('address', '=', address).where('outcome', '=', 'failure').where('at', '>', since).orderBy('at').execute();
  return rows.map((r) => r.at);
}

/** Attempts are kept for a while as a record of who tried what; older ones are dropped. */
export async function pruneAttempts(db: Q, email: string, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('email', '=', email).where('at', '<', before).execute();
}
