// Shortest paths over the sparse distance graph (see graph.ts). Never an
// all-pairs matrix: 10,000 engagements would need 10^8 cells.
//
// - `feasiblePotential`: Bellman–Ford with a FIFO queue (SPFA) from every
//   node at once; finds a potential p with p[y] <= p[x] + w on every edge,
//   or a negative cycle. Cycles are found by looking for a cycle in the
//   parent graph every N relaxations (Cherkassky–Goldberg "amortised
//   search"): any cycle there is negative, and one appears once a negative
//   cycle has been relaxed round enough times; the O(N) search per N
//   relaxations costs O(1) per relaxation.
// - With a feasible potential every reduced weight w + p[x] - p[y] is >= 0,
//   so the windows come from two Dijkstra runs (Johnson's reweighting), and
//   incremental work is Dijkstra restricted to what changes.

import type { EdgeStore, MinHeap, Scratch } from './graph.ts';

/** Edges of a negative cycle, each leading to the next, or null when p is now feasible. */
export function feasiblePotential(edges: EdgeStore, headOut: Int32Array, p: Float64Array): number[] | null {
  const n = p.length;
  const { to, weight, nextOut } = edges;
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const inQueue = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) queue[i] = i;
  let head = 0;
  let queued = n;
  let sinceSearch = 0;
  while (queued > 0) {
    const x = queue[head] as number;
    head = head + 1 === n ? 0 : head + 1;
    queued -= 1;
    inQueue[x] = 0;
    const px = p[x] as number;
    for (let e = headOut[x] as number; e !== -1; e = nextOut[e] as number) {
      const y = to[e] as number;
      const candidate = px + (weight[e] as number);
      if (candidate < (p[y] as number)) {
        p[y] = candidate;
        parent[y] = e;
        if (inQueue[y] === 0) {
          inQueue[y] = 1;
          queue[(head + queued) % n] = y;
          queued += 1;
        }
        if (++sinceSearch >= n) {
          sinceSearch = 0;
          const cycle = parentCycle(edges, parent);
          if (cycle !== null) return cycle;
        }
      }
    }
  }
  return null;
}

/** A cycle in the parent graph (edges in path order), or null. */
function parentCycle(edges: EdgeStore, parent: Int32Array): number[] | null {
  const n = parent.length;
  const seen = new Int32Array(n);
  const { from } = edges;
  for (let s = 0; s < n; s++) {
    if (seen[s] !== 0) continue;
    let x = s;
    while (x !== -1 && seen[x] === 0) {
      seen[x] = s + 1;
      const e = parent[x] as number;
      x = e === -1 ? -1 : (from[e] as number);
    }
    if (x !== -1 && seen[x] === s + 1) {
      const cycle: number[] = [];
      let y = x;
      do {
        const e = parent[y] as number;
        cycle.push(e);
        y = from[e] as number;
      } while (y !== x);
      cycle.reverse();
      let total = 0;
      for (const e of cycle) total += edges.weight[e] as number;
      if (total < 0) return cycle;
    }
  }
  return null;
}

/**
 * Dijkstra from `seeds` over out-edges, lowering `dist` (distances from
 * the origin) where a shorter path exists. `dist` must already hold upper
 * bounds that are lengths of real paths. Keys are reduced distances
 * dist[x] - p[x], which never decrease along an edge. Returns the nodes
 * lowered (possibly with repeats).
 */
export function lowerForward(
  edges: EdgeStore,
  headOut: Int32Array,
  p: Float64Array,
  dist: Float64Array,
  seeds: readonly number[],
  heap: MinHeap,
): number[] {
  const { to, weight, nextOut } = edges;
  const lowered: number[] = [];
  heap.clear();
  for (const s of seeds) heap.push((dist[s] as number) - (p[s] as number), s);
  while (heap.size > 0) {
    const x = heap.pop();
    const dx = dist[x] as number;
    if (heap.topKey !== dx - (p[x] as number)) continue;
    for (let e = headOut[x] as number; e !== -1; e = nextOut[e] as number) {
      const y = to[e] as number;
      const candidate = dx + (weight[e] as number);
      if (candidate < (dist[y] as number)) {
        dist[y] = candidate;
        lowered.push(y);
        heap.push(candidate - (p[y] as number), y);
      }
    }
  }
  return lowered;
}

/** As `lowerForward`, over in-edges, for distances to the origin (keys dist[x] + p[x]). */
export function lowerBackward(
  edges: EdgeStore,
  headIn: Int32Array,
  p: Float64Array,
  dist: Float64Array,
  seeds: readonly number[],
  heap: MinHeap,
): number[] {
  const { from, weight, nextIn } = edges;
  const lowered: number[] = [];
  heap.clear();
  for (const s of seeds) heap.push((dist[s] as number) + (p[s] as number), s);
  while (heap.size > 0) {
    const x = heap.pop();
    const dx = dist[x] as number;
    if (heap.topKey !== dx + (p[x] as number)) continue;
    for (let e = headIn[x] as number; e !== -1; e = nextIn[e] as number) {
      const y = from[e] as number;
      const candidate = dx + (weight[e] as number);
      if (candidate < (dist[y] as number)) {
        dist[y] = candidate;
        lowered.push(y);
        heap.push(candidate + (p[y] as number), y);
      }
    }
  }
  return lowered;
}

/**
 * Keeps `p` feasible after the edge u -> v (weight w) has been linked in
 * (Ramalingam–Reps / Cesta–Oddi): if p[v] > p[u] + w, lower p where the
 * new edge reaches, by a Dijkstra over reduced weights from v that stops
 * where nothing needs to move. If it must lower u itself, the edge closes
 * a negative cycle: returned as edges (new edge first), with p untouched.
 */
export function repairPotential(
  edges: EdgeStore,
  headOut: Int32Array,
  p: Float64Array,
  newEdge: number,
  scratch: Scratch,
): number[] | null {
  const u = edges.from[newEdge] as number;
  const v = edges.to[newEdge] as number;
  const delta = (p[u] as number) + (edges.weight[newEdge] as number) - (p[v] as number);
  if (delta >= 0) return null;
  const { to, weight, nextOut } = edges;
  const { key, parent, mark, settled, heap } = scratch;
  const stamp = scratch.nextStamp();
  const moved: number[] = [];
  heap.clear();
  key[v] = delta;
  parent[v] = -1;
  mark[v] = stamp;
  heap.push(delta, v);
  while (heap.size > 0) {
    const x = heap.pop();
    const kx = heap.topKey;
    if (settled[x] === stamp || kx !== key[x]) continue;
    settled[x] = stamp;
    moved.push(x);
    const px = p[x] as number;
    for (let e = headOut[x] as number; e !== -1; e = nextOut[e] as number) {
      const y = to[e] as number;
      if (settled[y] === stamp) continue;
      // New potential of y would be p[y] + candidate; only negative values move it.
      const candidate = kx + (weight[e] as number) + px - (p[y] as number);
      if (candidate >= 0 || (mark[y] === stamp && candidate >= (key[y] as number))) continue;
      if (y === u) {
        const cycle = [newEdge];
        const path: number[] = [e];
        for (let z = x; parent[z] !== -1; z = edges.from[parent[z] as number] as number) path.push(parent[z] as number);
        path.reverse();
        return cycle.concat(path);
      }
      key[y] = candidate;
      mark[y] = stamp;
      parent[y] = e;
      heap.push(candidate, y);
    }
  }
  for (const x of moved) p[x] = (p[x] as number) + (key[x] as number);
  return null;
}
