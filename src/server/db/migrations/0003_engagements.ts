// Engagements (calls, talks, visits, summits, sessions …) with time windows, their participants,
// the history of their windows and statuses, ordering constraints between them, agendas and outcomes.
// Windows are stored as two nullable ISO days + precision + tentative + the original phrase
// (domain/window.ts); `sort_day` is a non-null copy of the first known day so lists can use keyset
// pagination without dialect-specific NULL ordering.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { idType, isPostgres, withId } from './portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const id = idType(pg);

  await withId(db.schema.createTable('engagements'), pg)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('body_id', id, (c) => c.references('bodies.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('window_earliest', 'text')
    .addColumn('window_latest', 'text')
    .addColumn('window_precision', 'text', (c) => c.notNull())
    .addColumn('window_tentative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_text', 'text')
    .addColumn('sort_day', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', id)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagements_sort').on('engagements').columns(['sort_day', 'id']).execute();
  await db.schema.createIndex('engagements_latest').on('engagements').column('window_latest').execute();
  await db.schema.createIndex('engagements_status').on('engagements').column('status').execute();
  await db.schema.createIndex('engagements_kind').on('engagements').column('kind').execute();
  await db.schema.createIndex('engagements_body').on('engagements').column('body_id').execute();

  await withId(db.schema.createTable('engagement_participants'), pg)
    .addColumn('engagement_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('person_id', id, (c) => c.references('people.id'))
    .addColumn('body_id', id, (c) => c.references('bodies.id'))
    .addColumn('party', 'text')
    .addColumn('role', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint('engagement_participants_one_of', sqlOneOf('person_id', 'body_id'))
    .execute();
  await db.schema.createIndex('engagement_participants_engagement').on('engagement_participants').column('engagement_id').execute();
  await db.schema.createIndex('engagement_participants_person').on('engagement_participants').column('person_id').execute();
  await db.schema.createIndex('engagement_participants_body').on('engagement_participants').column('body_id').execute();
  await db.schema.createIndex('engagement_participants_party').on('engagement_participants').column('party').execute();

  await withId(db.schema.createTable('engagement_window_history'), pg)
    .addColumn('engagement_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('window_earliest', 'text')
    .addColumn('window_latest', 'text')
    .addColumn('window_precision', 'text', (c) => c.notNull())
    .addColumn('window_tentative', 'integer', (c) => c.notNull())
    .addColumn('window_text', 'text')
    .addColumn('reason', 'text')
    .addColumn('changed_by', id)
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagement_window_history_engagement').on('engagement_window_history').column('engagement_id').execute();

  await withId(db.schema.createTable('engagement_status_history'), pg)
    .addColumn('engagement_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by', id)
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagement_status_history_engagement').on('engagement_status_history').column('engagement_id').execute();

  // "before happens at least min_gap and at most max_gap days before after"; null max = unbounded.
  await withId(db.schema.createTable('constraints'), pg)
    .addColumn('before_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('after_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('min_gap', 'integer', (c) => c.notNull())
    .addColumn('max_gap', 'integer')
    .addColumn('note', 'text')
    .addColumn('forced', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', id)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('constraints_not_self', sqlNotSelf())
    .execute();
  await db.schema.createIndex('constraints_before').on('constraints').column('before_id').execute();
  await db.schema.createIndex('constraints_after').on('constraints').column('after_id').execute();

  await withId(db.schema.createTable('agenda_items'), pg)
    .addColumn('engagement_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull()) // JSON array of strings
    .addColumn('notes', 'text')
    .execute();
  await db.schema.createIndex('agenda_items_engagement').on('agenda_items').columns(['engagement_id', 'position']).execute();

  // document_id has no foreign key: documents arrive with a later migration.
  await withId(db.schema.createTable('agenda_item_links'), pg)
    .addColumn('agenda_item_id', id, (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('instruction_id', id, (c) => c.references('instructions.id'))
    .addColumn('document_id', id)
    .addCheckConstraint('agenda_item_links_one_of', sqlOneOf('instruction_id', 'document_id'))
    .execute();
  await db.schema.createIndex('agenda_item_links_item').on('agenda_item_links').column('agenda_item_id').execute();
  await db.schema.createIndex('agenda_item_links_instruction').on('agenda_item_links').column('instruction_id').execute();

  await withId(db.schema.createTable('engagement_outcomes'), pg)
    .addColumn('engagement_id', id, (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // instruction_issued | document_signed | engagement_agreed
    .addColumn('instruction_id', id, (c) => c.references('instructions.id'))
    .addColumn('document_id', id)
    .addColumn('next_engagement_id', id, (c) => c.references('engagements.id'))
    .addColumn('note', 'text')
    .addColumn('created_by', id)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagement_outcomes_engagement').on('engagement_outcomes').column('engagement_id').execute();
}

function sqlOneOf(a: string, b: string): RawBuilder<unknown> {
  return sql.raw(`(${a} is null) <> (${b} is null)`);
}

function sqlNotSelf(): RawBuilder<unknown> {
  return sql.raw('before_id <> after_id');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['engagement_outcomes', 'agenda_item_links', 'agenda_items', 'constraints', 'engagement_status_history', 'engagement_window_history', 'engagement_participants', 'engagements']) {
    await db.schema.dropTable(t).execute();
  }
}
