// The only code that writes SQL for intake: sources, proposals, provenance, and the read-only
// registry snapshot name resolution works from. Returns domain shapes, not rows.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ProposalKind, ProposalStatus } from './payloads.ts';
import type { ProposalsTable, SourcesTable } from './tables.ts';

type Q = Kysely<Database>;

export interface Source {
  id: number;
  text: string;
  sha256: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  mediaType: string;
  bodyStart: number;
  createdBy: number | null;
  createdAt: string;
}

export interface Proposal {
  id: number;
  sourceId: number;
  kind: ProposalKind;
  payload: string;
  targetType: string | null;
  targetId: number | null;
  status: ProposalStatus;
  reason: string | null;
  resultType: string | null;
  resultId: number | null;
  decidedBy: number | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
}

export interface ProvenanceRow {
  recordType: 'engagement' | 'instruction' | 'person' | 'constraint';
  recordId: number;
  field: string;
  sourceId: number;
  start: number;
  end: number;
  quotedText: string;
  proposalId: number | null;
}

export interface ProvenanceEntry extends ProvenanceRow {
  id: number;
  createdAt: string;
}

function toSource(r: Selectable<SourcesTable>): Source {
  return {
    id: r.id, text: r.text, sha256: r.sha256, publisher: r.publisher, title: r.title, url: r.url, publishedOn: r.published_on,
    mediaType: r.media_type, bodyStart: r.body_start, createdBy: r.created_by, createdAt: r.created_at,
  };
}

function toProposal(r: Selectable<ProposalsTable>): Proposal {
  return {
    id: r.id, sourceId: r.source_id, kind: r.kind as ProposalKind, payload: r.payload, targetType: r.target_type, targetId: r.target_id,
    status: r.status as ProposalStatus, reason: r.reason, resultType: r.result_type, resultId: r.result_id, decidedBy: r.decided_by,
    decidedAt: r.decided_at, version: r.version, createdAt: r.created_at,
  };
}

// ---- sources

export async function findSourceBySha(db: Q, sha256: string): Promise<Source | undefined> {
  const r = await db.selectFrom('sources').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  return r && toSource(r);
}

/** The stored sources among these hashes, by hash. */
export async function findSourcesBySha(db: Q, shas: readonly string[]): Promise<Map<string, Source>> {
  if (shas.length === 0) return new Map();
  const rows = await db.selectFrom('sources').selectAll().where('sha256', 'in', [...new Set(shas)]).execute();
  return new Map(rows.map((r) => [r.sha256, toSource(r)]));
}

export async function findSource(db: Q, id: number): Promise<Source | undefined> {
  const r = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toSource(r);
}

export async function findSources(db: Q, ids: readonly number[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('sources').selectAll().where('id', 'in', [...new Set(ids)]).execute()).map(toSource);
}

/** Inserts the source, or returns null when a source with the same hash exists (a concurrent ingest). */
export async function insertSource(db: Q, s: Omit<Source, 'id'>): Promise<Source | null> {
  const r = await db
    .insertInto('sources')
    .values({ text: s.text, sha256: s.sha256, publisher: s.publisher, title: s.title, url: s.url, published_on: s.publishedOn, media_type: s.mediaType, body_start: s.bodyStart, created_by: s.createdBy, created_at: s.createdAt })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returningAll()
    .executeTakeFirst();
  return r ? toSource(r) : null;
}

