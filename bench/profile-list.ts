// Where a list request's CPU goes: the Accord app built in this process on the bench database
// (`npm run bench:generate` first), the list walked page by page through `app.inject` (no sockets, so
// the figures are the app's own), with the V8 sampling profiler on. Prints CPU per request and the
// share of self time by where the code lives (SQLite, zod, Kysely, Fastify, GC, Accord's own …).
// Diagnostic, not a target: `npx tsx bench/profile-list.ts [--dialect sqlite|postgres] [--requests N]`.
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/database.ts';
import { loadConfig } from '../src/server/config.ts';
import { buildApp } from '../src/server/http/app.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../src/server/features/accounts/service.ts';
import { commonBucket, printProfile, profileCpu } from './cpu-profile.ts';
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

const { profile, cpuMs, wallMs } = await profileCpu(async () => {
  for (let i = 0; i < requests; i++) await one();
});
// The test client's own parsing (JSON.parse of the body) counts as "bench".
const bucketOf = (functionName: string, url: string): string => {
  const common = commonBucket(functionName, url);
  if (common !== undefined) return common;
  if (url.includes('/src/server/')) return `accord ${url.split('/src/server/')[1]?.split('/').slice(0, 2).join('/')}`;
  if (url.includes('/bench/')) return 'bench';
  return url;
};
process.stdout.write(`${dialect}: ${requests} list requests in process, ${(wallMs / requests).toFixed(2)} ms wall, ${(cpuMs / requests).toFixed(2)} ms CPU per request\n`);
printProfile(profile, bucketOf);
await app.close();
await db.close();
