// Child processes for the benchmarks: the Accord server (as `npm start` runs it, but with the bench
// database and no demo) and a bare Fastify baseline. Each runs in its own process so its RSS can be
// read and the load generator does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Child {
  url: string;
  pid: number;
  /** resident and peak resident memory, in MB, from /proc */
  memory(): { rssMb: number; peakMb: number };
  /** the last lines the process wrote, for error messages */
  output(): string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// Whatever happens to the benchmark, its servers do not outlive it.
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

async function start(args: string[], env: Record<string, string>, port: number, probe: string): Promise<Child> {
  // TypeScript entries run through tsx; bin/accord.js is JavaScript (it runs the compiled server)
  const child = spawn(process.execPath, args[0]?.endsWith('.ts') ? ['--import', 'tsx', ...args] : args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  // the first start may apply new migrations to a million rows (index builds): allow minutes
  await waitFor(`${url}${probe}`, child, () => out, 300_000);
  const pid = child.pid;
  if (pid === undefined) throw new Error('no pid');
  return {
    url,
    pid,
    memory: () => memoryOf(pid),
    output: () => `${child.exitCode === null ? '(running)' : `(exited ${child.exitCode} ${child.signalCode ?? ''})`}\n${out}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const exited = new Promise((resolve) => child.once('exit', resolve));
        if ((await Promise.race([exited, sleep(10_000, 'timeout')])) === 'timeout') child.kill('SIGKILL');
      }
      children.delete(child);
    },
  };
}

export function startAccord(databaseUrl: string, port: number): Promise<Child> {
  // as `npm start` runs it: the compiled server (bin/server-build.js), built first when stale
  return start(['bin/accord.js', 'serve', '--port', String(port), '--demo', 'false'], { DATABASE_URL: databaseUrl, ACCORD_LOG_LEVEL: 'warn', HOST: '127.0.0.1' }, port, '/api/v1/health');
}

/** The bare Fastify baseline: serving the real list from `dialect`'s bench database, or a canned page (no database). */
export function startBare(port: number, source: { payloadFile: string } | { dialect: string }): Promise<Child> {
  const env: Record<string, string> = 'dialect' in source ? { BARE_DIALECT: source.dialect } : { BARE_PAYLOAD: source.payloadFile };
  return start(['bench/bare-server.ts'], { BARE_PORT: String(port), ...env }, port, '/health');
}
