// `accord documents verify` as a person runs it, against a database file (SQLite) or schema
// (PostgreSQL) holding the demo story: exit 0 and VERIFIED, then exit 1 naming the version once one
// stored byte is changed.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DIALECTS, pgUrlForSchema } from '../../../../test/db.ts';
import { openDatabase, type Db } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { loadDocumentsDemo } from './demo.ts';
import { SESSION_DAY, seedDocuments } from './fixtures.ts';

const run = promisify(execFile);
const MAIN = new URL('../../../cli/main.ts', import.meta.url).pathname;

async function accord(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function withDatabase(dialect: string, fn: (db: Db, url: string) => Promise<void>): Promise<void> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'accord-docs-'));
    const path = join(dir, 'accord.db');
    const db = openDatabase({ dialect: 'sqlite', path });
    try {
      await fn(db, `sqlite:${path}`);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const url = pgUrlForSchema(schema);
  const admin = new pg.Client({ connectionString: process.env.ACCORD_TEST_PG });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = openDatabase({ dialect: 'postgres', url: process.env.ACCORD_TEST_PG ?? '' }, { searchPath: schema, poolSize: 2 });
  try {
    await fn(db, url);
  } finally {
    await db.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

for (const dialect of DIALECTS) {
  describe(`accord documents verify [${dialect}]`, () => {
    it('confirms the demo programme, then fails and says where after one byte changes', async () => {
      await withDatabase(dialect, async (db, url) => {
        await migrateToLatest(db);
        const { documentId } = await db.kysely.transaction().execute(async (trx) => {
          const seed = await seedDocuments(trx);
          return loadDocumentsDemo(trx, { engagementId: seed.session, signedOn: SESSION_DAY, signatories: [{ party: 'BY', personId: seed.lukashenko }, { party: 'RU', personId: seed.putin }] });
        });
        const good = await accord(['documents', 'verify', String(documentId)], url);
        expect(good.code, good.stderr).toBe(0);
        expect(good.stdout).toContain('Programme on import substitution (signed)');
        expect(good.stdout).toContain('VERIFIED');

        const version = await db.kysely.selectFrom('document_versions').select(['blob_hash', 'sha256']).where('document_id', '=', documentId).where('number', '=', 2).executeTakeFirstOrThrow();
        const blob = await db.kysely.selectFrom('blobs').select('content').where('hash', '=', version.blob_hash).executeTakeFirstOrThrow();
        const content = Buffer.from(blob.content);
        content[0] = (content[0] ?? 0) ^ 0x01;
        await db.kysely.updateTable('blobs').set({ content }).where('hash', '=', version.blob_hash).execute();

        const bad = await accord(['documents', 'verify', String(documentId)], url);
        expect(bad.code).toBe(1);
        expect(bad.stdout).toContain(`version 2 of document ${documentId}: stored content hash`);
        expect(bad.stdout).toContain(`does not match recorded ${version.sha256.slice(0, 12)}…`);
      });
    }, 120_000);
  });
}
