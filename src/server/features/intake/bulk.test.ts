import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { loadFixture } from '../../../../test/fixtures/intake/load.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { loadDemoIfEmpty } from '../demo/load.ts';
import { ingestFiles } from './bulk.ts';

describeEachDialect('bulk intake', (getDb) => {
  it('reads files and folders; a bad file is reported and the rest proceed; the same text twice is one source', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db);
    const dir = mkdtempSync(join(tmpdir(), 'accord-bulk-'));
    try {
      mkdirSync(join(dir, 'feb'));
      writeFileSync(join(dir, 'feb', 'seed.txt'), loadFixture('seed').text);
      writeFileSync(join(dir, 'feb', 'call.txt'), loadFixture('by-ru-call-2023-02-05').text);
      writeFileSync(join(dir, 'copy-of-seed.txt'), loadFixture('seed').text.replace(/\n/g, '\r\n'));
      writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x50, 0xe9, 0x0a]));
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'notes.md'), '# not a readout');
      for (const workers of [0, 1]) {
        const s = await ingestFiles(db, SYSTEM_ACTOR, [dir, join(dir, 'missing.txt')], { batchSize: 2, workers });
        expect(s.files).toBe(5);
        expect(s.failures.map((f) => [f.path.slice(dir.length + 1), f.reason]).sort()).toEqual([
          ['empty.txt', 'the file is empty'],
          ['latin1.txt', 'the text is not valid UTF-8'],
          ['missing.txt', 'no such file or directory'],
        ]);
        if (workers === 0) expect([s.created, s.known]).toEqual([2, 1]);
        else expect([s.created, s.known, s.proposals]).toEqual([0, 3, 0]);
      }
      const pending = await db.kysely.selectFrom('proposals').select('kind').where('status', '=', 'pending').execute();
      expect(pending.length).toBeGreaterThan(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
