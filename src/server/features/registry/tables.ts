import type { Generated } from 'kysely';

export interface PartiesTable {
  /** ISO 3166-1 alpha-2 for states; a short upper-case code for organisations. */
  code: string;
  name: string;
  kind: string;
  demo: Generated<number>;
  created_at: string;
}

export interface BodiesTable {
  id: Generated<number>;
  name: string;
  short_name: string | null;
  kind: string;
  /** NULL for joint (union) bodies. */
  party: string | null;
  parent_id: number | null;
  demo: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  demo: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PersonAliasesTable {
  person_id: number;
  alias: string;
  /** lower-cased, diacritics stripped, spaces collapsed */
  normalized: string;
}

export interface PositionsTable {
  id: Generated<number>;
  person_id: number;
  role: string;
  party: string | null;
  body_id: number | null;
  from_day: string | null;
  to_day: string | null;
}

export interface RegistryTables {
  parties: PartiesTable;
  bodies: BodiesTable;
  people: PeopleTable;
  person_aliases: PersonAliasesTable;
  positions: PositionsTable;
}
