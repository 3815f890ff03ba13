// Several Accord processes against one PostgreSQL: they serve the same data (a change made through
// one is read and changed through the other with its ETag), and background jobs queued by either run
// exactly once across both (pg-boss hands each job to one worker with SKIP LOCKED).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.ts';
import { pgSchema, ROOT, seedDatabase, startAccord } from './server.ts';

const PG = process.env.ACCORD_TEST_PG ?? '';

describe.runIf(DIALECTS.includes('postgres'))('scale-out: two processes, one PostgreSQL', () => {
  it('both serve the same data, and an If-Match from one is honoured by the other', async () => {
    const schema = await pgSchema(PG);
    try {
      const seeded = await seedDatabase(schema.url, 1);
      const [a, b] = await Promise.all([startAccord(schema.url), startAccord(schema.url)]);
      try {
        const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
        const url = (s: { url: string }) => `${s.url}/api/v1/instructions/${seeded.instructionIds[0]}`;
        const readA = await fetch(url(a), { headers });
        const etag = readA.headers.get('etag') ?? '';
        const changed = await fetch(url(b), { method: 'PATCH', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ title: 'Changed through B' }) });
        expect(changed.status).toBe(200);
        const stale = await fetch(url(a), { method: 'PATCH', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ title: 'Stale through A' }) });
        expect(stale.status).toBe(412);
        const again = (await (await fetch(url(a), { headers })).json()) as { title: string };
        expect(again.title).toBe('Changed through B');
      } finally {
        expect(await a.stop()).toBe(0);
        expect(await b.stop()).toBe(0);
      }
    } finally {
      await schema.drop();
    }
  }, 240_000);

  it('runs each of the jobs queued by two processes exactly once across them', async () => {
    const schema = await pgSchema(PG);
    const admin = new pg.Client({ connectionString: schema.url });
    await admin.connect();
    try {
      await admin.query('create table durability_runs (key text not null, pid integer not null)');
      const total = 60;
      const workers = ['p1', 'p2'].map((prefix) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/durability/queue-worker.ts'), PG, schema.name, prefix], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        return { child, output: () => out, exited: new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))) };
      });
      const deadline = Date.now() + 150_000;
      while (!workers.every((w) => w.output().includes('started'))) {
        for (const w of workers) if (w.child.exitCode !== null) throw new Error(`a worker exited early:\n${w.output()}`);
        if (Date.now() > deadline) throw new Error(`the workers did not start:\n${workers.map((w) => w.output()).join('\n')}`);
        await sleep(100);
      }
      // Both are working the queue; now jobs are queued: most by the first process, a few by the second.
      workers[0]?.child.stdin.write(`${total - 10}\n`);
      workers[1]?.child.stdin.write('10\n');
      for (;;) {
        const { rows } = await admin.query<{ n: number }>('select count(distinct key)::int as n from durability_runs');
        if ((rows[0]?.n ?? 0) >= total) break;
        for (const w of workers) if (w.child.exitCode !== null) throw new Error(`a worker exited early:\n${w.output()}`);
        if (Date.now() > deadline) throw new Error(`jobs did not all run:\n${workers.map((w) => w.output()).join('\n')}`);
        await sleep(250);
      }
      // Let a duplicate, if there were one, show itself before stopping.
      await sleep(2000);
      for (const w of workers) w.child.kill('SIGTERM');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
      const { rows } = await admin.query<{ key: string; runs: number }>('select key, count(*)::int as runs from durability_runs group by key order by key');
      expect(rows).toHaveLength(total);
      expect(rows.filter((r) => r.runs !== 1)).toEqual([]);
      const byPid = await admin.query<{ pid: number; n: number }>('select pid, count(*)::int as n from durability_runs group by pid');
      // Both processes worked, and each ran jobs the other had queued: one shared queue, not two private ones.
      expect(byPid.rows).toHaveLength(2);
      const crossed = await admin.query<{ n: number }>(`select count(*)::int as n from durability_runs where key like 'p1-%' and pid = $1`, [workers[1]?.child.pid]);
      expect(crossed.rows[0]?.n ?? 0).toBeGreaterThan(0);
      console.log(`jobs per process: ${byPid.rows.map((r) => r.n).join(' + ')}; the second ran ${crossed.rows[0]?.n} of the first's`);
    } finally {
      await admin.end();
      await schema.drop();
    }
  }, 240_000);
});
