// Tables of migration 0004 (documents, versions, blobs, party keys, approvals, signings), as Kysely sees them.
import type { Generated } from 'kysely';

export interface BlobsTable {
  hash: string;
  size: number;
  /** BLOB on SQLite, bytea on PostgreSQL: a Buffer from both drivers. */
  content: Buffer;
  created_at: string;
}

export interface DocumentsTable {
  id: Generated<number>;
  kind: string;
  title: string;
  status: Generated<string>;
  engagement_id: number | null;
  current_version: number | null;
  notes: string | null;
  demo: Generated<number>;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentPartiesTable {
  document_id: number;
  party: string;
  position: number;
}

export interface DocumentVersionsTable {
  id: Generated<number>;
  document_id: number;
  number: number;
  sha256: string;
  size: number;
  media_type: string;
  blob_hash: string;
  filename: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface PartyKeysTable {
  id: Generated<number>;
  party: string;
  public_key_pem: string;
  fingerprint: string;
  label: string | null;
  created_by: number | null;
  created_at: string;
  revoked_at: string | null;
}

export interface DocumentApprovalsTable {
  id: Generated<number>;
  document_id: number;
  version_id: number;
  party: string;
  approved_by: number | null;
  approved_by_name: string;
  approved_at: string;
  signature: string | null;
  key_id: number | null;
  voided_at: string | null;
}

export interface DocumentSigningsTable {
  id: Generated<number>;
  document_id: number;
  version_id: number;
  signed_on: string;
  place: string | null;
  engagement_id: number | null;
  recorded_by: number | null;
  recorded_by_name: string;
  recorded_at: string;
  trail_hash: string;
}

export interface DocumentSignatoriesTable {
  id: Generated<number>;
  signing_id: number;
  person_id: number;
  party: string;
  position: number;
  signature: string | null;
  key_id: number | null;
}

export interface DocumentInstructionsTable {
  document_id: number;
  instruction_id: number;
  relation: string;
  created_at: string;
}

export interface DocumentTables {
  blobs: BlobsTable;
  documents: DocumentsTable;
  document_parties: DocumentPartiesTable;
  document_versions: DocumentVersionsTable;
  party_keys: PartyKeysTable;
  document_approvals: DocumentApprovalsTable;
  document_signings: DocumentSigningsTable;
  document_signatories: DocumentSignatoriesTable;
  document_instructions: DocumentInstructionsTable;
}
