// The only code that writes SQL for instructions, their executors, authors and financing.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ExecutionState } from '../../../domain/execution-state.ts';
import type { TimeWindow } from '../../../domain/window.ts';
import type { Database } from '../../db/schema.ts';
import { refreshCoParties } from '../control/co-parties.ts';
import { stateSql } from '../control/state-sql.ts';
import { containsText, isPostgresDb } from '../control/sql.ts';
import { columnsFromWindow, windowFromColumns } from './deadline.ts';
import { runTemplate } from '../../db/query-template.ts';
import type { Topic } from './schemas.ts';
import type { InstructionsTable } from './tables.ts';

type Q = Kysely<Database>;

export interface Financing {
  party: string | null;
  currency: string;
  planned: number | null;
  allocated: number | null;
  spent: number | null;
}

export interface InstructionRecord {
  id: number;
  title: string;
  text: string;
  topic: Topic;
  party: string | null;
  responsibleBodyId: number;
  issuedOn: string;
  issuedAtEngagementId: number | null;
  parentId: number | null;
  deadline: TimeWindow | null;
  effectiveDeadlineLatest: string | null;
  acceptedProgress: number;
  fulfilledOn: string | null;
  withdrawnOn: string | null;
  factsAsOf: string | null;
  demo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InstructionParts {
  executorBodyIds: number[];
  authorIds: number[];
  financing: Financing[];
}

export type Instruction = InstructionRecord & InstructionParts;

function toRecord(row: Selectable<InstructionsTable>): InstructionRecord {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    topic: row.topic as Topic,
    party: row.party,
    responsibleBodyId: row.responsible_body_id,
    issuedOn: row.issued_on,
    issuedAtEngagementId: row.issued_at_engagement_id,
    parentId: row.parent_id,
    deadline: windowFromColumns({ earliest: row.deadline_earliest, latest: row.deadline_latest, precision: row.deadline_precision, tentative: row.deadline_tentative, text: row.deadline_text }),
    effectiveDeadlineLatest: row.effective_deadline_latest,
    acceptedProgress: row.accepted_progress,
    fulfilledOn: row.fulfilled_on,
    withdrawnOn: row.withdrawn_on,
    factsAsOf: row.facts_as_of,
    demo: row.demo === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface InstructionValues {
  title: string;
  text: string;
  topic: Topic;
  party: string | null;
  responsibleBodyId: number;
  issuedOn: string;
  issuedAtEngagementId: number | null;
  parentId: number | null;
  deadline: TimeWindow | null;
  demo: boolean;
  now: string;
}

export async function insertInstruction(db: Q, v: InstructionValues): Promise<number> {
  const d = columnsFromWindow(v.deadline);
  const row = await db
    .insertInto('instructions')
    .values({
      title: v.title,
      text: v.text,
      topic: v.topic,
      party: v.party,
      responsible_body_id: v.responsibleBodyId,
      issued_on: v.issuedOn,
      issued_at_engagement_id: v.issuedAtEngagementId,
      parent_id: v.parentId,
      deadline_earliest: d.earliest,
      deadline_latest: d.latest,
      deadline_precision: d.precision,
      deadline_tentative: d.tentative,
      deadline_text: d.text,
      effective_deadline_latest: d.latest,
      demo: v.demo ? 1 : 0,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceExecutors(db: Q, instructionId: number, bodyIds: readonly number[]): Promise<void> {
  await db.deleteFrom('instruction_executors').where('instruction_id', '=', instructionId).execute();
  const unique = [...new Set(bodyIds)];
  if (unique.length > 0) await db.insertInto('instruction_executors').values(unique.map((body_id) => ({ instruction_id: instructionId, body_id }))).execute();
  await refreshCoParties(db, instructionId);
}

export async function replaceAuthors(db: Q, instructionId: number, personIds: readonly number[]): Promise<void> {
  await db.deleteFrom('instruction_authors').where('instruction_id', '=', instructionId).execute();
  const unique = [...new Set(personIds)];
  if (unique.length > 0) await db.insertInto('instruction_authors').values(unique.map((person_id) => ({ instruction_id: instructionId, person_id }))).execute();
}

export async function replaceFinancing(db: Q, instructionId: number, lines: readonly Financing[]): Promise<void> {
  await db.deleteFrom('financing').where('instruction_id', '=', instructionId).execute();
  if (lines.length > 0) {
    await db
      .insertInto('financing')
      .values(lines.map((f) => ({ instruction_id: instructionId, party: f.party, currency: f.currency, planned: f.planned, allocated: f.allocated, spent: f.spent })))
      .execute();
  }
}

export async function findInstruction(db: Q, id: number): Promise<InstructionRecord | undefined> {
  const row = await db.selectFrom('instructions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function instructionExists(db: Q, id: number): Promise<boolean> {
  return (await db.selectFrom('instructions').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/**
 * Executors, authors and financing of many instructions: one query whatever the page size (a UNION ALL
 * of the three tables, each row tagged with its kind; a list page is one round trip fewer per kind).
 */
export async function loadParts(db: Q, ids: readonly number[]): Promise<Map<number, InstructionParts>> {
  const parts = new Map<number, InstructionParts>(ids.map((id) => [id, { executorBodyIds: [], authorIds: [], financing: [] }]));
  if (ids.length === 0) return parts;
  const rows = await runTemplate(db, 'instruction parts', partsQuery, { ids });
  for (const r of rows) {
    const p = parts.get(r.instruction_id);
    if (!p) continue;
    if (r.kind === 'e') p.executorBodyIds.push(r.ref);
    else if (r.kind === 'a') p.authorIds.push(r.ref);
    else p.financing.push({ party: r.party, currency: r.currency ?? '', planned: money(r.planned), allocated: money(r.allocated), spent: money(r.spent) });
  }
  return parts;
}

// The financing branch comes first: it gives the columns their types (PostgreSQL types the NULLs of the
// other branches from it). `ref` is the body, the person or the financing line's id; ordering by it
// keeps each list in the order it had as separate queries. Built once per page size (runTemplate).
function partsQuery(db: Q, { ids }: { ids: readonly number[] }) {
  const none = sql<null>`null`;
  return db
    .selectFrom('financing')
    .select((eb) => [sql<Part>`'f'`.as('kind'), 'instruction_id', 'id as ref', 'party', eb.ref('currency').$castTo<string | null>().as('currency'), 'planned', 'allocated', 'spent'])
    .where('instruction_id', 'in', ids)
    .unionAll(
      db
        .selectFrom('instruction_executors')
        .select([sql<Part>`'e'`.as('kind'), 'instruction_id', 'body_id as ref', none.as('party'), none.as('currency'), none.as('planned'), none.as('allocated'), none.as('spent')])
        .where('instruction_id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('instruction_authors')
        .select([sql<Part>`'a'`.as('kind'), 'instruction_id', 'person_id as ref', none.as('party'), none.as('currency'), none.as('planned'), none.as('allocated'), none.as('spent')])
        .where('instruction_id', 'in', ids),
    )
    .orderBy('ref');
}

type Part = 'e' | 'a' | 'f';

const money = (v: number | string | null): number | null => (v === null ? null : Number(v));

export interface ListFilters {
  party?: string | undefined;
  bodyId?: number | undefined;
  topic?: Topic | undefined;
  state?: ExecutionState | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  q?: string | undefined;
  parentId?: number | undefined;
  at: string;
  /** the sort key of the last row of the previous page */
  after?: { latest: string | null; id: number } | undefined;
  limit: number;
}

/** A row of a list page: the record, its parts and its state at the page's day. */
export type ListedInstruction = Instruction & { state: ExecutionState };

/**
 * A page of instructions in deadline order (open and missing deadlines last), with their state at `at`
 * and their parts (executors, authors, financing) read by the same statement.
 *
 * Keyset paging that seeks, at any depth: the dated instructions after the cursor are one range of an
 * index on (…, effective_deadline_latest, id), compared as a row value `(latest, id) > (?, ?)`; the
 * undated ones (NULL, which the order puts last) are a second range, read only when the dated ones do
 * not fill the page. Written as one condition, `latest > ? or (latest = ? and id > ?) or latest is
 * null`, neither engine can seek: SQLite walked the index from the party's first row, and a page
 * half-way down a million instructions took 10–45 ms instead of 0.1 (bench/README.md, "Deep pages").
 */
export async function listInstructions(db: Q, f: ListFilters): Promise<ListedInstruction[]> {
  const v: PageValues = {
    at: f.at,
    q: f.q,
    party: f.party,
    topic: f.topic,
    parentId: f.parentId,
    bodyId: f.bodyId,
    state: f.state,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    latest: f.after?.latest,
    id: f.after?.id,
    limit: f.limit,
  };
  // a cursor among the undated instructions has passed every dated one
  const rows = v.latest === null ? [] : await runTemplate(db, 'instructions dated', datedPage, v, PAGE_INLINE);
  if (rows.length < f.limit) rows.push(...(await runTemplate(db, 'instructions undated', undatedPage, { ...v, limit: f.limit - rows.length }, PAGE_INLINE)));
  return rows.map((r) => {
    // the state and parts join the record in place: a spread would copy twenty fields per row
    const listed = toRecord(r) as ListedInstruction;
    listed.executorBodyIds = jsonValue<number[]>(r.executor_ids);
    listed.authorIds = jsonValue<number[]>(r.author_ids);
    listed.financing = jsonValue<FinancingLine[]>(r.financing_lines).map(([party, currency, planned, allocated, spent]) => ({ party, currency: currency ?? '', planned: money(planned), allocated: money(allocated), spent: money(spent) }));
    listed.state = r.state;
    return listed;
  });
}

/** A financing line as the page reads it: [party, currency, planned, allocated, spent]. */
type FinancingLine = [string | null, string | null, number | string | null, number | string | null, number | string | null];

/** JSON from SQLite arrives as text; PostgreSQL's driver has parsed it already. */
const jsonValue = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/**
 * Each row's executors, authors and financing as JSON arrays, in the order loadParts gives them (by
 * body, person, line id). On the page's rows only, in its statement: a second statement for the parts
 * of fifty instructions (three IN lists of fifty, a union and a sort, a JavaScript object per part) cost
 * about as much as the page itself (bench/README.md, eleventh session).
 */
function partsColumns(db: Q) {
  const id = sql.ref('instructions.id');
  if (isPostgresDb(db)) {
    return [
      sql<unknown>`coalesce((select json_agg(e.body_id order by e.body_id) from instruction_executors e where e.instruction_id = ${id}), '[]'::json)`.as('executor_ids'),
      sql<unknown>`coalesce((select json_agg(a.person_id order by a.person_id) from instruction_authors a where a.instruction_id = ${id}), '[]'::json)`.as('author_ids'),
      sql<unknown>`coalesce((select json_agg(json_build_array(f.party, f.currency, f.planned, f.allocated, f.spent) order by f.id) from financing f where f.instruction_id = ${id}), '[]'::json)`.as('financing_lines'),
    ];
  }
  return [
    sql<unknown>`(select json_group_array(e.body_id order by e.body_id) from instruction_executors e where e.instruction_id = ${id})`.as('executor_ids'),
    sql<unknown>`(select json_group_array(a.person_id order by a.person_id) from instruction_authors a where a.instruction_id = ${id})`.as('author_ids'),
    sql<unknown>`(select json_group_array(json_array(f.party, f.currency, f.planned, f.allocated, f.spent) order by f.id) from financing f where f.instruction_id = ${id})`.as('financing_lines'),
  ];
}

/**
 * The filters and cursor of a page as runTemplate values (ListFilters flattened): `latest` undefined
 * without a cursor, null for a cursor among the undated instructions. `at` and `q` are computed with
 * (the state CASE adds days to `at`; `q` is escaped into a pattern), so a template is kept per value.
 */
interface PageValues {
  at: string;
  q: string | undefined;
  party: string | undefined;
  topic: Topic | undefined;
  parentId: number | undefined;
  bodyId: number | undefined;
  state: ExecutionState | undefined;
  dueFrom: string | undefined;
  dueTo: string | undefined;
  latest: string | null | undefined;
  id: number | undefined;
  limit: number;
}
const PAGE_INLINE = ['at', 'q'] as const;

function filteredPage(db: Q, f: PageValues) {
  const s = stateSql(isPostgresDb(db), f.at);
  let q = db.selectFrom('instructions').selectAll('instructions').select(s.state.as('state')).select(partsColumns(db));
  if (f.party !== undefined) q = q.where('party', '=', f.party);
  if (f.topic !== undefined) q = q.where('topic', '=', f.topic);
  if (f.parentId !== undefined) q = q.where('parent_id', '=', f.parentId);
  const bodyId = f.bodyId;
  if (bodyId !== undefined) {
    q = q.where((eb) =>
      eb.or([
        eb('responsible_body_id', '=', bodyId),
        eb.exists(eb.selectFrom('instruction_executors as e').select('e.body_id').whereRef('e.instruction_id', '=', 'instructions.id').where('e.body_id', '=', bodyId)),
      ]),
    );
  }
  if (f.state !== undefined) q = q.where('issued_on', '<=', f.at).where(s.state, '=', f.state);
  if (f.dueFrom !== undefined) q = q.where(s.effectiveLatest, '>=', f.dueFrom);
  if (f.dueTo !== undefined) q = q.where(s.effectiveLatest, '<=', f.dueTo);
  const text = f.q;
  if (text !== undefined) q = q.where((eb) => eb.or([containsText(eb.ref('title'), text), containsText(eb.ref('text'), text)]));
  return q;
}

function datedPage(db: Q, f: PageValues) {
  let dated = filteredPage(db, f).where('effective_deadline_latest', 'is not', null);
  const { latest, id } = f;
  if (latest != null && id !== undefined) dated = dated.where(({ eb, refTuple, tuple }) => eb(refTuple('effective_deadline_latest', 'id'), '>', tuple(latest, id)));
  return dated.orderBy('effective_deadline_latest').orderBy('id').limit(f.limit);
}

function undatedPage(db: Q, f: PageValues) {
  let undated = filteredPage(db, f).where('effective_deadline_latest', 'is', null);
  if (f.latest === null && f.id !== undefined) undated = undated.where('id', '>', f.id);
  return undated.orderBy('id').limit(f.limit);
}

/** The state of one instruction computed by the SQL CASE (the detail view uses the domain rule). */
export async function stateInSql(db: Q, id: number, at: string): Promise<ExecutionState | undefined> {
  const s = stateSql(isPostgresDb(db), at);
  const row = await db.selectFrom('instructions').select(s.state.as('state')).where('id', '=', id).executeTakeFirst();
  return row?.state;
}

export async function updateInstruction(
  db: Q,
  id: number,
  version: number,
  patch: Partial<{ title: string; text: string; topic: Topic }>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('instructions')
    .set({ ...patch, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface FactsUpdate {
  effectiveDeadlineLatest?: string | null;
  acceptedProgress?: number;
  fulfilledOn?: string | null;
  withdrawnOn?: string | null;
  factsAsOf?: string | null;
}

/** Writes the denormalised current facts and bumps the version (the representation changed). */
export async function setFacts(db: Q, id: number, facts: FactsUpdate, now: string): Promise<void> {
  await db
    .updateTable('instructions')
    .set((eb) => ({
      ...(facts.effectiveDeadlineLatest !== undefined && { effective_deadline_latest: facts.effectiveDeadlineLatest }),
      ...(facts.acceptedProgress !== undefined && { accepted_progress: facts.acceptedProgress }),
      ...(facts.fulfilledOn !== undefined && { fulfilled_on: facts.fulfilledOn }),
      ...(facts.withdrawnOn !== undefined && { withdrawn_on: facts.withdrawnOn }),
      ...(facts.factsAsOf !== undefined && { facts_as_of: facts.factsAsOf }),
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/** Serialises changes to one instruction's facts (decisions, reviews) across concurrent transactions. */
export async function lockInstruction(db: Q, id: number): Promise<InstructionRecord | undefined> {
  // SQLite has one writer at a time already; PostgreSQL needs the row lock.
  const q = db.selectFrom('instructions').selectAll().where('id', '=', id);
  const row = await (isPostgresDb(db) ? q.forUpdate() : q).executeTakeFirst();
  return row && toRecord(row);
}
