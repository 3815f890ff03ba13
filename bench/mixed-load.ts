// Sustained mixed load: 80 % reads (instruction list pages, instruction detail, control summary) and
// 20 % writes (reports; reviews of reports written during the run, by a controller) at 32 connections,
// against SQLite with one Accord process and against PostgreSQL with two Accord processes (autocannon
// spreads its connections over both, round robin). Throughput, p50/p99 latency, errors (must be 0) and
// each server's RSS. Loopback only; every phase is bounded; the servers are killed when this exits.
//   npm run bench:mixed -- [--seconds 60] [--dialect sqlite|postgres|both] [--instructions 500]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { pgSchema, rng, seedDatabase, startAccord, type ServerProcess } from '../test/durability/server.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    dialect: { type: 'string', default: 'both' },
    instructions: { type: 'string', default: '500' },
    connections: { type: 'string', default: '32' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const INSTRUCTIONS = Number(args.instructions);
const PG_URL = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

// The whole run stops itself, whatever happens.
setTimeout(() => {
  process.stderr.write('bench:mixed: giving up after 20 minutes\n');
  process.exit(2);
}, 20 * 60_000).unref();

interface Figures {
  setup: string;
  requests: number;
  perSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  max: number;
  non2xx: number;
  reads: number;
  writes: number;
  rssMb: number[];
}

async function mixedLoad(servers: ServerProcess[], seeded: Awaited<ReturnType<typeof seedDatabase>>, setup: string): Promise<Figures> {
  const random = rng(2023_02_05);
  const admin = `Bearer ${seeded.token}`;
  const controller = `Bearer ${seeded.reviewerToken}`;
  const pending: number[] = [];
  let reads = 0;
  let writes = 0;
  const ids = seeded.instructionIds;
  const pick = () => ids[Math.floor(random() * ids.length)] ?? 1;
  const result = await autocannon({
    // autocannon takes several targets and gives each connection one of them in turn; its types say string.
    url: servers.map((s) => s.url) as unknown as string,
    connections: CONNECTIONS,
    duration: SECONDS,
    // The machine is shared and loaded: a slow answer is measured, not abandoned at autocannon's 10 s.
    timeout: 30,
    requests: [
      {
        method: 'GET',
        path: '/api/v1/health',
        setupRequest: (req) => {
          const r = random();
          if (r < 0.8) {
            reads += 1;
            const path = r < 0.35 ? `/api/v1/instructions?limit=50${random() < 0.5 ? '&party=BY' : '&topic=energy'}` : r < 0.7 ? `/api/v1/instructions/${pick()}` : '/api/v1/control/summary';
            return { ...req, method: 'GET', path, headers: { authorization: admin }, body: undefined };
          }
          writes += 1;
          const review = r >= 0.93 ? pending.shift() : undefined;
          if (review !== undefined) {
            return { ...req, method: 'POST', path: `/api/v1/reports/${review}/review`, headers: { authorization: controller, 'content-type': 'application/json' }, body: JSON.stringify({ status: random() < 0.8 ? 'accepted' : 'returned', comment: 'Checked against the ministry\u2019s data.' }) };
          }
          const body = JSON.stringify({ text: `Progress report ${Math.floor(random() * 1e9)}: the working group met and agreed the next steps.`, progress: Math.floor(random() * 99) });
          return { ...req, method: 'POST', path: `/api/v1/instructions/${pick()}/reports`, headers: { authorization: admin, 'content-type': 'application/json' }, body };
        },
        onResponse: (status, body) => {
          if (status !== 201) return;
          const id = /^\{"id":(\d+),"instructionId"/.exec(body)?.[1];
          if (id !== undefined && pending.length < 10_000) pending.push(Number(id));
        },
      },
    ],
  });
  return {
    setup,
    requests: result.requests.total,
    perSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    max: result.latency.max,
    non2xx: result.non2xx,
    reads,
    writes,
    rssMb: servers.map((s) => Math.round(s.rssMb())),
  };
}

async function runSqlite(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-mixed-'));
  const url = `sqlite:${join(dir, 'accord.db')}`;
  try {
    const seeded = await seedDatabase(url, INSTRUCTIONS);
    const server = await startAccord(url);
    try {
      return await mixedLoad([server], seeded, 'SQLite, 1 process');
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runPostgres(): Promise<Figures> {
  const schema = await pgSchema(PG_URL);
  try {
    const seeded = await seedDatabase(schema.url, INSTRUCTIONS);
    const servers = await Promise.all([startAccord(schema.url), startAccord(schema.url)]);
    try {
      return await mixedLoad(servers, seeded, 'PostgreSQL, 2 processes');
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  } finally {
    await schema.drop();
  }
}

const runs: Figures[] = [];
if (args.dialect !== 'postgres') runs.push(await runSqlite());
if (args.dialect !== 'sqlite') runs.push(await runPostgres());
const load = (await import('node:os')).loadavg()[0]?.toFixed(1);
process.stdout.write(`\nMixed load: ${CONNECTIONS} connections, ${SECONDS} s, ${INSTRUCTIONS} instructions seeded, load average ${load}\n\n`);
process.stdout.write('| setup | requests | req/s | p50 ms | p99 ms | max ms | errors (timeouts) | non-2xx | reads / writes | server RSS MB |\n|---|---|---|---|---|---|---|---|---|---|\n');
for (const f of runs) {
  process.stdout.write(`| ${f.setup} | ${f.requests} | ${f.perSec.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.max} | ${f.errors} (${f.timeouts}) | ${f.non2xx} | ${f.reads} / ${f.writes} | ${f.rssMb.join(' + ')} |\n`);
}
const failed = runs.some((f) => f.errors > 0 || f.timeouts > 0 || f.non2xx > 0);
if (failed) process.stderr.write('bench:mixed: some requests failed (errors and non-2xx must be 0)\n');
process.exit(failed ? 1 : 0);
