// The only code that writes SQL for the registry (parties, bodies, people). Returns domain shapes.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containsText } from '../control/sql.ts';
import type { BodyKind, PartyKind } from './schemas.ts';
import type { BodiesTable, PartiesTable } from './tables.ts';

type Q = Kysely<Database>;

export interface Party {
  code: string;
  name: string;
  kind: PartyKind;
  demo: boolean;
  createdAt: string;
}

export interface Body {
  id: number;
  name: string;
  shortName: string | null;
  kind: BodyKind;
  party: string | null;
  parentId: number | null;
  demo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Position {
  role: string;
  party: string | null;
  bodyId: number | null;
  fromDay: string | null;
  toDay: string | null;
}

export interface Person {
  id: number;
  name: string;
  aliases: string[];
  positions: Position[];
  demo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function toParty(row: Selectable<PartiesTable>): Party {
  return { code: row.code, name: row.name, kind: row.kind as PartyKind, demo: row.demo === 1, createdAt: row.created_at };
}

function toBody(row: Selectable<BodiesTable>): Body {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as BodyKind,
    party: row.party,
    parentId: row.parent_id,
    demo: row.demo === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listParties(db: Q): Promise<Party[]> {
  return (await db.selectFrom('parties').selectAll().orderBy('code').execute()).map(toParty);
}

export async function findParty(db: Q, code: string): Promise<Party | undefined> {
  const row = await db.selectFrom('parties').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toParty(row);
}

export async function insertParty(db: Q, p: { code: string; name: string; kind: PartyKind; demo: boolean; now: string }): Promise<Party> {
  const row = await db.insertInto('parties').values({ code: p.code, name: p.name, kind: p.kind, demo: p.demo ? 1 : 0, created_at: p.now }).returningAll().executeTakeFirstOrThrow();
  return toParty(row);
}

export async function findBody(db: Q, id: number): Promise<Body | undefined> {
  const row = await db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toBody(row);
}

export async function findBodies(db: Q, ids: readonly number[]): Promise<Body[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('bodies').selectAll().where('id', 'in', [...new Set(ids)]).execute()).map(toBody);
}

export async function listBodies(db: Q, f: { party?: string | undefined; kind?: BodyKind | undefined; joint?: boolean | undefined; q?: string | undefined; afterId?: number | undefined; limit: number }): Promise<Body[]> {
  let q = db.selectFrom('bodies').selectAll().orderBy('id').limit(f.limit);
  if (f.party !== undefined) q = q.where('party', '=', f.party);
  if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
  if (f.joint === true) q = q.where('party', 'is', null);
  if (f.joint === false) q = q.where('party', 'is not', null);
  if (f.afterId !== undefined) q = q.where('id', '>', f.afterId);
  if (f.q !== undefined) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText(eb.ref('name'), text), containsText(eb.ref('short_name'), text)]));
  }
  return (await q.execute()).map(toBody);
}

