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

/**
 * Reports waiting for review, as of `at`: submitted by then and not reviewed by then, that is, still
 * pending, or reviewed after `at`. The two sets are disjoint (a review sets the status and the review
 * day at once, and only on a pending report; a pending report has no review day), so each is counted
 * and searched on its own, as an index range: pending through reports_review_queue (status, submitted
 * on), reviewed later through reports_reviewed_on (reviewed on, submitted on). One query with the OR
 * left the plan to the planner: PostgreSQL scanned all five million reports at the benchmark size
 * (1-1.6 s), SQLite found the two-index plan only with fresh statistics (bench/README.md).
 */
export async function reviewQueue(db: Q, at: string, party?: string): Promise<ReviewQueue> {
  const part = (which: 'pending' | 'reviewed later') => {
    let q = db.selectFrom('reports').where('submitted_on', '<=', at);
    q = which === 'pending' ? q.where('review_status', '=', 'pending') : q.where('reviewed_on', '>', at);
    if (party !== undefined) q = q.where('instruction_id', 'in', (eb) => eb.selectFrom('instructions').select('id').where('party', '=', party));
    return q;
  };
  const count = (which: 'pending' | 'reviewed later') => part(which).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const first = (which: 'pending' | 'reviewed later') => part(which).select(['id', 'instruction_id', 'submitted_on']).orderBy('submitted_on').orderBy('id').limit(1).executeTakeFirst();
  const [pending, later, oldestPending, oldestLater] = await Promise.all([count('pending'), count('reviewed later'), first('pending'), first('reviewed later')]);
  const oldest = [oldestPending, oldestLater]
    .filter((r) => r !== undefined)
    .sort((a, b) => (a.submitted_on < b.submitted_on ? -1 : a.submitted_on > b.submitted_on ? 1 : a.id - b.id))[0];
  return {
    pending: Number(pending.n) + Number(later.n),
    oldest: oldest ? { reportId: oldest.id, instructionId: oldest.instruction_id, submittedOn: oldest.submitted_on } : null,
  };
}
