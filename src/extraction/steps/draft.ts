// A new event made by a step after the assembly (listed calls, changes of office): the fields every such event shares.
import type { DraftEvent } from '../context.ts';
import type { Span } from '../types.ts';

type Given = Pick<DraftEvent, 'kind' | 'status' | 'window' | 'people'> & Partial<DraftEvent>;

/** An event reported by one sentence, with no place, body, label or topics unless given. */
export function draftEvent(given: Given, sentence: Span, s: number): DraftEvent {
  return {
    timeText: null,
    timeSpan: null,
    tentative: false,
    where: null,
    personSpans: [],
    bodies: [],
    label: null,
    topics: new Set(),
    evidence: [{ start: sentence.start, end: sentence.end }],
    firstSentence: s,
    lastSentence: s,
    ...given,
  };
}
