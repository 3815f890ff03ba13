// `accord eval --explain` as a person runs it: the scores, then per file what the extraction misses against the gold.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../../extraction/types.ts';

describe('accord eval --explain', () => {
  const run = promisify(execFile);
  const MAIN = new URL('../main.ts', import.meta.url).pathname;
  const DEV = new URL('../../../test/fixtures/intake/', import.meta.url).pathname;

  it('prints the scores, then under them each file with what it misses against the gold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-explain-'));
    try {
      const name = 'by-ru-call-2023-02-05';
      copyFileSync(join(DEV, 'fixtures', `${name}.txt`), join(dir, `${name}.txt`));
      const gold = JSON.parse(readFileSync(join(DEV, 'gold', `${name}.json`), 'utf8')) as ExtractionDocument;
      // One more gold event than the readout holds: the extractor cannot find it, so it must be listed as missed.
      gold.events.push({
        kind: 'summit', status: 'held', where: null, bodies: [], topics: [], evidence: [{ start: 0, end: 10 }],
        when: { from: '1999-01-01', to: '1999-01-02', precision: 'days', tentative: false, text: null },
        participants: [{ name: 'Somebody Else', role: null, country: null }],
      });
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(gold));
      const { stdout } = await run(process.execPath, ['--import', 'tsx', MAIN, 'eval', '--gold', dir, '--texts', dir, '--explain'], { timeout: 60_000 });
      expect(stdout).toMatch(/headline \(event F1/);
      const tail = stdout.slice(stdout.indexOf('differences from the gold documents:'));
      expect(tail).toContain(name);
      expect(tail).toMatch(/MISSED +summit\/held 1999-01-01\.\.1999-01-02 - \[Somebody Else\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
