// The schedule against a dense reference: Floyd–Warshall over the same
// distance graph, on small random networks. Slow and obviously right.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSchedule } from './check.ts';
import { checkAddedConstraint } from './incremental.ts';
import type { ScheduleState } from './graph.ts';
import type { DayBounds, OrderingConstraint, ScheduleConflict, ScheduleEngagement, ScheduleInput } from './types.ts';

interface Reference {
  consistent: boolean;
  windows: Map<string, DayBounds>;
}

function floydWarshall(input: ScheduleInput): Reference {
  const n = input.engagements.length + 1;
  const node = new Map(input.engagements.map((e, i) => [e.id, i + 1]));
  const d: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  const edge = (x: number, y: number, w: number): void => {
    const row = d[x] as number[];
    row[y] = Math.min(row[y] as number, w);
  };
  input.engagements.forEach((e, i) => {
    if (e.latest !== null) edge(0, i + 1, e.latest);
    if (e.earliest !== null) edge(i + 1, 0, -e.earliest);
  });
  for (const c of input.constraints) {
    const a = node.get(c.before) as number;
    const b = node.get(c.after) as number;
    edge(b, a, -(c.minGap ?? 1));
    if (c.maxGap != null) edge(a, b, c.maxGap);
  }
  for (let k = 0; k < n; k++) {
    const dk = d[k] as number[];
    for (let i = 0; i < n; i++) {
      const di = d[i] as number[];
      const dik = di[k] as number;
      if (dik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const via = dik + (dk[j] as number);
        if (via < (di[j] as number)) di[j] = via;
      }
    }
  }
  const consistent = d.every((row, i) => (row[i] as number) >= 0);
  const windows = new Map<string, DayBounds>();
  input.engagements.forEach((e, i) => {
    const latest = (d[0] as number[])[i + 1] as number;
    const toZ = (d[i + 1] as number[])[0] as number;
    windows.set(e.id, { earliest: Number.isFinite(toZ) ? 0 - toZ : null, latest: Number.isFinite(latest) ? latest : null });
  });
  return { consistent, windows };
}

/** The network restricted to a conflict: its constraints, and only the windows it names. */
function restrict(input: ScheduleInput, windows: readonly string[], constraints: readonly string[]): ScheduleInput {
  return {
    engagements: input.engagements.map((e) => (windows.includes(e.id) ? e : { ...e, earliest: null, latest: null })),
    constraints: input.constraints.filter((c) => constraints.includes(c.id)),
  };
}

function expectMinimalConflict(input: ScheduleInput, conflict: ScheduleConflict): void {
  expect(conflict.explanation.length).toBeGreaterThan(0);
  expect(floydWarshall(restrict(input, conflict.windows, conflict.constraints)).consistent).toBe(false);
  for (const w of conflict.windows) {
    const rest = conflict.windows.filter((x) => x !== w);
    expect(floydWarshall(restrict(input, rest, conflict.constraints)).consistent).toBe(true);
  }
  for (const c of conflict.constraints) {
    const rest = conflict.constraints.filter((x) => x !== c);
    expect(floydWarshall(restrict(input, conflict.windows, rest)).consistent).toBe(true);
  }
}

const networkArb = fc.integer({ min: 1, max: Number(process.env.SCHEDULE_MAX_ENGAGEMENTS ?? 7) }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `e${i}`);
  const engagement = (id: string): fc.Arbitrary<ScheduleEngagement> =>
    fc.record({ a: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 4 }), width: fc.option(fc.integer({ min: 0, max: 15 }), { freq: 4 }) }).map(({ a, width }) => ({
      id,
      label: `the meeting ${id}`,
      earliest: a,
      latest: width === null ? null : (a ?? 15) + width,
    }));
  const constraint = fc
    .record({
      before: fc.constantFrom(...ids),
      after: fc.constantFrom(...ids),
      minGap: fc.option(fc.integer({ min: -3, max: 8 })),
      extra: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 2 }),
    })
    .filter((c) => c.before !== c.after || n < 2);
  const constraints = fc.array(constraint, { maxLength: n < 2 ? 0 : Number(process.env.SCHEDULE_MAX_CONSTRAINTS ?? 10) });
  return fc.record({
    engagements: fc.tuple(...ids.map(engagement)),
    constraints,
  }).map(({ engagements, constraints }): ScheduleInput => ({
    engagements,
    constraints: constraints.map((c, i): OrderingConstraint => ({
      id: `c${i}`,
      before: c.before,
      after: c.after,
      ...(c.minGap === null ? {} : { minGap: c.minGap }),
      maxGap: c.extra === null ? null : (c.minGap ?? 1) + c.extra,
    })),
  }));
});

