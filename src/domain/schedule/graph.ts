// The distance graph behind the schedule, stored for speed: typed arrays,
// adjacency as linked lists threaded through the edges.
//
// Node 0 is the origin Z (day 0); engagement i is node i + 1. An edge
// x -> y of weight w says t(y) - t(x) <= w:
//   window latest L of e:        Z -> e, weight  L
//   window earliest E of e:      e -> Z, weight -E
//   constraint, maxGap M:   before -> after,  weight  M
//   constraint, minGap m:    after -> before, weight -m
// The network is consistent iff this graph has no negative cycle; the
// narrowed window of e is [-dist(e, Z), dist(Z, e)].
//
// Edges are append-only and shared by every state derived from one check;
// each state has its own list heads, so an edge added for one state is
// invisible to the others (states branch without copying the edges).

import type { OrderingConstraint, ScheduleEngagement } from './types.ts';

export const ORIGIN = 0;

export const KIND_LATEST = 0;
export const KIND_EARLIEST = 1;
export const KIND_MIN_GAP = 2;
export const KIND_MAX_GAP = 3;

export class EdgeStore {
  from = new Int32Array(64);
  to = new Int32Array(64);
  weight = new Float64Array(64);
  kind = new Uint8Array(64);
  /** engagement index (window edges) or constraint index (gap edges) */
  source = new Int32Array(64);
  nextOut = new Int32Array(64);
  nextIn = new Int32Array(64);
  count = 0;

  private grow(): void {
    const size = this.from.length * 2;
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.from = copy(this.from, (n) => new Int32Array(n));
    this.to = copy(this.to, (n) => new Int32Array(n));
    this.weight = copy(this.weight, (n) => new Float64Array(n));
    this.kind = copy(this.kind, (n) => new Uint8Array(n));
    this.source = copy(this.source, (n) => new Int32Array(n));
    this.nextOut = copy(this.nextOut, (n) => new Int32Array(n));
    this.nextIn = copy(this.nextIn, (n) => new Int32Array(n));
  }

  /** Adds an edge and links it into the given heads (which it mutates). */
  append(from: number, to: number, weight: number, kind: number, source: number, headOut: Int32Array, headIn: Int32Array): number {
    if (this.count === this.from.length) this.grow();
    const e = this.count++;
    this.from[e] = from;
    this.to[e] = to;
    this.weight[e] = weight;
    this.kind[e] = kind;
    this.source[e] = source;
    this.nextOut[e] = headOut[from] ?? -1;
    headOut[from] = e;
    this.nextIn[e] = headIn[to] ?? -1;
    headIn[to] = e;
    return e;
  }
}

/** What every state from one check shares. */
export interface Network {
  readonly engagements: readonly ScheduleEngagement[];
  /** engagement id -> node */
  readonly nodeById: ReadonlyMap<string, number>;
  /** append-only: constraints of every state derived from this network */
  readonly constraints: OrderingConstraint[];
  readonly edges: EdgeStore;
  readonly scratch: Scratch;
}

/**
 * A consistent schedule, kept to check added constraints fast. Treat it as
 * opaque and immutable: `checkAddedConstraint` returns a new one and leaves
 * this one usable.
 */
export interface ScheduleState {
  readonly network: Network;
  readonly headOut: Int32Array;
  readonly headIn: Int32Array;
  /** a feasible potential: p[y] <= p[x] + w for every edge */
  readonly potential: Float64Array;
  /** dist(Z, node) = latest start day; Infinity when unbounded */
  readonly fromOrigin: Float64Array;
  /** dist(node, Z) = -earliest start day; Infinity when unbounded */
  readonly toOrigin: Float64Array;
  /** last edge of a shortest path Z -> node (-1: none): explains a clash in O(path) */
  readonly fromOriginVia: Int32Array;
  /** first edge of a shortest path node -> Z (-1: none) */
  readonly toOriginVia: Int32Array;
}

/** Reusable work arrays, so incremental checks allocate nothing per node. */
export class Scratch {
  readonly key: Float64Array;
  readonly parent: Int32Array;
  readonly mark: Int32Array;
  readonly settled: Int32Array;
  readonly heap = new MinHeap();
  stamp = 0;

  constructor(nodes: number) {
    this.key = new Float64Array(nodes);
    this.parent = new Int32Array(nodes);
    this.mark = new Int32Array(nodes);
    this.settled = new Int32Array(nodes);
  }

  nextStamp(): number {
    this.stamp += 1;
    return this.stamp;
  }
}

/** A binary min-heap of (key, node) with lazy deletion: callers skip stale entries. */
export class MinHeap {
  private keys = new Float64Array(256);
  private vals = new Int32Array(256);
  size = 0;
  /** key of the entry last popped */
  topKey = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    const keys = this.keys;
    const vals = this.vals;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      vals[i] = vals[parent] as number;
      i = parent;
    }
    keys[i] = key;
    vals[i] = val;
  }

  /** Removes the smallest entry, returns its node and leaves its key in `topKey`. */
  pop(): number {
    const keys = this.keys;
    const vals = this.vals;
    this.topKey = keys[0] as number;
    const top = vals[0] as number;
    const n = --this.size;
    const key = keys[n] as number;
    const val = vals[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (keys[right] as number) < (keys[child] as number)) child = right;
      const ck = keys[child] as number;
      if (ck >= key) break;
      keys[i] = ck;
      vals[i] = vals[child] as number;
      i = child;
    }
    keys[i] = key;
    vals[i] = val;
    return top;
  }
}
