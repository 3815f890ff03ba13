// Instructions: issue, list (filters, state at a date, keyset pages), read in full, change.
// Deadlines change only through an 'extend' control decision (control/service.ts), never by PATCH.
import type { Kysely } from 'kysely';
import { formatEdtf } from '../../../domain/edtf.ts';
import { executionState, type ExecutionState } from '../../../domain/execution-state.ts';
import type { TimeWindow } from '../../../domain/window.ts';
import { appendAudit } from '../../audit/service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound, type FieldProblem } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import * as controlRepo from '../control/repository.ts';
import type { ControlDecision } from '../control/repository.ts';
import { todayUtc } from '../control/today.ts';
import * as registryRepo from '../registry/repository.ts';
import * as reportsRepo from '../reports/repository.ts';
import type { Report } from '../reports/repository.ts';
import { resolveWindow } from './deadline.ts';
import * as repo from './repository.ts';
import type { Financing, Instruction, InstructionRecord } from './repository.ts';
import type { FinancingInput, InstructionListFilters, InstructionPatch, NewInstruction } from './schemas.ts';

type Q = Kysely<Database>;

export interface InstructionView extends Instruction {
  deadlineEdtf: string | null;
  state: ExecutionState;
  stateAt: string;
}

export interface DeadlineStep {
  window: TimeWindow | null;
  /** the day it took effect: issuedOn for the original, decidedOn for an extension */
  since: string;
  decisionId: number | null;
  reason: string | null;
}

export interface InstructionDetail extends InstructionView {
  effectiveDeadline: TimeWindow | null;
  deadlineHistory: DeadlineStep[];
  reports: Report[];
  decisions: ControlDecision[];
}

