// The execution-control cycle: the registry (parties, bodies, people), instructions with deadlines,
// financing and executors, reports with their review, and control decisions.
//
// Instructions carry denormalised current facts (effective_deadline_latest, accepted_progress,
// fulfilled_on, withdrawn_on) kept up to date by the services in the same transaction, so lists and
// summaries compute the execution state with one CASE and no joins. `facts_as_of` is the newest day
// (decision or accepted review) those facts depend on: for any `at >= facts_as_of` they are the facts
// as of `at`; for an earlier `at` the state query recomputes them from decisions and reports.
// Engagements come in a later migration: the engagement/agenda columns are plain integers for now.
import type { Kysely } from 'kysely';
import { idType, isPostgres, withId } from './portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const id = idType(pg);

  await db.schema
    .createTable('parties')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('bodies'), pg)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.references('parties.code'))
    .addColumn('parent_id', id, (c) => c.references('bodies.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bodies_party_kind').on('bodies').columns(['party', 'kind', 'id']).execute();
  await db.schema.createIndex('bodies_parent').on('bodies').column('parent_id').execute();

  await withId(db.schema.createTable('people'), pg)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('person_aliases')
    .addColumn('person_id', id, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    // lower-cased, diacritics stripped, spaces collapsed: what lookups compare
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_aliases_pk', ['person_id', 'alias'])
    .execute();
  await db.schema.createIndex('person_aliases_normalized').on('person_aliases').columns(['normalized', 'person_id']).execute();

  await withId(db.schema.createTable('positions'), pg)
    .addColumn('person_id', id, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.references('parties.code'))
    .addColumn('body_id', id, (c) => c.references('bodies.id'))
    .addColumn('from_day', 'text')
    .addColumn('to_day', 'text')
    .execute();
  await db.schema.createIndex('positions_person').on('positions').columns(['person_id', 'from_day']).execute();
  await db.schema.createIndex('positions_body').on('positions').column('body_id').execute();

  await withId(db.schema.createTable('instructions'), pg)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    // the responsible body's party, NULL for joint bodies: denormalised for filters and summaries
    .addColumn('party', 'text', (c) => c.references('parties.code'))
    .addColumn('responsible_body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at_engagement_id', id)
    .addColumn('parent_id', id, (c) => c.references('instructions.id'))
    // the original deadline window (all NULL when there is none)
    .addColumn('deadline_earliest', 'text')
    .addColumn('deadline_latest', 'text')
    .addColumn('deadline_precision', 'text')
    .addColumn('deadline_tentative', 'integer')
    .addColumn('deadline_text', 'text')
    // current facts, denormalised (see the note at the top)
    .addColumn('effective_deadline_latest', 'text')
    .addColumn('accepted_progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fulfilled_on', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('facts_as_of', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Keyset orders: (deadline, id) overall and within each filter.
  await db.schema.createIndex('instructions_deadline').on('instructions').columns(['effective_deadline_latest', 'id']).execute();
  await db.schema.createIndex('instructions_party_deadline').on('instructions').columns(['party', 'effective_deadline_latest', 'id']).execute();
  await db.schema.createIndex('instructions_body_deadline').on('instructions').columns(['responsible_body_id', 'effective_deadline_latest', 'id']).execute();
  await db.schema.createIndex('instructions_topic_deadline').on('instructions').columns(['topic', 'effective_deadline_latest', 'id']).execute();
  await db.schema.createIndex('instructions_parent').on('instructions').column('parent_id').execute();
  await db.schema.createIndex('instructions_engagement').on('instructions').column('issued_at_engagement_id').execute();

  await db.schema
    .createTable('instruction_authors')
    .addColumn('instruction_id', id, (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    .addColumn('person_id', id, (c) => c.notNull().references('people.id'))
    .addPrimaryKeyConstraint('instruction_authors_pk', ['instruction_id', 'person_id'])
    .execute();
  await db.schema.createIndex('instruction_authors_person').on('instruction_authors').columns(['person_id', 'instruction_id']).execute();

  await db.schema
    .createTable('instruction_executors')
    .addColumn('instruction_id', id, (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id'))
    .addPrimaryKeyConstraint('instruction_executors_pk', ['instruction_id', 'body_id'])
    .execute();
  await db.schema.createIndex('instruction_executors_body').on('instruction_executors').columns(['body_id', 'instruction_id']).execute();

  await withId(db.schema.createTable('financing'), pg)
    .addColumn('instruction_id', id, (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.references('parties.code'))
    .addColumn('currency', 'text', (c) => c.notNull())
    // integer minor units; NULL = not known (different from zero)
    .addColumn('planned', 'bigint')
    .addColumn('allocated', 'bigint')
    .addColumn('spent', 'bigint')
    .execute();
  await db.schema.createIndex('financing_instruction').on('financing').column('instruction_id').execute();

  await withId(db.schema.createTable('reports'), pg)
    .addColumn('instruction_id', id, (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id'))
    // NULL for work the system did (demo data, imports)
    .addColumn('author_user_id', id, (c) => c.references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('spent', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('review_status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('reviewed_by', id, (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_on', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('reports_instruction').on('reports').columns(['instruction_id', 'id']).execute();
  await db.schema.createIndex('reports_review_queue').on('reports').columns(['review_status', 'submitted_on', 'id']).execute();

  await withId(db.schema.createTable('control_decisions'), pg)
    .addColumn('instruction_id', id, (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    // for 'extend': the new window, and the effective one it replaced (history)
    .addColumn('new_deadline_earliest', 'text')
    .addColumn('new_deadline_latest', 'text')
    .addColumn('new_deadline_precision', 'text')
    .addColumn('new_deadline_tentative', 'integer')
    .addColumn('new_deadline_text', 'text')
    .addColumn('previous_deadline_earliest', 'text')
    .addColumn('previous_deadline_latest', 'text')
    .addColumn('previous_deadline_precision', 'text')
    .addColumn('previous_deadline_tentative', 'integer')
    .addColumn('previous_deadline_text', 'text')
    .addColumn('engagement_id', id)
    .addColumn('agenda_item_id', id)
    .addColumn('decided_by', id, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('control_decisions_instruction').on('control_decisions').columns(['instruction_id', 'decided_on', 'id']).execute();
  await db.schema.createIndex('control_decisions_engagement').on('control_decisions').column('engagement_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['control_decisions', 'reports', 'financing', 'instruction_executors', 'instruction_authors', 'instructions', 'positions', 'person_aliases', 'people', 'bodies', 'parties']) {
    await db.schema.dropTable(table).execute();
  }
}
