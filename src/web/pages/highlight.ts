// Splits a readout into runs of plain text and highlighted spans, from the character offsets the
// extraction gives. The result is data, rendered as React text nodes: readout text never becomes HTML.
import type { Proposal } from '../types.ts';

export type Mark = 'event' | 'date' | 'person' | 'quote';
export interface Span { start: number; end: number; mark: Mark; proposalId: number }
export interface Run { text: string; start: number; marks: Mark[]; proposalIds: number[] }

const PRIORITY: Mark[] = ['date', 'person', 'quote', 'event'];

interface RawSpan { start: number; end: number }
const isSpan = (v: unknown): v is RawSpan => typeof v === 'object' && v !== null && typeof (v as RawSpan).start === 'number' && typeof (v as RawSpan).end === 'number';
const spansIn = (v: unknown): RawSpan[] => (Array.isArray(v) ? v.filter(isSpan) : isSpan(v) ? [v] : []);

/** The highlighted spans a proposal's payload names, by kind of thing. */
export function spansOf(p: Proposal): Span[] {
  const out: Span[] = [];
  const push = (list: RawSpan[], mark: Mark) => list.forEach((s) => out.push({ start: s.start, end: s.end, mark, proposalId: p.id }));
  const pl = p.payload;
  const spans = (pl.spans ?? {}) as Record<string, unknown>;
  push(spansIn(spans.evidence), 'event');
  push(spansIn(spans.when), 'date');
  push(spansIn(spans.participants), 'person');
  push(spansIn(pl.quotes), 'quote');
  if (p.kind === 'new_instruction' || p.kind === 'constraint') push(spansIn(pl.span), 'event');
  if (p.kind === 'new_person' || p.kind === 'new_alias') push(spansIn(pl.span), 'person');
  return out;
}

export function splitRuns(text: string, spans: readonly Span[]): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.end <= s.start || s.start < 0 || s.end > text.length) continue;
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    const covering = spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start);
    const marks = PRIORITY.filter((m) => covering.some((s) => s.mark === m));
    runs.push({ text: text.slice(a, b), start: a, marks, proposalIds: [...new Set(covering.map((s) => s.proposalId))] });
  }
  return runs;
}
