// Intake: readouts (sources) stored once per text (sha256), the proposals extraction derives from them,
// the provenance of every accepted field (source and character span), and RSS/Atom feeds with the
// items already seen. Spans count UTF-16 code units into `sources.text` (JavaScript string indices);
// `span_start`/`span_end` avoid the reserved word END.
import type { Kysely } from 'kysely';
import { idType, isPostgres, withId } from './portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const id = idType(pg);

  await withId(db.schema.createTable('sources'), pg)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('publisher', 'text')
    .addColumn('title', 'text')
    .addColumn('url', 'text')
    .addColumn('published_on', 'text')
    .addColumn('media_type', 'text', (c) => c.notNull())
    // where the body begins in `text` (after a `key: value … ---` header); extraction offsets count from here
    .addColumn('body_start', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', id)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sources_url').on('sources').column('url').execute();
  await db.schema.createIndex('sources_published').on('sources').columns(['published_on', 'id']).execute();

  await withId(db.schema.createTable('proposals'), pg)
    .addColumn('source_id', id, (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull()) // JSON
    // the record the change applies to (an update), or null for a new record
    .addColumn('target_type', 'text')
    .addColumn('target_id', id)
    // the same change from the same source is proposed once
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | accepted | rejected | superseded
    .addColumn('reason', 'text')
    // what accepting produced or changed
    .addColumn('result_type', 'text')
    .addColumn('result_id', id)
    .addColumn('decided_by', id)
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposals_status').on('proposals').columns(['status', 'id']).execute();
  await db.schema.createIndex('proposals_source').on('proposals').column('source_id').execute();
  await db.schema.createIndex('proposals_target').on('proposals').columns(['target_type', 'target_id']).execute();

  await withId(db.schema.createTable('provenance'), pg)
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', id, (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('source_id', id, (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quoted_text', 'text', (c) => c.notNull())
    .addColumn('proposal_id', id, (c) => c.references('proposals.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('provenance_once', ['record_type', 'record_id', 'field', 'source_id', 'span_start', 'span_end'])
    .execute();
  await db.schema.createIndex('provenance_record').on('provenance').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('provenance_source').on('provenance').column('source_id').execute();

  await withId(db.schema.createTable('feeds'), pg)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('publisher', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('created_by', id)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feeds_due').on('feeds').columns(['next_poll_at', 'id']).execute();

  await withId(db.schema.createTable('feed_items'), pg)
    .addColumn('feed_id', id, (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('guid', 'text')
    .addColumn('url', 'text')
    .addColumn('sha256', 'text')
    .addColumn('source_id', id, (c) => c.references('sources.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feed_items_guid').on('feed_items').columns(['feed_id', 'guid']).execute();
  await db.schema.createIndex('feed_items_url').on('feed_items').column('url').execute();
  await db.schema.createIndex('feed_items_sha').on('feed_items').column('sha256').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['feed_items', 'feeds', 'provenance', 'proposals', 'sources']) await db.schema.dropTable(t).execute();
}
