// Compliance scores per party at a cut-off date, after the G20 Research
// Group method: each assessed commitment scores +1 (full compliance),
// 0 (partial or work in progress) or -1 (no compliance); a party's score is
// the mean, in [-1, 1], also published as a percentage (score + 1) / 2 * 100.
//
// Which instructions are assessed (the caller selects the rows, this module
// scores them): every instruction issued on or before the cut-off, with its
// execution state computed at the cut-off. As G20RG does, commitments not
// yet due are assessed too (they score 0 while in progress); withdrawn
// instructions are excluded, since nothing is owed any more.
//
// Scoring by state at the cut-off:
//   fulfilled                        +1
//   on_track, at_risk                 0  (in progress)
//   overdue with accepted progress    0  (partly complied)
//   overdue without accepted progress -1 (not complied)
//   withdrawn                         not assessed
//
// One row per (instruction, party), or one row with a `count` standing for
// that many alike: an instruction addressed to bodies of two parties (a
// responsible body and co-executors) counts for each.

import { assertNever } from './assert-never.ts';
import type { ExecutionState } from './execution-state.ts';

export interface ComplianceRow {
  party: string;
  topic: string;
  state: ExecutionState;
  /** progress of the latest accepted report at the cut-off, 0 if none */
  acceptedProgress: number;
  /** how many (instruction, party) pairs this row stands for; 1 when absent (callers that count in SQL pass the count) */
  count?: number;
}

export type ComplianceMark = 1 | 0 | -1;

export interface ComplianceScore {
  /** rows scored (withdrawn ones are not) */
  assessed: number;
  fulfilled: number;
  partial: number;
  notComplied: number;
  withdrawn: number;
  /** mean mark in [-1, 1]; null when nothing was assessed */
  score: number | null;
  /** (score + 1) / 2 * 100, as G20RG publishes; null when nothing was assessed */
  percent: number | null;
}

export interface TopicCompliance extends ComplianceScore {
  topic: string;
}

export interface PartyCompliance {
  party: string;
  overall: ComplianceScore;
  /** sorted by topic */
  byTopic: TopicCompliance[];
}

/** The mark one instruction earns; null when it is not assessed (withdrawn). */
export function complianceMark(state: ExecutionState, acceptedProgress: number): ComplianceMark | null {
  switch (state) {
    case 'fulfilled':
      return 1;
    case 'on_track':
    case 'at_risk':
      return 0;
    case 'overdue':
      return acceptedProgress > 0 ? 0 : -1;
    case 'withdrawn':
      return null;
    default:
      return assertNever(state, 'Unknown execution state');
  }
}

interface Tally {
  fulfilled: number;
  partial: number;
  notComplied: number;
  withdrawn: number;
}

function emptyTally(): Tally {
  return { fulfilled: 0, partial: 0, notComplied: 0, withdrawn: 0 };
}

function add(t: Tally, mark: ComplianceMark | null, n: number): void {
  if (mark === null) t.withdrawn += n;
  else if (mark === 1) t.fulfilled += n;
  else if (mark === 0) t.partial += n;
  else t.notComplied += n;
}

function toScore(t: Tally): ComplianceScore {
  const assessed = t.fulfilled + t.partial + t.notComplied;
  const score = assessed === 0 ? null : (t.fulfilled - t.notComplied) / assessed;
  return { assessed, ...t, score, percent: score === null ? null : ((score + 1) / 2) * 100 };
}

/** Scores per party, overall and by topic, sorted by party. */
export function complianceByParty(rows: readonly ComplianceRow[]): PartyCompliance[] {
  const parties = new Map<string, { overall: Tally; topics: Map<string, Tally> }>();
  for (const row of rows) {
    let p = parties.get(row.party);
    if (p === undefined) {
      p = { overall: emptyTally(), topics: new Map() };
      parties.set(row.party, p);
    }
    let t = p.topics.get(row.topic);
    if (t === undefined) {
      t = emptyTally();
      p.topics.set(row.topic, t);
    }
    const mark = complianceMark(row.state, row.acceptedProgress);
    const n = row.count ?? 1;
    add(p.overall, mark, n);
    add(t, mark, n);
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...parties.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([party, p]) => ({
      party,
      overall: toScore(p.overall),
      byTopic: [...p.topics.entries()].sort(([a], [b]) => byName(a, b)).map(([topic, t]) => ({ topic, ...toScore(t) })),
    }));
}
