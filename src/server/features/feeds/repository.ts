// The only code that writes SQL for feeds.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FeedsTable } from './tables.ts';

type Q = Kysely<Database>;

export interface Feed {
  id: number;
  url: string;
  title: string | null;
  publisher: string | null;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  intervalSeconds: number;
  failures: number;
  lastError: string | null;
  lastPolledAt: string | null;
  createdAt: string;
}

function toFeed(r: Selectable<FeedsTable>): Feed {
  return {
    id: r.id, url: r.url, title: r.title, publisher: r.publisher, etag: r.etag, lastModified: r.last_modified, nextPollAt: r.next_poll_at,
    intervalSeconds: r.interval_seconds, failures: r.failures, lastError: r.last_error, lastPolledAt: r.last_polled_at, createdAt: r.created_at,
  };
}

export async function insertFeed(db: Q, f: { url: string; publisher: string | null; intervalSeconds: number; createdBy: number | null; now: string }): Promise<Feed | null> {
  const r = await db
    .insertInto('feeds')
    .values({ url: f.url, publisher: f.publisher, interval_seconds: f.intervalSeconds, next_poll_at: f.now, created_by: f.createdBy, created_at: f.now })
    .onConflict((oc) => oc.column('url').doNothing())
    .returningAll()
    .executeTakeFirst();
  return r ? toFeed(r) : null;
}

export async function findFeed(db: Q, id: number): Promise<Feed | undefined> {
  const r = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toFeed(r);
}

export async function findFeedByUrl(db: Q, url: string): Promise<Feed | undefined> {
  const r = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  return r && toFeed(r);
}

export async function listFeeds(db: Q): Promise<Feed[]> {
  return (await db.selectFrom('feeds').selectAll().orderBy('id').execute()).map(toFeed);
}

export async function dueFeeds(db: Q, now: string, limit: number): Promise<Feed[]> {
  return (await db.selectFrom('feeds').selectAll().where('next_poll_at', '<=', now).orderBy('next_poll_at').orderBy('id').limit(limit).execute()).map(toFeed);
}

export async function recordPoll(
  db: Q,
  id: number,
  p: { etag?: string | null; lastModified?: string | null; title?: string | null; failures: number; lastError: string | null; nextPollAt: string; polledAt: string },
): Promise<void> {
  await db
    .updateTable('feeds')
    .set({
      ...(p.etag !== undefined && { etag: p.etag }),
      ...(p.lastModified !== undefined && { last_modified: p.lastModified }),
      ...(p.title != null && { title: p.title }),
      failures: p.failures,
      last_error: p.lastError,
      next_poll_at: p.nextPollAt,
      last_polled_at: p.polledAt,
    })
    .where('id', '=', id)
    .execute();
}

/** Whether an item was seen before: by GUID in this feed, or by URL or content hash in any feed. */
export async function itemSeen(db: Q, feedId: number, item: { guid: string | null; url: string | null; sha256?: string | null }): Promise<boolean> {
  const { guid, url } = item;
  const sha = item.sha256 ?? null;
  if (guid === null && url === null && sha === null) return false;
  const r = await db
    .selectFrom('feed_items')
    .select('id')
    .where((eb) =>
      eb.or([
        ...(guid !== null ? [eb.and([eb('feed_id', '=', feedId), eb('guid', '=', guid)])] : []),
        ...(url !== null ? [eb('url', '=', url)] : []),
        ...(sha !== null ? [eb('sha256', '=', sha)] : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertItem(db: Q, i: { feedId: number; guid: string | null; url: string | null; sha256: string | null; sourceId: number | null; now: string }): Promise<void> {
  await db.insertInto('feed_items').values({ feed_id: i.feedId, guid: i.guid, url: i.url, sha256: i.sha256, source_id: i.sourceId, created_at: i.now }).execute();
}
