// RSS 2.0 and Atom 1.0 feeds read with fast-xml-parser into one item shape. Pure.
import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  guid: string | null;
  url: string | null;
  title: string | null;
  publishedOn: string | null;
  /** The item's own content (HTML or text), when the feed carries it. */
  content: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Entities beyond the XML five are not expanded: a feed is untrusted input.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as Node)) return text((v as Node)['#text']);
  return null;
}

function day(v: unknown): string | null {
  const s = text(v);
  if (s === null) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso) return iso[1] ?? null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function asArray(v: unknown): Node[] {
  if (Array.isArray(v)) return v.filter((x): x is Node => typeof x === 'object' && x !== null);
  return typeof v === 'object' && v !== null ? [v as Node] : [];
}

export class FeedFormatError extends Error {}

export function parseFeed(xml: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new FeedFormatError(`not well-formed XML: ${(e as Error).message}`);
  }
  const rss = doc['rss'] as Node | undefined;
  if (rss) {
    const channel = (asArray(rss['channel'])[0] ?? {}) as Node;
    return {
      format: 'rss',
      title: text(channel['title']),
      items: asArray(channel['item']).map((i) => ({
        guid: text(i['guid']),
        url: text(asArray(i['link'])[0]) ?? text((i['link'] as unknown[] | undefined)?.[0]),
        title: text(i['title']),
        publishedOn: day(i['pubDate'] ?? i['dc:date']),
        content: text(i['content:encoded']) ?? text(i['description']),
      })),
    };
  }
  const feed = doc['feed'] as Node | undefined;
  if (feed) {
    return {
      format: 'atom',
      title: text(feed['title']),
      items: asArray(feed['entry']).map((e) => {
        const links = asArray(e['link']);
        const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
        return {
          guid: text(e['id']),
          url: typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null,
          title: text(e['title']),
          publishedOn: day(e['published'] ?? e['updated']),
          content: text(e['content']) ?? text(e['summary']),
        };
      }),
    };
  }
  throw new FeedFormatError('neither an RSS nor an Atom feed');
}
