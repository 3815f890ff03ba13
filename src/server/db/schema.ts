// The database's shape as Kysely sees it: each feature declares its tables beside its repository and
// they are joined here. Migrations (./migrations) are the truth; these types follow them.
import type { AccountTables } from '../features/accounts/tables.ts';
import type { EngagementTables } from '../features/engagements/tables.ts';
import type { DocumentTables } from '../features/documents/tables.ts';
import type { ControlTables } from '../features/control/tables.ts';
import type { InstructionTables } from '../features/instructions/tables.ts';
import type { RegistryTables } from '../features/registry/tables.ts';
import type { JobTables } from '../jobs/tables.ts';
import type { ReportTables } from '../features/reports/tables.ts';
import type { IntakeTables } from '../features/intake/tables.ts';
import type { FeedTables } from '../features/feeds/tables.ts';
import type { AuditTables } from '../audit/tables.ts';

export type Database = AccountTables & RegistryTables & InstructionTables & ReportTables & ControlTables & EngagementTables & DocumentTables & JobTables & IntakeTables & FeedTables & AuditTables;
