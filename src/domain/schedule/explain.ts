// Turns a negative cycle of the distance graph into a conflict a secretary
// can act on: the constraints and windows it uses, and one sentence that
// walks through them in calendar order ("X cannot be before D1; Y must come
// at least 30 days after X, so not before D2; but Y's window ends on D3").
//
// A simple negative cycle is a minimal clash: drop any one of its
// constraints or windows and what is left is a path, which is always
// satisfiable (the reverse edges of the same constraints and windows only
// form non-negative two-edge loops, since minGap <= maxGap and
// earliest <= latest are checked up front).

import { assertNever } from '../assert-never.ts';
import { formatDayForPeople } from '../days.ts';
import { KIND_EARLIEST, KIND_LATEST, KIND_MAX_GAP, KIND_MIN_GAP, ORIGIN } from './graph.ts';
import type { Network } from './graph.ts';
import type { ScheduleConflict, ScheduleEngagement } from './types.ts';

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "the Supreme State Council's window", but "the window of the Council of Ministers". */
function windowOf(label: string): string {
  return /s$/i.test(label) ? `the window of ${label}` : `${label}'s window`;
}

function labelOf(e: ScheduleEngagement | undefined): string {
  if (e === undefined) return 'an engagement';
  return e.label.trim() === '' ? e.id : e.label;
}

/** "at least 30 days after", "on the same day as or after", … for t(after) - t(before) >= gap. */
export function minGapPhrase(gap: number): string {
  if (gap === 0) return 'on the same day as or after';
  if (gap === 1) return 'after';
  if (gap > 1) return `at least ${days(gap)} after`;
  return `no more than ${days(-gap)} before`;
}

/** For t(after) - t(before) <= gap. */
export function maxGapPhrase(gap: number): string {
  if (gap === 0) return 'no later than the day of';
  if (gap > 0) return `within ${days(gap)} after`;
  return `at least ${days(-gap)} before`;
}

/** Long chains keep their first and last steps; the ids in the conflict stay complete. */
export const MAX_STEPS_SPELLED_OUT = 12;

function joinSteps(parts: readonly string[]): string {
  if (parts.length <= MAX_STEPS_SPELLED_OUT) return parts.join('; ');
  const keep = Math.floor(MAX_STEPS_SPELLED_OUT / 2) - 1;
  const skipped = parts.length - 2 * keep;
  return [...parts.slice(0, keep), `and so on through ${skipped} more steps`, ...parts.slice(parts.length - keep)].join('; ');
}

function collectIds(net: Network, cycle: readonly number[]): { constraints: string[]; windows: string[] } {
  const constraints: string[] = [];
  const windows: string[] = [];
  for (const e of cycle) {
    const kind = net.edges.kind[e] as number;
    const source = net.edges.source[e] as number;
    if (kind === KIND_LATEST || kind === KIND_EARLIEST) {
      const id = net.engagements[source]?.id;
      if (id !== undefined && !windows.includes(id)) windows.push(id);
    } else {
      const id = net.constraints[source]?.id;
      if (id !== undefined && !constraints.includes(id)) constraints.push(id);
    }
  }
  return { constraints, windows };
}

/**
 * One step of the walk, read backwards along the edge x -> y (weight w):
 * knowing y cannot start before `floor`, x cannot start before floor - w.
 */
function stepSentence(net: Network, e: number, floorOfFrom: number): string {
  const kind = net.edges.kind[e] as number;
  const c = net.constraints[net.edges.source[e] as number];
  const before = labelOf(net.engagements[(net.nodeById.get(c?.before ?? '') ?? 0) - 1]);
  const after = labelOf(net.engagements[(net.nodeById.get(c?.after ?? '') ?? 0) - 1]);
  const gap = -(net.edges.weight[e] as number);
  switch (kind) {
    case KIND_MIN_GAP:
      // after -> before, weight -minGap: `after` is pushed later by `before`.
      return `${after} must come ${minGapPhrase(gap)} ${before}, so not before ${formatDayForPeople(floorOfFrom)}`;
    case KIND_MAX_GAP:
      // before -> after, weight maxGap: `before` is pulled later by `after`.
      return `${after} must come ${maxGapPhrase(-gap)} ${before}, so ${before} cannot be before ${formatDayForPeople(floorOfFrom)}`;
    default:
      throw new Error(`Edge kind ${kind} is not a constraint`);
  }
}

