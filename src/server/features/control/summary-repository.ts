// SQL for the control summary and compliance: counts by party × topic × state, and the overdue /
// at-risk lists, all with the state from the one rule in state-sql.ts (docs/execution-state.md, "How
// the summary counts").
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Topic } from '../instructions/schemas.ts';
import { splitCoParties } from './co-parties.ts';
import { isPostgresDb } from './sql.ts';
import { deadlineRangeOf, freshAt, progressAsOf, STORED_FACTS, stateCase, type FactsSql } from './state-sql.ts';

type Q = Kysely<Database>;

/** Instructions issued by `at` with one responsible party, co-executing parties and topic, counted by state at `at`. */
export interface StateCounts {
  /** the responsible body's party; null for a joint body */
  party: string | null;
  /** the co-executing bodies' parties other than `party` (each counts the instruction for compliance) */
  coParties: string[];
  topic: Topic;
  total: number;
  withdrawn: number;
  fulfilled: number;
  overdue: number;
  /** overdue with accepted progress > 0 at `at` (compliance: partly complied) */
  overdueProgressed: number;
  atRisk: number;
  /** total minus the others */
  onTrack: number;
}

/** Rows that concern `party`: it is responsible, or among the co-executing parties. A pre-filter; callers filter exactly. */
function concerns(party: string, table: string) {
  return sql<boolean>`(${sql.ref(`${table}.party`)} = ${party} or (' ' || ${sql.ref(`${table}.co_parties`)} || ' ') like ${`% ${party} %`})`;
}

/**
 * Instructions whose facts postdate `at` (facts_as_of > at, issued by `at`), with the effective deadline
 * as of `at` computed once per row (a materialised CTE: inlined, the expression would be evaluated once
 * per mention in the rule). Found through instructions_stale; at the generation day there are none.
 * The effective deadline is `latestAsOf` written as a join: the newest extension decided by `at` of
 * every instruction (row_number over the partial index control_decisions_extend, in latestAsOf's order)
 * hashed once, instead of one index probe per stale instruction (180,000 at 18 months back: 1.0-1.4 s
 * of probes on PostgreSQL against 0.6 s for the join; about even on SQLite).
 */
function staleRows(db: Q, at: string, party?: string) {
  return db.with(
    (cte) => cte('stale').materialized(),
    (qb) => {
      const newest = qb
        .selectFrom('control_decisions as d')
        .select(['d.instruction_id', 'd.new_deadline_latest', sql<number>`row_number() over (partition by d.instruction_id order by d.decided_on desc, d.id desc)`.as('rn')])
        .where('d.kind', '=', sql.lit('extend'))
        .where('d.decided_on', '<=', at);
      let q = qb
        .selectFrom('instructions')
        .leftJoin(newest.as('x'), (join) => join.onRef('x.instruction_id', '=', 'instructions.id').on('x.rn', '=', 1))
        .select([
          'instructions.id',
          'instructions.party',
          'instructions.co_parties',
          'instructions.topic',
          'instructions.issued_on',
          'instructions.fulfilled_on',
          'instructions.withdrawn_on',
          sql<string | null>`coalesce(${sql.ref('x.new_deadline_latest')}, ${sql.ref('instructions.deadline_latest')})`.as('latest'),
        ])
        .where('instructions.facts_as_of', '>', at)
        .where('instructions.issued_on', '<=', at);
      if (party !== undefined) q = q.where(concerns(party, 'instructions'));
      return q;
    },
  );
}

/** The stale rows' facts; progress is a correlated subquery, so only the rule's branches that need it evaluate it. */
function staleFacts(at: string): FactsSql {
  return {
    issuedOn: sql.ref('stale.issued_on'),
    latest: sql.ref('stale.latest'),
    progress: progressAsOf(sql.ref('stale.id'), at),
    fulfilledOn: sql.ref('stale.fulfilled_on'),
    withdrawnOn: sql.ref('stale.withdrawn_on'),
  };
}

interface CountRow {
  party: string | null;
  co_parties: string | null;
  topic: string;
  total: number;
  withdrawn: number;
  fulfilled: number;
  overdue: number;
  overdue_progressed: number;
  at_risk: number;
}

