// Reports: executors account for progress on instructions their body carries out; controllers review.
// Accepting a report moves the instruction's accepted progress in the same transaction.
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, invalid, notFound, type FieldProblem } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { todayUtc } from '../control/today.ts';
import * as instructionsRepo from '../instructions/repository.ts';
import * as repo from './repository.ts';
import type { Report } from './repository.ts';
import type { NewReport, ReviewInput } from './schemas.ts';

type Q = Kysely<Database>;

/** Who records work for the system itself (demo data, imports) is not a user row. */
export function userIdOf(actor: Actor): number | null {
  return actor.via === 'system' ? null : actor.userId;
}

async function executorBodies(db: Q, instructionId: number, responsibleBodyId: number): Promise<Set<number>> {
  const parts = await instructionsRepo.loadParts(db, [instructionId]);
  return new Set([responsibleBodyId, ...(parts.get(instructionId)?.executorBodyIds ?? [])]);
}

export async function submitReport(db: Q, actor: Actor, options: { instructionId: number; input: NewReport }, now = new Date()): Promise<Report> {
  requireRole(actor, 'executor', 'admin');
  const { instructionId, input } = options;
  const instruction = await instructionsRepo.lockInstruction(db, instructionId);
  if (!instruction) throw notFound('Instruction', instructionId);
  const bodies = await executorBodies(db, instructionId, instruction.responsibleBodyId);
  let bodyId: number;
  if (actor.role === 'executor') {
    if (actor.bodyId === null || !bodies.has(actor.bodyId)) throw forbidden(`Your body is neither responsible for nor a co-executor of instruction ${instructionId}.`);
    if (input.bodyId !== undefined && input.bodyId !== actor.bodyId) throw forbidden('Executors report for their own body only.');
    bodyId = actor.bodyId;
  } else {
    bodyId = input.bodyId ?? instruction.responsibleBodyId;
    if (!bodies.has(bodyId)) throw invalid('bodyId', `body ${bodyId} does not carry out instruction ${instructionId}`);
  }
  const fields: FieldProblem[] = [];
  const today = todayUtc(now);
  const submittedOn = input.submittedOn ?? today;
  if (submittedOn > today) fields.push({ path: 'submittedOn', message: `a report cannot be submitted in the future (today is ${today})` });
  if (submittedOn < instruction.issuedOn) fields.push({ path: 'submittedOn', message: `the instruction was issued on ${instruction.issuedOn}` });
  if ((input.spent ?? null) !== null && (input.currency ?? null) === null) fields.push({ path: 'currency', message: 'say which currency the spent amount is in' });
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
  const closed = instruction.withdrawnOn ?? instruction.fulfilledOn;
  if (closed !== null) throw new AppError('conflict', `Instruction ${instructionId} was removed from control on ${closed}; it takes no more reports.`);
  const report = await repo.insertReport(db, {
    instructionId,
    bodyId,
    authorUserId: userIdOf(actor),
    text: input.text,
    progress: input.progress,
    spent: input.spent ?? null,
    currency: input.currency ?? null,
    evidence: (input.evidence ?? []).map((e) => ({ url: e.url, title: e.title ?? null })),
    submittedOn,
    now: now.toISOString(),
  });
  await appendAudit(db, actor, { operation: 'report.submit', recordType: 'report', recordId: report.id, before: null, after: report });
  return report;
}

export async function listReports(db: Q, _actor: Actor, instructionId: number): Promise<Report[]> {
  if (!(await instructionsRepo.instructionExists(db, instructionId))) throw notFound('Instruction', instructionId);
  return repo.listReports(db, instructionId);
}

export async function getReport(db: Q, _actor: Actor, id: number): Promise<Report> {
  const report = await repo.findReport(db, id);
  if (!report) throw notFound('Report', id);
  return report;
}

export async function reviewReport(db: Q, actor: Actor, options: { reportId: number; input: ReviewInput }, now = new Date()): Promise<Report> {
  requireRole(actor, 'controller', 'admin');
  const { reportId, input } = options;
  const comment = input.comment ?? null;
  if (input.status === 'returned' && comment === null) throw invalid('comment', 'say why the report is returned, so the executor can put it right');
  const report = await repo.findReport(db, reportId);
  if (!report) throw notFound('Report', reportId);
  // Four eyes: whoever wrote a report does not accept it.
  if (report.authorUserId !== null && report.authorUserId === userIdOf(actor)) throw forbidden('You cannot review your own report.');
  const today = todayUtc(now);
  const reviewedOn = input.reviewedOn ?? today;
  if (reviewedOn > today) throw invalid('reviewedOn', `a review cannot be dated in the future (today is ${today})`);
  if (reviewedOn < report.submittedOn) throw invalid('reviewedOn', `the report was submitted on ${report.submittedOn}`);
  const instruction = await instructionsRepo.lockInstruction(db, report.instructionId);
  if (!instruction) throw notFound('Instruction', report.instructionId);
  const reviewed = await repo.reviewReport(db, reportId, { status: input.status, reviewedBy: userIdOf(actor), reviewedOn, comment, now: now.toISOString() });
  if (!reviewed) throw new AppError('conflict', `Report ${reportId} was already reviewed (${report.reviewStatus}); only pending reports can be reviewed.`);
  if (input.status === 'accepted') {
    const latest = await repo.latestAccepted(db, report.instructionId);
    const factsAsOf = instruction.factsAsOf === null || instruction.factsAsOf < reviewedOn ? reviewedOn : instruction.factsAsOf;
    await instructionsRepo.setFacts(db, report.instructionId, { acceptedProgress: latest?.progress ?? 0, factsAsOf }, now.toISOString());
  }
  await appendAudit(db, actor, { operation: 'report.review', recordType: 'report', recordId: reportId, before: report, after: reviewed });
  return reviewed;
}