function windowsOf(map: ReadonlyMap<string, DayBounds>): Map<string, DayBounds> {
  return new Map(map);
}

describe('checkSchedule against Floyd–Warshall', () => {
  it('agrees on the verdict and the narrowed windows; conflicts are minimal', () => {
    const seen = { consistent: 0, inconsistent: 0, throughOrigin: 0 };
    fc.assert(
      fc.property(networkArb, (input) => {
        const ref = floydWarshall(input);
        seen[ref.consistent ? 'consistent' : 'inconsistent'] += 1;
        const r = checkSchedule(input);
        expect(r.consistent).toBe(ref.consistent);
        if (r.consistent) expect(windowsOf(r.windows)).toEqual(ref.windows);
        else {
          expectMinimalConflict(input, r.conflict);
          if (r.conflict.windows.length > 0 && r.conflict.constraints.length > 0) seen.throughOrigin += 1;
        }
      }),
      { numRuns: Number(process.env.SCHEDULE_RUNS ?? 3000) },
    );
    // The generator must exercise both verdicts and clashes that mix windows and constraints.
    const runs = seen.consistent + seen.inconsistent;
    expect(seen.consistent / runs).toBeGreaterThan(0.2);
    expect(seen.inconsistent / runs).toBeGreaterThan(0.2);
    expect(seen.throughOrigin / runs).toBeGreaterThan(0.05);
  });

  it('agrees when constraints are added one at a time, and old states stay valid', () => {
    fc.assert(
      fc.property(networkArb, fc.nat(), (input, split) => {
        const k = input.constraints.length === 0 ? 0 : split % (input.constraints.length + 1);
        const first = checkSchedule({ engagements: input.engagements, constraints: input.constraints.slice(0, k) });
        if (!first.consistent) return;
        let state: ScheduleState = first.state;
        let kept = input.constraints.slice(0, k);
        const history: { state: ScheduleState; kept: OrderingConstraint[] }[] = [{ state, kept }];
        for (const c of input.constraints.slice(k)) {
          const before = floydWarshall({ engagements: input.engagements, constraints: kept }).windows;
          const r = checkAddedConstraint(state, c);
          const candidate = { engagements: input.engagements, constraints: [...kept, c] };
          const ref = floydWarshall(candidate);
          expect(r.consistent).toBe(ref.consistent);
          if (r.consistent) {
            expect(windowsOf(r.windows)).toEqual(ref.windows);
            const moved = [...ref.windows.keys()].filter((id) => JSON.stringify(ref.windows.get(id)) !== JSON.stringify(before.get(id)));
            expect([...r.changed].sort()).toEqual(moved.sort());
            state = r.state;
            kept = candidate.constraints;
            history.push({ state, kept });
          } else {
            expectMinimalConflict(candidate, r.conflict);
          }
        }
        // Every intermediate state still answers for its own constraints.
        if (input.engagements.length < 2) return;
        const probe: OrderingConstraint = { id: 'probe', before: 'e0', after: 'e1', minGap: 2 };
        for (const h of history) {
          const r = checkAddedConstraint(h.state, probe);
          const ref = floydWarshall({ engagements: input.engagements, constraints: [...h.kept, probe] });
          expect(r.consistent).toBe(ref.consistent);
          if (r.consistent) expect(windowsOf(r.windows)).toEqual(ref.windows);
        }
      }),
      { numRuns: Number(process.env.SCHEDULE_RUNS ?? 2000) },
    );
  });
});
