// Test helpers for documents: the registry of the story and a held Supreme State Council session.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { createBody, createParty, createPerson } from '../registry/service.ts';

export interface DocumentsSeed {
  lukashenko: number;
  putin: number;
  governmentBY: number;
  /** a session of the Supreme State Council held on 2024-01-29 in St Petersburg */
  session: number;
}

export const SESSION_DAY = '2024-01-29';

export async function seedDocuments(db: Kysely<Database>): Promise<DocumentsSeed> {
  await createParty(db, SYSTEM_ACTOR, { code: 'BY', name: 'Belarus', kind: 'state' });
  await createParty(db, SYSTEM_ACTOR, { code: 'RU', name: 'Russia', kind: 'state' });
  const lukashenko = await createPerson(db, SYSTEM_ACTOR, { name: 'Aleksandr Lukashenko', positions: [{ role: 'President of Belarus', party: 'BY', fromDay: '1994-07-20' }] });
  const putin = await createPerson(db, SYSTEM_ACTOR, { name: 'Vladimir Putin', positions: [{ role: 'President of Russia', party: 'RU', fromDay: '2012-05-07' }] });
  const governmentBY = await createBody(db, SYSTEM_ACTOR, { name: 'Government of Belarus', kind: 'government', party: 'BY' });
  const now = new Date().toISOString();
  const session = await insertEngagement(db, { title: 'Session of the Supreme State Council', day: SESSION_DAY, place: 'St Petersburg', now });
  return { lukashenko: lukashenko.id, putin: putin.id, governmentBY: governmentBY.id, session };
}

/** A held session on one day (engagements have their own service; a row is all these tests need). */
export async function insertEngagement(db: Kysely<Database>, e: { title: string; day: string; place: string | null; now: string }): Promise<number> {
  const row = await db
    .insertInto('engagements')
    .values({
      kind: 'session',
      title: e.title,
      place: e.place,
      body_id: null,
      status: 'held',
      status_reason: null,
      window_earliest: e.day,
      window_latest: e.day,
      window_precision: 'day',
      window_tentative: 0,
      window_text: null,
      sort_day: e.day,
      notes: null,
      created_by: null,
      created_at: e.now,
      updated_at: e.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A tiny but well-formed PDF. */
export function pdfBytes(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** The first bytes of a ZIP archive, as a .docx starts. */
export function docxBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(text, 'utf8')]);
}
