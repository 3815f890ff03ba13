// `accord eval --explain` as a person runs it: the scores, then per file what the extraction misses against the gold.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('with --predicted scores saved documents instead of the extractor: the gold against itself agrees, a changed copy does not, a missing one is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-predicted-'));
    try {
      const names = ['by-ru-call-2023-02-05', 'uk-us-call-2022-10-25'];
      const gold = join(dir, 'gold');
      const texts = join(dir, 'texts');
      const other = join(dir, 'other');
      for (const d of [gold, texts, other]) mkdirSync(d);
      for (const name of names) {
        copyFileSync(join(DEV, 'fixtures', `${name}.txt`), join(texts, `${name}.txt`));
        copyFileSync(join(DEV, 'gold', `${name}.json`), join(gold, `${name}.json`));
        copyFileSync(join(DEV, 'gold', `${name}.json`), join(other, `${name}.json`));
      }
      const args = ['--import', 'tsx', MAIN, 'eval', '--gold', gold, '--texts', texts, '--predicted', other];
      const same = await run(process.execPath, args, { timeout: 60_000 });
      expect(same.stdout).toMatch(/headline \(event F1[^\n]*: 1\.000/);
      // The second annotator saw one event fewer in one readout: recall drops, and --explain names the event.
      const changed = JSON.parse(readFileSync(join(other, `${names[1]}.json`), 'utf8')) as ExtractionDocument;
      const dropped = changed.events.pop();
      expect(dropped).toBeDefined();
      writeFileSync(join(other, `${names[1]}.json`), JSON.stringify(changed));
      const differ = await run(process.execPath, [...args, '--explain'], { timeout: 60_000 });
      expect(differ.stdout).not.toMatch(/headline \(event F1[^\n]*: 1\.000/);
      expect(differ.stdout).toMatch(new RegExp(`MISSED +${dropped?.kind}/${dropped?.status}`));
      rmSync(join(other, `${names[0]}.json`));
      await expect(run(process.execPath, args, { timeout: 60_000 })).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`without a predicted document in ${other}: ${names[0]}`),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with --interval and --baseline prints the headline\'s interval and the difference from a baseline, in text and JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-interval-'));
    try {
      const names = ['by-ru-call-2023-02-05', 'uk-us-call-2022-10-25'];
      const gold = join(dir, 'gold');
      const texts = join(dir, 'texts');
      const before = join(dir, 'before');
      for (const d of [gold, texts, before]) mkdirSync(d);
      for (const name of names) {
        copyFileSync(join(DEV, 'fixtures', `${name}.txt`), join(texts, `${name}.txt`));
        copyFileSync(join(DEV, 'gold', `${name}.json`), join(gold, `${name}.json`));
        const worse = JSON.parse(readFileSync(join(DEV, 'gold', `${name}.json`), 'utf8')) as ExtractionDocument;
        worse.events.pop();
        writeFileSync(join(before, `${name}.json`), JSON.stringify(worse));
      }
      // The gold scored against itself: a headline of 1 in every resample; the baseline, one event short per file, lower.
      const args = ['--import', 'tsx', MAIN, 'eval', '--gold', gold, '--texts', texts, '--predicted', gold, '--interval', '--baseline', before];
      const { stdout } = await run(process.execPath, args, { timeout: 60_000 });
      expect(stdout).toMatch(/headline 1\.000, 95% interval 1\.000 to 1\.000 \(bootstrap over the 2 files, 2000 resamples\)/);
      expect(stdout).toMatch(new RegExp(`against ${before}: headline 0\\.\\d{3} -> 1\\.000, difference \\+0\\.\\d{3}, 95% interval \\+0\\.\\d{3} to \\+0\\.\\d{3}`));
      const json = JSON.parse((await run(process.execPath, [...args, '--json'], { timeout: 60_000 })).stdout) as { interval: { lo: number; hi: number }; baseline: { headline: number; against: { difference: number; lo: number } } };
      expect(json.interval).toMatchObject({ lo: 1, hi: 1 });
      expect(json.baseline.headline).toBeLessThan(1);
      expect(json.baseline.against.difference).toBeCloseTo(1 - json.baseline.headline, 10);
      expect(json.baseline.against.lo).toBeGreaterThan(0);
      rmSync(join(before, `${names[0]}.json`));
      await expect(run(process.execPath, args, { timeout: 60_000 })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`without a baseline document in ${before}: ${names[0]}`) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
