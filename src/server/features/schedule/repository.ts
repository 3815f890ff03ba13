// The only code that writes SQL for ordering constraints and loads the schedule's network.
import { sql, type Kysely, type Selectable } from 'kysely';
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

/** An ordering edge as the network needs it (no note, no dates): small rows for large networks. */
export interface Edge {
  id: number;
  beforeId: number;
  afterId: number;
  minGapDays: number;
  maxGapDays: number | null;
}

async function loadEdges(db: Q): Promise<Edge[]> {
  const rows = await db.selectFrom('constraints').select(['id', 'before_id', 'after_id', 'min_gap', 'max_gap']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, beforeId: r.before_id, afterId: r.after_id, minGapDays: r.min_gap, maxGapDays: r.max_gap }));
}

async function cancelledIds(db: Q): Promise<Set<number>> {
  const rows = await db.selectFrom('engagements').select('id').where('status', '=', 'cancelled').execute();
  return new Set(rows.map((r) => r.id));
}

const NODE_COLUMNS = ['id', 'title', 'window_earliest', 'window_latest', 'window_tentative'] as const;

/** Every engagement that takes part in the schedule (not cancelled) and every constraint between two of them. */
export async function loadNetwork(db: Q): Promise<{ nodes: NetworkNode[]; constraints: Edge[] }> {
  const rows = await db.selectFrom('engagements').select([...NODE_COLUMNS]).where('status', '<>', 'cancelled').orderBy('id').execute();
  const live = new Set(rows.map((r) => r.id));
  const edges = await loadEdges(db);
  return { nodes: rows.map(toNode), constraints: edges.filter((e) => live.has(e.beforeId) && live.has(e.afterId)) };
}

/**
 * The part of the network connected to the given engagements through constraints (their connected
 * component): a change there cannot make any other part of the schedule impossible, so the check
 * stays proportional to the component, not the whole calendar. Cancelled engagements do not connect.
 * The edges are small integer rows, so they are read whole and walked in memory (a recursive SQL
 * query was slower on both dialects).
 */
export async function loadComponent(db: Q, seeds: readonly number[]): Promise<{ nodes: NetworkNode[]; constraints: Edge[] }> {
  const cancelled = await cancelledIds(db);
  const edges = (await loadEdges(db)).filter((e) => !cancelled.has(e.beforeId) && !cancelled.has(e.afterId));
  const adjacent = new Map<number, number[]>();
  const link = (a: number, b: number): void => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of edges) {
    link(e.beforeId, e.afterId);
    link(e.afterId, e.beforeId);
  }
  const seen = new Set<number>(seeds.filter((id) => !cancelled.has(id)));
  const queue = [...seen];
  while (queue.length > 0) {
    const id = queue.pop() as number;
    for (const next of adjacent.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  if (seen.size === 0) return { nodes: [], constraints: [] };
  const ids = [...seen];
  const rows: Parameters<typeof toNode>[0][] = [];
  // Chunks keep within both dialects' bind-parameter limits.
  for (let i = 0; i < ids.length; i += 5000) {
    rows.push(...(await db.selectFrom('engagements').select([...NODE_COLUMNS]).where('id', 'in', ids.slice(i, i + 5000)).execute()));
  }
  rows.sort((a, b) => a.id - b.id);
  return { nodes: rows.map(toNode), constraints: edges.filter((e) => seen.has(e.beforeId)) };
}

/**
 * Changes whenever anything the network is made of changes: engagement versions grow on every
 * change (windows, status), constraint ids only grow, so a deletion or an insertion moves the count
 * or the largest id. Used to tell whether a schedule computed earlier still holds.
 */
export interface Fingerprint {
  constraints: number;
  maxConstraintId: number;
  engagements: number;
  versions: number;
}

export function fingerprintKey(f: Fingerprint): string {
  return `${f.constraints}:${f.maxConstraintId}:${f.engagements}:${f.versions}`;
}

export async function networkFingerprint(db: Q): Promise<Fingerprint> {
  const r = await sql<{ c: number | null; m: number | null; e: number | null; v: number | null }>`select
      (select count(*) from constraints) as c, (select max(id) from constraints) as m,
      (select count(*) from engagements) as e, (select sum(version) from engagements) as v`.execute(db);
  const row = r.rows[0];
  return { constraints: Number(row?.c ?? 0), maxConstraintId: Number(row?.m ?? 0), engagements: Number(row?.e ?? 0), versions: Number(row?.v ?? 0) };
}