/** The state of each row at `at` (the rule's CASE, once per row) and whether an overdue one had accepted progress. */
function withState(pg: boolean, at: string, f: FactsSql, progressIsLookup: boolean) {
  return [
    stateCase(pg, at, f).as('state'),
    // a look-up (stale rows) only where the row may be overdue
    (progressIsLookup ? sql<boolean>`(case when ${f.latest} < ${at} then ${f.progress} > 0 else false end)` : sql<boolean>`(${f.progress} > 0)`).as('progressed'),
  ] as const;
}

const byStateCounts = [
  sql<number>`count(*)`.as('total'),
  sql<number>`count(*) filter (where s.state = 'withdrawn')`.as('withdrawn'),
  sql<number>`count(*) filter (where s.state = 'fulfilled')`.as('fulfilled'),
  sql<number>`count(*) filter (where s.state = 'overdue')`.as('overdue'),
  sql<number>`count(*) filter (where s.state = 'overdue' and s.progressed)`.as('overdue_progressed'),
  sql<number>`count(*) filter (where s.state = 'at_risk')`.as('at_risk'),
] as const;

/**
 * Counts by (responsible party, co-executing parties, topic) of instructions issued by `at`, per state
 * at `at`. Two queries, no per-row results: the instructions whose stored facts hold at `at` (one scan
 * of instructions_summary in its own order), and the stale ones (recomputed). In each, a subquery
 * computes the state once per row and the outer query counts it per state with `count(*) filter`. The
 * subquery is fenced so the planner cannot inline it (which would evaluate the CASE once per count):
 * on SQLite by an ORDER BY on the grouping columns (an aggregate's subquery with ORDER BY is not
 * flattened; for the stored facts the index already has that order, so there is no sort, and the GROUP
 * BY streams without a temporary B-tree), on PostgreSQL by OFFSET 0.
 * With `party`, only groups that concern it (responsible or co-executing) are returned.
 */
