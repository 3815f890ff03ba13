// Indexes for the control summary at a million instructions (measured; docs/api-cycle.md):
// - a covering index holding every column the state CASE reads, so the one GROUP BY scans a narrow
//   index instead of the wide table (titles and texts), already ordered by party and topic;
// - facts_as_of, to find the few instructions whose denormalised facts postdate a historical `at`.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('instructions_state_cover')
    .on('instructions')
    .columns(['party', 'topic', 'issued_on', 'effective_deadline_latest', 'accepted_progress', 'fulfilled_on', 'withdrawn_on', 'facts_as_of', 'deadline_latest', 'id'])
    .execute();
  await db.schema.createIndex('instructions_facts_as_of').on('instructions').columns(['facts_as_of', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('instructions_facts_as_of').execute();
  await db.schema.dropIndex('instructions_state_cover').execute();
}
