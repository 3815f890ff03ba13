// The database's shape as Kysely sees it: each feature declares its tables beside its repository and
// they are joined here. Migrations (./migrations) are the truth; these types follow them.
import type { AccountTables } from '../features/accounts/tables.ts';

export type Database = AccountTables;
