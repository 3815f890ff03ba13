// SQL for the control summary and compliance: counts by party × topic × state, and the overdue /
// at-risk lists, all with the state from the one rule in state-sql.ts (docs/execution-state.md, "How
// the summary counts").
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { ExecutionState } from '../../../domain/execution-state.ts';
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

/** The fence that keeps a subquery from being inlined (see `freshCounts`). */
function fence<T extends { orderBy: (c: never) => T; offset: (n: number) => T }>(pg: boolean, q: T, columns: readonly string[]): T {
  return pg ? q.offset(0) : columns.reduce((acc, c) => acc.orderBy(c as never), q);
}

/**
 * Counts of the instructions whose stored facts hold at `at`: one scan of instructions_summary in its
 * own order. A subquery computes the state once per row and the outer query counts it per state with
 * `count(*) filter`. The subquery is fenced so the planner cannot inline it (which would evaluate the
 * CASE once per count): on SQLite by an ORDER BY on the grouping columns (an aggregate's subquery with
 * ORDER BY is not flattened; the index already has that order, so there is no sort, and the GROUP BY
 * streams without a temporary B-tree), on PostgreSQL by OFFSET 0.
 */
async function freshCounts(db: Q, at: string, party?: string): Promise<CountRow[]> {
  const pg = isPostgresDb(db);
  let rows = db
    .selectFrom('instructions')
    .select(['instructions.party', 'instructions.co_parties', 'instructions.topic', ...withState(pg, at, STORED_FACTS, false)])
    .where('instructions.issued_on', '<=', at)
    .where(freshAt(at));
  if (party !== undefined) rows = rows.where(concerns(party, 'instructions'));
  return (await db
    .selectFrom(fence(pg, rows, ['instructions.party', 'instructions.co_parties', 'instructions.topic']).as('s'))
    .select(['s.party', 's.co_parties', 's.topic', ...byStateCounts])
    .groupBy(['s.party', 's.co_parties', 's.topic'])
    .execute()) as CountRow[];
}

interface Pick {
  id: number;
  latest: string | null;
}

/** The tables in scope in `staleSummary`'s statement: the database and its `judged` CTE. */
type JudgedDb = Database & {
  judged: { id: number; party: string | null; co_parties: string | null; topic: string; latest: string | null; state: ExecutionState; progressed: boolean };
};

/**
 * Everything the summary needs from the stale instructions, in one statement so their facts are
 * recomputed once: the counts, and the `limit` first overdue and at-risk ones. `judged` (materialised)
 * holds each stale row's state; the three parts read it (UNION ALL; the count rows carry no id).
 */
async function staleSummary(db: Q, at: string, limit: number, party?: string): Promise<{ counts: CountRow[]; overdue: Pick[]; atRisk: Pick[] }> {
  const pg = isPostgresDb(db);
  const judged = staleRows(db, at, party).with(
    (cte) => cte('judged').materialized(),
    (qb) => qb.selectFrom('stale').select(['stale.id', 'stale.party', 'stale.co_parties', 'stale.topic', 'stale.latest', ...withState(pg, at, staleFacts(at), true)]),
  );
  // a branch of the UNION: built from the union's expression builder, so it does not repeat the WITH
  const first = (state: 'overdue' | 'at_risk') => (ub: ExpressionBuilder<JudgedDb, never>) =>
    ub
      .selectFrom((eb) => {
        let q = eb.selectFrom('judged').select(['judged.id', 'judged.latest']).where('judged.state', '=', state);
        if (party !== undefined) q = q.where('judged.party', '=', party);
        return q.orderBy('judged.latest').orderBy('judged.id').limit(limit).as('p');
      })
      .select([
        sql<string>`${sql.lit(state)}`.as('part'),
        sql<string | null>`null`.as('party'),
        sql<string | null>`null`.as('co_parties'),
        sql<string>`null`.as('topic'),
        sql<number>`0`.as('total'),
        sql<number>`0`.as('withdrawn'),
        sql<number>`0`.as('fulfilled'),
        sql<number>`0`.as('overdue'),
        sql<number>`0`.as('overdue_progressed'),
        sql<number>`0`.as('at_risk'),
        'p.id',
        'p.latest',
      ]);
  const rows = await judged
    .selectFrom('judged as s')
    .select([sql<string>`${sql.lit('count')}`.as('part'), 's.party', 's.co_parties', 's.topic', ...byStateCounts, sql<number>`null`.as('id'), sql<string | null>`null`.as('latest')])
    .groupBy(['s.party', 's.co_parties', 's.topic'])
    .unionAll(first('overdue'))
    .unionAll(first('at_risk'))
    .execute();
  const part = (name: string) => rows.filter((r) => r.part === name);
  const picks = (name: string): Pick[] => part(name).map((r) => ({ id: r.id, latest: r.latest }));
  return { counts: part('count') as CountRow[], overdue: picks('overdue'), atRisk: picks('at_risk') };
}

