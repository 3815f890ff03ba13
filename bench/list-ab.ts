// Two checkouts' list side by side in one process: each tree's app built in process (app.inject, no
// sockets) on the bench database, the list walked page by page (20 pages, then from the start), the
// trees alternated in rounds so that other load falls on both alike; prints the process CPU per request
// of each tree per round and the medians. Diagnostic:
//   npx tsx bench/list-ab.ts --a /work/wt/base --b /work/wt/new [--rounds 30] [--requests 100] [--read-workers-b 1]
import { parseArgs } from 'node:util';
import type * as AccountsService from '../src/server/features/accounts/service.ts';
import type * as Actor from '../src/server/features/accounts/actor.ts';
import type * as App from '../src/server/http/app.ts';
import type * as Config from '../src/server/config.ts';
import type * as Database from '../src/server/db/database.ts';
import { databaseTarget, databaseUrl } from './targets.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    rounds: { type: 'string', default: '30' },
    requests: { type: 'string', default: '100' },
    'read-workers-a': { type: 'string', default: '0' },
    'read-workers-b': { type: 'string', default: '0' },
    path: { type: 'string', default: '/api/v1/instructions?party=BY&limit=50' },
  },
});
if (!values.a || !values.b) throw new Error('--a and --b name the two checkouts');

interface Tree {
  name: string;
  one(): Promise<void>;
}

async function tree(name: string, root: string, readWorkers: number): Promise<Tree> {
  const { openDatabase } = (await import(`${root}/src/server/db/database.ts`)) as typeof Database;
  const { loadConfig } = (await import(`${root}/src/server/config.ts`)) as typeof Config;
  const { buildApp } = (await import(`${root}/src/server/http/app.ts`)) as typeof App;
  const { SYSTEM_ACTOR } = (await import(`${root}/src/server/features/accounts/actor.ts`)) as typeof Actor;
  const { createToken, createUser } = (await import(`${root}/src/server/features/accounts/service.ts`)) as typeof AccountsService;
  const db = openDatabase(databaseTarget('sqlite'), readWorkers > 0 ? ({ readWorkers } as object) : {});
  const app = await buildApp({ db, config: loadConfig({ DATABASE_URL: databaseUrl('sqlite'), ACCORD_DEMO: 'false' }) });
  const user = await createUser(db.kysely, SYSTEM_ACTOR, { email: `ab-${name}-${Date.now()}@bench.local`, name: 'AB', password: 'ab-password-1', role: 'viewer' });
  const token = (await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'ab' })).secret;
  let cursor: string | null = null;
  let pages = 0;
  return {
    name,
    async one() {
      const res = await app.inject({ method: 'GET', url: cursor === null ? values.path! : `${values.path!}&cursor=${encodeURIComponent(cursor)}`, headers: { authorization: `Bearer ${token}` } });
      if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      const next = /"nextCursor":"([^"]+)"/.exec(res.body)?.[1] ?? null;
      pages = next === null || pages + 1 >= 20 ? 0 : pages + 1;
      cursor = pages === 0 ? null : next;
    },
  };
}

const trees = [await tree('a', values.a, Number(values['read-workers-a'])), await tree('b', values.b, Number(values['read-workers-b']))];
const requests = Number(values.requests);
const perTree = new Map<string, number[]>(trees.map((t) => [t.name, []]));
for (const t of trees) for (let i = 0; i < 200; i++) await t.one(); // warm-up
for (let round = 0; round < Number(values.rounds); round++) {
  for (const t of round % 2 === 0 ? trees : [...trees].reverse()) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < requests; i++) await t.one();
    const c = process.cpuUsage(c0);
    perTree.get(t.name)!.push((c.user + c.system) / 1000 / requests);
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? Number.NaN;
const [a, b] = [perTree.get('a')!, perTree.get('b')!];
const wins = a.filter((x, i) => (b[i] ?? Infinity) < x).length;
process.stdout.write(`CPU per request (ms), medians of ${a.length} rounds of ${requests}: a ${median(a).toFixed(3)}, b ${median(b).toFixed(3)}, b/a ${(median(b) / median(a)).toFixed(2)}; b cheaper in ${wins} of ${a.length} rounds\n`);
process.exit(0);
