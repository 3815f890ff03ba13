// instructions.co_parties: the parties of an instruction's co-executing bodies other than its
// responsible body's party, sorted and space-separated ('BY', 'BY RU'), NULL when there are none.
// Denormalised (migration 0011) so the control summary counts responsible and co-executing parties in
// one scan of one index. Kept in the same transaction as what it depends on: the executors
// (instructions/repository.ts replaceExecutors) and a body's party (registry/service.ts updateBody).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Q = Kysely<Database>;

// string_agg(… order by …): PostgreSQL, and SQLite 3.44+ (better-sqlite3 12 bundles 3.5x)
const coParties = sql<string | null>`(
  select string_agg(p.party, ' ' order by p.party) from (
    select distinct b.party from instruction_executors e join bodies b on b.id = e.body_id
    where e.instruction_id = instructions.id and b.party is not null
      and (instructions.party is null or b.party <> instructions.party)) p)`;

/** Recomputes co_parties of one instruction (after its executors changed). */
export async function refreshCoParties(db: Q, instructionId: number): Promise<void> {
  await db.updateTable('instructions').set({ co_parties: coParties }).where('id', '=', instructionId).execute();
}

/** Recomputes co_parties of every instruction a body is responsible for or co-executes (after its party changed). */
export async function refreshCoPartiesOfBody(db: Q, bodyId: number): Promise<void> {
  await db
    .updateTable('instructions')
    .set({ co_parties: coParties })
    .where((eb) => eb.or([eb('responsible_body_id', '=', bodyId), eb('id', 'in', eb.selectFrom('instruction_executors').select('instruction_id').where('body_id', '=', bodyId))]))
    .execute();
}

/** The parties in a co_parties value. */
export function splitCoParties(value: string | null): string[] {
  return value === null || value === '' ? [] : value.split(' ');
}
