// The audit trail (a hash chain of every change, with a one-row head that serialises appends on
// PostgreSQL and records the tip, so a truncated tail is detected) and sign-in attempts (for the
// per-account lock-out and per-address rate limit, in the database so every process agrees).
import { sql, type Kysely } from 'kysely';
import { idType, isPostgres, withId } from './portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  // seq is assigned by the append (head.seq + 1), not by the database, so it has no gaps: a gap is a
  // deleted entry.
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', idType(pg), (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', idType(pg))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('actor_party', 'text')
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['record_type', 'record_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_user_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_operation').on('audit_log').columns(['operation', 'seq']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'seq']).execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', idType(pg), (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  // The genesis: no entry yet, and the hash the first entry links back to.
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await withId(db.schema.createTable('login_attempts'), pg)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    // 'success', 'failure', or 'refused' (made while the account or address was locked: not counted
    // towards the account's lock, so an attacker cannot keep an account locked for ever by retrying)
    .addColumn('outcome', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_email').on('login_attempts').columns(['email', 'at']).execute();
  await db.schema.createIndex('login_attempts_address').on('login_attempts').columns(['address', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_attempts').execute();
  await db.schema.dropTable('audit_head').execute();
  await db.schema.dropTable('audit_log').execute();
}
