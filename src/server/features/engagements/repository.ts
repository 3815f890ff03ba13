// The only code that writes SQL for engagements, their participants, histories and outcomes.
import type { Kysely, Selectable } from 'kysely';
import type { Precision, TimeWindow } from '../../../domain/window.ts';
import type { Database } from '../../db/schema.ts';
import type { Engagement, EngagementKind, EngagementStatus, Outcome, OutcomeKind, Participant, StatusChange, WindowChange } from './model.ts';
import type { EngagementsTable } from './tables.ts';

type Q = Kysely<Database>;

/** The non-null day lists sort by: the first known day, or the last, or the far future for unknown windows. */
export function sortDayOf(w: TimeWindow): string {
  return w.earliest ?? w.latest ?? '9999-12-31';
}

function windowColumns(w: TimeWindow) {
  return {
    window_earliest: w.earliest,
    window_latest: w.latest,
    window_precision: w.precision,
    window_tentative: w.tentative ? 1 : 0,
    window_text: w.text,
  };
}

function windowOf(row: { window_earliest: string | null; window_latest: string | null; window_precision: string; window_tentative: number; window_text: string | null }): TimeWindow {
  return {
    earliest: row.window_earliest,
    latest: row.window_latest,
    precision: row.window_precision as Precision,
    tentative: row.window_tentative === 1,
    text: row.window_text,
  };
}