function edgeKindName(kind: number): 'latest' | 'earliest' | 'min' | 'max' {
  if (kind === KIND_LATEST) return 'latest';
  if (kind === KIND_EARLIEST) return 'earliest';
  if (kind === KIND_MIN_GAP) return 'min';
  if (kind === KIND_MAX_GAP) return 'max';
  throw new Error(`Unknown edge kind ${kind}`);
}

/** The conflict a negative cycle (edges in path order) stands for. */
export function explainCycle(net: Network, cycle: readonly number[]): ScheduleConflict {
  const { constraints, windows } = collectIds(net, cycle);
  const { from, to, weight, kind } = net.edges;
  const k = cycle.length;
  // Start the walk right after the origin when the cycle uses windows, so
  // it reads: earliest bound, the constraints forward in time, latest bound.
  let start = 0;
  for (let i = 0; i < k; i++) {
    if (from[cycle[i] as number] === ORIGIN) start = i;
  }
  const ordered = cycle.slice(start).concat(cycle.slice(0, start));
  const parts: string[] = [];
  const first = ordered[0] as number;
  const last = ordered[k - 1] as number;
  if (from[first] === ORIGIN) {
    // ordered: Z -> X1 (latest of X1), …, Xk -> Z (earliest of Xk). Read it backwards.
    const startNode = from[last] as number;
    let floor = -(weight[last] as number);
    parts.push(`${labelOf(net.engagements[startNode - 1])} cannot be held before ${formatDayForPeople(floor)} (its window)`);
    for (let i = k - 2; i >= 1; i--) {
      const e = ordered[i] as number;
      floor -= weight[e] as number;
      parts.push(stepSentence(net, e, floor));
    }
    const endNode = to[first] as number;
    const sentence = `${joinSteps(parts)}; but ${windowOf(labelOf(net.engagements[endNode - 1]))} ends on ${formatDayForPeople(weight[first] as number)}.`;
    return { constraints, windows, explanation: capitalise(sentence) };
  }
  // A loop of constraints alone: read it backwards from any node.
  let floor = 0;
  for (let i = k - 1; i >= 0; i--) {
    const e = ordered[i] as number;
    floor -= weight[e] as number;
    const name = edgeKindName(kind[e] as number);
    switch (name) {
      case 'min':
      case 'max': {
        const c = net.constraints[net.edges.source[e] as number];
        const before = labelOf(net.engagements[(net.nodeById.get(c?.before ?? '') ?? 0) - 1]);
        const after = labelOf(net.engagements[(net.nodeById.get(c?.after ?? '') ?? 0) - 1]);
        const phrase = name === 'min' ? minGapPhrase(-(weight[e] as number)) : maxGapPhrase(weight[e] as number);
        parts.push(`${after} must come ${phrase} ${before}`);
        break;
      }
      case 'latest':
      case 'earliest':
        throw new Error('A window edge in a cycle without the origin');
      default:
        assertNever(name);
    }
  }
  const home = labelOf(net.engagements[(from[first] as number) - 1]);
  const sentence = `These constraints cannot all hold: ${joinSteps(parts)}. Together they would put ${home} at least ${days(floor)} after itself.`;
  return { constraints, windows, explanation: sentence };
}

export function invertedWindowConflict(e: ScheduleEngagement & { earliest: number; latest: number }): ScheduleConflict {
  return {
    constraints: [],
    windows: [e.id],
    explanation: capitalise(`${windowOf(labelOf(e))} starts on ${formatDayForPeople(e.earliest)} but ends earlier, on ${formatDayForPeople(e.latest)}.`),
  };
}

export function gapConflict(options: { id: string; before: string; after: string; minGap: number; maxGap: number }): ScheduleConflict {
  return {
    constraints: [options.id],
    windows: [],
    explanation: capitalise(
      `${options.after} must come ${minGapPhrase(options.minGap)} ${options.before} and also ${maxGapPhrase(options.maxGap)} it: both cannot hold.`,
    ),
  };
}
