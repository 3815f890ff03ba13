// The instruction list under load: autocannon with 32 connections on loopback, each connection walking
// a filtered list page by page with the cursors the server hands out (back to page 1 after
// PAGES_PER_WALK pages), against the bare Fastify baseline serving a page of the same size.
import autocannon from 'autocannon';

export const CONNECTIONS = 32;
export const PAGES_PER_WALK = 20;

export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
  seconds: number;
}

const CURSOR = /"nextCursor":"([^"]+)"/;

interface WalkContext {
  cursor?: string | undefined;
  pages?: number;
}

export async function load(options: { url: string; path: string; token?: string; seconds: number; walk: boolean }): Promise<LoadResult> {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const page: autocannon.Request = {
    method: 'GET',
    path: options.path,
    setupRequest: (req, context: WalkContext) => {
      const cursor = options.walk ? context.cursor : undefined;
      return { ...req, path: cursor === undefined ? options.path : `${options.path}&cursor=${encodeURIComponent(cursor)}` };
    },
    // a regex on the body, not JSON.parse: the load generator shares two cores with the server
    onResponse: (status, body, context: WalkContext) => {
      if (!options.walk) return;
      const pages = (context.pages ?? 0) + 1;
      const next = status === 200 ? CURSOR.exec(body)?.[1] : undefined;
      context.pages = next === undefined || pages >= PAGES_PER_WALK ? 0 : pages;
      context.cursor = context.pages === 0 ? undefined : next;
    },
  };
  const result = await autocannon({
    url: options.url,
    connections: CONNECTIONS,
    duration: options.seconds,
    headers,
    // autocannon gives each pass over `requests` a fresh context: with one entry every request was the
    // first page (no cursor ever reached the server). One entry per page of a walk keeps the cursor.
    requests: Array.from({ length: options.walk ? PAGES_PER_WALK : 1 }, () => page),
  });
  return {
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    seconds: options.seconds,
  };
}

export interface DeepPagesResult {
  pages: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Pages anywhere in the list, not only the first twenty: one connection, one request after another,
 * each starting at a cursor taken at a random instruction of the filtered list (the cursor the server
 * would have handed out after that instruction). Keyset paging promises the same cost at any depth;
 * this is the measure that shows whether it keeps it.
 */
export async function deepPages(options: { url: string; path: string; token?: string; cursors: readonly string[] }): Promise<DeepPagesResult> {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const times: number[] = [];
  for (const cursor of options.cursors) {
    const t0 = performance.now();
    const res = await fetch(`${options.url}${options.path}&cursor=${encodeURIComponent(cursor)}`, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`a deep page answered ${res.status}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { pages: times.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: times[times.length - 1] ?? 0 };
}
