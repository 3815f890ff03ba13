import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadFixture } from '../../../../test/fixtures/intake/load.ts';
import { ExtractPool } from './extract-pool.ts';
import { readyFile } from './files.ts';

it('worker threads make files ready exactly as the main thread does, and say why a file cannot be a source', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-pool-'));
  const pool = new ExtractPool(2);
  try {
    writeFileSync(join(dir, 'seed.txt'), loadFixture('seed').text);
    writeFileSync(join(dir, 'call.txt'), loadFixture('by-ru-call-2023-02-05').text);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x50, 0xe9, 0x0a]));
    const paths = ['seed.txt', 'call.txt', 'latin1.txt', 'missing.txt'].map((f) => join(dir, f));
    const answers = await Promise.all(paths.map((p) => pool.submit(p).answer));
    // undefined would mean the workers failed and the main thread did the work: not what is tested here.
    expect(answers.every((a) => a !== undefined)).toBe(true);
    expect(answers.slice(0, 2)).toEqual(paths.slice(0, 2).map((p) => readyFile(p)));
    expect(answers[2]).toEqual({ reason: 'the text is not valid UTF-8' });
    expect(answers[3]).toMatchObject({ reason: expect.stringContaining('ENOENT') });
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('a file no worker has yet can be taken back (the main thread does it), once; one a worker has cannot', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-pool-'));
  const pool = new ExtractPool(1);
  try {
    const path = join(dir, 'call.txt');
    writeFileSync(path, loadFixture('by-ru-call-2023-02-05').text);
    const tickets = Array.from({ length: 100 }, () => pool.submit(path));
    // The worker is sent a window of files; the last ones wait on the main thread.
    expect((tickets[0] as (typeof tickets)[number]).take()).toBe(false);
    const last = tickets.at(-1) as (typeof tickets)[number];
    expect(last.take()).toBe(true);
    expect(last.take()).toBe(false);
    expect(await last.answer).toBeUndefined();
    expect(await (tickets[0] as (typeof tickets)[number]).answer).toEqual(readyFile(path));
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
