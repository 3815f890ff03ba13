// Engagements: create, read, list and change them, keeping the history of their windows and
// statuses. A change that narrows or moves a window is checked against the ordering constraints
// (schedule/service.ts) and refused with the reason when the schedule would become impossible.
import type { Kysely } from 'kysely';
import { isIsoDay, toEpochDay } from '../../../domain/days.ts';
import { parseEdtf } from '../../../domain/edtf.ts';
import { checkWindow, contains, PRECISIONS, windowFromDays } from '../../../domain/window.ts';
import type { Precision, TimeWindow } from '../../../domain/window.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound, type FieldProblem } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { assertWindowFits } from '../schedule/service.ts';
import { needsReason, transitionProblem } from './model.ts';
import type { Engagement, EngagementKind, EngagementStatus, Outcome, OutcomeKind, Participant, StatusChange, WindowChange } from './model.ts';
import * as repo from './repository.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

/** Who may plan and record engagements: the secretariats' controllers and admins. */
export const WRITERS = ['admin', 'controller'] as const;

export interface WhenInput {
  /** EDTF: 2023-02, 2023-04/2023-05, 2023-04?, 2023-02-17 */
  edtf: string;
  /** The phrase as written ("tentatively in April–May"). */
  text?: string | null | undefined;
  /** Overrides the precision the EDTF's shape implies (e.g. 'relative' for "in the near future"). */
  precision?: Precision | undefined;
}

export interface ParticipantInput {
  personId?: number | null | undefined;
  bodyId?: number | null | undefined;
  party?: string | null | undefined;
  role?: string | null | undefined;
}

export interface OutcomeInput {
  kind: OutcomeKind;
  instructionId?: number | null | undefined;
  documentId?: number | null | undefined;
  nextEngagementId?: number | null | undefined;
  note?: string | null | undefined;
}

export interface NewEngagement {
  kind: EngagementKind;
  title: string;
  place?: string | null | undefined;
  bodyId?: number | null | undefined;
  when: WhenInput | string;
  status?: EngagementStatus | undefined;
  statusReason?: string | null | undefined;
  heldOn?: string | undefined;
  participants?: ParticipantInput[] | undefined;
  notes?: string | null | undefined;
  demo?: boolean | undefined;
}

export interface EngagementPatch {
  kind?: EngagementKind | undefined;
  title?: string | undefined;
  place?: string | null | undefined;
  bodyId?: number | null | undefined;
  when?: WhenInput | string | undefined;
  /** Why the window changed ("the date was agreed on 10 February"); kept in the window history. */
  whenReason?: string | null | undefined;
  status?: EngagementStatus | undefined;
  statusReason?: string | null | undefined;
  /** The day it was held, when marking it held: narrows the window to that day. */
  heldOn?: string | undefined;
  /** What the engagement produced; only when it is (or is being marked) held. */
  outcomes?: OutcomeInput[] | undefined;
  participants?: ParticipantInput[] | undefined;
  notes?: string | null | undefined;
  /** Store a window that makes the schedule impossible anyway (the secretary knows better). */
  force?: boolean | undefined;
}

export interface EngagementDetail {
  engagement: Engagement;
  windowHistory: WindowChange[];
  statusHistory: StatusChange[];
  outcomes: Outcome[];
}