/** Inserts many in one statement (per chunk); a hash already stored is skipped. The stored ones, by hash. */
export async function insertSources(db: Q, list: readonly Omit<Source, 'id'>[]): Promise<Map<string, Source>> {
  const out = new Map<string, Source>();
  const byHash = new Map(list.map((s) => [s.sha256, s]));
  for (const part of chunks(list, 500)) {
    const rows = await db
      .insertInto('sources')
      .values(part.map((s) => ({ text: s.text, sha256: s.sha256, publisher: s.publisher, title: s.title, url: s.url, published_on: s.publishedOn, media_type: s.mediaType, body_start: s.bodyStart, created_by: s.createdBy, created_at: s.createdAt })))
      .onConflict((oc) => oc.column('sha256').doNothing())
      // Not the text: the caller has it, and it is the bulk of the row.
      .returning(['id', 'sha256'])
      .execute();
    for (const r of rows) {
      const s = byHash.get(r.sha256);
      if (s) out.set(r.sha256, { id: r.id, ...s });
    }
  }
  return out;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function listSources(db: Q, f: { afterId?: number | undefined; limit: number }): Promise<Source[]> {
  let q = db.selectFrom('sources').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.afterId !== undefined) q = q.where('id', '<', f.afterId);
  return (await q.execute()).map(toSource);
}

// ---- proposals

export interface NewProposal {
  sourceId: number;
  kind: ProposalKind;
  payload: unknown;
  targetType: string | null;
  targetId: number | null;
  fingerprint: string;
  status: ProposalStatus;
  reason: string | null;
  now: string;
}

/** Inserts the proposal, or returns null when the same change (fingerprint) was proposed before. */
export async function insertProposal(db: Q, p: NewProposal): Promise<Proposal | null> {
  const r = await db
    .insertInto('proposals')
    .values({
      source_id: p.sourceId, kind: p.kind, payload: JSON.stringify(p.payload), target_type: p.targetType, target_id: p.targetId,
      fingerprint: p.fingerprint, status: p.status, reason: p.reason, created_at: p.now,
    })
    .onConflict((oc) => oc.column('fingerprint').doNothing())
    .returningAll()
    .executeTakeFirst();
  return r ? toProposal(r) : null;
}

/**
 * Inserts many in one statement per chunk (of any number of sources); a change proposed before
 * (fingerprint), or twice in the list, is skipped: the first one in the list is kept. Keyed by fingerprint.
 */
export async function insertProposals(db: Q, list: readonly NewProposal[]): Promise<Map<string, Proposal>> {
  const out = new Map<string, Proposal>();
  const seen = new Set<string>();
  const unique = list.filter((p) => !seen.has(p.fingerprint) && seen.add(p.fingerprint));
  // 9 parameters a row: far below SQLite's 32,766 and PostgreSQL's 65,535 per statement.
  for (const part of chunks(unique, 1000)) {
    const rows = await db
      .insertInto('proposals')
      .values(part.map((p) => ({
        source_id: p.sourceId, kind: p.kind, payload: JSON.stringify(p.payload), target_type: p.targetType, target_id: p.targetId,
        fingerprint: p.fingerprint, status: p.status, reason: p.reason, created_at: p.now,
      })))
      .onConflict((oc) => oc.column('fingerprint').doNothing())
      .returningAll()
      .execute();
    for (const r of rows) out.set(r.fingerprint, toProposal(r));
  }
  return out;
}

export async function findProposal(db: Q, id: number): Promise<Proposal | undefined> {
  const r = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toProposal(r);
}

export async function findProposalByFingerprint(db: Q, fingerprint: string): Promise<Proposal | undefined> {
  const r = await db.selectFrom('proposals').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();
  return r && toProposal(r);
}

export async function listProposals(db: Q, f: { statuses?: readonly ProposalStatus[] | undefined; kinds?: readonly ProposalKind[] | undefined; sourceId?: number | undefined; afterId?: number | undefined; limit: number }): Promise<Proposal[]> {
  let q = db.selectFrom('proposals').selectAll().orderBy('id').limit(f.limit);
  if (f.statuses && f.statuses.length > 0) q = q.where('status', 'in', [...f.statuses]);
  if (f.kinds && f.kinds.length > 0) q = q.where('kind', 'in', [...f.kinds]);
  if (f.sourceId !== undefined) q = q.where('source_id', '=', f.sourceId);
  if (f.afterId !== undefined) q = q.where('id', '>', f.afterId);
  return (await q.execute()).map(toProposal);
}

