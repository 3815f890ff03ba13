// What makes the list's tail latency: the list load of `npm run bench` (autocannon, 32 connections, each
// walking pages of `party=BY&limit=50` by their cursors) against the Accord server with a probe inside it
// (bench/tail-probe.mjs: its garbage collections, each request's time on the server, the event loop's
// delay), then the client's latencies by page, the server's service times, and for the slowest
// requests how much of their wait was garbage collection and how many other requests were served
// meanwhile (queueing). Diagnostic, not a target:
//   npx tsx bench/list-tail.ts [--seconds 15] [--runs 1] [--path '/api/v1/instructions?party=BY&limit=50']
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../src/server/db/database.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../src/server/features/accounts/service.ts';
import { CONNECTIONS, PAGES_PER_WALK } from './list-bench.ts';
import { startAccord } from './processes.ts';
import { databaseTarget, databaseUrl } from './targets.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '15' }, runs: { type: 'string', default: '1' }, path: { type: 'string', default: '/api/v1/instructions?party=BY&limit=50' }, port: { type: 'string', default: '3189' }, 'as-bench': { type: 'boolean', default: false } },
});
const PROBE_OUT = `/tmp/tail-probe-${process.pid}.json`;

interface Probe {
  gcs: { at: number; ms: number; kind: number }[];
  requests: { at: number; ms: number; cursor: boolean }[];
  cpuMs: number;
  loop: { p50: number; p99: number; max: number; mean: number };
}
interface Sample {
  page: number;
  ms: number;
  end: number;
}
interface Context {
  cursor?: string | undefined;
  page?: number;
  t0?: number;
}

/** CPU time (user + system, ms) of each thread of a process so far, by thread name, from /proc/<pid>/task. */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = tid === String(pid) ? 'event loop' : (/\((.*)\)/.exec(stat)?.[1] ?? '?');
      const fields = stat.split(') ')[1]?.split(' ') ?? [];
      out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** Idle and iowait clock ticks (10 ms) of the whole machine so far, from /proc/stat. */
function idleTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
  return Number(fields[4]) + Number(fields[5]);
}

const CURSOR = /"nextCursor":"([^"]+)"/;
const now = () => performance.timeOrigin + performance.now();

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);
}
const f1 = (v: number) => v.toFixed(1);
const stats = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `n ${s.length}, p50 ${f1(quantile(s, 0.5))}, p90 ${f1(quantile(s, 0.9))}, p99 ${f1(quantile(s, 0.99))}, max ${f1(s[s.length - 1] ?? Number.NaN)}, mean ${f1(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length))}`;
};

async function token(): Promise<string> {
  const db = openDatabase(databaseTarget('sqlite'));
  try {
    const user = await createUser(db.kysely, SYSTEM_ACTOR, { email: `tail-${Date.now()}@bench.local`, name: 'Tail', password: 'tail-password-1', role: 'viewer' });
    return (await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'tail' })).secret;
  } finally {
    await db.close();
  }
}

async function walk(url: string, path: string, secret: string, seconds: number): Promise<{ samples: Sample[]; result: autocannon.Result }> {
  const samples: Sample[] = [];
  const request: autocannon.Request = {
    method: 'GET',
    path,
    setupRequest: (req, context: Context) => {
      context.t0 = now();
      return { ...req, path: context.cursor === undefined ? path : `${path}&cursor=${encodeURIComponent(context.cursor)}` };
    },
    onResponse: (status, body, context: Context) => {
      const end = now();
      const page = context.page ?? 0;
      samples.push({ page, ms: end - (context.t0 ?? end), end });
      context.page = page + 1;
      context.cursor = status === 200 ? CURSOR.exec(body)?.[1] : undefined;
    },
  };
  // autocannon starts each pass over `requests` with a fresh context: one entry per page of a walk
  // (--as-bench: one entry, as bench/list-bench.ts had it, so every request is the first page)
  const requests = Array.from({ length: values['as-bench'] ? 1 : PAGES_PER_WALK }, () => request);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { authorization: `Bearer ${secret}` }, requests });
  return { samples, result };
}

