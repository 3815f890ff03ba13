// The only code that writes SQL for agendas; also reads the instructions a control agenda is made from.
import { sql, type Kysely } from 'kysely';
import type { ExecutionState } from '../../../domain/execution-state.ts';
import type { Database } from '../../db/schema.ts';
import { isPostgresDb } from '../control/sql.ts';
import { stateSql } from '../control/state-sql.ts';

type Q = Kysely<Database>;

export interface AgendaItem {
  id: number;
  position: number;
  title: string;
  topics: string[];
  notes: string | null;
  instructionIds: number[];
  documentIds: number[];
}

export interface AgendaItemValues {
  title: string;
  topics: string[];
  notes: string | null;
  instructionIds: number[];
  documentIds: number[];
}

function parseTopics(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

export async function listAgenda(db: Q, engagementId: number): Promise<AgendaItem[]> {
  const items = await db.selectFrom('agenda_items').selectAll().where('engagement_id', '=', engagementId).orderBy('position').execute();
  if (items.length === 0) return [];
  const links = await db.selectFrom('agenda_item_links').selectAll().where('agenda_item_id', 'in', items.map((i) => i.id)).orderBy('id').execute();
  return items.map((i) => {
    const mine = links.filter((l) => l.agenda_item_id === i.id);
    return {
      id: i.id,
      position: i.position,
      title: i.title,
      topics: parseTopics(i.topics),
      notes: i.notes,
      instructionIds: mine.flatMap((l) => (l.instruction_id === null ? [] : [l.instruction_id])),
      documentIds: mine.flatMap((l) => (l.document_id === null ? [] : [l.document_id])),
    };
  });
}

/**
 * Replaces the agenda, keeping the ids of items that are kept (`id` given), so decisions already
 * recorded against an item stay attached to it.
 */
export async function saveAgenda(db: Q, engagementId: number, items: readonly (AgendaItemValues & { id?: number | undefined })[]): Promise<void> {
  const keep = items.flatMap((i) => (i.id === undefined ? [] : [i.id]));
  let del = db.deleteFrom('agenda_items').where('engagement_id', '=', engagementId);
  if (keep.length > 0) del = del.where('id', 'not in', keep);
  await del.execute();
  for (const [position, item] of items.entries()) {
    let id = item.id;
    if (id === undefined) {
      const row = await db
        .insertInto('agenda_items')
        .values({ engagement_id: engagementId, position, title: item.title, topics: JSON.stringify(item.topics), notes: item.notes })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else {
      await db.updateTable('agenda_items').set({ position, title: item.title, topics: JSON.stringify(item.topics), notes: item.notes }).where('id', '=', id).execute();
      await db.deleteFrom('agenda_item_links').where('agenda_item_id', '=', id).execute();
    }
    const links = [
      ...item.instructionIds.map((instructionId) => ({ agenda_item_id: id, instruction_id: instructionId, document_id: null })),
      ...item.documentIds.map((documentId) => ({ agenda_item_id: id, instruction_id: null, document_id: documentId })),
    ];
    if (links.length > 0) await db.insertInto('agenda_item_links').values(links).execute();
  }
}

export async function agendaItemIds(db: Q, engagementId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('agenda_items').select('id').where('engagement_id', '=', engagementId).execute();
  return new Set(rows.map((r) => r.id));
}

export async function existingInstructions(db: Q, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('instructions').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

export interface Candidate {
  id: number;
  title: string;
  topic: string;
  party: string | null;
  responsibleBodyId: number;
  deadlineLatest: string | null;
  state: ExecutionState;
  pendingReports: number;
}

/**
 * Instructions a control meeting should look at: still open on `at` (the first day it can meet), and
 * due by `dueBy` (the last day it can meet), overdue or at risk on `at`, or with reports waiting for
 * review. The state comes from the cycle's one SQL rule (control/state-sql.ts).
 */
export async function controlCandidates(db: Q, at: string, dueBy: string, limit: number): Promise<Candidate[]> {
  const s = stateSql(isPostgresDb(db), at);
  const pending = sql<number>`(select count(*) from reports r where r.instruction_id = instructions.id and r.review_status = 'pending' and r.submitted_on <= ${at})`;
  const rows = await db
    .selectFrom('instructions')
    .select(['instructions.id', 'instructions.title', 'instructions.topic', 'instructions.party', 'instructions.responsible_body_id'])
    .select([s.effectiveLatest.as('deadline_latest'), s.state.as('state'), pending.as('pending_reports')])
    .where('instructions.issued_on', '<=', at)
    .where(sql<boolean>`${s.state} not in ('fulfilled', 'withdrawn')`)
    .where(sql<boolean>`(${s.effectiveLatest} <= ${dueBy} or ${s.state} in ('overdue', 'at_risk') or ${pending} > 0)`)
    .orderBy('instructions.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    topic: r.topic,
    party: r.party,
    responsibleBodyId: r.responsible_body_id,
    deadlineLatest: r.deadline_latest,
    state: r.state,
    pendingReports: Number(r.pending_reports),
  }));
}

export interface RecordedDecision {
  id: number;
  instructionId: number;
  agendaItemId: number | null;
  kind: string;
  decidedOn: string;
}

export async function decisionsAt(db: Q, engagementId: number): Promise<RecordedDecision[]> {
  const rows = await db.selectFrom('control_decisions').select(['id', 'instruction_id', 'agenda_item_id', 'kind', 'decided_on']).where('engagement_id', '=', engagementId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, instructionId: r.instruction_id, agendaItemId: r.agenda_item_id, kind: r.kind, decidedOn: r.decided_on }));
}