export async function countStates(db: Q, at: string, party?: string): Promise<StateCounts[]> {
  const pg = isPostgresDb(db);
  const fence = <T extends { orderBy: (c: never) => T; offset: (n: number) => T }>(q: T, columns: readonly string[]): T =>
    pg ? q.offset(0) : columns.reduce((acc, c) => acc.orderBy(c as never), q);
  let freshRows = db
    .selectFrom('instructions')
    .select(['instructions.party', 'instructions.co_parties', 'instructions.topic', ...withState(pg, at, STORED_FACTS, false)])
    .where('instructions.issued_on', '<=', at)
    .where(freshAt(at));
  if (party !== undefined) freshRows = freshRows.where(concerns(party, 'instructions'));
  const fresh = db
    .selectFrom(fence(freshRows, ['instructions.party', 'instructions.co_parties', 'instructions.topic']).as('s'))
    .select(['s.party', 's.co_parties', 's.topic', ...byStateCounts])
    .groupBy(['s.party', 's.co_parties', 's.topic']);
  const stale = staleRows(db, at, party)
    .selectFrom((eb) => fence(eb.selectFrom('stale').select(['stale.party', 'stale.co_parties', 'stale.topic', ...withState(pg, at, staleFacts(at), true)]), ['stale.party', 'stale.co_parties', 'stale.topic']).as('s'))
    .select(['s.party', 's.co_parties', 's.topic', ...byStateCounts])
    .groupBy(['s.party', 's.co_parties', 's.topic']);
  const [a, b] = await Promise.all([fresh.execute(), stale.execute()]);
  const groups = new Map<string, StateCounts>();
  for (const r of [...a, ...b] as CountRow[]) {
    const coParties = splitCoParties(r.co_parties);
    if (party !== undefined && r.party !== party && !coParties.includes(party)) continue;
    const key = `${r.party ?? ''}|${r.co_parties ?? ''}|${r.topic}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { party: r.party, coParties, topic: r.topic as Topic, total: 0, withdrawn: 0, fulfilled: 0, overdue: 0, overdueProgressed: 0, atRisk: 0, onTrack: 0 };
      groups.set(key, g);
    }
    g.total += Number(r.total);
    g.withdrawn += Number(r.withdrawn);
    g.fulfilled += Number(r.fulfilled);
    g.overdue += Number(r.overdue);
    g.overdueProgressed += Number(r.overdue_progressed);
    g.atRisk += Number(r.at_risk);
  }
  for (const g of groups.values()) g.onTrack = g.total - g.withdrawn - g.fulfilled - g.overdue - g.atRisk;
  return [...groups.values()];
}

export interface DueRow {
  id: number;
  title: string;
  topic: Topic;
  party: string | null;
  responsibleBody: { id: number; name: string; shortName: string | null };
  issuedOn: string;
  deadlineLatest: string;
  acceptedProgress: number;
}

/**
 * Instructions in `state` at `at`, earliest deadline first (for overdue: the longest overdue first).
 * The `limit` first are picked from `instructions` alone, in two queries: those whose stored facts hold
 * at `at` (nearly all; walked in the order of the deadline index within the range the state implies,
 * so the walk stops at `limit`), and those with later facts (few; recomputed). Then one query reads the
 * picked rows' titles and bodies (a join in the picking query lets the planner start from the bodies
 * and visit every instruction of each).
 */
export async function listInState(db: Q, at: string, state: 'overdue' | 'at_risk', limit: number, party?: string): Promise<DueRow[]> {
  const pg = isPostgresDb(db);
  const range = deadlineRangeOf(state, at);
  let fresh = db
    .selectFrom('instructions')
    .select(['instructions.id', 'instructions.effective_deadline_latest as latest', 'instructions.accepted_progress as progress'])
    .where('instructions.issued_on', '<=', at)
    .where(freshAt(at))
    .where('instructions.effective_deadline_latest', '<=', range.to)
    .where(stateCase(pg, at, STORED_FACTS), '=', state);
  if (range.from !== undefined) fresh = fresh.where('instructions.effective_deadline_latest', '>=', range.from);
  if (party !== undefined) fresh = fresh.where('instructions.party', '=', party);
  let stale = staleRows(db, at, party).selectFrom('stale').select(['stale.id', 'stale.latest']).where(stateCase(pg, at, staleFacts(at)), '=', state);
  if (party !== undefined) stale = stale.where('stale.party', '=', party);
  const [a, b] = await Promise.all([
    fresh.orderBy('instructions.effective_deadline_latest').orderBy('instructions.id').limit(limit).execute(),
    stale.orderBy('stale.latest').orderBy('stale.id').limit(limit).execute(),
  ]);
  const picked = [...a.map((r) => ({ ...r, stale: false })), ...b.map((r) => ({ ...r, progress: 0, stale: true }))]
    .sort((x, y) => ((x.latest ?? '') < (y.latest ?? '') ? -1 : (x.latest ?? '') > (y.latest ?? '') ? 1 : x.id - y.id))
    .slice(0, limit);
  if (picked.length === 0) return [];
  const details = await db
    .selectFrom('instructions')
    .innerJoin('bodies as b', 'b.id', 'instructions.responsible_body_id')
    .select([
      'instructions.id',
      'instructions.title',
      'instructions.topic',
      'instructions.party',
      'instructions.issued_on',
      'b.id as body_id',
      'b.name as body_name',
      'b.short_name as body_short_name',
      // used for the stale ones only (the fresh ones' stored progress is the progress at `at`)
      progressAsOf(sql.ref('instructions.id'), at).as('progress_at'),
    ])
    .where(
      'instructions.id',
      'in',
      picked.map((r) => r.id),
    )
    .execute();
  const byId = new Map(details.map((d) => [d.id, d]));
  // instructions are never deleted, so every picked one is there
  return picked.flatMap((r) => {
    const d = byId.get(r.id);
    if (d === undefined) return [];
    return [
      {
        id: r.id,
        title: d.title,
        topic: d.topic as Topic,
        party: d.party,
        responsibleBody: { id: d.body_id, name: d.body_name, shortName: d.body_short_name },
        issuedOn: d.issued_on,
        deadlineLatest: r.latest ?? '',
        acceptedProgress: Number(r.stale ? d.progress_at : r.progress),
      },
    ];
  });
}