function fail(fields: FieldProblem[]): void {
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

/** Field by field rather than by spreading: a list page builds fifty of these, and copying is the cost. */
function view(r: InstructionRecord, parts: repo.InstructionParts, state: ExecutionState, at: string): InstructionView {
  return {
    id: r.id,
    title: r.title,
    text: r.text,
    topic: r.topic,
    party: r.party,
    responsibleBodyId: r.responsibleBodyId,
    issuedOn: r.issuedOn,
    issuedAtEngagementId: r.issuedAtEngagementId,
    parentId: r.parentId,
    deadline: r.deadline,
    effectiveDeadlineLatest: r.effectiveDeadlineLatest,
    acceptedProgress: r.acceptedProgress,
    fulfilledOn: r.fulfilledOn,
    withdrawnOn: r.withdrawnOn,
    factsAsOf: r.factsAsOf,
    demo: r.demo,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    executorBodyIds: parts.executorBodyIds,
    authorIds: parts.authorIds,
    financing: parts.financing,
    deadlineEdtf: r.deadline === null ? null : formatEdtf(r.deadline),
    state,
    stateAt: at,
  };
}

async function checkBodies(db: Q, path: string, ids: readonly number[], fields: FieldProblem[]): Promise<void> {
  const found = new Set((await registryRepo.findBodies(db, ids)).map((b) => b.id));
  ids.forEach((id, i) => {
    if (!found.has(id)) fields.push({ path: `${path}.${i}`, message: `body ${id} does not exist` });
  });
}

async function checkFinancing(db: Q, lines: readonly FinancingInput[], fields: FieldProblem[]): Promise<Financing[]> {
  const parties = new Set((await registryRepo.listParties(db)).map((p) => p.code));
  return lines.map((f, i) => {
    if (f.party != null && !parties.has(f.party)) fields.push({ path: `financing.${i}.party`, message: `party ${f.party} is not in the registry` });
    // spent > allocated is not refused: overspending happens and is worth recording.
    return { party: f.party ?? null, currency: f.currency, planned: f.planned ?? null, allocated: f.allocated ?? null, spent: f.spent ?? null };
  });
}

async function checkAuthors(db: Q, ids: readonly number[], fields: FieldProblem[]): Promise<void> {
  const found = await registryRepo.existingPeople(db, ids);
  ids.forEach((id, i) => {
    if (!found.has(id)) fields.push({ path: `authorIds.${i}`, message: `person ${id} does not exist` });
  });
}

export async function createInstruction(db: Q, actor: Actor, input: NewInstruction, now = new Date()): Promise<InstructionDetail> {
  requireRole(actor, 'controller', 'admin');
  const fields: FieldProblem[] = [];
  const today = todayUtc(now);
  if (input.issuedOn > today) fields.push({ path: 'issuedOn', message: `an instruction cannot be issued in the future (today is ${today})` });
  let deadline: TimeWindow | null = null;
  if (input.deadline != null) {
    try {
      deadline = resolveWindow('deadline', input.deadline);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      fields.push(...error.fields);
    }
  }
  const body = await registryRepo.findBody(db, input.responsibleBodyId);
  if (!body) fields.push({ path: 'responsibleBodyId', message: `body ${input.responsibleBodyId} does not exist` });
  const executors = (input.executorBodyIds ?? []).filter((id) => id !== input.responsibleBodyId);
  await checkBodies(db, 'executorBodyIds', input.executorBodyIds ?? [], fields);
  await checkAuthors(db, input.authorIds ?? [], fields);
  const financing = await checkFinancing(db, input.financing ?? [], fields);
  if (input.parentId != null && !(await repo.instructionExists(db, input.parentId))) fields.push({ path: 'parentId', message: `instruction ${input.parentId} does not exist` });
  fail(fields);
  const id = await repo.insertInstruction(db, {
    title: input.title,
    text: input.text,
    topic: input.topic,
    party: body?.party ?? null,
    responsibleBodyId: input.responsibleBodyId,
    issuedOn: input.issuedOn,
    issuedAtEngagementId: input.issuedAtEngagementId ?? null,
    parentId: input.parentId ?? null,
    deadline,
    demo: input.demo ?? false,
    now: now.toISOString(),
  });
  await repo.replaceExecutors(db, id, executors);
  await repo.replaceAuthors(db, id, input.authorIds ?? []);
  await repo.replaceFinancing(db, id, financing);
  await appendAudit(db, actor, { operation: 'instruction.create', recordType: 'instruction', recordId: id, before: null, after: await stored(db, id) });
  return getInstruction(db, actor, id, { now });
}

/** The instruction as stored (record and parts), for the audit trail; the derived state is not part of it. */
async function stored(db: Q, id: number): Promise<repo.Instruction | null> {
  const record = await repo.findInstruction(db, id);
  if (!record) return null;
  const parts = await repo.loadParts(db, [id]);
  return { ...record, ...(parts.get(id) ?? { executorBodyIds: [], authorIds: [], financing: [] }) };
}

/** The deadline in force after the extensions decided so far (by decided day, then recorded order). */
export function effectiveDeadline(original: TimeWindow | null, decisions: readonly ControlDecision[]): TimeWindow | null {
  let current = original;
  for (const d of [...decisions].sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.id - b.id))) {
    if (d.kind === 'extend' && d.newDeadline !== null) current = d.newDeadline;
  }
  return current;
}

