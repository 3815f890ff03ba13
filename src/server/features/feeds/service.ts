// Feeds: RSS and Atom subscriptions polled in the background. A poll is a conditional GET; new items
// (not seen by GUID in this feed, nor by URL or content hash in any) become sources through intake,
// from the item's own content when the feed carries the article, else from the page it links to.
// Errors back off exponentially and are recorded on the feed. Network I/O happens outside any
// transaction; each item is ingested in its own, so one bad item never loses the others.
import type { Db } from '../../db/database.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { ingestSource } from '../intake/service.ts';
import { fetchText, type FetchOptions, type Fetched } from './fetch.ts';
import { parseFeed, type FeedItem } from './parse.ts';
import * as repo from './repository.ts';
import type { Feed } from './repository.ts';

type Q = Kysely<Database>;

export const DEFAULT_INTERVAL_SECONDS = 15 * 60;
const MAX_BACKOFF_SECONDS = 24 * 60 * 60;
/** An item's own content shorter than this is a teaser: the linked page is fetched instead. */
const TEASER_CHARS = 400;

export type Fetcher = (url: string, options: FetchOptions) => Promise<Fetched>;

export async function addFeed(db: Q, actor: Actor, input: { url: string; publisher?: string | null | undefined; intervalSeconds?: number | undefined }, now = new Date()): Promise<{ feed: Feed; created: boolean }> {
  requireRole(actor, 'admin', 'controller');
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw invalid('url', `'${input.url}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('url', 'a feed is fetched over http or https');
  const interval = input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  if (!Number.isInteger(interval) || interval < 60 || interval > 7 * 86400) throw invalid('intervalSeconds', 'poll between once a minute and once a week');
  const feed = await repo.insertFeed(db, { url: url.toString(), publisher: input.publisher?.trim() || null, intervalSeconds: interval, createdBy: actor.userId || null, now: now.toISOString() });
  if (feed) return { feed, created: true };
  const existing = await repo.findFeedByUrl(db, url.toString());
  if (!existing) throw new AppError('internal', 'The feed could not be stored.');
  return { feed: existing, created: false };
}

export async function listFeeds(db: Q, _actor: Actor): Promise<Feed[]> {
  return repo.listFeeds(db);
}

export async function dueFeeds(db: Q, now = new Date(), limit = 100): Promise<Feed[]> {
  return repo.dueFeeds(db, now.toISOString(), limit);
}

export interface PollResult {
  feedId: number;
  status: 'not_modified' | 'ok' | 'failed';
  items: number;
  /** Items skipped as seen before (GUID, URL or content hash). */
  seen: number;
  sources: number;
  proposals: number;
  failures: { item: string; reason: string }[];
  error: string | null;
}

export function backoffSeconds(intervalSeconds: number, failures: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, intervalSeconds * 2 ** Math.max(0, failures));
}

function later(now: Date, seconds: number): string {
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

export async function pollFeed(db: Db, actor: Actor, feedId: number, options: { now?: Date; fetcher?: Fetcher; fetch?: FetchOptions } = {}): Promise<PollResult> {
  const now = options.now ?? new Date();
  const fetcher = options.fetcher ?? fetchText;
  const k = db.kysely;
  const feed = await repo.findFeed(k, feedId);
  if (!feed) throw new AppError('not_found', `Feed ${feedId} does not exist.`);
  const result: PollResult = { feedId, status: 'ok', items: 0, seen: 0, sources: 0, proposals: 0, failures: [], error: null };
  let fetched: Fetched;
  let items: FeedItem[];
  let title: string | null = null;
  try {
    fetched = await fetcher(feed.url, { ...options.fetch, etag: feed.etag, lastModified: feed.lastModified });
    if (fetched.status === 'not_modified') {
      await repo.recordPoll(k, feed.id, { failures: 0, lastError: null, nextPollAt: later(now, feed.intervalSeconds), polledAt: now.toISOString() });
      return { ...result, status: 'not_modified' };
    }
    const parsed = parseFeed(fetched.body);
    items = parsed.items;
    title = parsed.title;
  } catch (e) {
    const failures = feed.failures + 1;
    const error = (e as Error).message;
    await repo.recordPoll(k, feed.id, { failures, lastError: error, nextPollAt: later(now, backoffSeconds(feed.intervalSeconds, failures)), polledAt: now.toISOString() });
    return { ...result, status: 'failed', error };
  }

  for (const item of items) {
    result.items += 1;
    const label = item.url ?? item.guid ?? item.title ?? `item ${result.items}`;
    try {
      if (await repo.itemSeen(k, feed.id, item)) {
        result.seen += 1;
        continue;
      }
      let content = item.content;
      let mediaType: 'text/html' | 'text/plain' = 'text/html';
      if ((content === null || content.replace(/<[^>]*>/g, '').length < TEASER_CHARS) && item.url !== null) {
        const page = await fetcher(item.url, { ...options.fetch });
        if (page.status === 'ok') {
          content = page.body;
          mediaType = page.contentType.includes('text/plain') ? 'text/plain' : 'text/html';
        }
      }
      if (content === null) throw new Error('the item has neither content nor a link');
      const text = content;
      const ingested = await k.transaction().execute(async (trx) => {
        const r = await ingestSource(trx, actor, { text, mediaType, publisher: feed.publisher ?? title ?? feed.title, title: item.title, url: item.url, publishedOn: item.publishedOn }, { now });
        await repo.insertItem(trx, { feedId: feed.id, guid: item.guid, url: item.url, sha256: r.source.sha256, sourceId: r.source.id, now: now.toISOString() });
        return r;
      });
      if (ingested.created) {
        result.sources += 1;
        result.proposals += ingested.proposals.length;
      } else {
        result.seen += 1;
      }
    } catch (e) {
      result.failures.push({ item: label, reason: (e as Error).message });
    }
  }
  await repo.recordPoll(k, feed.id, {
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    title,
    failures: 0,
    lastError: result.failures.length > 0 ? `${result.failures.length} item(s) failed: ${result.failures[0]?.reason ?? ''}` : null,
    nextPollAt: later(now, feed.intervalSeconds),
    polledAt: now.toISOString(),
  });
  return result;
}
