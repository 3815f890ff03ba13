// The execution state as SQL: the one place the rule of src/domain/execution-state.ts is written as a
// CASE (docs/execution-state.md). control/state-agreement.test.ts keeps the two in step.
//
// The facts are read from the denormalised columns when they hold at `at` (facts_as_of <= at, the usual
// case: `at` is today), otherwise recomputed from decisions and reports dated on or before `at`.
// fulfilled_on and withdrawn_on never need recomputing: they are the first such decision, and the
// CASE compares them with `at`.
import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../../domain/days.ts';
import { AT_RISK_DAYS, FULL_PROGRESS, type ExecutionState } from '../../../domain/execution-state.ts';
import { dayNumber } from './sql.ts';

export interface StateSql {
  /** Latest day of the effective deadline as of `at` (NULL: no deadline or open end). */
  effectiveLatest: RawBuilder<string | null>;
  /** Progress of the latest accepted report as of `at` (0 if none). */
  acceptedProgress: RawBuilder<number>;
  /** The execution state at `at`. */
  state: RawBuilder<ExecutionState>;
}

const i = (column: string) => sql.ref(`instructions.${column}`);

/** SQL expressions over the `instructions` table (it must be in scope under that name) for the day `at`. */
export function stateSql(postgres: boolean, at: string): StateSql {
  const fresh = freshAt(at);
  const effectiveLatest = sql<string | null>`(case when ${fresh} then ${i('effective_deadline_latest')} else coalesce((
      select d.new_deadline_latest from control_decisions d
      where d.instruction_id = ${i('id')} and d.kind = 'extend' and d.decided_on <= ${at}
      order by d.decided_on desc, d.id desc limit 1), ${i('deadline_latest')}) end)`;
  const acceptedProgress = sql<number>`(case when ${fresh} then ${i('accepted_progress')} else coalesce((
      select r.progress from reports r
      where r.instruction_id = ${i('id')} and r.review_status = 'accepted' and r.reviewed_on <= ${at} and r.submitted_on <= ${at}
      order by r.submitted_on desc, r.reviewed_on desc, r.id desc limit 1), 0) end)`;
  return { effectiveLatest, acceptedProgress, state: stateCase(postgres, at, effectiveLatest, acceptedProgress) };
}

function stateCase(postgres: boolean, at: string, latest: RawBuilder<string | null>, progress: RawBuilder<number>): RawBuilder<ExecutionState> {
  const issued = i('issued_on');
  const nearFrom = addDays(at, AT_RISK_DAYS);
  // behind a straight line from 0% on issued_on to 100% on the deadline; integers, no division
  const behind = sql`((${latest} <= ${issued} and ${progress} < ${FULL_PROGRESS})
      or (${latest} > ${issued} and ${progress} * (${dayNumber(postgres, latest)} - ${dayNumber(postgres, issued)}) < ${FULL_PROGRESS} * (${dayNumber(postgres, sql.val(at))} - ${dayNumber(postgres, issued)})))`;
  return sql<ExecutionState>`(case
      when ${i('withdrawn_on')} is not null and ${i('withdrawn_on')} <= ${at} then 'withdrawn'
      when ${i('fulfilled_on')} is not null and ${i('fulfilled_on')} <= ${at} then 'fulfilled'
      when ${latest} is null then 'on_track'
      when ${latest} < ${at} then 'overdue'
      when ${latest} <= ${nearFrom} and ${behind} then 'at_risk'
      else 'on_track' end)`;
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
