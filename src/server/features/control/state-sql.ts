// The execution state as SQL: the one place the rule of src/domain/execution-state.ts is written for the
// database (docs/execution-state.md). control/state-agreement.test.ts keeps the two in step.
//
// The CASE is written once, over any expressions for the facts (`FactsSql`): the stored columns, or
// the facts recomputed as of `at` (`latestAsOf`, `progressAsOf`).
//
// The facts are read from the denormalised columns when they hold at `at` (facts_as_of <= at, the usual
// case: `at` is today), otherwise recomputed from decisions and reports dated on or before `at`.
// fulfilled_on and withdrawn_on never need recomputing: they are the first such decision, and the
// rule compares them with `at`.
import { sql, type Expression, type RawBuilder } from 'kysely';
import { addDays } from '../../../domain/days.ts';
import { AT_RISK_DAYS, FULL_PROGRESS, type ExecutionState } from '../../../domain/execution-state.ts';
import { dayNumber } from './sql.ts';

/** Any SQL expression (a column, a subquery); the rule's types are the columns' types, documented below. */
type Expr = Expression<unknown>;

/** The per-instruction facts the rule reads (docs/execution-state.md), as SQL expressions. */
export interface FactsSql {
  issuedOn: Expr;
  /** latest day of the effective deadline as of `at`; NULL = none or open end */
  latest: Expr;
  /** progress of the latest accepted report as of `at`; 0 if none */
  progress: Expr;
  fulfilledOn: Expr;
  withdrawnOn: Expr;
}

export interface StateSql {
  /** Latest day of the effective deadline as of `at` (NULL: no deadline or open end). */
  effectiveLatest: RawBuilder<string | null>;
  /** Progress of the latest accepted report as of `at` (0 if none). */
  acceptedProgress: RawBuilder<number>;
  /** The execution state at `at`. */
  state: RawBuilder<ExecutionState>;
}

const i = (column: string) => sql.ref(`instructions.${column}`);

/**
 * The latest day of the newest extension decided on or before `at`, else `original` (the instruction's
 * own deadline_latest). `id` is the instruction's id. Reads the partial index control_decisions_extend.
 */
export function latestAsOf(id: Expr, original: Expr, at: string): RawBuilder<string | null> {
  return sql<string | null>`coalesce((
      select d.new_deadline_latest from control_decisions d
      where d.instruction_id = ${id} and d.kind = 'extend' and d.decided_on <= ${at}
      order by d.decided_on desc, d.id desc limit 1), ${original})`;
}

/** Progress of the latest accepted report reviewed (and submitted) on or before `at`, 0 if none. Reads reports_accepted. */
export function progressAsOf(id: Expr, at: string): RawBuilder<number> {
  return sql<number>`coalesce((
      select r.progress from reports r
      where r.instruction_id = ${id} and r.review_status = 'accepted' and r.reviewed_on <= ${at} and r.submitted_on <= ${at}
      order by r.submitted_on desc, r.reviewed_on desc, r.id desc limit 1), 0)`;
}

/** The stored facts of `instructions` (valid where `freshAt(at)` holds). */
export const STORED_FACTS: FactsSql = {
  issuedOn: i('issued_on'),
  latest: i('effective_deadline_latest'),
  progress: i('accepted_progress'),
  fulfilledOn: i('fulfilled_on'),
  withdrawnOn: i('withdrawn_on'),
};

/** SQL expressions over the `instructions` table (it must be in scope under that name) for the day `at`. */
export function stateSql(postgres: boolean, at: string): StateSql {
  const fresh = freshAt(at);
  const effectiveLatest = sql<string | null>`(case when ${fresh} then ${i('effective_deadline_latest')} else ${latestAsOf(i('id'), i('deadline_latest'), at)} end)`;
  const acceptedProgress = sql<number>`(case when ${fresh} then ${i('accepted_progress')} else ${progressAsOf(i('id'), at)} end)`;
  const state = stateCase(postgres, at, { ...STORED_FACTS, latest: effectiveLatest, progress: acceptedProgress });
  return { effectiveLatest, acceptedProgress, state };
}

interface Branch {
  state: ExecutionState;
  when: RawBuilder<boolean>;
}

/** The rule, in order: the first branch whose condition holds gives the state; none holds: on_track. */
function stateBranches(postgres: boolean, at: string, f: FactsSql): Branch[] {
  const nearFrom = addDays(at, AT_RISK_DAYS);
  // behind a straight line from 0% on issued_on to 100% on the deadline; integers, no division
  const behind = sql<boolean>`((${f.latest} <= ${f.issuedOn} and ${f.progress} < ${FULL_PROGRESS})
      or (${f.latest} > ${f.issuedOn} and ${f.progress} * (${dayNumber(postgres, f.latest)} - ${dayNumber(postgres, f.issuedOn)}) < ${FULL_PROGRESS} * (${dayNumber(postgres, sql.val(at))} - ${dayNumber(postgres, f.issuedOn)})))`;
  return [
    { state: 'withdrawn', when: sql`${f.withdrawnOn} is not null and ${f.withdrawnOn} <= ${at}` },
    { state: 'fulfilled', when: sql`${f.fulfilledOn} is not null and ${f.fulfilledOn} <= ${at}` },
    { state: 'on_track', when: sql`${f.latest} is null` },
    { state: 'overdue', when: sql`${f.latest} < ${at}` },
    { state: 'at_risk', when: sql`${f.latest} <= ${nearFrom} and ${behind}` },
  ];
}

/** The state at `at` as a CASE over the facts `f`. */
export function stateCase(postgres: boolean, at: string, f: FactsSql): RawBuilder<ExecutionState> {
  const whens = stateBranches(postgres, at, f).map((b) => sql`when ${b.when} then ${sql.lit(b.state)}`);
  return sql<ExecutionState>`(case ${sql.join(whens, sql` `)} else 'on_track' end)`;
}

/**
 * For instructions whose denormalised facts hold at `at` (`freshAt`), the range of
 * effective_deadline_latest a state implies: overdue lies before `at`, at_risk within AT_RISK_DAYS of
 * it. Lists add it beside the CASE so an index on the deadline finds the rows without a full scan; the
 * CASE stays the judge.
 */
export function deadlineRangeOf(state: 'overdue' | 'at_risk', at: string): { from?: string; to: string } {
  return state === 'overdue' ? { to: addDays(at, -1) } : { from: at, to: addDays(at, AT_RISK_DAYS) };
}

/** Whether the denormalised facts hold at `at` (see the note at the top). */
export function freshAt(at: string): RawBuilder<boolean> {
  return sql<boolean>`(${i('facts_as_of')} is null or ${i('facts_as_of')} <= ${at})`;
}

/** The opposite of `freshAt`: the few instructions whose facts must be recomputed for `at`. */
export function staleAt(at: string): RawBuilder<boolean> {
  return sql<boolean>`(${i('facts_as_of')} > ${at})`;
}
