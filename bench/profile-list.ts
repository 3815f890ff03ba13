// Where a list request's CPU goes: the Accord app built in this process on the bench database
// (`npm run bench:generate` first), the list walked page by page through `app.inject` (no sockets, so
// the figures are the app's own), with the V8 sampling profiler on. Prints CPU per request and the
// share of self time by where the code lives (SQLite, zod, Kysely, Fastify, GC, Accord's own …).
// Diagnostic, not a target: `npx tsx bench/profile-list.ts [--dialect sqlite|postgres] [--requests N]`.
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/database.ts';
import { loadConfig } from '../src/server/config.ts';
import { buildApp } from '../src/server/http/app.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../src/server/features/accounts/service.ts';
import { databaseTarget, databaseUrl, parseDialects, PG_SCHEMA } from './targets.ts';

const { values } = parseArgs({ options: { dialect: { type: 'string', default: 'sqlite' }, requests: { type: 'string', default: '3000' } } });
const [dialect] = parseDialects(values.dialect);
if (!dialect) throw new Error('one dialect');
const requests = Number(values.requests);
const PATH = '/api/v1/instructions?party=BY&limit=50';
const PAGES_PER_WALK = 20;

const db = await openDatabase(databaseTarget(dialect), dialect === 'postgres' ? { searchPath: PG_SCHEMA } : {});
const config = loadConfig({ DATABASE_URL: databaseUrl(dialect), ACCORD_DEMO: 'false' });
const app = await buildApp({ db, config });
const user = await createUser(db.kysely, SYSTEM_ACTOR, { email: `profile-${Date.now()}@bench.local`, name: 'Profile', password: 'profile-password-1', role: 'viewer' });
const token = (await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'profile' })).secret;

let cursor: string | undefined;
let pages = 0;
async function one(): Promise<void> {
  const res = await app.inject({ method: 'GET', url: cursor ? `${PATH}&cursor=${encodeURIComponent(cursor)}` : PATH, headers: { authorization: `Bearer ${token}` } });
  if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}: ${res.body.slice(0, 200)}`);
  const next = (JSON.parse(res.body) as { nextCursor: string | null }).nextCursor;
  pages = next === null || pages + 1 >= PAGES_PER_WALK ? 0 : pages + 1;
  cursor = pages === 0 ? undefined : next ?? undefined;
}

for (let i = 0; i < 200; i++) await one(); // warm-up: JIT, statement cache, page cache

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < requests; i++) await one();
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Self time by bucket. The test client's own parsing (JSON.parse of the body) counts as "bench".
interface Node { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
const bucketOf = (n: Node): string => {
  const { url, functionName } = n.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)' || functionName === '(idle)') return functionName;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] ?? url;
  if (url.includes('/src/server/')) return `accord ${url.split('/src/server/')[1]?.split('/').slice(0, 2).join('/')}`;
  if (url.includes('/bench/')) return 'bench';
  if (url.startsWith('node:')) return `node ${url.slice(5).split('/')[0]}`;
  return functionName ? `native ${functionName}` : '(native)';
};
const ticks = new Map<string, number>();
const fnTicks = new Map<string, number>();
const samples = profile.samples ?? [];
for (const id of samples) {
  const n = nodes.get(id);
  if (!n) continue;
  const b = bucketOf(n);
  ticks.set(b, (ticks.get(b) ?? 0) + 1);
  const f = `${b}: ${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}`;
  fnTicks.set(f, (fnTicks.get(f) ?? 0) + 1);
}
const total = samples.length;
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${dialect}: ${requests} list requests in process, ${(wall / requests).toFixed(2)} ms wall, ${(cpuMs / requests).toFixed(2)} ms CPU per request\n`);
for (const [b, t] of [...ticks].sort((a, c) => c[1] - a[1]).slice(0, 25)) {
  process.stdout.write(`  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${b}\n`);
}
process.stdout.write('functions:\n');
for (const [f, t] of [...fnTicks].sort((a, c) => c[1] - a[1]).slice(0, 30)) {
  process.stdout.write(`  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${f}\n`);
}
await app.close();
await db.close();
