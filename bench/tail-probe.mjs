// Loaded into a server under load by bench/list-tail.ts (`node --import bench/tail-probe.mjs …`): what the
// server's own thread did while a list run was under way. Records, in epoch milliseconds,
//  - every garbage collection (start, duration, kind) from the `gc` performance entries;
//  - every HTTP request from the moment Node handed it to the server to the moment its response was
//    written (diagnostics_channel `http.server.request.start` / `http.server.response.finish`), with
//    whether it carried a cursor;
//  - the event loop's delay (perf_hooks histogram, 1 ms resolution).
// SIGUSR2 writes what was recorded since the last signal to TAIL_PROBE_OUT (JSON) and starts afresh.
// Plain JavaScript: it runs before the server and whatever loads TypeScript.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

const out = process.env.TAIL_PROBE_OUT ?? '/tmp/tail-probe.json';
const origin = performance.timeOrigin;
let gcs = [];
let requests = [];
let cpu0 = process.cpuUsage();
const started = new WeakMap();
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ at: origin + e.startTime, ms: e.duration, kind: e.detail?.kind ?? 0 });
}).observe({ entryTypes: ['gc'] });

subscribe('http.server.request.start', ({ request }) => started.set(request, performance.now()));
subscribe('http.server.response.finish', ({ request }) => {
  const t0 = started.get(request);
  if (t0 === undefined) return;
  const t1 = performance.now();
  requests.push({ at: origin + t0, ms: t1 - t0, cursor: request.url.includes('cursor=') });
});

process.on('SIGUSR2', () => {
  const cpu = process.cpuUsage(cpu0);
  cpu0 = process.cpuUsage();
  writeFileSync(out, JSON.stringify({ gcs, requests, cpuMs: (cpu.user + cpu.system) / 1000, loop: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6, mean: loop.mean / 1e6 } }));
  gcs = [];
  requests = [];
  loop.reset();
});
