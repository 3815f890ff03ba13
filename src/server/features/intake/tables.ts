// Tables of migration 0006 (sources, proposals, provenance), as Kysely sees them.
import type { Generated } from 'kysely';

export interface SourcesTable {
  id: Generated<number>;
  text: string;
  sha256: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  published_on: string | null;
  media_type: string;
  body_start: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface ProposalsTable {
  id: Generated<number>;
  source_id: number;
  kind: string;
  /** JSON */
  payload: string;
  target_type: string | null;
  target_id: number | null;
  fingerprint: string;
  status: string;
  reason: string | null;
  result_type: string | null;
  result_id: number | null;
  decided_by: number | null;
  decided_at: string | null;
  version: Generated<number>;
  created_at: string;
}

export interface ProvenanceTable {
  id: Generated<number>;
  record_type: string;
  record_id: number;
  field: string;
  source_id: number;
  span_start: number;
  span_end: number;
  quoted_text: string;
  proposal_id: number | null;
  created_at: string;
}

export interface IntakeTables {
  sources: SourcesTable;
  proposals: ProposalsTable;
  provenance: ProvenanceTable;
}
