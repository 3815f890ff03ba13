import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshDb, type TestDb } from '../../../../test/db.ts';
import { fixtureNames, loadFixture } from '../../../../test/fixtures/intake/load.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { loadDemoIfEmpty } from '../demo/load.ts';
import { ingestFiles } from './bulk.ts';

/** What was proposed, by source text, without ids (they follow the order of inserts, which batching changes). */
async function proposed(db: TestDb): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('proposals')
    .innerJoin('sources', 'sources.id', 'proposals.source_id')
    .select(['sources.sha256', 'proposals.kind', 'proposals.target_type', 'proposals.target_id', 'proposals.status', 'proposals.payload'])
    .execute();
  return rows.map((r) => `${r.sha256} ${r.kind} ${r.target_type} ${r.target_id} ${r.status} ${r.payload.replace(/"(before|after|event)ProposalId":(null|\d+)/g, '')}`).sort();
}

describeEachDialect('bulk intake', (getDb, dialect) => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'accord-bulk-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads files and folders; a bad file is reported and the rest proceed; the same text twice is one source', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db);
    mkdirSync(join(dir, 'feb'));
    writeFileSync(join(dir, 'feb', 'seed.txt'), loadFixture('seed').text);
    writeFileSync(join(dir, 'feb', 'call.txt'), loadFixture('by-ru-call-2023-02-05').text);
    writeFileSync(join(dir, 'copy-of-seed.txt'), loadFixture('seed').text.replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x50, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'nul.txt'), 'published: 2023-02-05\n---\nA call\u0000.');
    writeFileSync(join(dir, 'notes.md'), '# not a readout');
    for (const workers of [0, 1]) {
      const s = await ingestFiles(db, SYSTEM_ACTOR, [dir, join(dir, 'missing.txt')], { batchSize: 2, workers });
      expect(s.files).toBe(6);
      expect(s.failures.map((f) => [f.path.slice(dir.length + 1), f.reason]).sort()).toEqual([
        ['empty.txt', 'the file is empty'],
        ['latin1.txt', 'the text is not valid UTF-8'],
        ['missing.txt', 'no such file or directory'],
        ['nul.txt', 'the text contains a NUL character (U+0000)'],
      ]);
      if (workers === 0) expect([s.created, s.known]).toEqual([2, 1]);
      else expect([s.created, s.known, s.proposals]).toEqual([0, 3, 0]);
    }
    const pending = await db.kysely.selectFrom('proposals').select('kind').where('status', '=', 'pending').execute();
    expect(pending.length).toBeGreaterThan(4);
  });

  it('a batch in worker threads proposes exactly what one readout at a time on the main thread does', async () => {
    // The fixtures, a copy with the people swapped (people and aliases are proposed once across
    // sources), and the same text twice in one batch.
    for (const name of fixtureNames()) writeFileSync(join(dir, `${name}.txt`), loadFixture(name).text);
    writeFileSync(join(dir, 'seed-again.txt'), loadFixture('seed').text);
    writeFileSync(join(dir, 'swapped.txt'), loadFixture('by-ru-call-2023-02-05').text.replace(/Lukashenko/g, 'Kassym-Jomart Tokayev').replace(/Putin/g, 'Shavkat Mirziyoyev'));
    const one = getDb();
    const batched = await freshDb(dialect);
    try {
      await loadDemoIfEmpty(one);
      await loadDemoIfEmpty(batched);
      const a = await ingestFiles(one, SYSTEM_ACTOR, [dir], { batchSize: 1, workers: 0 });
      const b = await ingestFiles(batched, SYSTEM_ACTOR, [dir], { batchSize: 50, workers: 1 });
      expect(b).toEqual(a);
      expect([a.created, a.known, a.failures.length]).toEqual([fixtureNames().length + 1, 1, 0]);
      expect(a.proposalsByKind.new_person).toBeGreaterThan(0);
      expect(await proposed(batched)).toEqual(await proposed(one));
    } finally {
      await batched.dispose();
    }
  });

  it('a batch the database refuses is redone file by file: only the culprit fails, nothing of it is written', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db);
    // A refusal no readout can cause by itself (the checks before the database catch those): a trigger.
    if (dialect === 'sqlite') {
      await sql`create trigger refuse_poison before insert on sources when new.text like '%POISON%' begin select raise(abort, 'poisoned source'); end`.execute(db.kysely);
    } else {
      await sql`create function refuse_poison() returns trigger language plpgsql as $$ begin if new.text like '%POISON%' then raise exception 'poisoned source'; end if; return new; end $$`.execute(db.kysely);
      await sql`create trigger refuse_poison before insert on sources for each row execute function refuse_poison()`.execute(db.kysely);
    }
    writeFileSync(join(dir, 'a-seed.txt'), loadFixture('seed').text);
    writeFileSync(join(dir, 'b-poison.txt'), `${loadFixture('jp-kz-call-2024-08-09').text}\nPOISON\n`);
    writeFileSync(join(dir, 'c-call.txt'), loadFixture('by-ru-call-2023-02-05').text);
    const s = await ingestFiles(db, SYSTEM_ACTOR, [dir], { batchSize: 10, workers: 0 });
    expect(s.failures).toEqual([{ path: join(dir, 'b-poison.txt'), reason: expect.stringContaining('poisoned source') }]);
    expect([s.created, s.known]).toEqual([2, 0]);
    const sources = await db.kysely.selectFrom('sources').select(['id', 'text']).execute();
    expect(sources).toHaveLength(2);
    const bySource = await db.kysely.selectFrom('proposals').select('source_id').distinct().execute();
    expect(bySource.map((r) => r.source_id).sort()).toEqual(sources.map((r) => r.id).sort());
    const audited = await db.kysely.selectFrom('audit_log').select('record_id').where('operation', '=', 'source.create').execute();
    expect(audited.map((r) => Number(r.record_id)).sort()).toEqual(sources.map((r) => r.id).sort());
  });
});
