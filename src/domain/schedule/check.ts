// checkSchedule: is the whole network consistent, and how far do the
// constraints narrow each engagement's window? See graph.ts for the
// distance graph and paths.ts for the algorithms.

import { gapConflict, explainCycle, invertedWindowConflict } from './explain.ts';
import { EdgeStore, KIND_EARLIEST, KIND_LATEST, KIND_MAX_GAP, KIND_MIN_GAP, ORIGIN, Scratch } from './graph.ts';
import type { Network, ScheduleState } from './graph.ts';
import { feasiblePotential, lowerBackward, lowerForward } from './paths.ts';
import { DEFAULT_MIN_GAP, ScheduleInputError } from './types.ts';
import type { DayBounds, OrderingConstraint, ScheduleConflict, ScheduleEngagement, ScheduleInput, ScheduleResult } from './types.ts';

function isDayCount(n: number | null | undefined): boolean {
  return n === null || n === undefined || Number.isSafeInteger(n);
}

/** Throws ScheduleInputError when the input is malformed (not when it is merely inconsistent). */
export function validateEngagements(engagements: readonly ScheduleEngagement[]): Map<string, number> {
  const nodeById = new Map<string, number>();
  engagements.forEach((e, i) => {
    if (nodeById.has(e.id)) throw new ScheduleInputError('duplicate_engagement', `Engagement '${e.id}' is listed twice.`);
    if (!isDayCount(e.earliest) || !isDayCount(e.latest)) {
      throw new ScheduleInputError('not_a_day_count', `The window of '${e.id}' must be whole epoch days.`);
    }
    nodeById.set(e.id, i + 1);
  });
  return nodeById;
}

export function validateConstraint(c: OrderingConstraint, nodeById: ReadonlyMap<string, number>): void {
  for (const id of [c.before, c.after]) {
    if (!nodeById.has(id)) throw new ScheduleInputError('unknown_engagement', `Constraint '${c.id}' names an unknown engagement '${id}'.`);
  }
  if (c.before === c.after) {
    throw new ScheduleInputError('self_constraint', `Constraint '${c.id}' orders engagement '${c.before}' against itself.`);
  }
  if (!isDayCount(c.minGap) || !isDayCount(c.maxGap)) {
    throw new ScheduleInputError('not_a_day_count', `The gaps of constraint '${c.id}' must be whole days.`);
  }
}

/** A clash inside one constraint (minGap > maxGap), or null. */
export function selfClash(c: OrderingConstraint, labelOf: (id: string) => string): ScheduleConflict | null {
  const minGap = c.minGap ?? DEFAULT_MIN_GAP;
  if (c.maxGap == null || minGap <= c.maxGap) return null;
  return gapConflict({ id: c.id, before: labelOf(c.before), after: labelOf(c.after), minGap, maxGap: c.maxGap });
}

/** Links both edges of constraint `index` into the heads; returns the edges added. */
export function linkConstraint(net: Network, index: number, headOut: Int32Array, headIn: Int32Array): number[] {
  const c = net.constraints[index] as OrderingConstraint;
  const before = net.nodeById.get(c.before) as number;
  const after = net.nodeById.get(c.after) as number;
  const added = [net.edges.append(after, before, -(c.minGap ?? DEFAULT_MIN_GAP), KIND_MIN_GAP, index, headOut, headIn)];
  if (c.maxGap != null) added.push(net.edges.append(before, after, c.maxGap, KIND_MAX_GAP, index, headOut, headIn));
  return added;
}

