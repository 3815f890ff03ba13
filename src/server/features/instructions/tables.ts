import type { Generated } from 'kysely';

export interface InstructionsTable {
  id: Generated<number>;
  title: string;
  text: string;
  topic: string;
  /** The responsible body's party; NULL for joint bodies. */
  party: string | null;
  responsible_body_id: number;
  issued_on: string;
  /** engagements come later (migration 0003); no foreign key yet */
  issued_at_engagement_id: number | null;
  parent_id: number | null;
  deadline_earliest: string | null;
  deadline_latest: string | null;
  deadline_precision: string | null;
  deadline_tentative: number | null;
  deadline_text: string | null;
  /** Current facts, kept by the services in the same transaction as the change. */
  effective_deadline_latest: string | null;
  accepted_progress: Generated<number>;
  fulfilled_on: string | null;
  withdrawn_on: string | null;
  /** The newest day the facts above depend on; they hold for any `at >= facts_as_of` (NULL: always). */
  facts_as_of: string | null;
  /** Parties of the co-executing bodies other than `party`, sorted, space-separated; NULL if none (control/co-parties.ts). */
  co_parties: string | null;
  demo: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface InstructionAuthorsTable {
  instruction_id: number;
  person_id: number;
}

export interface InstructionExecutorsTable {
  instruction_id: number;
  body_id: number;
}

export interface FinancingTable {
  id: Generated<number>;
  instruction_id: number;
  party: string | null;
  /** ISO 4217 */
  currency: string;
  /** integer minor units; NULL = not known */
  planned: number | null;
  allocated: number | null;
  spent: number | null;
}

export interface InstructionTables {
  instructions: InstructionsTable;
  instruction_authors: InstructionAuthorsTable;
  instruction_executors: InstructionExecutorsTable;
  financing: FinancingTable;
}
