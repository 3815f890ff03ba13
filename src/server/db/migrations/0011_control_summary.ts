// The control summary at a million instructions (docs/execution-state.md, "How the summary counts"):
//
// - instructions.co_parties: the parties of the co-executing bodies other than the responsible body's
//   party, sorted and separated by one space ('BY', 'BY RU'; NULL when none). Kept by the services in
//   the same transaction as the executors or a body's party change. With it the summary counts the
//   responsible and the co-executing parties in one scan of one index instead of joining executors and
//   bodies and looking each instruction up again (8.9 s at 1M on SQLite).
// - instructions_summary: every column the state needs, led by the GROUP BY columns, so the count reads
//   one narrow index in its own order (no sort, no table);
// - instructions_stale: for an `at` earlier than an instruction's facts (facts_as_of > at), the columns
//   needed to recompute its state, so the few stale rows are found without reading the wide table;
//   it replaces instructions_facts_as_of (same leading column). instructions_state_cover (0005) is
//   superseded by instructions_summary and dropped.
// - partial covering indexes for the two per-instruction look-ups of a historical `at`: the newest
//   extension decided by `at`, the newest accepted report reviewed by `at`.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // the superseded indexes go first, so the UPDATE below does not maintain them
  await db.schema.dropIndex('instructions_facts_as_of').execute();
  await db.schema.dropIndex('instructions_state_cover').execute();
  await db.schema.alterTable('instructions').addColumn('co_parties', 'text').execute();
  // string_agg(… order by …) is the same in PostgreSQL and SQLite (3.44+; better-sqlite3 12 bundles 3.5x)
  await sql`update instructions set co_parties = (
      select string_agg(p.party, ' ' order by p.party) from (
        select distinct b.party from instruction_executors e join bodies b on b.id = e.body_id
        where e.instruction_id = instructions.id and b.party is not null
          and (instructions.party is null or b.party <> instructions.party)) p)
    where id in (select instruction_id from instruction_executors)`.execute(db);
  await db.schema
    .createIndex('instructions_summary')
    .on('instructions')
    .columns(['party', 'co_parties', 'topic', 'issued_on', 'facts_as_of', 'effective_deadline_latest', 'accepted_progress', 'fulfilled_on', 'withdrawn_on'])
    .execute();
  await db.schema
    .createIndex('instructions_stale')
    .on('instructions')
    .columns(['facts_as_of', 'issued_on', 'party', 'co_parties', 'topic', 'deadline_latest', 'fulfilled_on', 'withdrawn_on', 'id'])
    .execute();
  await sql`create index control_decisions_extend on control_decisions (instruction_id, decided_on, id, new_deadline_latest) where kind = 'extend'`.execute(db);
  await sql`create index reports_accepted on reports (instruction_id, submitted_on, reviewed_on, id, progress) where review_status = 'accepted'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reports_accepted').execute();
  await db.schema.dropIndex('control_decisions_extend').execute();
  await db.schema
    .createIndex('instructions_state_cover')
    .on('instructions')
    .columns(['party', 'topic', 'issued_on', 'effective_deadline_latest', 'accepted_progress', 'fulfilled_on', 'withdrawn_on', 'facts_as_of', 'deadline_latest', 'id'])
    .execute();
  await db.schema.createIndex('instructions_facts_as_of').on('instructions').columns(['facts_as_of', 'id']).execute();
  await db.schema.dropIndex('instructions_stale').execute();
  await db.schema.dropIndex('instructions_summary').execute();
  await db.schema.alterTable('instructions').dropColumn('co_parties').execute();
}
