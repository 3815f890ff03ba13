// SQL for the control summary and compliance: grouped counts by party × topic × state, and the
// overdue / at-risk lists, all with the state computed by the one CASE in state-sql.ts.
import { sql, type Kysely } from 'kysely';
import type { ExecutionState } from '../../../domain/execution-state.ts';
import type { Database } from '../../db/schema.ts';
import type { Topic } from '../instructions/schemas.ts';
import { isPostgresDb } from './sql.ts';
import { deadlineRangeOf, freshAt, stateSql, staleAt } from './state-sql.ts';

type Q = Kysely<Database>;

export interface StateGroup {
  party: string | null;
  topic: Topic;
  state: ExecutionState;
  /** whether an accepted report with progress > 0 counted at `at` (compliance needs it for overdue) */
  progressed: boolean;
  count: number;
}

/**
 * Instructions issued by `at`, grouped by their responsible party, topic, state at `at` and whether
 * they had accepted progress. One scan of `instructions`, one GROUP BY.
 */
export async function groupByResponsibleParty(db: Q, at: string, party?: string): Promise<StateGroup[]> {
  const s = stateSql(isPostgresDb(db), at);
  let inner = db
    .selectFrom('instructions')
    .select(['party', 'topic', s.state.as('state'), sql<number>`(case when ${s.acceptedProgress} > 0 then 1 else 0 end)`.as('progressed')])
    .where('issued_on', '<=', at);
  if (party !== undefined) inner = inner.where('party', '=', party);
  const rows = await db
    .selectFrom(inner.as('s'))
    .select(['s.party', 's.topic', 's.state', 's.progressed', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['s.party', 's.topic', 's.state', 's.progressed'])
    .execute();
  return rows.map((r) => ({ party: r.party, topic: r.topic as Topic, state: r.state, progressed: Number(r.progressed) === 1, count: Number(r.n) }));
}

/**
 * The same groups for parties that only co-execute: an instruction counts once for each party among
 * its co-executors' bodies that is not the responsible body's party.
 */
export async function groupByCoExecutorParty(db: Q, at: string, party?: string): Promise<StateGroup[]> {
  const s = stateSql(isPostgresDb(db), at);
  let inner = db
    .selectFrom('instructions')
    .innerJoin('instruction_executors as e', 'e.instruction_id', 'instructions.id')
    .innerJoin('bodies as b', 'b.id', 'e.body_id')
    .select(['b.party as party', 'instructions.id as id', 'instructions.topic as topic', s.state.as('state'), sql<number>`(case when ${s.acceptedProgress} > 0 then 1 else 0 end)`.as('progressed')])
    .where('instructions.issued_on', '<=', at)
    .where('b.party', 'is not', null)
    .where((eb) => eb.or([eb('instructions.party', 'is', null), eb('instructions.party', '!=', eb.ref('b.party'))]));
  if (party !== undefined) inner = inner.where('b.party', '=', party);
  const rows = await db
    .selectFrom(inner.as('s'))
    .select(['s.party', 's.topic', 's.state', 's.progressed', (eb) => eb.fn.count<number>('s.id').distinct().as('n')])
    .groupBy(['s.party', 's.topic', 's.state', 's.progressed'])
    .execute();
  return rows.map((r) => ({ party: r.party, topic: r.topic as Topic, state: r.state, progressed: Number(r.progressed) === 1, count: Number(r.n) }));
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
 * Two queries: the instructions whose stored facts hold at `at` (nearly all; found through the
 * deadline index and the range the state implies), and those with later facts (few; recomputed).
 */
export async function listInState(db: Q, at: string, state: 'overdue' | 'at_risk', limit: number, party?: string): Promise<DueRow[]> {
  const s = stateSql(isPostgresDb(db), at);
  const range = deadlineRangeOf(state, at);
  const base = () => {
    let q = db
      .selectFrom('instructions')
      .innerJoin('bodies as b', 'b.id', 'instructions.responsible_body_id')
      .select([
        'instructions.id',
        'instructions.title',
        'instructions.topic',
        'instructions.party',
        'instructions.issued_on',
        s.effectiveLatest.as('latest'),
        s.acceptedProgress.as('progress'),
        'b.id as body_id',
        'b.name as body_name',
        'b.short_name as body_short_name',
      ])
      .where('instructions.issued_on', '<=', at)
      .where(s.state, '=', state)
      .limit(limit);
    if (party !== undefined) q = q.where('instructions.party', '=', party);
    return q;
  };
  let fresh = base().where(freshAt(at)).where('instructions.effective_deadline_latest', '<=', range.to);
  if (range.from !== undefined) fresh = fresh.where('instructions.effective_deadline_latest', '>=', range.from);
  const [a, b] = await Promise.all([
    fresh.orderBy('instructions.effective_deadline_latest').orderBy('instructions.id').execute(),
    base().where(staleAt(at)).orderBy(s.effectiveLatest).orderBy('instructions.id').execute(),
  ]);
  const rows = [...a, ...b].sort((x, y) => ((x.latest ?? '') < (y.latest ?? '') ? -1 : (x.latest ?? '') > (y.latest ?? '') ? 1 : x.id - y.id)).slice(0, limit);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    topic: r.topic as Topic,
    party: r.party,
    responsibleBody: { id: r.body_id, name: r.body_name, shortName: r.body_short_name },
    issuedOn: r.issued_on,
    deadlineLatest: r.latest ?? '',
    acceptedProgress: Number(r.progress),
  }));
}
