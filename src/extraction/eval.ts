// Scoring extractions against gold documents, exactly as GUIDELINES.md "Scoring" says. Pure.
import { seededRandom } from '../domain/random.ts';
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

const emptyTally = (): Tally => ({
  events: { gold: 0, output: 0, matched: 0 }, quotes: { gold: 0, output: 0, matched: 0 },
  commitments: { gold: 0, output: 0, matched: 0 }, pairs: 0, whenExact: 0, status: 0, kind: 0, where: 0, participants: 0,
});

function addTally(total: Tally, t: Tally): void {
  for (const k of ['events', 'quotes', 'commitments'] as const) {
    total[k].gold += t[k].gold;
    total[k].output += t[k].output;
    total[k].matched += t[k].matched;
  }
  for (const k of ['pairs', 'whenExact', 'status', 'kind', 'where', 'participants'] as const) total[k] += t[k];
}

export function scoreExtractions(pairs: readonly ScorePair[]): Report {
  const total = emptyTally();
  const files: FileScores[] = [];
  for (const p of pairs) {
    const t = tally(p.gold, p.output);
    files.push({ name: p.name, ...toScores(t) });
    addTally(total, t);
  }
  return { files, overall: toScores(total) };
}

export interface Interval {
  /** The headline of the files as given. */
  headline: number;
  lo: number;
  hi: number;
  level: number;
  resamples: number;
}

export interface Difference {
  /** Headline of `pairs` minus headline of `baseline`, on the same gold documents. */
  difference: number;
  lo: number;
  hi: number;
  level: number;
  resamples: number;
}

export interface BootstrapOptions {
  resamples?: number;
  level?: number;
  seed?: number;
}

/**
 * The percentile bootstrap over files: the headline pools its counts over all files (GUIDELINES.md "Scoring"), so each
 * resample draws as many files as there are, with replacement, and pools theirs. `statistic` maps the drawn indices to
 * one number; the interval is its central `level` share over the resamples.
 */
function bootstrap(n: number, statistic: (drawn: readonly number[]) => number, o: BootstrapOptions): { lo: number; hi: number; level: number; resamples: number } {
  const resamples = o.resamples ?? 2000;
  const level = o.level ?? 0.95;
  // seeded, so an interval printed twice is the same interval
  const next = seededRandom(o.seed ?? 1);
  const values: number[] = [];
  const drawn = new Array<number>(n);
  for (let r = 0; r < resamples && n > 0; r++) {
    for (let i = 0; i < n; i++) drawn[i] = Math.floor(next() * n);
    values.push(statistic(drawn));
  }
  values.sort((a, b) => a - b);
  const at = (q: number): number => values[Math.min(values.length - 1, Math.max(0, Math.floor(q * values.length)))] ?? 0;
  return { lo: at((1 - level) / 2), hi: at(1 - (1 - level) / 2), level, resamples };
}

function pooledHeadline(tallies: readonly Tally[], drawn: readonly number[]): number {
  const total = emptyTally();
  for (const i of drawn) {
    const t = tallies[i];
    if (t) addTally(total, t);
  }
  return toScores(total).headline;
}

/**
 * How far the headline of a dozen readouts can be trusted: the interval the same extractor would likely score on
 * other readouts like these (the files are the unit: readouts differ far more than events within one).
 */
export function headlineInterval(pairs: readonly ScorePair[], o: BootstrapOptions = {}): Interval {
  const tallies = pairs.map((p) => tally(p.gold, p.output));
  const headline = pooledHeadline(tallies, tallies.map((_, i) => i));
  return { headline, ...bootstrap(tallies.length, (drawn) => pooledHeadline(tallies, drawn), o) };
}

/**
 * Two extractions of the same readouts against the same gold (a change against the version before it, one extractor
 * against another): the difference of their headlines and its interval, both resampled with the same files, so
 * that what the readouts have in common cancels out. `pairs` and `baseline` are matched by name.
 */
export function headlineDifference(pairs: readonly ScorePair[], baseline: readonly ScorePair[], o: BootstrapOptions = {}): Difference {
  const byName = new Map(baseline.map((p) => [p.name, p]));
  const a: Tally[] = [];
  const b: Tally[] = [];
  for (const p of pairs) {
    const q = byName.get(p.name);
    if (!q) throw new Error(`no baseline document for ${p.name}`);
    a.push(tally(p.gold, p.output));
    b.push(tally(q.gold, q.output));
  }
  const all = a.map((_, i) => i);
  const difference = pooledHeadline(a, all) - pooledHeadline(b, all);
  return { difference, ...bootstrap(a.length, (drawn) => pooledHeadline(a, drawn) - pooledHeadline(b, drawn), o) };
}
