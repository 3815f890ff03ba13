import type { Generated } from 'kysely';

export interface ReportsTable {
  id: Generated<number>;
  instruction_id: number;
  body_id: number;
  /** NULL when the system recorded it (demo data, imports) */
  author_user_id: number | null;
  text: string;
  progress: number;
  /** integer minor units */
  spent: number | null;
  currency: string | null;
  /** JSON array of {url, title} */
  evidence: Generated<string>;
  submitted_on: string;
  submitted_at: string;
  review_status: Generated<string>;
  reviewed_by: number | null;
  reviewed_at: string | null;
  reviewed_on: string | null;
  review_comment: string | null;
  version: Generated<number>;
}

export interface ReportTables {
  reports: ReportsTable;
}
