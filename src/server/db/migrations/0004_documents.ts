// Documents: agreements, programmes, decrees … with content-addressed versions, approvals per party,
// party public keys (Ed25519; private keys never reach the server), the signing and its signatories,
// and links to the instructions a document formalises or creates. See docs/documents.md.
//
// File content lives in `blobs`, keyed by its SHA-256 (hex), as BLOB on SQLite and bytea on
// PostgreSQL; both drivers return a Buffer. A version records the hash it was uploaded with
// (`sha256`) and the blob it points at (`blob_hash`): verification recomputes the blob's hash and
// compares it with both.
import type { Kysely } from 'kysely';
import { idType, isPostgres, withId } from './portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const id = idType(pg);

  await db.schema
    .createTable('blobs')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('content', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('documents'), pg)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // 'draft' until signed, then 'signed' (approval progress is derived, not stored)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    // the engagement at which the document is to be signed (the signing records where it was)
    .addColumn('engagement_id', id, (c) => c.references('engagements.id'))
    .addColumn('current_version', 'integer')
    .addColumn('notes', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', id, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_status').on('documents').columns(['status', 'id']).execute();
  await db.schema.createIndex('documents_kind').on('documents').columns(['kind', 'id']).execute();
  await db.schema.createIndex('documents_engagement').on('documents').columns(['engagement_id', 'id']).execute();

  await db.schema
    .createTable('document_parties')
    .addColumn('document_id', id, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.notNull().references('parties.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_parties_pk', ['document_id', 'party'])
    .execute();
  await db.schema.createIndex('document_parties_party').on('document_parties').columns(['party', 'document_id']).execute();

  await withId(db.schema.createTable('document_versions'), pg)
    .addColumn('document_id', id, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('blob_hash', 'text', (c) => c.notNull().references('blobs.hash'))
    .addColumn('filename', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', id, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_versions_number', ['document_id', 'number'])
    .execute();
  await db.schema.createIndex('document_versions_blob').on('document_versions').column('blob_hash').execute();

  await withId(db.schema.createTable('party_keys'), pg)
    .addColumn('party', 'text', (c) => c.notNull().references('parties.code'))
    .addColumn('public_key_pem', 'text', (c) => c.notNull())
    // SHA-256 of the key's DER (SPKI) form, hex: what people compare over the telephone
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('created_by', id, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('party_keys_party').on('party_keys').columns(['party', 'id']).execute();

  await withId(db.schema.createTable('document_approvals'), pg)
    .addColumn('document_id', id, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('version_id', id, (c) => c.notNull().references('document_versions.id'))
    .addColumn('party', 'text', (c) => c.notNull().references('parties.code'))
    .addColumn('approved_by', id, (c) => c.references('users.id'))
    // the approver's name as it was: users get renamed, the trail must not change with them
    .addColumn('approved_by_name', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('signature', 'text')
    .addColumn('key_id', id, (c) => c.references('party_keys.id'))
    // set when a newer version was uploaded: the approval stays in the trail but no longer counts
    .addColumn('voided_at', 'text')
    .addUniqueConstraint('document_approvals_once', ['version_id', 'party'])
    .execute();
  await db.schema.createIndex('document_approvals_document').on('document_approvals').columns(['document_id', 'id']).execute();

  await withId(db.schema.createTable('document_signings'), pg)
    .addColumn('document_id', id, (c) => c.notNull().unique().references('documents.id').onDelete('cascade'))
    .addColumn('version_id', id, (c) => c.notNull().references('document_versions.id'))
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('engagement_id', id, (c) => c.references('engagements.id'))
    .addColumn('recorded_by', id, (c) => c.references('users.id'))
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    // SHA-256 over the canonical trail up to and including this signing (see docs/documents.md)
    .addColumn('trail_hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_signings_engagement').on('document_signings').column('engagement_id').execute();

  await withId(db.schema.createTable('document_signatories'), pg)
    .addColumn('signing_id', id, (c) => c.notNull().references('document_signings.id').onDelete('cascade'))
    .addColumn('person_id', id, (c) => c.notNull().references('people.id'))
    .addColumn('party', 'text', (c) => c.notNull().references('parties.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('signature', 'text')
    .addColumn('key_id', id, (c) => c.references('party_keys.id'))
    .execute();
  await db.schema.createIndex('document_signatories_signing').on('document_signatories').columns(['signing_id', 'position']).execute();
  await db.schema.createIndex('document_signatories_person').on('document_signatories').column('person_id').execute();

  await db.schema
    .createTable('document_instructions')
    .addColumn('document_id', id, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('instruction_id', id, (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    // 'formalises' (an instruction given before, put into the document) or 'creates' (issued by it)
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_instructions_pk', ['document_id', 'instruction_id'])
    .execute();
  await db.schema.createIndex('document_instructions_instruction').on('document_instructions').columns(['instruction_id', 'document_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['document_instructions', 'document_signatories', 'document_signings', 'document_approvals', 'party_keys', 'document_versions', 'document_parties', 'documents', 'blobs']) {
    await db.schema.dropTable(table).execute();
  }
}
