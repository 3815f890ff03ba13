// The only code that writes SQL for reports and their review.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportsTable } from './tables.ts';

type Q = Kysely<Database>;

export type ReviewStatus = 'pending' | 'accepted' | 'returned';

export interface Evidence {
  url: string;
  title: string | null;
}

export interface Report {
  id: number;
  instructionId: number;
  bodyId: number;
  authorUserId: number | null;
  text: string;
  progress: number;
  spent: number | null;
  currency: string | null;
  evidence: Evidence[];
  submittedOn: string;
  submittedAt: string;
  reviewStatus: ReviewStatus;
  reviewedBy: number | null;
  reviewedAt: string | null;
  reviewedOn: string | null;
  reviewComment: string | null;
  version: number;
}

function toReport(row: Selectable<ReportsTable>): Report {
  return {
    id: row.id,
    instructionId: row.instruction_id,
    bodyId: row.body_id,
    authorUserId: row.author_user_id,
    text: row.text,
    progress: row.progress,
    spent: row.spent === null ? null : Number(row.spent),
    currency: row.currency,
    evidence: JSON.parse(row.evidence) as Evidence[],
    submittedOn: row.submitted_on,
    submittedAt: row.submitted_at,
    reviewStatus: row.review_status as ReviewStatus,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewedOn: row.reviewed_on,
    reviewComment: row.review_comment,
    version: row.version,
  };
}

export async function insertReport(
  db: Q,
  r: { instructionId: number; bodyId: number; authorUserId: number | null; text: string; progress: number; spent: number | null; currency: string | null; evidence: Evidence[]; submittedOn: string; now: string },
): Promise<Report> {
  const row = await db
    .insertInto('reports')
    .values({
      instruction_id: r.instructionId,
      body_id: r.bodyId,
      author_user_id: r.authorUserId,
      text: r.text,
      progress: r.progress,
      spent: r.spent,
      currency: r.currency,
      evidence: JSON.stringify(r.evidence),
      submitted_on: r.submittedOn,
      submitted_at: r.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReport(row);
}

export async function findReport(db: Q, id: number): Promise<Report | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toReport(row);
}

/** Reports of an instruction in the order they were recorded. */
export async function listReports(db: Q, instructionId: number): Promise<Report[]> {
  return (await db.selectFrom('reports').selectAll().where('instruction_id', '=', instructionId).orderBy('id').execute()).map(toReport);
}

/** Records the review if the report is still pending; false when someone reviewed it first. */
export async function reviewReport(db: Q, id: number, r: { status: 'accepted' | 'returned'; reviewedBy: number | null; reviewedOn: string; comment: string | null; now: string }): Promise<Report | undefined> {
  const row = await db
    .updateTable('reports')
    .set((eb) => ({ review_status: r.status, reviewed_by: r.reviewedBy, reviewed_on: r.reviewedOn, reviewed_at: r.now, review_comment: r.comment, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('review_status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
  return row && toReport(row);
}

/** The latest accepted report (by submitted day, then review day, then id): the one whose progress counts. */
export async function latestAccepted(db: Q, instructionId: number): Promise<{ progress: number; reviewedOn: string } | undefined> {
  const row = await db
    .selectFrom('reports')
    .select(['progress', 'reviewed_on'])
    .where('instruction_id', '=', instructionId)
    .where('review_status', '=', 'accepted')
    .orderBy('submitted_on', 'desc')
    .orderBy('reviewed_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.reviewed_on !== null ? { progress: row.progress, reviewedOn: row.reviewed_on } : undefined;
}

export interface ReviewQueue {
  pending: number;
  oldest: { reportId: number; instructionId: number; submittedOn: string } | null;
}

/** Reports waiting for review, as of `at`: submitted by then and not reviewed by then. */
export async function reviewQueue(db: Q, at: string, party?: string): Promise<ReviewQueue> {
  let waiting = db
    .selectFrom('reports')
    .where('submitted_on', '<=', at)
    .where((eb) => eb.or([eb('review_status', '=', 'pending'), eb('reviewed_on', '>', at)]));
  if (party !== undefined) waiting = waiting.where('instruction_id', 'in', (eb) => eb.selectFrom('instructions').select('id').where('party', '=', party));
  const [count, oldest] = await Promise.all([
    waiting.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    waiting.select(['id', 'instruction_id', 'submitted_on']).orderBy('submitted_on').orderBy('id').limit(1).executeTakeFirst(),
  ]);
  return { pending: Number(count.n), oldest: oldest ? { reportId: oldest.id, instructionId: oldest.instruction_id, submittedOn: oldest.submitted_on } : null };
}