export async function getInstruction(db: Q, _actor: Actor, id: number, options: { at?: string | undefined; now?: Date } = {}): Promise<InstructionDetail> {
  const record = await repo.findInstruction(db, id);
  if (!record) throw notFound('Instruction', id);
  const at = options.at ?? todayUtc(options.now ?? new Date());
  const [parts, reports, decisions] = await Promise.all([repo.loadParts(db, [id]), reportsRepo.listReports(db, id), controlRepo.listDecisions(db, id)]);
  // One record: the domain rule over the raw rows (lists use the SQL CASE; a test keeps them in step).
  const state = executionState({
    issuedOn: record.issuedOn,
    deadline: record.deadline,
    at,
    decisions: decisions.map((d) => ({ kind: d.kind, decidedOn: d.decidedOn, newDeadline: d.newDeadline })),
    reports: reports.map((r) => ({
      submittedOn: r.submittedOn,
      progress: r.progress,
      review: r.reviewStatus === 'pending' || r.reviewedOn === null ? null : { status: r.reviewStatus, reviewedOn: r.reviewedOn },
    })),
  });
  const history: DeadlineStep[] = [{ window: record.deadline, since: record.issuedOn, decisionId: null, reason: null }];
  for (const d of decisions) if (d.kind === 'extend') history.push({ window: d.newDeadline, since: d.decidedOn, decisionId: d.id, reason: d.reason });
  return {
    ...view(record, parts.get(id) ?? { executorBodyIds: [], authorIds: [], financing: [] }, state, at),
    effectiveDeadline: effectiveDeadline(record.deadline, decisions),
    deadlineHistory: history,
    reports,
    decisions,
  };
}

export interface InstructionPage {
  items: InstructionView[];
  nextCursor: string | null;
  at: string;
}

export async function listInstructions(db: Q, _actor: Actor, f: InstructionListFilters, now = new Date()): Promise<InstructionPage> {
  const at = f.at ?? todayUtc(now);
  if (f.dueFrom !== undefined && f.dueTo !== undefined && f.dueFrom > f.dueTo) throw invalid('query.dueTo', 'dueTo is before dueFrom');
  let after: { latest: string | null; id: number } | undefined;
  if (f.cursor !== undefined) {
    const [latest, id] = decodeCursor(f.cursor, 2);
    if ((latest !== null && typeof latest !== 'string') || typeof id !== 'number') throw invalid('query.cursor', 'cursor is not one this server gave out');
    after = { latest, id };
  }
  const rows = await repo.listInstructions(db, {
    party: f.party,
    bodyId: f.body,
    topic: f.topic,
    state: f.state as ExecutionState | undefined,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    q: f.q,
    parentId: f.parent,
    at,
    after,
    limit: f.limit,
  });
  const last = rows[rows.length - 1];
  return {
    items: rows.map((r) => view(r, r, r.state, at)),
    nextCursor: rows.length === f.limit && last ? encodeCursor([last.effectiveDeadlineLatest, last.id]) : null,
    at,
  };
}

export async function updateInstruction(db: Q, actor: Actor, options: { id: number; expectedVersion: number; patch: InstructionPatch }, now = new Date()): Promise<InstructionDetail> {
  requireRole(actor, 'controller', 'admin');
  const { id, expectedVersion, patch } = options;
  const current = await repo.findInstruction(db, id);
  if (!current) throw notFound('Instruction', id);
  const before = await stored(db, id);
  const fields: FieldProblem[] = [];
  if (patch.executorBodyIds !== undefined) await checkBodies(db, 'executorBodyIds', patch.executorBodyIds, fields);
  if (patch.authorIds !== undefined) await checkAuthors(db, patch.authorIds, fields);
  const financing = patch.financing === undefined ? undefined : await checkFinancing(db, patch.financing, fields);
  fail(fields);
  const { title, text, topic } = patch;
  const ok = await repo.updateInstruction(db, id, expectedVersion, { ...(title !== undefined && { title }), ...(text !== undefined && { text }), ...(topic !== undefined && { topic }) }, now.toISOString());
  if (!ok) throw new AppError('precondition_failed', `Instruction ${id} was changed by someone else (version ${current.version}, you sent ${expectedVersion}).`);
  if (patch.executorBodyIds !== undefined) await repo.replaceExecutors(db, id, patch.executorBodyIds.filter((b) => b !== current.responsibleBodyId));
  if (patch.authorIds !== undefined) await repo.replaceAuthors(db, id, patch.authorIds);
  if (financing !== undefined) await repo.replaceFinancing(db, id, financing);
  await appendAudit(db, actor, { operation: 'instruction.update', recordType: 'instruction', recordId: id, before, after: await stored(db, id) });
  return getInstruction(db, actor, id, { now });
}
