// Tables of migration 0003 (engagements, their history, constraints, agendas, outcomes), as Kysely sees them.
import type { Generated } from 'kysely';

export interface EngagementsTable {
  id: Generated<number>;
  kind: string;
  title: string;
  place: string | null;
  body_id: number | null;
  status: string;
  status_reason: string | null;
  window_earliest: string | null;
  window_latest: string | null;
  window_precision: string;
  window_tentative: number;
  window_text: string | null;
  sort_day: string;
  notes: string | null;
  demo: Generated<number>;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface EngagementParticipantsTable {
  id: Generated<number>;
  engagement_id: number;
  person_id: number | null;
  body_id: number | null;
  party: string | null;
  role: string | null;
  position: number;
}

export interface EngagementWindowHistoryTable {
  id: Generated<number>;
  engagement_id: number;
  window_earliest: string | null;
  window_latest: string | null;
  window_precision: string;
  window_tentative: number;
  window_text: string | null;
  reason: string | null;
  changed_by: number | null;
  changed_at: string;
}

export interface EngagementStatusHistoryTable {
  id: Generated<number>;
  engagement_id: number;
  status: string;
  reason: string | null;
  changed_by: number | null;
  changed_at: string;
}

export interface ConstraintsTable {
  id: Generated<number>;
  before_id: number;
  after_id: number;
  min_gap: number;
  max_gap: number | null;
  note: string | null;
  forced: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  engagement_id: number;
  position: number;
  title: string;
  /** JSON array of strings */
  topics: string;
  notes: string | null;
}

export interface AgendaItemLinksTable {
  id: Generated<number>;
  agenda_item_id: number;
  instruction_id: number | null;
  document_id: number | null;
}

export interface EngagementOutcomesTable {
  id: Generated<number>;
  engagement_id: number;
  kind: string;
  instruction_id: number | null;
  document_id: number | null;
  next_engagement_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface EngagementTables {
  engagements: EngagementsTable;
  engagement_participants: EngagementParticipantsTable;
  engagement_window_history: EngagementWindowHistoryTable;
  engagement_status_history: EngagementStatusHistoryTable;
  constraints: ConstraintsTable;
  agenda_items: AgendaItemsTable;
  agenda_item_links: AgendaItemLinksTable;
  engagement_outcomes: EngagementOutcomesTable;
}
