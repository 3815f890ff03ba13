// The V8 sampling profiler around a piece of work in this process, and a print-out of self time by bucket (where the
// code lives) and by function. Shared by the diagnostic profilers (bench/profile-list.ts, bench/profile-extract.ts).
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
}

/** Runs `work` with the sampling profiler on (200 µs interval); returns the profile and the process CPU it took (ms). */
export async function profileCpu(work: () => Promise<void> | void): Promise<{ profile: CpuProfile; cpuMs: number; wallMs: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return { profile: profile as unknown as CpuProfile, cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
}

/** The bucket of code outside the project: GC, a package under node_modules, node's own modules, native code. */
export function commonBucket(functionName: string, url: string): string | undefined {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)' || functionName === '(idle)') return functionName;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] ?? url;
  if (url.startsWith('node:')) return `node ${url.slice(5).split('/')[0]}`;
  if (!url) return functionName ? `native ${functionName}` : '(native)';
  return undefined;
}

/** Prints the share of self time by bucket (top 25) and by function (top `functions`). */
export function printProfile(profile: CpuProfile, bucketOf: (functionName: string, url: string) => string, functions = 30): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const ticks = new Map<string, number>();
  const fnTicks = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const n = nodes.get(id);
    if (!n) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const b = bucketOf(functionName, url);
    ticks.set(b, (ticks.get(b) ?? 0) + 1);
    const f = `${b}: ${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    fnTicks.set(f, (fnTicks.get(f) ?? 0) + 1);
  }
  const total = samples.length || 1;
  const line = (share: number, what: string): void => void process.stdout.write(`  ${((100 * share) / total).toFixed(1).padStart(5)} %  ${what}\n`);
  for (const [b, t] of [...ticks].sort((a, c) => c[1] - a[1]).slice(0, 25)) line(t, b);
  process.stdout.write('functions:\n');
  for (const [f, t] of [...fnTicks].sort((a, c) => c[1] - a[1]).slice(0, functions)) line(t, f);
}
