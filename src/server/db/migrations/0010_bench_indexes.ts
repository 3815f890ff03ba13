// An index the benchmarks at a million instructions showed missing (bench/README.md): the review queue
// ("reports waiting for review at `at`": pending, or reviewed after `at`) can count its second half,
// reports reviewed after a day, from this index alone. With the queue read as two index range scans
// (pending via reports_review_queue, reviewed-later via this one) instead of one OR, the count at five
// million reports drops from a full scan (over a minute on the shared machine) to a fraction of a second.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('reports_reviewed_on').on('reports').columns(['reviewed_on', 'submitted_on', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reports_reviewed_on').execute();
}
