// Scoring extractions against gold documents, exactly as GUIDELINES.md "Scoring" says. Pure.
import type { EventKind, ExtractedEvent, ExtractionDocument, Participant, Quote, Span } from './types.ts';

export interface ScorePair {
  name: string;
  gold: ExtractionDocument;
  output: ExtractionDocument;
}

export interface Counts {
  gold: number;
  output: number;
  matched: number;
}

export interface Scores {
  events: Counts & Prf;
  /** Fractions over paired events. */
  whenExact: number;
  status: number;
  kind: number;
  where: number;
  /** Mean over paired events of the participants F1. */
  participants: number;
  quotes: Counts & Prf;
  commitments: Counts & Prf;
  headline: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface FileScores extends Scores {
  name: string;
}

export interface Report {
  files: FileScores[];
  overall: Scores;
}

/** Names compared as the scorer compares them: lower case, no diacritics, x as ks (Alexander/Aleksandr). */
function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/x/g, 'ks')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function oneLetterApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Two people are the same when their names share a word; words of six letters or more may differ by one letter. */
export function samePerson(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const wb = words(b);
  return words(a).some((x) => wb.some((y) => oneLetterApart(x, y)));
}

const GROUP: Record<EventKind, string> = {
  talks: 'in_person', visit: 'in_person', summit: 'in_person', session: 'in_person',
  phone_call: 'phone_call', interview: 'interview', statement: 'statement', other: 'other',
};

function windowsOverlap(a: ExtractedEvent['when'], b: ExtractedEvent['when']): boolean {
  const aUnknown = a.from === null || a.to === null;
  const bUnknown = b.from === null || b.to === null;
  if (aUnknown || bUnknown) return aUnknown && bUnknown;
  return (a.from ?? '') <= (b.to ?? '') && (b.from ?? '') <= (a.to ?? '');
}

function matchCount<T>(gold: readonly T[], out: readonly T[], same: (g: T, o: T) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const j = out.findIndex((o, k) => !used.has(k) && same(g, o));
    if (j >= 0) {
      used.add(j);
      n++;
    }
  }
  return n;
}

export function participantsF1(gold: readonly Participant[], out: readonly Participant[]): number {
  if (gold.length === 0 && out.length === 0) return 1;
  const m = matchCount(gold, out, (g, o) => samePerson(g.name, o.name));
  return prf(m, out.length, gold.length).f1;
}

function prf(matched: number, output: number, gold: number): Prf {
  const precision = output === 0 ? (gold === 0 ? 1 : 0) : matched / output;
  const recall = gold === 0 ? (output === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

interface EventPairing {
  pairs: [ExtractedEvent, ExtractedEvent][];
}

/** One-to-one: same kind group and overlapping windows (or both unknown), most shared participants first. */
export function pairEvents(gold: readonly ExtractedEvent[], out: readonly ExtractedEvent[]): EventPairing {
  const cands: { g: number; o: number; shared: number; kind: boolean }[] = [];
  gold.forEach((g, gi) =>
    out.forEach((o, oi) => {
      if (GROUP[g.kind] !== GROUP[o.kind] || !windowsOverlap(g.when, o.when)) return;
      const shared = matchCount(g.participants, o.participants, (a, b) => samePerson(a.name, b.name));
      cands.push({ g: gi, o: oi, shared, kind: g.kind === o.kind });
    }),
  );
  cands.sort((a, b) => b.shared - a.shared || Number(b.kind) - Number(a.kind) || a.g - b.g || a.o - b.o);
  const usedG = new Set<number>();
  const usedO = new Set<number>();
  const pairs: [ExtractedEvent, ExtractedEvent][] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedO.has(c.o)) continue;
    usedG.add(c.g);
    usedO.add(c.o);
    const g = gold[c.g];
    const o = out[c.o];
    if (g && o) pairs.push([g, o]);
  }
  return { pairs };
}

const overlapsSpan = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

interface Tally {
  events: Counts;
  quotes: Counts;
  commitments: Counts;
  pairs: number;
  whenExact: number;
  status: number;
  kind: number;
  where: number;
  participants: number;
}

function tally(gold: ExtractionDocument, out: ExtractionDocument): Tally {
  const { pairs } = pairEvents(gold.events, out.events);
  const t: Tally = {
    events: { gold: gold.events.length, output: out.events.length, matched: pairs.length },
    quotes: { gold: gold.quotes.length, output: out.quotes.length, matched: 0 },
    commitments: { gold: gold.commitments.length, output: out.commitments.length, matched: 0 },
    pairs: pairs.length, whenExact: 0, status: 0, kind: 0, where: 0, participants: 0,
  };
  for (const [g, o] of pairs) {
    if (g.when.from === o.when.from && g.when.to === o.when.to) t.whenExact++;
    if (g.status === o.status) t.status++;
    if (g.kind === o.kind) t.kind++;
    if ((g.where ?? null) === null ? (o.where ?? null) === null : (o.where ?? '').toLowerCase() === (g.where ?? '').toLowerCase()) t.where++;
    t.participants += participantsF1(g.participants, o.participants);
  }
  // Quotes pair by overlapping offsets, and count when the speakers agree.
  const usedQ = new Set<number>();
  for (const g of gold.quotes) {
    const j = out.quotes.findIndex((o: Quote, k) => !usedQ.has(k) && overlapsSpan(g, o));
    if (j < 0) continue;
    usedQ.add(j);
    if (samePerson(g.speaker, out.quotes[j]?.speaker ?? null)) t.quotes.matched++;
  }
  t.commitments.matched = matchCount(gold.commitments, out.commitments, (g, o) => g.evidence.some((a) => o.evidence.some((b) => overlapsSpan(a, b))));
  return t;
}

function toScores(t: Tally): Scores {
  const ratio = (n: number): number => (t.pairs === 0 ? 0 : n / t.pairs);
  const events = { ...t.events, ...prf(t.events.matched, t.events.output, t.events.gold) };
  const whenExact = ratio(t.whenExact);
  const participants = ratio(t.participants);
  return {
    events,
    whenExact,
    status: ratio(t.status),
    kind: ratio(t.kind),
    where: ratio(t.where),
    participants,
    quotes: { ...t.quotes, ...prf(t.quotes.matched, t.quotes.output, t.quotes.gold) },
    commitments: { ...t.commitments, ...prf(t.commitments.matched, t.commitments.output, t.commitments.gold) },
    headline: events.f1 * (0.5 * whenExact + 0.5 * participants),
  };
}

export function scoreExtractions(pairs: readonly ScorePair[]): Report {
  const total: Tally = {
    events: { gold: 0, output: 0, matched: 0 }, quotes: { gold: 0, output: 0, matched: 0 },
    commitments: { gold: 0, output: 0, matched: 0 }, pairs: 0, whenExact: 0, status: 0, kind: 0, where: 0, participants: 0,
  };
  const files: FileScores[] = [];
  for (const p of pairs) {
    const t = tally(p.gold, p.output);
    files.push({ name: p.name, ...toScores(t) });
    for (const k of ['events', 'quotes', 'commitments'] as const) {
      total[k].gold += t[k].gold;
      total[k].output += t[k].output;
      total[k].matched += t[k].matched;
    }
    for (const k of ['pairs', 'whenExact', 'status', 'kind', 'where', 'participants'] as const) total[k] += t[k];
  }
  return { files, overall: toScores(total) };
}
