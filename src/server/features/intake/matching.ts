// Is an extracted event the same occurrence as a stored engagement? Same kind group (talks, visits,
// summits and sessions are all in-person gatherings, which the press names loosely), overlapping
// windows, and agreeing participants: a shared body for sessions, else a shared person. Pure.
import type { EngagementKind } from '../engagements/model.ts';

export type KindGroup = 'gathering' | 'phone_call' | 'interview' | 'statement';

export function kindGroup(kind: EngagementKind): KindGroup {
  switch (kind) {
    case 'talks':
    case 'visit':
    case 'summit':
    case 'session':
      return 'gathering';
    case 'phone_call':
    case 'interview':
    case 'statement':
      return kind;
  }
}

export const GROUP_KINDS: Record<KindGroup, EngagementKind[]> = {
  gathering: ['talks', 'visit', 'summit', 'session'],
  phone_call: ['phone_call'],
  interview: ['interview'],
  statement: ['statement'],
};

export interface DayWindow {
  earliest: string | null;
  latest: string | null;
}

export interface MatchEvent {
  kind: EngagementKind;
  window: DayWindow;
  personIds: readonly number[];
  bodyIds: readonly number[];
}

export interface MatchCandidate {
  id: number;
  kind: EngagementKind;
  window: DayWindow;
  /** The body whose session it is, and bodies taking part. */
  bodyIds: readonly number[];
  personIds: readonly number[];
}

export function windowsOverlap(a: DayWindow, b: DayWindow): boolean {
  // A null side is unbounded (domain/window.ts): an unknown window overlaps every window.
  if (a.earliest !== null && b.latest !== null && a.earliest > b.latest) return false;
  if (b.earliest !== null && a.latest !== null && b.earliest > a.latest) return false;
  return true;
}

function shared(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
}

/** How well the candidate agrees with the event (higher is better), or null when it is another occurrence. */
export function agreement(event: MatchEvent, c: MatchCandidate): number | null {
  if (kindGroup(event.kind) !== kindGroup(c.kind)) return null;
  if (!windowsOverlap(event.window, c.window)) return null;
  const people = shared(event.personIds, c.personIds);
  const isSession = event.kind === 'session' || c.kind === 'session';
  if (event.bodyIds.length > 0 && c.bodyIds.length > 0) {
    const bodies = shared(event.bodyIds, c.bodyIds);
    if (bodies > 0) return 100 + 10 * bodies + people + (event.kind === c.kind ? 1 : 0);
    // Two sessions of different bodies in the same month are two occurrences.
    if (isSession) return null;
  }
  if (people === 0) return null;
  return 10 * people + (event.kind === c.kind ? 1 : 0);
}

/** The candidate that agrees best, ties to the narrower window (the more exact record). */
export function bestMatch<C extends MatchCandidate>(event: MatchEvent, candidates: readonly C[]): C | null {
  let best: { c: C; score: number; width: number } | null = null;
  for (const c of candidates) {
    const score = agreement(event, c);
    if (score === null) continue;
    const width = spanDays(c.window);
    if (!best || score > best.score || (score === best.score && width < best.width) || (score === best.score && width === best.width && c.id < best.c.id)) best = { c, score, width };
  }
  return best?.c ?? null;
}

function spanDays(w: DayWindow): number {
  if (w.earliest === null || w.latest === null) return Number.POSITIVE_INFINITY;
  return (Date.parse(w.latest) - Date.parse(w.earliest)) / 86_400_000;
}
