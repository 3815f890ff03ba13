// The execution state of an instruction at a given day. Derived, never typed
// in. The rule is written twice, here and as a SQL CASE for lists; keep
// the two in step (docs/execution-state.md, and the agreement test).
//
// RULES, for a day `at` (all dates inclusive ISO days):
//  1. Only what happened on or before `at` counts: decisions with
//     decidedOn <= at, reports with review.reviewedOn <= at.
//  2. withdrawn  if there is a 'withdraw' decision. It wins over
//                'fulfilled' if both exist: a withdrawn instruction is no
//                longer owed, and one order of checks keeps the CASE short.
//  3. fulfilled  if there is a 'fulfilled' decision ("removed from control
//                as fulfilled"). Only a controller's decision fulfils; an
//                accepted 100% report does not.
//  4. The effective deadline is the window of the newest 'extend' decision
//     (latest decidedOn; on a tie the later in the input), else the original
//     deadline. Only its `latest` day matters. No deadline, or one with an
//     open end (latest null), means on_track: nothing can be late.
//  5. overdue    if at > deadline.latest.
//  6. at_risk    if the deadline is near, deadline.latest - at <= AT_RISK_DAYS
//                (30), AND the instruction is behind schedule: the progress
//                of the latest accepted report (by submittedOn, then
//                reviewedOn, then input order; 0 if none) is below a straight
//                line from 0% on issuedOn to 100% on deadline.latest:
//                  progress * (latest - issuedOn) < 100 * (at - issuedOn)
//                (integers, no division; when latest <= issuedOn the line is
//                already at 100%, so behind means progress < 100).
//                A fixed 30 days rather than "the last quarter of the span":
//                one number people can remember and the SQL can inline; on
//                short instructions the straight line already does the work.
//  7. on_track   otherwise. 'keep' and 'escalate' decisions are recorded but
//                do not change the state.

import { assertNever } from './assert-never.ts';
import { toEpochDay } from './days.ts';
import type { TimeWindow } from './window.ts';

export type ExecutionState = 'on_track' | 'at_risk' | 'overdue' | 'fulfilled' | 'withdrawn';

export const EXECUTION_STATES: readonly ExecutionState[] = ['on_track', 'at_risk', 'overdue', 'fulfilled', 'withdrawn'];

/** The deadline is "near" from this many days before its latest day (inclusive). */
export const AT_RISK_DAYS = 30;

/** Progress is a percentage; a report at this value is complete. */
export const FULL_PROGRESS = 100;

export type ControlDecisionKind = 'keep' | 'extend' | 'fulfilled' | 'withdraw' | 'escalate';

export interface ControlDecisionFact {
  kind: ControlDecisionKind;
  decidedOn: string;
  /** The new deadline, for 'extend'; an 'extend' without one changes nothing. */
  newDeadline?: TimeWindow | null;
}

export interface ReportFact {
  submittedOn: string;
  /** 0..100 */
  progress: number;
  review: { status: 'accepted' | 'returned'; reviewedOn: string } | null;
}

export interface ExecutionInput {
  issuedOn: string;
  deadline: TimeWindow | null;
  decisions: readonly ControlDecisionFact[];
  /** In the order they were recorded (by id): it breaks ties. */
  reports: readonly ReportFact[];
  at: string;
}

/**
 * The per-instruction columns the SQL CASE reads, aggregated as of `at`.
 * Names mirror the columns: effective_deadline_latest, issued_on,
 * accepted_progress, fulfilled_on, withdrawn_on.
 */
export interface ExecutionFacts {
  issuedOn: string;
  /** latest day of the effective deadline; null = no deadline or open end */
  effectiveDeadlineLatest: string | null;
  /** progress of the latest accepted report, 0 if none */
  acceptedProgress: number;
  /** the first 'fulfilled' decision on or before `at`, else null */
  fulfilledOn: string | null;
  /** the first 'withdraw' decision on or before `at`, else null */
  withdrawnOn: string | null;
}

/**
 * The rule itself, over pre-aggregated facts. Written as the CASE it
 * mirrors; fulfilledOn/withdrawnOn are compared with `at` again so facts
 * aggregated without a date filter give the same answer.
 */
export function stateFromFacts(facts: ExecutionFacts, at: string): ExecutionState {
  const today = toEpochDay(at);
  if (facts.withdrawnOn !== null && toEpochDay(facts.withdrawnOn) <= today) return 'withdrawn';
  if (facts.fulfilledOn !== null && toEpochDay(facts.fulfilledOn) <= today) return 'fulfilled';
  if (facts.effectiveDeadlineLatest === null) return 'on_track';
  const latest = toEpochDay(facts.effectiveDeadlineLatest);
  if (today > latest) return 'overdue';
  if (latest - today <= AT_RISK_DAYS && isBehind(facts.acceptedProgress, toEpochDay(facts.issuedOn), latest, today)) {
    return 'at_risk';
  }
  return 'on_track';
}

function isBehind(progress: number, issued: number, latest: number, today: number): boolean {
  const span = latest - issued;
  if (span <= 0) return progress < FULL_PROGRESS;
  return progress * span < FULL_PROGRESS * (today - issued);
}

function earlierOf(a: string | null, b: string): string {
  return a === null || toEpochDay(b) < toEpochDay(a) ? b : a;
}

/** Aggregates raw decisions and reports into the facts the rule reads, as of `at`. */
export function aggregateExecutionFacts(input: ExecutionInput): ExecutionFacts {
  const today = toEpochDay(input.at);
  let fulfilledOn: string | null = null;
  let withdrawnOn: string | null = null;
  let deadline: TimeWindow | null = input.deadline;
  let extendedOn = -Infinity;
  for (const d of input.decisions) {
    const day = toEpochDay(d.decidedOn);
    if (day > today) continue;
    switch (d.kind) {
      case 'withdraw':
        withdrawnOn = earlierOf(withdrawnOn, d.decidedOn);
        break;
      case 'fulfilled':
        fulfilledOn = earlierOf(fulfilledOn, d.decidedOn);
        break;
      case 'extend':
        if (d.newDeadline != null && day >= extendedOn) {
          deadline = d.newDeadline;
          extendedOn = day;
        }
        break;
      case 'keep':
      case 'escalate':
        break;
      default:
        assertNever(d.kind, 'Unknown control decision');
    }
  }
  let acceptedProgress = 0;
  let best: { submitted: number; reviewed: number } | null = null;
  for (const r of input.reports) {
    if (r.review === null || r.review.status !== 'accepted') continue;
    const reviewed = toEpochDay(r.review.reviewedOn);
    const submitted = toEpochDay(r.submittedOn);
    if (reviewed > today || submitted > today) continue;
    if (best === null || submitted > best.submitted || (submitted === best.submitted && reviewed >= best.reviewed)) {
      best = { submitted, reviewed };
      acceptedProgress = r.progress;
    }
  }
  return {
    issuedOn: input.issuedOn,
    effectiveDeadlineLatest: deadline?.latest ?? null,
    acceptedProgress,
    fulfilledOn,
    withdrawnOn,
  };
}

/** The execution state of one instruction at `input.at`. */
export function executionState(input: ExecutionInput): ExecutionState {
  return stateFromFacts(aggregateExecutionFacts(input), input.at);
}
