import type { Generated } from 'kysely';

/** SQLite only: the in-process queue's jobs (PostgreSQL uses pg-boss's own schema). */
export interface JobsTable {
  id: Generated<number>;
  name: string;
  payload: string;
  singleton_key: string | null;
  state: 'queued' | 'active' | 'completed' | 'failed';
  attempts: number;
  run_after: string;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobTables {
  jobs: JobsTable;
}
