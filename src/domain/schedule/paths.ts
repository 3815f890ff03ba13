// Shortest paths over the sparse distance graph (see graph.ts). Never an
// all-pairs matrix: 10,000 engagements would need 10^8 cells.
//
// - `feasiblePotential`: Bellman–Ford with a FIFO queue from every node at
//   once, with Tarjan's subtree disassembly (Cherkassky–Goldberg "BFCT"):
//   when a node's label drops, the labels of its descendants in the
//   shortest-path tree are stale, so they leave the tree and the queue
//   instead of being scanned again. That keeps long chains linear (plain
//   FIFO Bellman–Ford took 2 s on a 10,000-engagement chain) and finds a
//   negative cycle the moment an edge leads into its own ancestor.
// - With a feasible potential every reduced weight w + p[x] - p[y] is >= 0,
//   so the windows come from two Dijkstra runs (Johnson's reweighting), and
//   incremental work is Dijkstra restricted to what changes.

import type { EdgeStore, MinHeap, Scratch } from './graph.ts';

/** Edges of a negative cycle, each leading to the next, or null when p is now feasible. */
export function feasiblePotential(edges: EdgeStore, headOut: Int32Array, p: Float64Array): number[] | null {
  const n = p.length;
  const { from, to, weight, nextOut } = edges;
  // The shortest-path tree: parent edge, depth, and a preorder thread
  // (succ/pred) under a virtual root n that every node starts below.
  const root = n;
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n + 1).fill(1);
  depth[root] = 0;
  const succ = new Int32Array(n + 1);
  const pred = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    succ[i] = i === n ? 0 : i + 1 === n ? -1 : i + 1;
    pred[i] = i === n ? -1 : i === 0 ? root : i - 1;
  }
  const inTree = new Uint8Array(n).fill(1);
  const inQueue = new Uint8Array(n).fill(1);
  let queue = new Int32Array(Math.max(16, n * 2));
  for (let i = 0; i < n; i++) queue[i] = i;
  let head = 0;
  let tail = n;
  const enqueue = (x: number): void => {
    if (tail === queue.length) {
      const live = queue.subarray(head, tail);
      const bigger = new Int32Array(Math.max(queue.length, live.length * 2 + 16));
      bigger.set(live);
      queue = bigger;
      tail -= head;
      head = 0;
    }
    queue[tail++] = x;
  };
  while (head < tail) {
    const x = queue[head++] as number;
    if (inQueue[x] === 0) continue; // left the tree after it was queued
    inQueue[x] = 0;
    const px = p[x] as number;
    for (let e = headOut[x] as number; e !== -1; e = nextOut[e] as number) {
      const y = to[e] as number;
      const candidate = px + (weight[e] as number);
      if (candidate >= (p[y] as number)) continue;
      p[y] = candidate;
      if (inTree[y] === 1) {
        // Detach y's subtree: its descendants' labels are now stale.
        const dy = depth[y] as number;
        let z = succ[y] as number;
        while (z !== -1 && (depth[z] as number) > dy) {
          if (z === x) return treeCycle(from, parent, x, y, e);
          // parent[z] stays: treeCycle may still walk it if x turns up further down.
          inTree[z] = 0;
          inQueue[z] = 0;
          z = succ[z] as number;
        }
        const before = pred[y] as number;
        succ[before] = z;
        if (z !== -1) pred[z] = before;
      }
      // Hang y under x, first in x's children.
      parent[y] = e;
      inTree[y] = 1;
      depth[y] = (depth[x] as number) + 1;
      const after = succ[x] as number;
      succ[y] = after;
      if (after !== -1) pred[after] = y;
      succ[x] = y;
      pred[y] = x;
      if (inQueue[y] === 0) {
        inQueue[y] = 1;
        enqueue(y);
      }
    }
  }
  return null;
}

/** The cycle closed by edge x -> y when x lies in y's subtree: y's tree path down to x, then the edge. */
function treeCycle(from: Int32Array, parent: Int32Array, x: number, y: number, e: number): number[] {
  const path: number[] = [];
  for (let z = x; z !== y; z = from[parent[z] as number] as number) path.push(parent[z] as number);
  path.reverse();
  path.push(e);
  return path;
}

/**
 * Dijkstra from `seeds` over out-edges, lowering `dist` (distances from
 * the origin) where a shorter path exists and recording the edge used in
 * `via`. `dist` must already hold upper bounds that are lengths of real
 * paths. Keys are reduced distances dist[x] - p[x], which never decrease
 * along an edge. Returns the nodes lowered (possibly with repeats).
 */
export function lowerForward(
  edges: EdgeStore,
  headOut: Int32Array,
  p: Float64Array,
  dist: Float64Array,
  via: Int32Array,
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
        via[y] = e;
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
  via: Int32Array,
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
        via[y] = e;
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