function report(samples: readonly Sample[], result: autocannon.Result, probe: Probe, seconds: number): void {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`autocannon: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors + result.timeouts}`);
  say(`client, every request (ms): ${stats(samples.map((s) => s.ms))}`);
  const byPage = new Map<number, number[]>();
  for (const s of samples) byPage.set(s.page, [...(byPage.get(s.page) ?? []), s.ms]);
  say(`client by page of the walk (p50 / p99 ms): ${[...byPage].sort((a, b) => a[0] - b[0]).map(([p, xs]) => { const s = xs.sort((a, b) => a - b); return `${p + 1}: ${f1(quantile(s, 0.5))}/${f1(quantile(s, 0.99))}`; }).join(', ')}`);
  const served = probe.requests;
  say(`server, time per request from parse to response written (ms): ${stats(served.map((r) => r.ms))}; with a cursor ${served.filter((r) => r.cursor).length} of ${served.length}`);
  say(`server CPU per request ${(probe.cpuMs / Math.max(1, served.length)).toFixed(2)} ms`);
  const gcTotal = probe.gcs.reduce((a, g) => a + g.ms, 0);
  const kinds = new Map<number, number[]>();
  for (const g of probe.gcs) kinds.set(g.kind, [...(kinds.get(g.kind) ?? []), g.ms]);
  say(`GC: ${probe.gcs.length} pauses, ${f1(gcTotal)} ms in ${seconds} s (${f1((100 * gcTotal) / (seconds * 1000))} % of wall), ${f1(gcTotal / Math.max(1, served.length))} ms per request; by kind (1 scavenge, 2 mark-compact, 4 incremental, 8 weak callbacks): ${[...kinds].map(([k, xs]) => `${k}: ${stats(xs)}`).join('; ')}`);
  say(`event loop delay (ms): p50 ${f1(probe.loop.p50)}, p99 ${f1(probe.loop.p99)}, max ${f1(probe.loop.max)}, mean ${f1(probe.loop.mean)}`);
  // The slowest hundredth of requests against the middle: during each one's wait, GC time and the
  // number and service time of the requests the server finished.
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const p99 = quantile(sorted.map((s) => s.ms), 0.99);
  const slow = sorted.filter((s) => s.ms >= p99);
  const middle = sorted.slice(Math.floor(sorted.length * 0.45), Math.floor(sorted.length * 0.55));
  const during = (group: readonly Sample[]) => {
    let gc = 0;
    let n = 0;
    let work = 0;
    let longest = 0;
    for (const s of group) {
      const a = s.end - s.ms;
      const b = s.end;
      for (const g of probe.gcs) gc += Math.max(0, Math.min(b, g.at + g.ms) - Math.max(a, g.at));
      for (const r of served) {
        if (r.at + r.ms > a && r.at + r.ms <= b) {
          n++;
          work += r.ms;
          longest = Math.max(longest, r.ms);
        }
      }
    }
    const k = Math.max(1, group.length);
    return `latency ${f1(group.reduce((x, s) => x + s.ms, 0) / k)} ms: GC ${f1(gc / k)} ms, ${f1(n / k)} requests finished meanwhile taking ${f1(work / k)} ms (their longest ${f1(longest)})`;
  };
  say(`slowest 1 % (${slow.length}, >= ${f1(p99)} ms), on average: ${during(slow)}`);
  say(`middle 10 % (${middle.length}), on average: ${during(middle)}`);
  const longServed = [...served].sort((a, b) => b.ms - a.ms).slice(0, 8);
  say(`longest server times (ms): ${longServed.map((r) => `${f1(r.ms)}${r.cursor ? '' : ' (first page)'}`).join(', ')}`);
}

const secret = await token();
const previous = process.env.NODE_OPTIONS;
process.env.NODE_OPTIONS = `${previous ?? ''} --import ${new URL('./tail-probe.mjs', import.meta.url).pathname}`.trim();
process.env.TAIL_PROBE_OUT = PROBE_OUT;
const port = Number(values.port);
const server = await startAccord(databaseUrl('sqlite'), port);
if (previous === undefined) delete process.env.NODE_OPTIONS;
else process.env.NODE_OPTIONS = previous;
try {
  const seconds = Number(values.seconds);
  // warm-up (JIT, statement and page caches), then the probe starts afresh
  await walk(server.url, values.path, secret, 3);
  for (let run = 0; run < Number(values.runs); run++) {
    process.kill(server.pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 300));
    process.stdout.write(`run ${run + 1}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
    const threads0 = threadCpu(server.pid);
    const idle0 = idleTicks();
    const self0 = process.cpuUsage();
    const { samples, result } = await walk(server.url, values.path, secret, seconds);
    const self = process.cpuUsage(self0);
    const idle = (idleTicks() - idle0) * 10;
    const threads = threadCpu(server.pid);
    const served = result.requests.total;
    process.stdout.write(`server threads, CPU per request (ms): ${[...threads].map(([name, ms]) => [name, ms - (threads0.get(name) ?? 0)] as const).filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${(ms / served).toFixed(2)}`).join(', ')}\n`);
    process.stdout.write(`machine: idle ${(idle / 1000).toFixed(1)} core-seconds of ${(seconds * cpus().length).toFixed(0)}; the load generator (this process) used ${((self.user + self.system) / 1e6).toFixed(1)} s of CPU\n`);
    process.kill(server.pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 500));
    report(samples, result, JSON.parse(readFileSync(PROBE_OUT, 'utf8')) as Probe, seconds);
  }
  process.stdout.write(`server RSS after (MB): ${JSON.stringify(server.memory())}\n`);
} finally {
  await server.stop();
}
process.exit(0);
