// Readout text as stored: HTML is reduced to its article text with Mozilla's Readability over a
// linkedom DOM (not regular expressions); line endings are normalised; the text is hashed so the
// same readout twice is one source. A `key: value … ---` header (the readout file format of
// shared/intake/GUIDELINES.md) supplies publisher, date and title when they are not given.
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { splitHeader } from '../../../extraction/text/header.ts';

export const SOURCE_MEDIA_TYPES = ['text/plain', 'text/html'] as const;
export type SourceMediaType = (typeof SOURCE_MEDIA_TYPES)[number];

export interface Article {
  text: string;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

function isoDayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (m) return m[1] ?? null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => el.querySelector(BLOCKS) === null);
  const parts = (blocks.length > 0 ? blocks.map((b) => b.textContent ?? '') : [document.body.textContent ?? ''])
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  return parts.join('\n');
}

/** The article of an HTML page, one paragraph a line; null when the page has no readable article. */
export function articleFromHtml(html: string, url?: string | null): Article | null {
  // A fragment (a feed item's content) gets a document around it: linkedom needs one to have a body.
  const page = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  if (url) {
    // Readability resolves relative links against the document's URL; linkedom has none by default.
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head?.appendChild(base);
  }
  const meta = (name: string): string | null => document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const published = meta('article:published_time') ?? meta('date') ?? meta('dc.date');
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  const text = article?.content ? blockText(article.content) : blockText(document.body?.innerHTML ?? '');
  if (text.trim().length === 0) return null;
  return {
    text,
    title: article?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null,
    publisher: article?.siteName?.trim() || meta('og:site_name'),
    publishedOn: isoDayOf(article?.publishedTime) ?? isoDayOf(published),
  };
}

/** Line endings and trailing space normalised, so a copy pasted on another system hashes the same. */
export function canonicalText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface HeaderFacts {
  bodyStart: number;
  publisher: string | null;
  title: string | null;
  publishedOn: string | null;
}

/** Where the body starts (extraction offsets count from there) and what the header says. */
export function headerFacts(text: string): HeaderFacts {
  const { header, body } = splitHeader(text);
  const source = header.source;
  // A URL in `source:` is where the text came from, not who published it.
  const isUrl = source !== null && /^https?:\/\//i.test(source);
  return {
    bodyStart: text.length - body.length,
    publisher: isUrl ? null : source,
    title: header.title,
    publishedOn: isoDayOf(header.published),
  };
}

export function headerUrl(text: string): string | null {
  const source = splitHeader(text).header.source;
  return source !== null && /^https?:\/\//i.test(source) ? source : null;
}
