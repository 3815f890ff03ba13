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
import type { DueRow, StateGroup } from './summary-repository.ts';
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
 * Compliance rows for the domain scorer. The groups are already counted in SQL; the scorer takes one
 * row per (instruction, party), so each group is repeated `count` times by reference (cheap even at a
 * million instructions).
 */
function complianceRows(groups: readonly StateGroup[]): ComplianceRow[] {
  const rows: ComplianceRow[] = [];
  for (const g of groups) {
    if (g.party === null) continue; // joint bodies belong to no party
    const row: ComplianceRow = { party: g.party, topic: g.topic, state: g.state, acceptedProgress: g.progressed ? 1 : 0 };
    for (let n = 0; n < g.count; n += 1) rows.push(row);
  }
  return rows;
}

async function complianceGroups(db: Q, at: string, party?: string): Promise<{ responsible: StateGroup[]; all: StateGroup[] }> {
  const [responsible, coExecuting] = await Promise.all([repo.groupByResponsibleParty(db, at, party), repo.groupByCoExecutorParty(db, at, party)]);
  return { responsible, all: [...responsible, ...coExecuting] };
}

export async function compliance(db: Q, _actor: Actor, options: { at?: string | undefined; party?: string | undefined } = {}, now = new Date()): Promise<{ at: string; parties: PartyCompliance[] }> {
  const at = options.at ?? todayUtc(now);
  const { all } = await complianceGroups(db, at, options.party);
  return { at, parties: complianceByParty(complianceRows(all)) };
}

function withDays(rows: readonly DueRow[], at: string): DueItem[] {
  const today = toEpochDay(at);
  return rows.map((r) => ({ ...r, daysOverdue: today - toEpochDay(r.deadlineLatest) }));
}

export async function controlSummary(db: Q, _actor: Actor, options: { at?: string | undefined; party?: string | undefined; limit: number }, now = new Date()): Promise<ControlSummary> {
  const at = options.at ?? todayUtc(now);
  const [groups, overdue, atRisk, reviewQueue] = await Promise.all([
    complianceGroups(db, at, options.party),
    repo.listInState(db, at, 'overdue', options.limit, options.party),
    repo.listInState(db, at, 'at_risk', options.limit, options.party),
    reportsRepo.reviewQueue(db, at, options.party),
  ]);
  const totals = Object.fromEntries(EXECUTION_STATES.map((s) => [s, 0])) as Record<ExecutionState, number>;
  const counts = new Map<string, { party: string | null; topic: Topic; state: ExecutionState; count: number }>();
  for (const g of groups.responsible) {
    totals[g.state] += g.count;
    const key = `${g.party ?? ''}|${g.topic}|${g.state}`;
    const c = counts.get(key);
    if (c) c.count += g.count;
    else counts.set(key, { party: g.party, topic: g.topic, state: g.state, count: g.count });
  }
  const order = (a: string | null, b: string | null): number => ((a ?? '~') < (b ?? '~') ? -1 : (a ?? '~') > (b ?? '~') ? 1 : 0);
  return {
    at,
    totals,
    counts: [...counts.values()].sort((a, b) => order(a.party, b.party) || order(a.topic, b.topic) || EXECUTION_STATES.indexOf(a.state) - EXECUTION_STATES.indexOf(b.state)),
    compliance: complianceByParty(complianceRows(groups.all)),
    overdue: withDays(overdue, at),
    atRisk: withDays(atRisk, at),
    reviewQueue,
  };
}