/** Checks the whole network; on success returns every engagement's narrowed window and a state for incremental checks. */
export function checkSchedule(input: ScheduleInput): ScheduleResult {
  const nodeById = validateEngagements(input.engagements);
  const constraintIds = new Set<string>();
  for (const c of input.constraints) {
    if (constraintIds.has(c.id)) throw new ScheduleInputError('duplicate_constraint', `Constraint '${c.id}' is listed twice.`);
    constraintIds.add(c.id);
    validateConstraint(c, nodeById);
  }
  const labelOf = (id: string): string => input.engagements[(nodeById.get(id) ?? 0) - 1]?.label ?? id;
  for (const e of input.engagements) {
    if (e.earliest !== null && e.latest !== null && e.earliest > e.latest) {
      return { consistent: false, conflict: invertedWindowConflict({ ...e, earliest: e.earliest, latest: e.latest }) };
    }
  }
  for (const c of input.constraints) {
    const clash = selfClash(c, labelOf);
    if (clash !== null) return { consistent: false, conflict: clash };
  }

  const nodes = input.engagements.length + 1;
  const net: Network = {
    engagements: input.engagements,
    nodeById,
    constraints: [...input.constraints],
    edges: new EdgeStore(),
    scratch: new Scratch(nodes),
  };
  const headOut = new Int32Array(nodes).fill(-1);
  const headIn = new Int32Array(nodes).fill(-1);
  const p = new Float64Array(nodes);
  // Start every node at its latest day (or above every known day): most
  // window edges then hold from the outset and the search only has to
  // follow the ordering constraints.
  let high = 0;
  for (const e of input.engagements) high = Math.max(high, e.earliest ?? high, e.latest ?? high);
  input.engagements.forEach((e, i) => {
    const node = i + 1;
    if (e.latest !== null) net.edges.append(ORIGIN, node, e.latest, KIND_LATEST, i, headOut, headIn);
    if (e.earliest !== null) net.edges.append(node, ORIGIN, -e.earliest, KIND_EARLIEST, i, headOut, headIn);
    p[node] = e.latest ?? high;
  });
  for (let i = 0; i < net.constraints.length; i++) linkConstraint(net, i, headOut, headIn);

  const cycle = feasiblePotential(net.edges, headOut, p);
  if (cycle !== null) return { consistent: false, conflict: explainCycle(net, cycle) };

  const fromOrigin = new Float64Array(nodes).fill(Infinity);
  const toOrigin = new Float64Array(nodes).fill(Infinity);
  const fromOriginVia = new Int32Array(nodes).fill(-1);
  const toOriginVia = new Int32Array(nodes).fill(-1);
  fromOrigin[ORIGIN] = 0;
  toOrigin[ORIGIN] = 0;
  lowerForward(net.edges, headOut, p, fromOrigin, fromOriginVia, [ORIGIN], net.scratch.heap);
  lowerBackward(net.edges, headIn, p, toOrigin, toOriginVia, [ORIGIN], net.scratch.heap);
  const state: ScheduleState = { network: net, headOut, headIn, potential: p, fromOrigin, toOrigin, fromOriginVia, toOriginVia };
  return { consistent: true, windows: new WindowsView(state), state };
}

/** The narrowed windows of a state, read straight from its arrays (no 10,000-entry copy). */
export class WindowsView implements ReadonlyMap<string, DayBounds> {
  private readonly state: ScheduleState;

  constructor(state: ScheduleState) {
    this.state = state;
  }

  private at(node: number): DayBounds {
    const latest = this.state.fromOrigin[node] as number;
    const toOrigin = this.state.toOrigin[node] as number;
    return {
      earliest: Number.isFinite(toOrigin) ? 0 - toOrigin : null,
      latest: Number.isFinite(latest) ? latest : null,
    };
  }

  get size(): number {
    return this.state.network.engagements.length;
  }

  get(id: string): DayBounds | undefined {
    const node = this.state.network.nodeById.get(id);
    return node === undefined ? undefined : this.at(node);
  }

  has(id: string): boolean {
    return this.state.network.nodeById.has(id);
  }

  *entries(): MapIterator<[string, DayBounds]> {
    const list = this.state.network.engagements;
    for (let i = 0; i < list.length; i++) yield [(list[i] as ScheduleEngagement).id, this.at(i + 1)];
  }

  *keys(): MapIterator<string> {
    for (const e of this.state.network.engagements) yield e.id;
  }

  *values(): MapIterator<DayBounds> {
    for (let i = 1; i <= this.state.network.engagements.length; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, DayBounds]> {
    return this.entries();
  }

  forEach(callback: (value: DayBounds, key: string, map: ReadonlyMap<string, DayBounds>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
}
