// A readout made ready to store: HTML reduced to its article, text canonicalised and checked, hashed,
// its header read and (optionally) extracted. No database and no clock, so bulk intake runs all of it
// in worker threads (extract-worker.ts) and the main thread is left with the writes.
import { isIsoDay } from '../../../domain/days.ts';
import { extract } from '../../../extraction/extract.ts';
import type { ExtractionDocument } from '../../../extraction/types.ts';
import { invalid } from '../../errors.ts';
import { articleFromHtml, canonicalText, headerFacts, headerUrl, sha256Hex, type SourceMediaType } from './text.ts';

/** The longest readout taken (characters); press readouts are a few thousand. */
export const MAX_SOURCE_CHARS = 1_000_000;

export interface NewSource {
  text: string;
  mediaType?: SourceMediaType | undefined;
  publisher?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
  publishedOn?: string | null | undefined;
}

export interface ReadySource {
  text: string;
  sha256: string;
  mediaType: SourceMediaType;
  publisher: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  bodyStart: number;
  /** The extraction of `text` with `publishedOn` as its reference day, when made ahead (worker threads). */
  doc?: ExtractionDocument | undefined;
}

/** Throws a validation error naming the field when the input cannot be a source. */
export function readySource(input: NewSource, options: { extract?: boolean } = {}): ReadySource {
  const mediaType = input.mediaType ?? 'text/plain';
  let raw = input.text;
  let meta: { title: string | null; publisher: string | null; publishedOn: string | null } = { title: null, publisher: null, publishedOn: null };
  if (raw.length > MAX_SOURCE_CHARS) throw invalid('text', `the text is longer than ${MAX_SOURCE_CHARS} characters`);
  if (mediaType === 'text/html') {
    const article = articleFromHtml(raw, input.url);
    if (!article) throw invalid('text', 'the page has no readable article text');
    raw = article.text;
    meta = article;
  }
  const text = canonicalText(raw);
  if (text.length === 0) throw invalid('text', 'the text is empty');
  // PostgreSQL cannot store it and SQLite would: refused alike, before the database, on every path in.
  if (text.includes('\u0000')) throw invalid('text', 'the text contains a NUL character (U+0000)');
  if (input.publishedOn != null && !isIsoDay(input.publishedOn)) throw invalid('publishedOn', `'${input.publishedOn}' is not a calendar day (YYYY-MM-DD)`);
  const header = headerFacts(text);
  const publishedOn = input.publishedOn ?? header.publishedOn ?? meta.publishedOn;
  const ready: ReadySource = {
    text,
    sha256: sha256Hex(text),
    mediaType,
    publisher: input.publisher?.trim() || header.publisher || meta.publisher,
    title: input.title?.trim() || header.title || meta.title,
    url: input.url?.trim() || headerUrl(text),
    publishedOn,
    bodyStart: header.bodyStart,
  };
  if (options.extract) ready.doc = extractionOf(ready);
  return ready;
}

export function extractionOf(s: { text: string; publishedOn: string | null }): ExtractionDocument {
  return extract(s.text, s.publishedOn ? { reference: s.publishedOn } : {});
}
