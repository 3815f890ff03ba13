// The off-the-shelf baseline the issue compares against: chrono-node for dates, compromise for people and places,
// a plain trigger list for kinds, one event per trigger sentence. Measured, not tuned.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { splitHeader } from '../src/extraction/text/header.ts';
import type { EventKind, ExtractedEvent, ExtractionDocument, Precision } from '../src/extraction/types.ts';

const TRIGGERS: [RegExp, EventKind][] = [
  [/\b(?:telephone|phone) (?:conversation|call|talk)|\bspoke by phone\b|\bover the phone\b/i, 'phone_call'],
  [/\bsummit\b/i, 'summit'],
  [/\bsession\b/i, 'session'],
  [/\binterview\b|\bpress conference\b/i, 'interview'],
  [/\btalks\b|\bmeeting\b|\bmet\b/i, 'talks'],
  [/\bvisit\b|\bleft for\b/i, 'visit'],
];

const iso = (d: Date): string => d.toISOString().slice(0, 10);

export function baselineExtract(text: string): ExtractionDocument {
  const { header, body } = splitHeader(text);
  const published = header.published && /^\d{4}-\d{2}-\d{2}$/.test(header.published) ? header.published : null;
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date(0);
  const events: ExtractedEvent[] = [];
  const doc = nlp(body);
  let offset = 0;
  for (const sentence of doc.sentences().out('array') as string[]) {
    const start = body.indexOf(sentence, offset);
    offset = start >= 0 ? start + sentence.length : offset;
    const kind = TRIGGERS.find(([re]) => re.test(sentence))?.[1];
    if (!kind) continue;
    const parsed = chrono.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: false })[0];
    let from: string | null = null;
    let to: string | null = null;
    let precision: Precision = 'unknown';
    if (parsed) {
      const d = parsed.start.date();
      from = iso(d);
      to = parsed.end ? iso(parsed.end.date()) : from;
      precision = parsed.start.isCertain('day') ? 'day' : parsed.start.isCertain('month') ? 'month' : 'relative';
    }
    const s = nlp(sentence);
    const people = [...new Set(s.people().out('array') as string[])].map((name) => ({ name: name.replace(/[.,]$/, ''), role: null, country: null }));
    const place = (s.places().out('array') as string[])[0] ?? null;
    const upcoming = /\bwill\b|\bscheduled\b|\bupcoming\b|\bplanned\b/i.test(sentence) || (from !== null && published !== null && from > published);
    const dup = events.find((e) => e.kind === kind && e.when.from === from);
    if (dup) continue;
    events.push({
      kind, status: upcoming ? 'upcoming' : 'held', when: { from, to, precision, tentative: false, text: parsed?.text ?? null },
      where: place, participants: people, bodies: [], topics: [], evidence: start >= 0 ? [{ start, end: start + sentence.length }] : [],
    });
  }
  return { schema: 'accord.extraction/v1', source: { title: header.title, published, agencies: [] }, events, commitments: [], quotes: [] };
}
