// The last consistent schedule of the whole network, kept in memory so that an added constraint is
// checked incrementally (domain checkAddedConstraint: well under a millisecond at 10,000 engagements)
// instead of re-checking the network. It is keyed by the network's fingerprint, read in the same
// transaction as the check, so a change made by anyone else (another process included) is a miss and
// the network is simply loaded and checked again.
//
// A state computed inside a transaction that then rolls back must never be served: SQLite may reuse
// a rolled-back id, giving a later, different network the same fingerprint. So states derived from
// a write are staged and only served once the route confirms the commit.
import type { ScheduleState } from '../../../domain/schedule/graph.ts';

export interface CacheTicket {
  readonly fingerprint: string;
  readonly state: ScheduleState;
}

export class ScheduleCache {
  private entry: CacheTicket | null = null;

  get(fingerprint: string): ScheduleState | null {
    return this.entry !== null && this.entry.fingerprint === fingerprint ? this.entry.state : null;
  }

  /** A state read from committed data. */
  set(fingerprint: string, state: ScheduleState): void {
    this.entry = { fingerprint, state };
  }

  /** A state that holds once the current transaction commits; serve it with `confirm`. */
  stage(fingerprint: string, state: ScheduleState): CacheTicket {
    return { fingerprint, state };
  }

  confirm(ticket: CacheTicket | undefined): void {
    if (ticket) this.entry = ticket;
  }
}
