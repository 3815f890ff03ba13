import type { Generated } from 'kysely';

export interface ControlDecisionsTable {
  id: Generated<number>;
  instruction_id: number;
  kind: string;
  decided_on: string;
  reason: string | null;
  new_deadline_earliest: string | null;
  new_deadline_latest: string | null;
  new_deadline_precision: string | null;
  new_deadline_tentative: number | null;
  new_deadline_text: string | null;
  previous_deadline_earliest: string | null;
  previous_deadline_latest: string | null;
  previous_deadline_precision: string | null;
  previous_deadline_tentative: number | null;
  previous_deadline_text: string | null;
  /** engagements come later (migration 0003); no foreign key yet */
  engagement_id: number | null;
  agenda_item_id: number | null;
  /** NULL when the system recorded it */
  decided_by: number | null;
  created_at: string;
}

export interface ControlTables {
  control_decisions: ControlDecisionsTable;
}
