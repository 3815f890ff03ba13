// The instruction list's bytes, to compare two trees: the app of this checkout built in process on the
// bench database, a fixed set of list requests (16 filter shapes, each walked a few pages by its
// cursors, plus bad input), and the SHA-256 of every response (status, content type, body) and of all
// of them together. Run it in both trees on the same day and database and compare the last line:
//   npx tsx bench/list-identity.ts [--dialect sqlite|postgres] [--verbose]
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/database.ts';
import { loadConfig } from '../src/server/config.ts';
import { buildApp } from '../src/server/http/app.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { createToken, createUser } from '../src/server/features/accounts/service.ts';
import { databaseTarget, databaseUrl, parseDialects, PG_SCHEMA } from './targets.ts';

const { values } = parseArgs({ options: { dialect: { type: 'string', default: 'sqlite' }, verbose: { type: 'boolean', default: false } } });
const [dialect] = parseDialects(values.dialect);
if (!dialect) throw new Error('one dialect');

/** Each shape with the number of pages walked from its first page. */
const SHAPES: [string, number][] = [
  ['party=BY&limit=50', 8],
  ['party=RU&limit=17', 5],
  ['topic=energy', 5],
  ['body=7', 5],
  ['q=gas', 4],
  ['parent=5', 3],
  ['state=overdue&party=BY', 5],
  ['state=at_risk', 5],
  ['state=fulfilled&topic=trade', 5],
  ['state=withdrawn', 4],
  ['dueFrom=2024-01-01&dueTo=2024-03-31', 5],
  ['party=BY&at=2019-06-30', 5],
  ['state=on_track&at=2021-02-01&limit=500', 3],
  ['limit=500&dueFrom=2026-01-01', 3],
  ['cursor=not-a-cursor', 1],
  ['party=ZZ', 1],
];

const db = openDatabase(databaseTarget(dialect), dialect === 'postgres' ? { searchPath: PG_SCHEMA } : {});
const app = await buildApp({ db, config: loadConfig({ DATABASE_URL: databaseUrl(dialect), ACCORD_DEMO: 'false' }) });
const user = await createUser(db.kysely, SYSTEM_ACTOR, { email: `identity-${Date.now()}@bench.local`, name: 'Identity', password: 'identity-password-1', role: 'viewer' });
const token = (await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'identity' })).secret;

const all = createHash('sha256');
let responses = 0;
let bytes = 0;
for (const [shape, pages] of SHAPES) {
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const url: string = `/api/v1/instructions?${shape}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const res: Awaited<ReturnType<typeof app.inject>> = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const digest = createHash('sha256').update(`${res.statusCode}\n${String(res.headers['content-type'])}\n${res.body}`).digest('hex');
    all.update(digest);
    responses++;
    bytes += res.rawPayload.length;
    if (values.verbose) process.stdout.write(`${digest.slice(0, 16)} ${res.statusCode} ${res.rawPayload.length} ${url}\n`);
    cursor = res.statusCode === 200 ? (JSON.parse(res.body) as { nextCursor: string | null }).nextCursor : null;
    if (cursor === null) break;
  }
}
process.stdout.write(`${responses} responses, ${bytes} bytes, ${SHAPES.length} shapes: ${all.digest('hex')}\n`);
await app.close();
await db.close();