function toEngagement(row: Selectable<EngagementsTable>, participants: Participant[]): Engagement {
  return {
    id: row.id,
    kind: row.kind as EngagementKind,
    title: row.title,
    place: row.place,
    bodyId: row.body_id,
    status: row.status as EngagementStatus,
    statusReason: row.status_reason,
    window: windowOf(row),
    notes: row.notes,
    demo: row.demo === 1,
    participants,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface EngagementRow {
  kind: EngagementKind;
  title: string;
  place: string | null;
  bodyId: number | null;
  status: EngagementStatus;
  statusReason: string | null;
  window: TimeWindow;
  notes: string | null;
  demo: boolean;
}

export async function insertEngagement(db: Q, e: EngagementRow & { createdBy: number | null; now: string }): Promise<number> {
  const row = await db
    .insertInto('engagements')
    .values({
      kind: e.kind,
      title: e.title,
      place: e.place,
      body_id: e.bodyId,
      status: e.status,
      status_reason: e.statusReason,
      ...windowColumns(e.window),
      sort_day: sortDayOf(e.window),
      notes: e.notes,
      demo: e.demo ? 1 : 0,
      created_by: e.createdBy,
      created_at: e.now,
      updated_at: e.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates when `version` still matches; false when someone else changed it first. */
export async function updateEngagement(db: Q, id: number, version: number, e: EngagementRow, now: string): Promise<boolean> {
  const res = await db
    .updateTable('engagements')
    .set({
      kind: e.kind,
      title: e.title,
      place: e.place,
      body_id: e.bodyId,
      status: e.status,
      status_reason: e.statusReason,
      ...windowColumns(e.window),
      sort_day: sortDayOf(e.window),
      notes: e.notes,
      demo: e.demo ? 1 : 0,
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Bumps the version (the agenda is part of the engagement's ETag); false when stale. */
export async function touchEngagement(db: Q, id: number, version: number, now: string): Promise<boolean> {
  const res = await db.updateTable('engagements').set({ version: version + 1, updated_at: now }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

async function participantsOf(db: Q, ids: readonly number[]): Promise<Map<number, Participant[]>> {
  const map = new Map<number, Participant[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('engagement_participants').selectAll().where('engagement_id', 'in', ids).orderBy('engagement_id').orderBy('position').execute();
  for (const r of rows) {
    const list = map.get(r.engagement_id) ?? [];
    list.push({ personId: r.person_id, bodyId: r.body_id, party: r.party, role: r.role });
    map.set(r.engagement_id, list);
  }
  return map;
}

export async function findEngagement(db: Q, id: number): Promise<Engagement | undefined> {
  const row = await db.selectFrom('engagements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toEngagement(row, (await participantsOf(db, [id])).get(id) ?? []);
}

export async function findEngagements(db: Q, ids: readonly number[]): Promise<Engagement[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('engagements').selectAll().where('id', 'in', ids).execute();
  const parts = await participantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toEngagement(r, parts.get(r.id) ?? []));
}

export async function replaceParticipants(db: Q, engagementId: number, participants: readonly Participant[]): Promise<void> {
  await db.deleteFrom('engagement_participants').where('engagement_id', '=', engagementId).execute();
  if (participants.length === 0) return;
  await db
    .insertInto('engagement_participants')
    .values(participants.map((p, position) => ({ engagement_id: engagementId, person_id: p.personId, body_id: p.bodyId, party: p.party, role: p.role, position })))
    .execute();
}

export interface EngagementFilter {
  /** Only engagements whose window shares a day with [from, to] (either side may be open). */
  from?: string | null;
  to?: string | null;
  kinds?: readonly EngagementKind[];
  statuses?: readonly EngagementStatus[];
  party?: string;
  bodyId?: number;
  personId?: number;
  demo?: boolean;
  /** Keyset: (sort_day, id) of the last row already seen. */
  after?: { sortDay: string; id: number };
  limit: number;
}

export async function listEngagements(db: Q, f: EngagementFilter): Promise<Engagement[]> {
  let q = db.selectFrom('engagements').selectAll();
  // Overlap: the engagement may fall on a day of the asked span. Open sides never exclude.
  if (f.from != null) {
    const from = f.from;
    q = q.where((eb) => eb.or([eb('window_latest', 'is', null), eb('window_latest', '>=', from)]));
  }
  if (f.to != null) {
    const to = f.to;
    q = q.where((eb) => eb.or([eb('window_earliest', 'is', null), eb('window_earliest', '<=', to)]));
  }
  if (f.kinds && f.kinds.length > 0) q = q.where('kind', 'in', [...f.kinds]);
  if (f.statuses && f.statuses.length > 0) q = q.where('status', 'in', [...f.statuses]);
  if (f.demo !== undefined) q = q.where('demo', '=', f.demo ? 1 : 0);
  if (f.party !== undefined) {
    const party = f.party;
    q = q.where((eb) => eb.exists(eb.selectFrom('engagement_participants as p').select('p.id').whereRef('p.engagement_id', '=', 'engagements.id').where('p.party', '=', party)));
  }
  if (f.bodyId !== undefined) {
    const bodyId = f.bodyId;
    q = q.where((eb) =>
      eb.or([eb('body_id', '=', bodyId), eb.exists(eb.selectFrom('engagement_participants as p').select('p.id').whereRef('p.engagement_id', '=', 'engagements.id').where('p.body_id', '=', bodyId))]),
    );
  }
  if (f.personId !== undefined) {
    const personId = f.personId;
    q = q.where((eb) => eb.exists(eb.selectFrom('engagement_participants as p').select('p.id').whereRef('p.engagement_id', '=', 'engagements.id').where('p.person_id', '=', personId)));
  }
  if (f.after) {
    const { sortDay, id } = f.after;
    // a row value, so that both engines seek in engagements_sort instead of scanning up to the cursor
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('sort_day', 'id'), '>', tuple(sortDay, id)));
  }
  const rows = await q.orderBy('sort_day').orderBy('id').limit(f.limit).execute();
  const parts = await participantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toEngagement(r, parts.get(r.id) ?? []));
}

export async function insertWindowChange(db: Q, engagementId: number, c: WindowChange): Promise<void> {
  await db
    .insertInto('engagement_window_history')
    .values({ engagement_id: engagementId, ...windowColumns(c.window), reason: c.reason, changed_by: c.changedBy, changed_at: c.changedAt })
    .execute();
}

export async function listWindowChanges(db: Q, engagementId: number): Promise<WindowChange[]> {
  const rows = await db.selectFrom('engagement_window_history').selectAll().where('engagement_id', '=', engagementId).orderBy('id').execute();
  return rows.map((r) => ({ window: windowOf(r), reason: r.reason, changedBy: r.changed_by, changedAt: r.changed_at }));
}

export async function insertStatusChange(db: Q, engagementId: number, c: StatusChange): Promise<void> {
  await db.insertInto('engagement_status_history').values({ engagement_id: engagementId, status: c.status, reason: c.reason, changed_by: c.changedBy, changed_at: c.changedAt }).execute();
}

export async function listStatusChanges(db: Q, engagementId: number): Promise<StatusChange[]> {
  const rows = await db.selectFrom('engagement_status_history').selectAll().where('engagement_id', '=', engagementId).orderBy('id').execute();
  return rows.map((r) => ({ status: r.status as EngagementStatus, reason: r.reason, changedBy: r.changed_by, changedAt: r.changed_at }));
}

export async function insertOutcomes(
  db: Q,
  engagementId: number,
  outcomes: readonly { kind: OutcomeKind; instructionId: number | null; documentId: number | null; nextEngagementId: number | null; note: string | null }[],
  createdBy: number | null,
  now: string,
): Promise<void> {
  if (outcomes.length === 0) return;
  await db
    .insertInto('engagement_outcomes')
    .values(
      outcomes.map((o) => ({
        engagement_id: engagementId,
        kind: o.kind,
        instruction_id: o.instructionId,
        document_id: o.documentId,
        next_engagement_id: o.nextEngagementId,
        note: o.note,
        created_by: createdBy,
        created_at: now,
      })),
    )
    .execute();
}

export async function listOutcomes(db: Q, engagementId: number): Promise<Outcome[]> {
  const rows = await db.selectFrom('engagement_outcomes').selectAll().where('engagement_id', '=', engagementId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind as OutcomeKind, instructionId: r.instruction_id, documentId: r.document_id, nextEngagementId: r.next_engagement_id, note: r.note, createdAt: r.created_at }));
}

export async function engagementsExist(db: Q, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('engagements').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

/** Which of these bodies exist, with their party (null for joint bodies). */
export async function bodiesById(db: Q, ids: readonly number[]): Promise<Map<number, { name: string; party: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('bodies').select(['id', 'name', 'party']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, party: r.party }]));
}

/**
 * Which of these people exist, with the party they act for on `day`: the party of a position held
 * that day, else of their latest position with a party (a readout rarely dates an appointment).
 */
export async function peopleById(db: Q, ids: readonly number[], day: string | null): Promise<Map<number, { name: string; party: string | null }>> {
  if (ids.length === 0) return new Map();
  const people = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  const positions = await db
    .selectFrom('positions')
    .select(['person_id', 'party', 'from_day', 'to_day'])
    .where('person_id', 'in', [...ids])
    .where('party', 'is not', null)
    .orderBy('person_id')
    .orderBy('from_day', 'desc')
    .execute();
  const result = new Map<number, { name: string; party: string | null }>();
  for (const p of people) {
    const mine = positions.filter((x) => x.person_id === p.id);
    const held = day === null ? undefined : mine.find((x) => (x.from_day === null || x.from_day <= day) && (x.to_day === null || x.to_day >= day));
    result.set(p.id, { name: p.name, party: (held ?? mine[0])?.party ?? null });
  }
  return result;
}

export async function documentsExist(db: Q, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('documents').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}
