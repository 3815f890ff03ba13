// The only code that writes SQL for ordering constraints and loads the schedule's network.
import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ConstraintsTable } from '../engagements/tables.ts';

type Q = Kysely<Database>;

export interface Constraint {
  id: number;
  beforeId: number;
  afterId: number;
  minGapDays: number;
  maxGapDays: number | null;
  note: string | null;
  /** Stored although it made the schedule impossible at the time. */
  forced: boolean;
  createdAt: string;
}

/** An engagement as the network sees it. */
export interface NetworkNode {
  id: number;
  title: string;
  earliest: string | null;
  latest: string | null;
  tentative: boolean;
}

function toConstraint(r: Selectable<ConstraintsTable>): Constraint {
  return { id: r.id, beforeId: r.before_id, afterId: r.after_id, minGapDays: r.min_gap, maxGapDays: r.max_gap, note: r.note, forced: r.forced === 1, createdAt: r.created_at };
}

export async function insertConstraint(
  db: Q,
  c: { beforeId: number; afterId: number; minGapDays: number; maxGapDays: number | null; note: string | null; forced: boolean; createdBy: number | null; now: string },
): Promise<Constraint> {
  const row = await db
    .insertInto('constraints')
    .values({ before_id: c.beforeId, after_id: c.afterId, min_gap: c.minGapDays, max_gap: c.maxGapDays, note: c.note, forced: c.forced ? 1 : 0, created_by: c.createdBy, created_at: c.now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toConstraint(row);
}

export async function findConstraint(db: Q, id: number): Promise<Constraint | undefined> {
  const row = await db.selectFrom('constraints').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toConstraint(row);
}

export async function deleteConstraint(db: Q, id: number): Promise<boolean> {
  const res = await db.deleteFrom('constraints').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function listConstraints(db: Q, f: { engagementId?: number; afterId?: number; limit: number }): Promise<Constraint[]> {
  let q = db.selectFrom('constraints').selectAll();
  if (f.engagementId !== undefined) {
    const e = f.engagementId;
    q = q.where((eb) => eb.or([eb('before_id', '=', e), eb('after_id', '=', e)]));
  }
  if (f.afterId !== undefined) q = q.where('id', '>', f.afterId);
  return (await q.orderBy('id').limit(f.limit).execute()).map(toConstraint);
}

function toNode(r: { id: number; title: string; window_earliest: string | null; window_latest: string | null; window_tentative: number }): NetworkNode {
  return { id: r.id, title: r.title, earliest: r.window_earliest, latest: r.window_latest, tentative: r.window_tentative === 1 };
}

/** Every engagement that takes part in the schedule (not cancelled) and every constraint between two of them. */
export async function loadNetwork(db: Q): Promise<{ nodes: NetworkNode[]; constraints: Constraint[] }> {
  const rows = await db.selectFrom('engagements').select(['id', 'title', 'window_earliest', 'window_latest', 'window_tentative']).where('status', '<>', 'cancelled').orderBy('id').execute();
  const constraints = await db
    .selectFrom('constraints as c')
    .innerJoin('engagements as b', 'b.id', 'c.before_id')
    .innerJoin('engagements as a', 'a.id', 'c.after_id')
    .selectAll('c')
    .where('b.status', '<>', 'cancelled')
    .where('a.status', '<>', 'cancelled')
    .orderBy('c.id')
    .execute();
  return { nodes: rows.map(toNode), constraints: constraints.map(toConstraint) };
}

/**
 * The part of the network connected to the given engagements through constraints (their connected
 * component): a change there cannot make any other part of the schedule impossible, so checks stay
 * proportional to the component, not the whole calendar. Cancelled engagements do not connect.
 */
export async function loadComponent(db: Q, seeds: readonly number[]): Promise<{ nodes: NetworkNode[]; constraints: Constraint[] }> {
  const idType = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'bigint' : 'integer');
  const seedRows = sql.join(seeds.map((s) => sql`select cast(${s} as ${idType}) as id`), sql` union `);
  const ids = await sql<{ id: number }>`
    with recursive edge(a, b) as (
      select c.before_id, c.after_id from constraints c
        join engagements x on x.id = c.before_id and x.status <> 'cancelled'
        join engagements y on y.id = c.after_id and y.status <> 'cancelled'
    ), pair(a, b) as (
      select a, b from edge union all select b, a from edge
    ), comp(id) as (
      ${seedRows}
      union
      select pair.b from pair join comp on pair.a = comp.id
    )
    select id from comp`.execute(db);
  const idList = ids.rows.map((r) => Number(r.id));
  if (idList.length === 0) return { nodes: [], constraints: [] };
  const rows = await db.selectFrom('engagements').select(['id', 'title', 'window_earliest', 'window_latest', 'window_tentative']).where('id', 'in', idList).where('status', '<>', 'cancelled').orderBy('id').execute();
  const live = rows.map((r) => r.id);
  const constraints =
    live.length === 0 ? [] : await db.selectFrom('constraints').selectAll().where('before_id', 'in', live).where('after_id', 'in', live).orderBy('id').execute();
  return { nodes: rows.map(toNode), constraints: constraints.map(toConstraint) };
}
