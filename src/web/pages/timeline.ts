// The events of an instruction's life in day order. Deadline changes come from deadlineHistory; the
// first entry is the deadline it was issued with and is shown only when it differs from "none".
import type { Decision, InstructionDetail, Report, TimeWindow } from '../types.ts';

export type TimelineEvent =
  | { kind: 'issued'; key: string; day: string }
  | { kind: 'report'; key: string; day: string; report: Report }
  | { kind: 'review'; key: string; day: string; report: Report }
  | { kind: 'decision'; key: string; day: string; decision: Decision; reason: string | null }
  | { kind: 'deadline'; key: string; day: string; window: TimeWindow | null; reason: string | null };

const ORDER: Record<TimelineEvent['kind'], number> = { issued: 0, deadline: 1, report: 2, review: 3, decision: 4 };

export function buildTimeline(i: InstructionDetail): TimelineEvent[] {
  const events: TimelineEvent[] = [{ kind: 'issued', key: 'issued', day: i.issuedOn }];
  i.deadlineHistory.forEach((h, n) => {
    if (n === 0 && h.window === null) return;
    events.push({ kind: 'deadline', key: `deadline-${n}`, day: h.since.slice(0, 10), window: h.window, reason: n === 0 ? null : h.reason });
  });
  for (const r of i.reports) {
    events.push({ kind: 'report', key: `report-${r.id}`, day: r.submittedOn, report: r });
    if (r.reviewStatus !== 'pending' && r.reviewedOn) events.push({ kind: 'review', key: `review-${r.id}`, day: r.reviewedOn, report: r });
  }
  for (const d of i.decisions) events.push({ kind: 'decision', key: `decision-${d.id}`, day: d.decidedOn, decision: d, reason: d.kind === 'extend' ? null : d.reason });
  return events.sort((a, b) => a.day.localeCompare(b.day) || ORDER[a.kind] - ORDER[b.kind]);
}
