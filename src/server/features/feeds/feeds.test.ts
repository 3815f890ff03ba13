import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { loadDemoIfEmpty } from '../demo/load.ts';
import { createJobQueue } from '../../jobs/create.ts';
import { fetchText } from './fetch.ts';
import { queueDueFeeds, registerFeedJobs } from './jobs.ts';
import { parseFeed } from './parse.ts';
import { addFeed, backoffSeconds, listFeeds, pollFeed } from './service.ts';

const FIXTURES = join(import.meta.dirname, '../../../../test/fixtures/feeds');
let server: Server;
let base = '';
const hits: { path: string; ifNoneMatch: string | undefined }[] = [];

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').replaceAll('http://HOST', base);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    if (path === '/belta.rss') {
      if (req.headers['if-none-match'] === '"belta-v1"') return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"belta-v1"', 'last-modified': 'Fri, 17 Feb 2023 09:20:00 GMT' }).end(fixture('belta.rss'));
    }
    if (path === '/kremlin.atom') return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(fixture('kremlin.atom'));
    if (path === '/news/call.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('call.html'));
    if (path === '/broken.rss') return res.writeHead(500).end('oops');
    if (path === '/huge') return res.writeHead(200, { 'content-type': 'text/xml' }).end('x'.repeat(200_000));
    if (path === '/slow') return; // never answers
    return res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('feed parsing and fetching', () => {
  it('reads RSS and Atom into one shape', () => {
    const rss = parseFeed(fixture('belta.rss'));
    expect(rss.format).toBe('rss');
    expect(rss.items.map((i) => [i.guid, i.publishedOn])).toEqual([['belta-2023-02-17-001', '2023-02-17'], ['belta-2023-02-06-007', '2023-02-06'], ['belta-2023-02-06-007-upd', '2023-02-06']]);
    expect(rss.items[0]?.content).toContain('left for Moscow');
    const atom = parseFeed(fixture('kremlin.atom'));
    expect(atom.format).toBe('atom');
    expect(atom.items[0]).toMatchObject({ guid: 'urn:test:kremlin:70512', url: `${base}/kremlin/70512`, publishedOn: '2023-02-17' });
    expect(() => parseFeed('<html><body>no feed</body></html>')).toThrow(/neither/);
  });

  it('limits size and time', async () => {
    await expect(fetchText(`${base}/huge`, { maxBytes: 100_000 })).rejects.toThrow(/limit/);
    await expect(fetchText(`${base}/slow`, { timeoutMs: 200 })).rejects.toThrow(/200 ms/);
  });

  it('backs off exponentially up to a day', () => {
    expect([1, 2, 3].map((f) => backoffSeconds(900, f))).toEqual([1800, 3600, 7200]);
    expect(backoffSeconds(900, 20)).toBe(86400);
  });
});

describeEachDialect('feeds', (getDb) => {
  it('polls: new items become sources, seen ones (GUID, URL, content hash) are skipped, 304 when unchanged', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db);
    const k = db.kysely;
    const now = new Date('2023-02-17T10:00:00Z');
    const belta = (await addFeed(k, SYSTEM_ACTOR, { url: `${base}/belta.rss`, publisher: 'BelTA' }, now)).feed;
    expect((await addFeed(k, SYSTEM_ACTOR, { url: `${base}/belta.rss` }, now)).created).toBe(false);
    const first = await pollFeed(db, SYSTEM_ACTOR, belta.id, { now });
    expect(first).toMatchObject({ status: 'ok', items: 3, sources: 2, seen: 1, failures: [] });
    expect(first.proposals).toBeGreaterThan(0);
    const sources = await k.selectFrom('sources').select(['publisher', 'published_on', 'url', 'text']).orderBy('id').execute();
    expect(sources.map((s) => [s.publisher, s.published_on])).toEqual([['BelTA', '2023-02-17'], ['BelTA', '2023-02-06']]);
    expect(sources[1]?.text).toContain('took place in the evening of 5 February');
    expect(sources[1]?.text).not.toContain('All rights reserved');

    const again = await pollFeed(db, SYSTEM_ACTOR, belta.id, { now: new Date('2023-02-17T10:30:00Z') });
    expect(again.status).toBe('not_modified');
    expect(hits.filter((h) => h.path === '/belta.rss').at(-1)?.ifNoneMatch).toBe('"belta-v1"');

    const kremlin = (await addFeed(k, SYSTEM_ACTOR, { url: `${base}/kremlin.atom` }, now)).feed;
    const atom = await pollFeed(db, SYSTEM_ACTOR, kremlin.id, { now });
    expect(atom).toMatchObject({ status: 'ok', items: 1, sources: 0, seen: 1 });
    expect(await k.selectFrom('sources').select('id').execute()).toHaveLength(2);
  });

  it('records errors on the feed and backs off', async () => {
    const db = getDb();
    const now = new Date('2023-02-17T10:00:00Z');
    const feed = (await addFeed(db.kysely, SYSTEM_ACTOR, { url: `${base}/broken.rss`, intervalSeconds: 600 }, now)).feed;
    const r1 = await pollFeed(db, SYSTEM_ACTOR, feed.id, { now });
    expect(r1.status).toBe('failed');
    const r2 = await pollFeed(db, SYSTEM_ACTOR, feed.id, { now });
    expect(r2.error).toMatch(/HTTP 500/);
    const [stored] = await listFeeds(db.kysely, SYSTEM_ACTOR);
    expect(stored).toMatchObject({ failures: 2, lastError: expect.stringMatching(/HTTP 500/) as unknown, nextPollAt: new Date(now.getTime() + 2400_000).toISOString() });
  });

  it('runs as a unique job per feed on the queue', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db);
    const queue = createJobQueue(db, { pollingIntervalSeconds: 1 });
    registerFeedJobs(queue, db);
    await addFeed(db.kysely, SYSTEM_ACTOR, { url: `${base}/belta.rss`, publisher: 'BelTA' });
    await queue.start();
    try {
      expect(await queueDueFeeds(queue, db)).toBe(1);
      expect(await queueDueFeeds(queue, db, new Date())).toBeLessThanOrEqual(1);
      for (let i = 0; i < 100 && (await db.kysely.selectFrom('sources').select('id').execute()).length < 2; i++) await new Promise((r) => setTimeout(r, 200));
      expect(await db.kysely.selectFrom('sources').select('id').execute()).toHaveLength(2);
    } finally {
      await queue.stop();
    }
  });
});
