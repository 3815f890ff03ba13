// Feed polling on the job queue: `feeds.poll` polls one feed (unique per feed, so a burst of sends is
// one poll) and `feeds.due` queues a poll for every feed whose time has come. The server (or any
// worker process) calls registerFeedJobs before queue.start() and startFeedClock after it.
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { dueFeeds, pollFeed, type Fetcher } from './service.ts';

export const POLL_JOB = 'feeds.poll';
export const DUE_JOB = 'feeds.due';

export function registerFeedJobs(queue: JobQueue, db: Db, options: { fetcher?: Fetcher } = {}): void {
  queue.define({
    name: POLL_JOB,
    payload: z.object({ feedId: z.number().int().positive() }),
    policy: 'unique',
    // The poller records failures and backs off on the feed itself; the queue need not retry.
    retryLimit: 0,
    handler: async ({ feedId }) => {
      await pollFeed(db, SYSTEM_ACTOR, feedId, options.fetcher ? { fetcher: options.fetcher } : {});
    },
  });
  queue.define({
    name: DUE_JOB,
    payload: z.object({}),
    policy: 'unique',
    retryLimit: 0,
    handler: async () => {
      await queueDueFeeds(queue, db);
    },
  });
}

export async function queueDueFeeds(queue: JobQueue, db: Db, now = new Date()): Promise<number> {
  let n = 0;
  for (const feed of await dueFeeds(db.kysely, now)) {
    if ((await queue.send(POLL_JOB, { feedId: feed.id }, { singletonKey: `feed-${feed.id}` })) !== null) n += 1;
  }
  return n;
}

/** Looks for due feeds every `everySeconds` (default a minute) until the returned stop is called. */
export function startFeedClock(queue: JobQueue, everySeconds = 60): () => void {
  const tick = (): void => {
    void queue.send(DUE_JOB, {}, { singletonKey: 'feeds-due' }).catch(() => undefined);
  };
  tick();
  const timer = setInterval(tick, everySeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
