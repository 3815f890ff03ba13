// What an engagement is and how its status may move. Pure: no SQL, no HTTP.
//
// Statuses: proposed → scheduled → confirmed → held is the normal path; a step may be skipped (a
// call is often recorded only once it has been held). Postponed and cancelled can be reached from any
// state that is not held, and need a reason. A postponed engagement can be taken up again (proposed,
// scheduled or confirmed: a new date is being fixed) or held; cancelled and held are final, because
// their history is what the record is for (a revived summit is a new engagement).
import type { TimeWindow } from '../../../domain/window.ts';

export const ENGAGEMENT_KINDS = ['phone_call', 'talks', 'visit', 'summit', 'session', 'interview', 'statement'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const ENGAGEMENT_STATUSES = ['proposed', 'scheduled', 'confirmed', 'held', 'postponed', 'cancelled'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const OUTCOME_KINDS = ['instruction_issued', 'document_signed', 'engagement_agreed'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface Participant {
  personId: number | null;
  bodyId: number | null;
  /** The party the participant acts for (ISO code), taken from the registry when not given. */
  party: string | null;
  /** Free text: "host", "guest", "chair" … */
  role: string | null;
}

export interface Engagement {
  id: number;
  kind: EngagementKind;
  title: string;
  place: string | null;
  /** The body whose session this is (kind 'session'), or the body that holds it. */
  bodyId: number | null;
  status: EngagementStatus;
  statusReason: string | null;
  window: TimeWindow;
  notes: string | null;
  demo: boolean;
  participants: Participant[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface WindowChange {
  window: TimeWindow;
  reason: string | null;
  changedBy: number | null;
  changedAt: string;
}

export interface StatusChange {
  status: EngagementStatus;
  reason: string | null;
  changedBy: number | null;
  changedAt: string;
}

export interface Outcome {
  id: number;
  kind: OutcomeKind;
  instructionId: number | null;
  documentId: number | null;
  nextEngagementId: number | null;
  note: string | null;
  createdAt: string;
}

const RANK: Record<'proposed' | 'scheduled' | 'confirmed' | 'held', number> = { proposed: 0, scheduled: 1, confirmed: 2, held: 3 };

/** Why `from` → `to` is not allowed, or null when it is. Staying in the same status is no transition. */
export function transitionProblem(from: EngagementStatus, to: EngagementStatus): string | null {
  if (from === to) return null;
  if (from === 'held') return `the engagement has been held; its status can no longer change`;
  if (from === 'cancelled') return `the engagement was cancelled; record a new engagement instead of reviving it`;
  if (to === 'postponed' || to === 'cancelled') return null;
  if (from === 'postponed') return null;
  if (RANK[to] < RANK[from]) return `an engagement cannot go back from ${from} to ${to}; postpone it if its date is open again`;
  return null;
}

export function needsReason(status: EngagementStatus): boolean {
  return status === 'postponed' || status === 'cancelled';
}

/** Constraints involving a cancelled engagement do not bind: it will not take place. */
export function takesPartInSchedule(status: EngagementStatus): boolean {
  return status !== 'cancelled';
}
