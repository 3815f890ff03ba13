import type { Generated } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  party: string | null;
  body_id: number | null;
  disabled: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  role: string | null;
  party: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** Sign-in attempts (migration 0009): the lock-out and the per-address limit are counted from here. */
export interface LoginAttemptsTable {
  id: Generated<number>;
  at: string;
  /** as typed (trimmed, lower-case), whether or not such a user exists */
  email: string;
  address: string;
  outcome: 'success' | 'failure' | 'refused';
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
}