/** Sums count rows by (party, co-executing parties, topic); with `party`, only groups that concern it. */
function fold(rows: readonly CountRow[], party?: string): StateCounts[] {
  const groups = new Map<string, StateCounts>();
  for (const r of rows) {
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

/**
 * Counts by (responsible party, co-executing parties, topic) of instructions issued by `at`, per state
 * at `at`: those whose stored facts hold (`freshCounts`) and the stale ones (recomputed). No per-row
 * results. With `party`, only groups that concern it (responsible or co-executing) are returned.
 */
export async function countStates(db: Q, at: string, party?: string): Promise<StateCounts[]> {
  const [fresh, stale] = await Promise.all([freshCounts(db, at, party), staleSummary(db, at, 0, party)]);
  return fold([...fresh, ...stale.counts], party);
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
 * The `limit` first instructions in `state` whose stored facts hold at `at`, earliest deadline first,
 * from `instructions` alone: walked in the order of the deadline index within the range the state
 * implies, so the walk stops at `limit` (a join to bodies here lets the planner start from the bodies
 * and visit every instruction of each).
 */
async function freshPicks(db: Q, at: string, state: 'overdue' | 'at_risk', limit: number, party?: string): Promise<(Pick & { progress: number })[]> {
  const pg = isPostgresDb(db);
  const range = deadlineRangeOf(state, at);
  let q = db
    .selectFrom('instructions')
    .select(['instructions.id', 'instructions.effective_deadline_latest as latest', 'instructions.accepted_progress as progress'])
    .where('instructions.issued_on', '<=', at)
    .where(freshAt(at))
    .where('instructions.effective_deadline_latest', '<=', range.to)
    .where(stateCase(pg, at, STORED_FACTS), '=', state);
  if (range.from !== undefined) q = q.where('instructions.effective_deadline_latest', '>=', range.from);
  if (party !== undefined) q = q.where('instructions.party', '=', party);
  return q.orderBy('instructions.effective_deadline_latest').orderBy('instructions.id').limit(limit).execute();
}

/** The `limit` first of fresh and stale picks, earliest deadline first, with titles, bodies and progress (one query). */
async function dueRows(db: Q, at: string, fresh: readonly (Pick & { progress: number })[], stale: readonly Pick[], limit: number): Promise<DueRow[]> {
  const picked = [...fresh.map((r) => ({ ...r, stale: false })), ...stale.map((r) => ({ ...r, progress: 0, stale: true }))]
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
  return picked.map((r) => {
    const d = byId.get(r.id);
    // instructions are never deleted, so every picked one is there
    if (d === undefined) throw new Error(`instruction ${r.id} was picked for the summary but could not be read`);
    return {
      id: r.id,
      title: d.title,
      topic: d.topic as Topic,
      party: d.party,
      responsibleBody: { id: d.body_id, name: d.body_name, shortName: d.body_short_name },
      issuedOn: d.issued_on,
      deadlineLatest: r.latest ?? '',
      acceptedProgress: Number(r.stale ? d.progress_at : r.progress),
    };
  });
}

/** Instructions in `state` at `at`, earliest deadline first (for overdue: the longest overdue first), at most `limit`. */
export async function listInState(db: Q, at: string, state: 'overdue' | 'at_risk', limit: number, party?: string): Promise<DueRow[]> {
  const [fresh, stale] = await Promise.all([freshPicks(db, at, state, limit, party), staleSummary(db, at, limit, party)]);
  return dueRows(db, at, fresh, state === 'overdue' ? stale.overdue : stale.atRisk, limit);
}

/**
 * What the control summary reads: the counts (as `countStates`) and the overdue and at-risk lists (as
 * `listInState`), with the stale instructions recomputed once for all three (`staleSummary`).
 */
export async function summaryParts(db: Q, at: string, limit: number, party?: string): Promise<{ counts: StateCounts[]; overdue: DueRow[]; atRisk: DueRow[] }> {
  const [fresh, overdue, atRisk, stale] = await Promise.all([
    freshCounts(db, at, party),
    freshPicks(db, at, 'overdue', limit, party),
    freshPicks(db, at, 'at_risk', limit, party),
    staleSummary(db, at, limit, party),
  ]);
  const [overdueRows, atRiskRows] = await Promise.all([dueRows(db, at, overdue, stale.overdue, limit), dueRows(db, at, atRisk, stale.atRisk, limit)]);
  return { counts: fold([...fresh, ...stale.counts], party), overdue: overdueRows, atRisk: atRiskRows };
}