/** Reads a window from EDTF, naming the field when it does not parse or breaks the invariants. */
export function readWhen(input: WhenInput | string, path = 'when'): TimeWindow {
  const w: WhenInput = typeof input === 'string' ? { edtf: input } : input;
  const edtfPath = typeof input === 'string' ? path : `${path}.edtf`;
  const parsed = parseEdtf(w.edtf);
  if (!parsed.ok) throw invalid(edtfPath, parsed.error.message);
  const window: TimeWindow = { ...parsed.window, text: w.text?.trim() || null, precision: w.precision ?? parsed.window.precision };
  if (w.precision !== undefined && !PRECISIONS.includes(w.precision)) throw invalid(`${path}.precision`, `'${w.precision}' is not a precision`);
  const problems = checkWindow(window);
  if (problems.length > 0) throw new AppError('validation', problems.join('; '), { fields: problems.map((message) => ({ path, message })) });
  return window;
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.earliest === b.earliest && a.latest === b.latest && a.precision === b.precision && a.tentative === b.tentative && a.text === b.text;
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The window of a held engagement: its day. */
function heldWindow(current: TimeWindow, heldOn: string | undefined, now: Date, fields: FieldProblem[]): TimeWindow | null {
  if (heldOn !== undefined) {
    if (!isIsoDay(heldOn)) {
      fields.push({ path: 'heldOn', message: `'${heldOn}' is not a calendar day (YYYY-MM-DD)` });
      return null;
    }
    if (heldOn > today(now)) {
      fields.push({ path: 'heldOn', message: `${heldOn} is in the future: an engagement can be marked held only once it has taken place` });
      return null;
    }
    const day = toEpochDay(heldOn);
    return { ...windowFromDays(day, day), text: current.text };
  }
  if (current.precision === 'day' || (current.earliest !== null && current.earliest === current.latest)) {
    return { ...current, precision: 'day', tentative: false };
  }
  fields.push({ path: 'heldOn', message: 'say on which day it was held: its window is not yet a single day' });
  return null;
}

async function resolveParticipants(db: Q, input: readonly ParticipantInput[], window: TimeWindow, fields: FieldProblem[]): Promise<Participant[]> {
  const personIds = input.flatMap((p) => (p.personId == null ? [] : [p.personId]));
  const bodyIds = input.flatMap((p) => (p.bodyId == null ? [] : [p.bodyId]));
  const people = await repo.peopleById(db, personIds, window.earliest);
  const bodies = await repo.bodiesById(db, bodyIds);
  return input.map((p, i) => {
    const hasPerson = p.personId != null;
    const hasBody = p.bodyId != null;
    if (hasPerson === hasBody) fields.push({ path: `participants.${i}`, message: 'a participant is either a person (personId) or a body (bodyId)' });
    if (hasPerson && !people.has(p.personId as number)) fields.push({ path: `participants.${i}.personId`, message: `person ${p.personId} does not exist` });
    if (hasBody && !bodies.has(p.bodyId as number)) fields.push({ path: `participants.${i}.bodyId`, message: `body ${p.bodyId} does not exist` });
    const registered = hasPerson ? people.get(p.personId as number) : hasBody ? bodies.get(p.bodyId as number) : undefined;
    return { personId: p.personId ?? null, bodyId: p.bodyId ?? null, party: p.party ?? registered?.party ?? null, role: p.role?.trim() || null };
  });
}

async function checkBody(db: Q, bodyId: number | null, fields: FieldProblem[]): Promise<void> {
  if (bodyId !== null && !(await repo.bodiesById(db, [bodyId])).has(bodyId)) fields.push({ path: 'bodyId', message: `body ${bodyId} does not exist` });
}

async function resolveOutcomes(db: Q, input: readonly OutcomeInput[], fields: FieldProblem[]): Promise<Required<{ [K in keyof OutcomeInput]: Exclude<OutcomeInput[K], undefined> }>[]> {
  const next = await repo.engagementsExist(db, input.flatMap((o) => (o.nextEngagementId == null ? [] : [o.nextEngagementId])));
  const instructionIds = input.flatMap((o) => (o.instructionId == null ? [] : [o.instructionId]));
  const instructions = new Set(
    instructionIds.length === 0 ? [] : (await db.selectFrom('instructions').select('id').where('id', 'in', instructionIds).execute()).map((r) => r.id),
  );
  const documents = await repo.documentsExist(db, input.flatMap((o) => (o.documentId == null ? [] : [o.documentId])));
  return input.map((o, i) => {
    const needed = o.kind === 'instruction_issued' ? 'instructionId' : o.kind === 'document_signed' ? 'documentId' : 'nextEngagementId';
    if (o[needed] == null) fields.push({ path: `outcomes.${i}.${needed}`, message: `an outcome '${o.kind}' names its ${needed}` });
    if (o.instructionId != null && !instructions.has(o.instructionId)) fields.push({ path: `outcomes.${i}.instructionId`, message: `instruction ${o.instructionId} does not exist` });
    if (o.documentId != null && !documents.has(o.documentId)) fields.push({ path: `outcomes.${i}.documentId`, message: `document ${o.documentId} does not exist` });
    if (o.nextEngagementId != null && !next.has(o.nextEngagementId)) fields.push({ path: `outcomes.${i}.nextEngagementId`, message: `engagement ${o.nextEngagementId} does not exist` });
    return { kind: o.kind, instructionId: o.instructionId ?? null, documentId: o.documentId ?? null, nextEngagementId: o.nextEngagementId ?? null, note: o.note?.trim() || null };
  });
}

function throwFields(fields: readonly FieldProblem[]): void {
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

export async function createEngagement(db: Q, actor: Actor, input: NewEngagement, now = new Date()): Promise<Engagement> {
  requireRole(actor, ...WRITERS);
  const fields: FieldProblem[] = [];
  const given = readWhen(input.when);
  let window = given;
  const status = input.status ?? 'proposed';
  const statusReason = input.statusReason?.trim() || null;
  if (needsReason(status) && statusReason === null) fields.push({ path: 'statusReason', message: `say why the engagement is ${status}` });
  if (status === 'held') window = heldWindow(window, input.heldOn, now, fields) ?? window;
  else if (input.heldOn !== undefined) fields.push({ path: 'heldOn', message: 'heldOn is only for an engagement that is held' });
  const bodyId = input.bodyId ?? null;
  await checkBody(db, bodyId, fields);
  const participants = await resolveParticipants(db, input.participants ?? [], window, fields);
  throwFields(fields);

  const at = now.toISOString();
  const id = await repo.insertEngagement(db, {
    kind: input.kind,
    title: input.title.trim(),
    place: input.place?.trim() || null,
    bodyId,
    status,
    statusReason,
    window,
    notes: input.notes?.trim() || null,
    demo: input.demo ?? false,
    createdBy: actor.userId || null,
    now: at,
  });
  await repo.replaceParticipants(db, id, participants);
  // Recorded as held on a day inside a wider window: keep both, as if it had been narrowed later.
  if (!sameWindow(given, window)) await repo.insertWindowChange(db, id, { window: given, reason: null, changedBy: actor.userId || null, changedAt: at });
  await repo.insertWindowChange(db, id, { window, reason: sameWindow(given, window) ? null : 'held', changedBy: actor.userId || null, changedAt: at });
  await repo.insertStatusChange(db, id, { status, reason: statusReason, changedBy: actor.userId || null, changedAt: at });
  const created = (await repo.findEngagement(db, id)) as Engagement;
  await appendAudit(db, actor, { operation: 'engagement.create', recordType: 'engagement', recordId: id, before: null, after: created }, now);
  return created;
}

export async function getEngagement(db: Q, _actor: Actor, id: number): Promise<Engagement> {
  const e = await repo.findEngagement(db, id);
  if (!e) throw notFound('Engagement', id);
  return e;
}

export async function getEngagementDetail(db: Q, actor: Actor, id: number): Promise<EngagementDetail> {
  const engagement = await getEngagement(db, actor, id);
  return {
    engagement,
    windowHistory: await repo.listWindowChanges(db, id),
    statusHistory: await repo.listStatusChanges(db, id),
    outcomes: await repo.listOutcomes(db, id),
  };
}

export type ListEngagements = Omit<repo.EngagementFilter, 'from' | 'to'> & { window?: WhenInput | string | undefined };

/** A page of engagements in calendar order (first possible day, then id), and the key to continue after it. */
export async function listEngagements(db: Q, _actor: Actor, options: ListEngagements): Promise<{ items: Engagement[]; next: { sortDay: string; id: number } | null }> {
  const { window: span, ...rest } = options;
  const w = span === undefined ? undefined : readWhen(span, 'query.window');
  const rows = await repo.listEngagements(db, { ...rest, from: w?.earliest ?? null, to: w?.latest ?? null, limit: options.limit + 1 });
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return { items, next: rows.length > options.limit && last ? { sortDay: repo.sortDayOf(last.window), id: last.id } : null };
}

export async function updateEngagement(db: Q, actor: Actor, options: { id: number; expectedVersion: number; patch: EngagementPatch }, now = new Date()): Promise<Engagement> {
  requireRole(actor, ...WRITERS);
  const { id, expectedVersion, patch } = options;
  const current = await getEngagement(db, actor, id);
  if (current.version !== expectedVersion) {
    throw new AppError('precondition_failed', `Engagement ${id} was changed by someone else (version ${current.version}, you sent ${expectedVersion}).`);
  }
  const fields: FieldProblem[] = [];
  let window = patch.when === undefined ? current.window : readWhen(patch.when);
  const status = patch.status ?? current.status;
  const statusChanged = status !== current.status;
  const problem = transitionProblem(current.status, status);
  if (problem !== null) fields.push({ path: 'status', message: problem });
  const statusReason = patch.statusReason === undefined ? (statusChanged ? null : current.statusReason) : patch.statusReason?.trim() || null;
  if (statusChanged && needsReason(status) && statusReason === null) fields.push({ path: 'statusReason', message: `say why the engagement is ${status}` });
  if (status === 'held' && (statusChanged || patch.heldOn !== undefined)) window = heldWindow(window, patch.heldOn, now, fields) ?? window;
  else if (patch.heldOn !== undefined) fields.push({ path: 'heldOn', message: 'heldOn is only for an engagement that is held' });
  if (current.status === 'held' && patch.when !== undefined && !sameWindow(window, current.window)) {
    fields.push({ path: 'when', message: 'the engagement has been held: its day is a fact now; correct it with heldOn' });
  }
  if (patch.outcomes !== undefined && status !== 'held') fields.push({ path: 'outcomes', message: 'outcomes are recorded when the engagement is held' });
  const bodyId = patch.bodyId === undefined ? current.bodyId : patch.bodyId;
  if (patch.bodyId !== undefined) await checkBody(db, bodyId, fields);
  const participants = patch.participants === undefined ? undefined : await resolveParticipants(db, patch.participants, window, fields);
  const outcomes = patch.outcomes === undefined ? [] : await resolveOutcomes(db, patch.outcomes, fields);
  throwFields(fields);

  const windowChanged = !sameWindow(window, current.window);
  // Widening (or only rewording) a window can never make the schedule impossible; narrowing or moving it can.
  if (windowChanged && status !== 'cancelled' && !contains(window, current.window)) {
    await assertWindowFits(db, { engagementId: id, window, force: patch.force === true });
  }

  const at = now.toISOString();
  const ok = await repo.updateEngagement(
    db,
    id,
    expectedVersion,
    {
      kind: patch.kind ?? current.kind,
      title: patch.title?.trim() ?? current.title,
      place: patch.place === undefined ? current.place : patch.place?.trim() || null,
      bodyId,
      status,
      statusReason,
      window,
      notes: patch.notes === undefined ? current.notes : patch.notes?.trim() || null,
      demo: current.demo,
    },
    at,
  );
  if (!ok) throw new AppError('precondition_failed', `Engagement ${id} was changed by someone else while you saved.`);
  const by = actor.userId || null;
  if (windowChanged) await repo.insertWindowChange(db, id, { window, reason: patch.whenReason?.trim() || (statusChanged && status === 'held' ? 'held' : null), changedBy: by, changedAt: at });
  if (statusChanged) await repo.insertStatusChange(db, id, { status, reason: statusReason, changedBy: by, changedAt: at });
  if (participants !== undefined) await repo.replaceParticipants(db, id, participants);
  await repo.insertOutcomes(db, id, outcomes, by, at);
  const updated = (await repo.findEngagement(db, id)) as Engagement;
  await appendAudit(db, actor, { operation: 'engagement.update', recordType: 'engagement', recordId: id, before: current, after: updated }, now);
  return updated;
}
