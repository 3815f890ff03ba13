export interface AuditLogTable {
  seq: number;
  at: string;
  actor_user_id: number | null;
  actor_name: string;
  actor_role: string;
  actor_party: string | null;
  operation: string;
  record_type: string;
  record_id: string;
  /** canonical JSON text, or null when the record did not exist before (a creation) */
  before: string | null;
  /** canonical JSON text, or null when the record no longer exists (a deletion) */
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** One row (id 1): the chain's tip. Appends lock it, so concurrent transactions cannot fork the chain. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
