// The only code that writes SQL for control decisions.
import type { Kysely, Selectable } from 'kysely';
import type { ControlDecisionKind } from '../../../domain/execution-state.ts';
import type { TimeWindow } from '../../../domain/window.ts';
import type { Database } from '../../db/schema.ts';
import { columnsFromWindow, windowFromColumns } from '../instructions/deadline.ts';
import type { ControlDecisionsTable } from './tables.ts';

type Q = Kysely<Database>;

export interface ControlDecision {
  id: number;
  instructionId: number;
  kind: ControlDecisionKind;
  decidedOn: string;
  reason: string | null;
  /** for 'extend': the new deadline */
  newDeadline: TimeWindow | null;
  /** for 'extend': the deadline it replaced */
  previousDeadline: TimeWindow | null;
  engagementId: number | null;
  agendaItemId: number | null;
  decidedBy: number | null;
  createdAt: string;
}

function toDecision(row: Selectable<ControlDecisionsTable>): ControlDecision {
  return {
    id: row.id,
    instructionId: row.instruction_id,
    kind: row.kind as ControlDecisionKind,
    decidedOn: row.decided_on,
    reason: row.reason,
    newDeadline: windowFromColumns({ earliest: row.new_deadline_earliest, latest: row.new_deadline_latest, precision: row.new_deadline_precision, tentative: row.new_deadline_tentative, text: row.new_deadline_text }),
    previousDeadline: windowFromColumns({
      earliest: row.previous_deadline_earliest,
      latest: row.previous_deadline_latest,
      precision: row.previous_deadline_precision,
      tentative: row.previous_deadline_tentative,
      text: row.previous_deadline_text,
    }),
    engagementId: row.engagement_id,
    agendaItemId: row.agenda_item_id,
    decidedBy: row.decided_by,
    createdAt: row.created_at,
  };
}

export async function insertDecision(
  db: Q,
  d: { instructionId: number; kind: ControlDecisionKind; decidedOn: string; reason: string | null; newDeadline: TimeWindow | null; previousDeadline: TimeWindow | null; engagementId: number | null; agendaItemId: number | null; decidedBy: number | null; now: string },
): Promise<ControlDecision> {
  const n = columnsFromWindow(d.newDeadline);
  const p = columnsFromWindow(d.previousDeadline);
  const row = await db
    .insertInto('control_decisions')
    .values({
      instruction_id: d.instructionId,
      kind: d.kind,
      decided_on: d.decidedOn,
      reason: d.reason,
      new_deadline_earliest: n.earliest,
      new_deadline_latest: n.latest,
      new_deadline_precision: n.precision,
      new_deadline_tentative: n.tentative,
      new_deadline_text: n.text,
      previous_deadline_earliest: p.earliest,
      previous_deadline_latest: p.latest,
      previous_deadline_precision: p.precision,
      previous_deadline_tentative: p.tentative,
      previous_deadline_text: p.text,
      engagement_id: d.engagementId,
      agenda_item_id: d.agendaItemId,
      decided_by: d.decidedBy,
      created_at: d.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDecision(row);
}

/** Decisions on an instruction in the order they were taken (decided day, then recorded order). */
export async function listDecisions(db: Q, instructionId: number): Promise<ControlDecision[]> {
  const rows = await db.selectFrom('control_decisions').selectAll().where('instruction_id', '=', instructionId).orderBy('decided_on').orderBy('id').execute();
  return rows.map(toDecision);
}
