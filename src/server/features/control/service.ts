// Control decisions: what a control meeting decided on an instruction. Controllers and admins decide.
//
// Decisions are taken in order: one cannot be dated before the instruction was issued, before the
// newest decision already recorded, or after today. A fulfilled or withdrawn instruction is closed:
// further decisions are refused (409), a later 'keep' included. Why: the execution state is derived
// and monotone (docs/execution-state.md: a 'fulfilled' or 'withdraw' decision ends control for every
// later day), and the record should show the closure as it happened. To resume control of something
// closed, issue a new instruction with `parentId` pointing at the closed one.
import type { Kysely } from 'kysely';
import { assertNever } from '../../../domain/assert-never.ts';
import type { TimeWindow } from '../../../domain/window.ts';
import { appendAudit } from '../../audit/service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, notFound, type FieldProblem } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { resolveWindow } from '../instructions/deadline.ts';
import * as instructionsRepo from '../instructions/repository.ts';
import type { FactsUpdate } from '../instructions/repository.ts';
import { effectiveDeadline } from '../instructions/service.ts';
import { userIdOf } from '../reports/service.ts';
import * as repo from './repository.ts';
import type { ControlDecision } from './repository.ts';
import type { NewDecision } from './schemas.ts';
import { todayUtc } from './today.ts';

type Q = Kysely<Database>;

export async function decide(db: Q, actor: Actor, options: { instructionId: number; input: NewDecision }, now = new Date()): Promise<ControlDecision> {
  requireRole(actor, 'controller', 'admin');
  const { instructionId, input } = options;
  const instruction = await instructionsRepo.lockInstruction(db, instructionId);
  if (!instruction) throw notFound('Instruction', instructionId);
  const decisions = await repo.listDecisions(db, instructionId);
  const today = todayUtc(now);
  const decidedOn = input.decidedOn ?? today;
  const reason = input.reason ?? null;
  const fields: FieldProblem[] = [];
  if (decidedOn > today) fields.push({ path: 'decidedOn', message: `a decision cannot be dated in the future (today is ${today})` });
  if (decidedOn < instruction.issuedOn) fields.push({ path: 'decidedOn', message: `the instruction was issued on ${instruction.issuedOn}` });
  const newest = decisions[decisions.length - 1];
  if (newest && decidedOn < newest.decidedOn) fields.push({ path: 'decidedOn', message: `decision ${newest.id} was already taken on ${newest.decidedOn}; decisions are recorded in order` });
  if ((input.kind === 'extend' || input.kind === 'withdraw') && reason === null) fields.push({ path: 'reason', message: `say why (${input.kind === 'extend' ? 'the deadline moves' : 'the instruction is withdrawn'})` });
  if (input.kind !== 'extend' && input.deadline !== undefined) fields.push({ path: 'deadline', message: 'only an extend decision sets a new deadline' });
  let newDeadline: TimeWindow | null = null;
  if (input.kind === 'extend') {
    if (input.deadline === undefined) {
      fields.push({ path: 'deadline', message: 'an extension needs the new deadline' });
    } else {
      try {
        newDeadline = resolveWindow('deadline', input.deadline);
        if (newDeadline.latest === null) fields.push({ path: 'deadline.latest', message: 'an extended deadline needs a last day' });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        fields.push(...error.fields);
      }
    }
  }
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
  const closedOn = instruction.withdrawnOn ?? instruction.fulfilledOn;
  if (closedOn !== null) {
    const how = instruction.withdrawnOn !== null ? 'withdrawn' : 'fulfilled';
    throw new AppError('conflict', `Instruction ${instructionId} was removed from control as ${how} on ${closedOn}; issue a new instruction (parentId ${instructionId}) to control it again.`);
  }
  const previous = input.kind === 'extend' ? effectiveDeadline(instruction.deadline, decisions) : null;
  const decision = await repo.insertDecision(db, {
    instructionId,
    kind: input.kind,
    decidedOn,
    reason,
    newDeadline,
    previousDeadline: previous,
    engagementId: input.engagementId ?? null,
    agendaItemId: input.agendaItemId ?? null,
    decidedBy: userIdOf(actor),
    now: now.toISOString(),
  });
  const facts = factsAfter(instruction, decision);
  await instructionsRepo.setFacts(db, instructionId, facts, now.toISOString());
  // The decision is the change; the instruction's facts it moves (deadline, closure) are derived from it.
  await appendAudit(db, actor, { operation: `decision.${decision.kind}`, recordType: 'decision', recordId: decision.id, before: null, after: decision });
  return decision;
}

/** How a new decision moves the instruction's denormalised facts. */
function factsAfter(instruction: instructionsRepo.InstructionRecord, d: ControlDecision): FactsUpdate {
  switch (d.kind) {
    case 'extend': {
      const asOf = instruction.factsAsOf;
      return { effectiveDeadlineLatest: d.newDeadline?.latest ?? null, factsAsOf: asOf === null || asOf < d.decidedOn ? d.decidedOn : asOf };
    }
    case 'fulfilled':
      return { fulfilledOn: d.decidedOn };
    case 'withdraw':
      return { withdrawnOn: d.decidedOn };
    case 'keep':
    case 'escalate':
      return {};
    default:
      return assertNever(d.kind, 'Unknown control decision');
  }
}

export async function listDecisions(db: Q, _actor: Actor, instructionId: number): Promise<ControlDecision[]> {
  if (!(await instructionsRepo.instructionExists(db, instructionId))) throw notFound('Instruction', instructionId);
  return repo.listDecisions(db, instructionId);
}
