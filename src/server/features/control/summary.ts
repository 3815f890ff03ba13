// The control summary (the screen a control meeting opens) and compliance scores, at any day `at`.
import type { Kysely } from 'kysely';
import { complianceByParty, type ComplianceRow, type PartyCompliance } from '../../../domain/compliance.ts';
import { toEpochDay } from '../../../domain/days.ts';
import { EXECUTION_STATES, type ExecutionState } from '../../../domain/execution-state.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import type { Topic } from '../instructions/schemas.ts';
import * as reportsRepo from '../reports/repository.ts';
import * as repo from './summary-repository.ts';
import type { DueRow } from './summary-repository.ts';
import { todayUtc } from './today.ts';

type Q = Kysely<Database>;

export interface DueItem extends DueRow {
  /** days past the deadline's last day at `at`; negative = days left */
  daysOverdue: number;
}

export interface ControlSummary {
  at: string;
  totals: Record<ExecutionState, number>;
  counts: { party: string | null; topic: Topic; state: ExecutionState; count: number }[];
  compliance: PartyCompliance[];
  overdue: DueItem[];
  atRisk: DueItem[];
  reviewQueue: reportsRepo.ReviewQueue;
}

/**
 * Compliance rows for the domain scorer, one per (party, topic, state) with its count: the responsible
 * party and each co-executing party of a group count its instructions (withdrawn ones are scored as not
 * assessed by the scorer). With `party`, only that party's rows.
 */
function complianceRows(groups: readonly repo.StateCounts[], party?: string): ComplianceRow[] {
  const rows: ComplianceRow[] = [];
  for (const g of groups) {
    for (const p of [g.party, ...g.coParties]) {
      if (p === null || (party !== undefined && p !== party)) continue; // joint bodies belong to no party
      const row = (state: ExecutionState, count: number, acceptedProgress = 0) => {
        if (count > 0) rows.push({ party: p, topic: g.topic, state, acceptedProgress, count });
      };
      row('on_track', g.onTrack);
      row('at_risk', g.atRisk);
      row('overdue', g.overdueProgressed, 1);
      row('overdue', g.overdue - g.overdueProgressed);
      row('fulfilled', g.fulfilled);
      row('withdrawn', g.withdrawn);
    }
  }
  return rows;
}

/** How many of a group's instructions are in each state. */
function byState(g: repo.StateCounts): Record<ExecutionState, number> {
  return { on_track: g.onTrack, at_risk: g.atRisk, overdue: g.overdue, fulfilled: g.fulfilled, withdrawn: g.withdrawn };
}

export async function compliance(db: Q, _actor: Actor, options: { at?: string | undefined; party?: string | undefined } = {}, now = new Date()): Promise<{ at: string; parties: PartyCompliance[] }> {
  const at = options.at ?? todayUtc(now);
  const groups = await repo.countStates(db, at, options.party);
  return { at, parties: complianceByParty(complianceRows(groups, options.party)) };
}

function withDays(rows: readonly DueRow[], at: string): DueItem[] {
  const today = toEpochDay(at);
  return rows.map((r) => ({ ...r, daysOverdue: today - toEpochDay(r.deadlineLatest) }));
}

export async function controlSummary(db: Q, _actor: Actor, options: { at?: string | undefined; party?: string | undefined; limit: number }, now = new Date()): Promise<ControlSummary> {
  const at = options.at ?? todayUtc(now);
  const [{ counts: groups, overdue, atRisk }, reviewQueue] = await Promise.all([repo.summaryParts(db, at, options.limit, options.party), reportsRepo.reviewQueue(db, at, options.party)]);
  const totals = Object.fromEntries(EXECUTION_STATES.map((s) => [s, 0])) as Record<ExecutionState, number>;
  const counts = new Map<string, { party: string | null; topic: Topic; state: ExecutionState; count: number }>();
  // the counts and totals are by responsible party (co-executing parties count only for compliance)
  for (const g of groups) {
    if (options.party !== undefined && g.party !== options.party) continue;
    for (const [state, n] of Object.entries(byState(g)) as [ExecutionState, number][]) {
      if (n === 0) continue;
      totals[state] += n;
      const key = `${g.party ?? ''}|${g.topic}|${state}`;
      const c = counts.get(key);
      if (c) c.count += n;
      else counts.set(key, { party: g.party, topic: g.topic, state, count: n });
    }
  }
  const order = (a: string | null, b: string | null): number => ((a ?? '~') < (b ?? '~') ? -1 : (a ?? '~') > (b ?? '~') ? 1 : 0);
  return {
    at,
    totals,
    counts: [...counts.values()].sort((a, b) => order(a.party, b.party) || order(a.topic, b.topic) || EXECUTION_STATES.indexOf(a.state) - EXECUTION_STATES.indexOf(b.state)),
    compliance: complianceByParty(complianceRows(groups, options.party)),
    overdue: withDays(overdue, at),
    atRisk: withDays(atRisk, at),
    reviewQueue,
  };
}
