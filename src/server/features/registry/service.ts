// The registry: parties, bodies and people with aliases and positions. Everyone signed in reads it;
// admins manage it. One function per use case.
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound, type FieldProblem } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { refreshCoPartiesOfBody } from '../control/co-parties.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { normalizeName } from './normalize.ts';
import * as repo from './repository.ts';
import type { Body, Party, Person, Position } from './repository.ts';
import type { BodyKind, BodyPatch, NewBody, NewParty, NewPerson, PersonPatch, PositionInput } from './schemas.ts';

type Q = Kysely<Database>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function afterIdOf(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const [id] = decodeCursor(cursor, 1);
  if (typeof id !== 'number') throw invalid('query.cursor', 'cursor is not one this server gave out');
  return id;
}

function pageOf<T extends { id: number }>(items: T[], limit: number): Page<T> {
  const last = items[items.length - 1];
  return { items, nextCursor: items.length === limit && last ? encodeCursor([last.id]) : null };
}

function fail(fields: FieldProblem[]): void {
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

// ---- parties

export async function listParties(db: Q, _actor: Actor): Promise<Party[]> {
  return repo.listParties(db);
}

export async function createParty(db: Q, actor: Actor, input: NewParty, now = new Date()): Promise<Party> {
  requireRole(actor, 'admin');
  if (input.kind === 'state' && !/^[A-Z]{2}$/.test(input.code)) throw invalid('code', 'a state needs its ISO 3166-1 alpha-2 code, such as BY');
  if (await repo.findParty(db, input.code)) throw new AppError('conflict', `Party ${input.code} already exists.`, { fields: [{ path: 'code', message: 'already taken' }] });
  const party = await repo.insertParty(db, { code: input.code, name: input.name, kind: input.kind, demo: input.demo ?? false, now: now.toISOString() });
  await appendAudit(db, actor, { operation: 'party.create', recordType: 'party', recordId: party.code, before: null, after: party });
  return party;
}

// ---- bodies

async function checkBodyRefs(db: Q, input: { party?: string | null | undefined; parentId?: number | null | undefined; kind?: BodyKind | undefined }, selfId?: number): Promise<void> {
  const fields: FieldProblem[] = [];
  if (input.party != null && !(await repo.findParty(db, input.party))) fields.push({ path: 'party', message: `party ${input.party} is not in the registry` });
  if (input.parentId != null) {
    if (!(await repo.findBody(db, input.parentId))) fields.push({ path: 'parentId', message: `body ${input.parentId} does not exist` });
    else if (selfId !== undefined && (await repo.isSelfOrAncestor(db, selfId, input.parentId))) fields.push({ path: 'parentId', message: 'a body cannot be its own parent or ancestor' });
  }
  fail(fields);
}

export async function createBody(db: Q, actor: Actor, input: NewBody, now = new Date()): Promise<Body> {
  requireRole(actor, 'admin');
  const party = input.party ?? null;
  if (input.kind === 'joint_body' && party !== null) throw invalid('party', 'a joint body belongs to the union, not to one party: leave party empty');
  await checkBodyRefs(db, input);
  const body = await repo.insertBody(db, { name: input.name, shortName: input.shortName ?? null, kind: input.kind, party, parentId: input.parentId ?? null, demo: input.demo ?? false, now: now.toISOString() });
  await appendAudit(db, actor, { operation: 'body.create', recordType: 'body', recordId: body.id, before: null, after: body });
  return body;
}

export async function getBody(db: Q, _actor: Actor, id: number): Promise<Body> {
  const body = await repo.findBody(db, id);
  if (!body) throw notFound('Body', id);
  return body;
}

export async function listBodies(
  db: Q,
  _actor: Actor,
  f: { party?: string | undefined; kind?: BodyKind | undefined; joint?: boolean | undefined; q?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<Body>> {
  const items = await repo.listBodies(db, { ...f, afterId: afterIdOf(f.cursor) });
  return pageOf(items, f.limit);
}

export async function updateBody(db: Q, actor: Actor, options: { id: number; expectedVersion: number; patch: BodyPatch }, now = new Date()): Promise<Body> {
  requireRole(actor, 'admin');
  const { id, expectedVersion, patch } = options;
  const current = await getBody(db, actor, id);
  const kind = patch.kind ?? current.kind;
  const party = patch.party === undefined ? current.party : patch.party;
  if (kind === 'joint_body' && party !== null) throw invalid('party', 'a joint body belongs to the union, not to one party: leave party empty');
  await checkBodyRefs(db, patch, id);
  const updated = await repo.updateBody(db, id, expectedVersion, patch, now.toISOString());
  if (!updated) throw new AppError('precondition_failed', `Body ${id} was changed by someone else (version ${current.version}, you sent ${expectedVersion}).`);
  // Instructions keep their responsible body's party denormalised for fast filters.
  if (party !== current.party) {
    await repo.setInstructionPartyForBody(db, id, party);
    await refreshCoPartiesOfBody(db, id);
  }
  await appendAudit(db, actor, { operation: 'body.update', recordType: 'body', recordId: id, before: current, after: updated });
  return updated;
}

// ---- people

function aliasRows(name: string, aliases: readonly string[]): { alias: string; normalized: string }[] {
  const seen = new Map<string, string>();
  // The name is always an alias too, so one look-up finds people by either.
  for (const alias of [name, ...aliases]) if (!seen.has(alias)) seen.set(alias, normalizeName(alias));
  return [...seen].map(([alias, normalized]) => ({ alias, normalized }));
}

async function checkPositions(db: Q, positions: readonly PositionInput[]): Promise<Position[]> {
  const fields: FieldProblem[] = [];
  const out: Position[] = [];
  for (const [i, p] of positions.entries()) {
    if (p.party != null && !(await repo.findParty(db, p.party))) fields.push({ path: `positions.${i}.party`, message: `party ${p.party} is not in the registry` });
    if (p.bodyId != null && !(await repo.findBody(db, p.bodyId))) fields.push({ path: `positions.${i}.bodyId`, message: `body ${p.bodyId} does not exist` });
    if (p.fromDay != null && p.toDay != null && p.fromDay > p.toDay) fields.push({ path: `positions.${i}.toDay`, message: 'the position ends before it starts' });
    out.push({ role: p.role, party: p.party ?? null, bodyId: p.bodyId ?? null, fromDay: p.fromDay ?? null, toDay: p.toDay ?? null });
  }
  fail(fields);
  return out;
}

// People (leaders, ministers, spokespeople) come and go with every readout, and the controllers who
// run intake accept them from the review queue: admins and controllers keep the people. Parties and
// bodies, the structure of the Union State, stay with admins (docs/permissions.md).
export async function createPerson(db: Q, actor: Actor, input: NewPerson, now = new Date()): Promise<Person> {
  requireRole(actor, 'admin', 'controller');
  const positions = await checkPositions(db, input.positions ?? []);
  const id = await repo.insertPerson(db, { name: input.name, demo: input.demo ?? false, now: now.toISOString() });
  await repo.replaceAliases(db, id, aliasRows(input.name, input.aliases ?? []));
  await repo.replacePositions(db, id, positions);
  const person = await getPerson(db, actor, id);
  await appendAudit(db, actor, { operation: 'person.create', recordType: 'person', recordId: id, before: null, after: person });
  return person;
}

export async function getPerson(db: Q, _actor: Actor, id: number): Promise<Person> {
  const person = await repo.findPerson(db, id);
  if (!person) throw notFound('Person', id);
  return person;
}

export async function listPeople(db: Q, _actor: Actor, f: { q?: string | undefined; cursor?: string | undefined; limit: number }): Promise<Page<Person>> {
  const normalizedQ = f.q === undefined ? undefined : normalizeName(f.q);
  const items = await repo.listPeople(db, { normalizedQ: normalizedQ === '' ? undefined : normalizedQ, afterId: afterIdOf(f.cursor), limit: f.limit });
  return pageOf(items, f.limit);
}

/** People with exactly this alias (after normalisation): for matching names read out of press texts. */
export async function findPeopleByAlias(db: Q, _actor: Actor, alias: string): Promise<Person[]> {
  return repo.findPeopleByAlias(db, normalizeName(alias));
}

export async function updatePerson(db: Q, actor: Actor, options: { id: number; expectedVersion: number; patch: PersonPatch }, now = new Date()): Promise<Person> {
  requireRole(actor, 'admin', 'controller');
  const { id, expectedVersion, patch } = options;
  const current = await getPerson(db, actor, id);
  const positions = patch.positions === undefined ? undefined : await checkPositions(db, patch.positions);
  if (!(await repo.updatePerson(db, id, expectedVersion, { name: patch.name }, now.toISOString()))) {
    throw new AppError('precondition_failed', `Person ${id} was changed by someone else (version ${current.version}, you sent ${expectedVersion}).`);
  }
  if (patch.name !== undefined || patch.aliases !== undefined) {
    const name = patch.name ?? current.name;
    // Aliases not given are kept; the old name stays an alias (people are found by former spellings too).
    await repo.replaceAliases(db, id, aliasRows(name, patch.aliases ?? current.aliases));
  }
  if (positions !== undefined) await repo.replacePositions(db, id, positions);
  const updated = await getPerson(db, actor, id);
  await appendAudit(db, actor, { operation: 'person.update', recordType: 'person', recordId: id, before: current, after: updated });
  return updated;
}