export async function insertBody(db: Q, b: { name: string; shortName: string | null; kind: BodyKind; party: string | null; parentId: number | null; demo: boolean; now: string }): Promise<Body> {
  const row = await db
    .insertInto('bodies')
    .values({ name: b.name, short_name: b.shortName, kind: b.kind, party: b.party, parent_id: b.parentId, demo: b.demo ? 1 : 0, created_at: b.now, updated_at: b.now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBody(row);
}

export async function updateBody(
  db: Q,
  id: number,
  version: number,
  patch: Partial<{ name: string; shortName: string | null; kind: BodyKind; party: string | null; parentId: number | null }>,
  now: string,
): Promise<Body | undefined> {
  const row = await db
    .updateTable('bodies')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shortName !== undefined && { short_name: patch.shortName }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.party !== undefined && { party: patch.party }),
      ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toBody(row);
}

/** Whether `ancestorId` is `id` or one of its parents (to refuse cycles). */
export async function isSelfOrAncestor(db: Q, id: number, candidateParentId: number): Promise<boolean> {
  let current: number | null = candidateParentId;
  for (let hops = 0; current !== null && hops < 100; hops += 1) {
    if (current === id) return true;
    const row: { parent_id: number | null } | undefined = await db.selectFrom('bodies').select('parent_id').where('id', '=', current).executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return false;
}

/** Instructions of the party that name this body responsible: the denormalised party must follow the body. */
export async function setInstructionPartyForBody(db: Q, bodyId: number, party: string | null): Promise<void> {
  await db.updateTable('instructions').set({ party }).where('responsible_body_id', '=', bodyId).execute();
}

// ---- people

async function loadPeople(db: Q, rows: readonly { id: number; name: string; demo: number; version: number; created_at: string; updated_at: string }[]): Promise<Person[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [aliases, positions] = await Promise.all([
    db.selectFrom('person_aliases').select(['person_id', 'alias']).where('person_id', 'in', ids).orderBy('person_id').orderBy('alias').execute(),
    db.selectFrom('positions').selectAll().where('person_id', 'in', ids).orderBy('person_id').orderBy('from_day').orderBy('id').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    aliases: aliases.filter((a) => a.person_id === r.id).map((a) => a.alias),
    positions: positions
      .filter((p) => p.person_id === r.id)
      .map((p) => ({ role: p.role, party: p.party, bodyId: p.body_id, fromDay: p.from_day, toDay: p.to_day })),
    demo: r.demo === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function findPerson(db: Q, id: number): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row && (await loadPeople(db, [row]))[0];
}

/** People whose name or an alias contains `normalizedQ` (already normalised). */
export async function listPeople(db: Q, f: { normalizedQ?: string | undefined; afterId?: number | undefined; limit: number }): Promise<Person[]> {
  let q = db.selectFrom('people').selectAll().orderBy('id').limit(f.limit);
  if (f.afterId !== undefined) q = q.where('id', '>', f.afterId);
  if (f.normalizedQ !== undefined) {
    const text = f.normalizedQ;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('person_aliases').select('person_id').whereRef('person_aliases.person_id', '=', 'people.id').where((e) => containsText(e.ref('normalized'), text))),
    );
  }
  return loadPeople(db, await q.execute());
}

/** Exact look-up by normalised alias, for the intake feature. */
export async function findPeopleByAlias(db: Q, normalized: string): Promise<Person[]> {
  const rows = await db
    .selectFrom('people')
    .selectAll('people')
    .where((eb) => eb.exists(eb.selectFrom('person_aliases').select('person_id').whereRef('person_aliases.person_id', '=', 'people.id').where('normalized', '=', normalized)))
    .orderBy('id')
    .execute();
  return loadPeople(db, rows);
}

export async function insertPerson(db: Q, p: { name: string; demo: boolean; now: string }): Promise<number> {
  const row = await db.insertInto('people').values({ name: p.name, demo: p.demo ? 1 : 0, created_at: p.now, updated_at: p.now }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePerson(db: Q, id: number, version: number, patch: { name?: string | undefined }, now: string): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({ ...(patch.name !== undefined && { name: patch.name }), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceAliases(db: Q, personId: number, aliases: readonly { alias: string; normalized: string }[]): Promise<void> {
  await db.deleteFrom('person_aliases').where('person_id', '=', personId).execute();
  if (aliases.length > 0) await db.insertInto('person_aliases').values(aliases.map((a) => ({ person_id: personId, alias: a.alias, normalized: a.normalized }))).execute();
}

export async function replacePositions(db: Q, personId: number, positions: readonly Position[]): Promise<void> {
  await db.deleteFrom('positions').where('person_id', '=', personId).execute();
  if (positions.length > 0) {
    await db
      .insertInto('positions')
      .values(positions.map((p) => ({ person_id: personId, role: p.role, party: p.party, body_id: p.bodyId, from_day: p.fromDay, to_day: p.toDay })))
      .execute();
  }
}

export async function existingPeople(db: Q, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('people').select('id').where('id', 'in', [...new Set(ids)]).execute();
  return new Set(rows.map((r) => r.id));
}
