import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, describeEachDialect, freshDb, type TestDb } from '../../../test/db.ts';
import type { Dialect } from '../db/database.ts';
import { SYSTEM_ACTOR } from '../features/accounts/actor.ts';
import { createUser } from '../features/accounts/service.ts';
import { verifyAudit } from '../audit/service.ts';
import { loadDemoIfEmpty } from '../features/demo/load.ts';
import { backupDatabase, readRows } from './backup.ts';
import { listTables } from './introspect.ts';
import { restoreDatabase } from './restore.ts';

const dir = mkdtempSync(join(tmpdir(), 'accord-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (ext: string) => join(dir, `b${(n += 1)}.${ext}`);

/** Every byte value, to prove BLOB/bytea survive both formats and both engines. */
const BYTES = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

async function seed(db: TestDb): Promise<void> {
  await loadDemoIfEmpty(db);
  await db.kysely.insertInto('blobs').values({ hash: 'test-bytes', size: BYTES.length, content: BYTES, created_at: '2024-06-30T12:00:00.000Z' }).execute();
}

/** Every restorable table's rows in key order, bytes as base64 so equality is by value. */
async function dump(db: TestDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await listTables(db.kysely, db.dialect)) {
    const rows: unknown[] = [];
    for await (const batch of readRows(db.kysely, table, db.dialect)) {
      for (const r of batch) rows.push(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? `base64:${v.toString('base64')}` : v])));
    }
    out[table.name] = rows;
  }
  return out;
}

describeEachDialect('backup and restore', (getDb, dialect) => {
  it('round-trips every table through each kind of backup into the same engine', async () => {
    const db = getDb();
    await seed(db);
    const before = await dump(db);
    expect(before.instructions?.length).toBeGreaterThan(5);
    const kinds = dialect === 'sqlite' ? [false, true] : [true];
    for (const json of kinds) {
      const target = file(json ? 'jsonl' : 'db');
      const made = await backupDatabase(db, target, { json });
      expect(made.kind).toBe(json ? 'json' : 'sqlite');
      const copy = await freshDb(dialect);
      try {
        const restored = await restoreDatabase(copy, target);
        expect(restored.rows.instructions).toBe(before.instructions?.length);
        expect(await dump(copy)).toEqual(before);
      } finally {
        await copy.dispose();
      }
    }
  });

  it('refuses a database that is not empty unless forced, and forced replaces its contents', async () => {
    const db = getDb();
    await seed(db);
    const target = file('jsonl');
    await backupDatabase(db, target, { json: true });
    const other = await freshDb(dialect);
    try {
      await createUser(other.kysely, SYSTEM_ACTOR, { email: 'someone@else.local', name: 'Someone', password: 'correct horse battery staple', role: 'admin', party: null, bodyId: null });
      await expect(restoreDatabase(other, target)).rejects.toThrow(/not empty \(\w+ has rows\).*--force/);
      const forced = await restoreDatabase(other, target, { force: true });
      expect(forced.replaced).toBeGreaterThanOrEqual(1);
      expect(await dump(other)).toEqual(await dump(db));
    } finally {
      await other.dispose();
    }
  });

  it('leaves nothing behind when the file is cut short or damaged', async () => {
    const db = getDb();
    await seed(db);
    const whole = file('jsonl');
    await backupDatabase(db, whole, { json: true });
    const lines = readFileSync(whole, 'utf8').trimEnd().split('\n');
    const cut = file('jsonl');
    writeFileSync(cut, `${lines.slice(0, -1).join('\n')}\n`);
    const bad = file('jsonl');
    writeFileSync(bad, `${lines.slice(0, 40).join('\n')}\n["not", "a row of the right width"]\n`);
    appendFileSync(bad, `${lines.slice(40).join('\n')}\n`);
    const target = await freshDb(dialect);
    try {
      const untouched = await dump(target);
      await expect(restoreDatabase(target, cut)).rejects.toThrow(/cut short/);
      await expect(restoreDatabase(target, bad)).rejects.toThrow(/line 41 has 2 values for \d+ columns/);
      expect(await dump(target)).toEqual(untouched);
    } finally {
      await target.dispose();
    }
  });

  it('moves identity sequences past the restored ids', async () => {
    const db = getDb();
    await seed(db);
    const target = file('jsonl');
    await backupDatabase(db, target, { json: true });
    const copy = await freshDb(dialect);
    try {
      await restoreDatabase(copy, target);
      const maxId = Math.max(...(await copy.kysely.selectFrom('users').select('id').execute()).map((u) => u.id));
      const user = await createUser(copy.kysely, SYSTEM_ACTOR, { email: 'new@after.restore', name: 'New', password: 'correct horse battery staple', role: 'viewer', party: null, bodyId: null });
      expect(user.id).toBeGreaterThan(maxId);
    } finally {
      await copy.dispose();
    }
  });
});

describe.runIf(DIALECTS.includes('postgres'))('backup and restore across engines', () => {
  it('SQLite -> backup -> PostgreSQL -> backup -> SQLite gives back the same rows', async () => {
    const dbs: TestDb[] = [];
    const open = async (d: Dialect) => {
      const db = await freshDb(d);
      dbs.push(db);
      return db;
    };
    try {
      const origin = await open('sqlite');
      await seed(origin);
      const expected = await dump(origin);
      const sqliteFile = file('db');
      await backupDatabase(origin, sqliteFile);
      const pg = await open('postgres');
      await restoreDatabase(pg, sqliteFile);
      expect(await dump(pg)).toEqual(expected);
      const jsonFile = file('jsonl');
      await backupDatabase(pg, jsonFile);
      const back = await open('sqlite');
      const restored = await restoreDatabase(back, jsonFile);
      expect(restored.dialect).toBe('postgres');
      expect(await dump(back)).toEqual(expected);
      const blob = await back.kysely.selectFrom('blobs').select('content').where('hash', '=', 'test-bytes').executeTakeFirstOrThrow();
      expect(Buffer.compare(blob.content, BYTES)).toBe(0);
      // The audit chain came across whole: it verifies, up to the same head, in both engines.
      const chain = await verifyAudit(back.kysely, SYSTEM_ACTOR);
      expect(chain.ok).toBe(true);
      expect(chain.entries).toBeGreaterThan(10);
      expect(chain.head).toEqual((await verifyAudit(origin.kysely, SYSTEM_ACTOR)).head);
      expect((await verifyAudit(pg.kysely, SYSTEM_ACTOR)).ok).toBe(true);
    } finally {
      for (const db of dbs) await db.dispose();
    }
  });
});
