// Every migration, in order. Migrations are frozen in time: they never import application code
// (only ./portable.ts, which is frozen with them). Add new ones at the end.
import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts.ts';
import * as m0002 from './0002_cycle.ts';
import * as m0003 from './0003_engagements.ts';
import * as m0004 from './0004_documents.ts';
import * as m0008 from './0008_jobs.ts';
import * as m0005 from './0005_cycle_indexes.ts';
import * as m0006 from './0006_intake.ts';
import * as m0009 from './0009_audit.ts';
import * as m0010 from './0010_bench_indexes.ts';
import * as m0011 from './0011_control_summary.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_accounts': m0001,
  '0002_cycle': m0002,
  '0003_engagements': m0003,
  '0004_documents': m0004,
  '0008_jobs': m0008,
  '0005_cycle_indexes': m0005,
  '0006_intake': m0006,
  '0009_audit': m0009,
  '0010_bench_indexes': m0010,
  '0011_control_summary': m0011,
};