export async function pendingTargeting(db: Q, targetType: string, targetId: number): Promise<Proposal[]> {
  const rows = await db.selectFrom('proposals').selectAll().where('status', '=', 'pending').where('target_type', '=', targetType).where('target_id', '=', targetId).orderBy('id').execute();
  return rows.map(toProposal);
}

export async function pendingOfKind(db: Q, kinds: readonly ProposalKind[]): Promise<Proposal[]> {
  return (await db.selectFrom('proposals').selectAll().where('status', '=', 'pending').where('kind', 'in', [...kinds]).orderBy('id').execute()).map(toProposal);
}

export async function decideProposal(
  db: Q,
  id: number,
  version: number,
  d: { status: ProposalStatus; reason: string | null; resultType: string | null; resultId: number | null; decidedBy: number | null; decidedAt: string },
): Promise<boolean> {
  const r = await db
    .updateTable('proposals')
    .set({ status: d.status, reason: d.reason, result_type: d.resultType, result_id: d.resultId, decided_by: d.decidedBy, decided_at: d.decidedAt, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- provenance

const key = (r: Pick<ProvenanceRow, 'field' | 'sourceId' | 'start' | 'end'>): string => `${r.field}|${r.sourceId}|${r.start}|${r.end}`;

/** Of these rows, the ones not yet recorded. */
export async function missingProvenance(db: Q, rows: readonly ProvenanceRow[]): Promise<ProvenanceRow[]> {
  if (rows.length === 0) return [];
  const byRecord = new Map<string, ProvenanceRow[]>();
  for (const r of rows) byRecord.set(`${r.recordType}|${r.recordId}`, [...(byRecord.get(`${r.recordType}|${r.recordId}`) ?? []), r]);
  const out: ProvenanceRow[] = [];
  for (const list of byRecord.values()) {
    const first = list[0] as ProvenanceRow;
    const existing = await db
      .selectFrom('provenance')
      .select(['field', 'source_id', 'span_start', 'span_end'])
      .where('record_type', '=', first.recordType)
      .where('record_id', '=', first.recordId)
      .where('source_id', 'in', [...new Set(list.map((r) => r.sourceId))])
      .execute();
    const have = new Set(existing.map((e) => key({ field: e.field, sourceId: e.source_id, start: e.span_start, end: e.span_end })));
    const seen = new Set<string>();
    for (const r of list) {
      const k = key(r);
      if (have.has(k) || seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}

export async function insertProvenance(db: Q, rows: readonly ProvenanceRow[], now: string): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('provenance')
    .values(rows.map((r) => ({ record_type: r.recordType, record_id: r.recordId, field: r.field, source_id: r.sourceId, span_start: r.start, span_end: r.end, quoted_text: r.quotedText, proposal_id: r.proposalId, created_at: now })))
    .onConflict((oc) => oc.columns(['record_type', 'record_id', 'field', 'source_id', 'span_start', 'span_end']).doNothing())
    .execute();
}

export async function listProvenance(db: Q, recordType: ProvenanceRow['recordType'], recordId: number): Promise<ProvenanceEntry[]> {
  const rows = await db.selectFrom('provenance').selectAll().where('record_type', '=', recordType).where('record_id', '=', recordId).orderBy('source_id').orderBy('span_start').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, recordType: r.record_type as ProvenanceRow['recordType'], recordId: r.record_id, field: r.field, sourceId: r.source_id,
    start: r.span_start, end: r.span_end, quotedText: r.quoted_text, proposalId: r.proposal_id, createdAt: r.created_at,
  }));
}

export async function recordExists(db: Q, table: 'engagements' | 'instructions', id: number): Promise<boolean> {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

// ---- registry snapshot (read-only) for name resolution

export interface AliasRow {
  personId: number;
  personName: string;
  alias: string;
  normalized: string;
}

export async function loadAliases(db: Q): Promise<AliasRow[]> {
  const rows = await db
    .selectFrom('person_aliases')
    .innerJoin('people', 'people.id', 'person_aliases.person_id')
    .select(['person_aliases.person_id as personId', 'people.name as personName', 'person_aliases.alias as alias', 'person_aliases.normalized as normalized'])
    .orderBy('person_aliases.person_id')
    .execute();
  return rows;
}

export async function loadBodies(db: Q): Promise<{ id: number; name: string; shortName: string | null }[]> {
  return db.selectFrom('bodies').select(['id', 'name', 'short_name as shortName']).orderBy('id').execute();
}

/** The party of each person on a day, from their positions (first match wins). */
export async function partiesOn(db: Q, personIds: readonly number[]): Promise<Map<number, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.selectFrom('positions').select(['person_id', 'party']).where('person_id', 'in', [...new Set(personIds)]).where('party', 'is not', null).orderBy('id').execute();
  const out = new Map<number, string>();
  for (const r of rows) if (r.party !== null && !out.has(r.person_id)) out.set(r.person_id, r.party);
  return out;
}

/** The record a source span already set this field of, if any (an instruction created from it before). */
export async function recordFromSpan(db: Q, r: { recordType: ProvenanceRow['recordType']; field: string; sourceId: number; start: number; end: number }): Promise<number | null> {
  const row = await db
    .selectFrom('provenance')
    .select('record_id')
    .where('record_type', '=', r.recordType)
    .where('field', '=', r.field)
    .where('source_id', '=', r.sourceId)
    .where('span_start', '=', r.start)
    .where('span_end', '=', r.end)
    .executeTakeFirst();
  return row?.record_id ?? null;
}

// ---- stored engagements an extracted event may be (read-only)

export interface CandidateRow {
  id: number;
  kind: string;
  earliest: string | null;
  latest: string | null;
  bodyIds: number[];
  personIds: number[];
}

/**
 * Engagements of these kinds, not cancelled, whose window overlaps (a null side is open), the first
 * `limit` by day: two statements that read only the columns matching needs (the engagements list
 * also reads titles, notes and the rest).
 */
export async function engagementCandidates(db: Q, f: { kinds: readonly string[]; earliest: string | null; latest: string | null; limit: number }): Promise<CandidateRow[]> {
  let q = db
    .selectFrom('engagements')
    .select(['id', 'kind', 'body_id', 'window_earliest', 'window_latest'])
    .where('kind', 'in', [...f.kinds])
    .where('status', '!=', 'cancelled');
  const { earliest, latest } = f;
  if (earliest !== null) q = q.where((eb) => eb.or([eb('window_latest', 'is', null), eb('window_latest', '>=', earliest)]));
  if (latest !== null) q = q.where((eb) => eb.or([eb('window_earliest', 'is', null), eb('window_earliest', '<=', latest)]));
  const rows = await q.orderBy('sort_day').orderBy('id').limit(f.limit).execute();
  if (rows.length === 0) return [];
  const parts = await db
    .selectFrom('engagement_participants')
    .select(['engagement_id', 'person_id', 'body_id'])
    .where('engagement_id', 'in', rows.map((r) => r.id))
    .orderBy('engagement_id')
    .orderBy('position')
    .execute();
  const byId = new Map<number, CandidateRow>(rows.map((r) => [r.id, { id: r.id, kind: r.kind, earliest: r.window_earliest, latest: r.window_latest, bodyIds: r.body_id === null ? [] : [r.body_id], personIds: [] }]));
  for (const p of parts) {
    const c = byId.get(p.engagement_id);
    if (!c) continue;
    if (p.person_id !== null) c.personIds.push(p.person_id);
    if (p.body_id !== null) c.bodyIds.push(p.body_id);
  }
  return [...byId.values()];
}
