import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachDialect } from '../../../test/db.ts';
import { createJobQueue } from './create.ts';
import type { JobQueue } from './queue.ts';

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeEachDialect('job queue', (getDb) => {
  let queue: JobQueue | undefined;
  afterEach(async () => {
    await queue?.stop();
    queue = undefined;
  });

  it('runs each job once with its validated payload', async () => {
    queue = createJobQueue(getDb(), { pollingIntervalSeconds: 0.5 });
    const seen: number[] = [];
    queue.define({ name: 'count', payload: z.object({ n: z.number().int() }), handler: async ({ n }) => void seen.push(n) });
    await queue.start();
    for (const n of [1, 2, 3]) await queue.send('count', { n });
    await until(() => seen.length === 3);
    await new Promise((r) => setTimeout(r, 600));
    expect(seen.sort()).toEqual([1, 2, 3]);
    expect(Object.values(await queue.depth()).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('refuses a payload that does not match the job', async () => {
    queue = createJobQueue(getDb());
    queue.define({ name: 'typed', payload: z.object({ url: z.url() }), handler: async () => undefined });
    await queue.start();
    await expect(queue.send('typed', { url: 'not a url' })).rejects.toThrow();
    await expect(queue.send('nope', {})).rejects.toThrow('No job named nope');
  });

  it('keeps one queued job per key for unique jobs', async () => {
    queue = createJobQueue(getDb(), { pollingIntervalSeconds: 0.5 });
    queue.define({ name: 'poll', policy: 'unique', payload: z.object({ feed: z.number() }), handler: async () => undefined });
    await queue.start();
    const first = await queue.send('poll', { feed: 1 }, { singletonKey: 'feed-1', delaySeconds: 60 });
    const again = await queue.send('poll', { feed: 1 }, { singletonKey: 'feed-1', delaySeconds: 60 });
    const other = await queue.send('poll', { feed: 2 }, { singletonKey: 'feed-2', delaySeconds: 60 });
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    expect(other).not.toBeNull();
    expect((await queue.depth()).poll).toBe(2);
  });

  it('retries a failing job and then succeeds', async () => {
    queue = createJobQueue(getDb(), { pollingIntervalSeconds: 0.5 });
    const attempts: number[] = [];
    queue.define({
      name: 'flaky',
      payload: z.object({}),
      retryLimit: 2,
      retryDelaySeconds: 1,
      handler: async (_p, job) => {
        attempts.push(job.attempt);
        if (job.attempt < 2) throw new Error('first time fails');
      },
    });
    await queue.start();
    await queue.send('flaky', {});
    await until(() => attempts.length >= 2, 20_000);
    expect(attempts.slice(0, 2)).toEqual([1, 2]);
  });
});
