// The public shapes of the engagement schedule: a simple temporal network
// whose variables are the engagements' start days (epoch days) and whose
// constraints are windows and ordering gaps.

import { dayRange } from '../window.ts';
import type { TimeWindow } from '../window.ts';
import type { ScheduleState } from './graph.ts';

export interface ScheduleEngagement {
  id: string;
  /** How people name it in explanations: "the Council of Ministers". */
  label: string;
  /** First possible start day (epoch day); null = unbounded. */
  earliest: number | null;
  /** Last possible start day (epoch day); null = unbounded. */
  latest: number | null;
}

/**
 * "`before` comes before `after`": minGap <= t(after) - t(before) <= maxGap,
 * in days between start days.
 */
export interface OrderingConstraint {
  id: string;
  before: string;
  after: string;
  /** Default 1: a strictly later day. 0 means "the same day or later"; say so explicitly. */
  minGap?: number;
  /** Default unbounded. */
  maxGap?: number | null;
}

export const DEFAULT_MIN_GAP = 1;

export interface ScheduleInput {
  engagements: readonly ScheduleEngagement[];
  constraints: readonly OrderingConstraint[];
}

export interface DayBounds {
  /** epoch day; null = unbounded */
  earliest: number | null;
  /** epoch day; null = unbounded */
  latest: number | null;
}

export interface ScheduleConflict {
  /** ids of the constraints in the clash, in the order the explanation uses them */
  constraints: string[];
  /** ids of the engagements whose windows take part in the clash */
  windows: string[];
  /** what clashes, in words a secretary can act on */
  explanation: string;
}

export type ScheduleResult =
  | {
      consistent: true;
      /** every engagement's window after the constraints (never wider than its own) */
      windows: ReadonlyMap<string, DayBounds>;
      /** keep it to check added constraints incrementally */
      state: ScheduleState;
    }
  | { consistent: false; conflict: ScheduleConflict };

export type AddedConstraintResult =
  | {
      consistent: true;
      windows: ReadonlyMap<string, DayBounds>;
      state: ScheduleState;
      /** engagements whose narrowed window changed */
      changed: string[];
    }
  | { consistent: false; conflict: ScheduleConflict };

export type ScheduleInputErrorCode =
  | 'duplicate_engagement'
  | 'duplicate_constraint'
  | 'unknown_engagement'
  | 'self_constraint'
  | 'not_a_day_count';

/**
 * The input is malformed (not merely inconsistent): an engagement ordered
 * against itself, an unknown id, a fractional day. Services validate before
 * calling; this is the backstop.
 */
export class ScheduleInputError extends Error {
  readonly code: ScheduleInputErrorCode;

  constructor(code: ScheduleInputErrorCode, message: string) {
    super(message);
    this.name = 'ScheduleInputError';
    this.code = code;
  }
}

/** An engagement for the schedule from its stored time window (unknown sides are unbounded). */
export function scheduleEngagementFromWindow(options: { id: string; label: string; window: TimeWindow }): ScheduleEngagement {
  const r = dayRange(options.window);
  return {
    id: options.id,
    label: options.label,
    earliest: Number.isFinite(r.earliest) ? r.earliest : null,
    latest: Number.isFinite(r.latest) ? r.latest : null,
  };
}
