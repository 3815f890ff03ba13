// Accepting the other proposal kinds: an ordering between two engagements (through the schedule
// service, which refuses an impossible one with the clash in words), an instruction (through the
// instructions service), a person or an alias (through the registry service, admins only). Each is
// a no-op when the change is already in the record.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { createInstruction } from '../instructions/service.ts';
import type { NewInstruction } from '../instructions/schemas.ts';
import { createPerson, getPerson, listParties, updatePerson } from '../registry/service.ts';
import { normalizeName } from '../registry/normalize.ts';
import { addConstraint, listConstraints } from '../schedule/service.ts';
import type { Applied } from './apply-event.ts';
import type { AliasEdits, ConstraintEdits, InstructionEdits, PersonEdits } from './edits.ts';
import type { AliasPayload, ConstraintPayload, InstructionPayload, PersonPayload } from './payloads.ts';
import * as repo from './repository.ts';
import type { Proposal, Source } from './repository.ts';
import type { Resolver } from './resolver.ts';

type Q = Kysely<Database>;

interface Ctx<P, E> {
  proposal: Proposal;
  payload: P;
  edits: E;
  source: Source;
  now: Date;
  dryRun: boolean;
}

/** The engagement an event proposal stands for: what accepting it produced, or the one it updates. */
export async function engagementOfProposal(db: Q, proposalId: number, forWhat: string): Promise<number | null> {
  const p = await repo.findProposal(db, proposalId);
  if (!p) throw new AppError('conflict', `${forWhat}: proposal ${proposalId} no longer exists.`);
  if (p.resultType === 'engagement' && p.resultId !== null) return p.resultId;
  if (p.status === 'rejected') throw new AppError('conflict', `${forWhat}: proposal ${proposalId} was rejected${p.reason ? ` (${p.reason})` : ''}, so there is no engagement to refer to.`);
  if (p.targetId !== null && p.targetType === 'engagement') return p.targetId;
  return null;
}

function row(source: Source, recordType: repo.ProvenanceRow['recordType'], recordId: number, field: string, span: { start: number; end: number }, proposalId: number): repo.ProvenanceRow {
  return { recordType, recordId, field, sourceId: source.id, start: span.start, end: span.end, quotedText: source.text.slice(span.start, span.end), proposalId };
}

export async function applyConstraint(db: Q, actor: Actor, ctx: Ctx<ConstraintPayload, ConstraintEdits>): Promise<Applied> {
  const p = ctx.payload;
  const what = `The ordering "${p.beforeTitle}" before "${p.afterTitle}"`;
  const beforeId = await engagementOfProposal(db, p.beforeProposalId, what);
  const afterId = await engagementOfProposal(db, p.afterProposalId, what);
  const waiting = [beforeId === null ? p.beforeProposalId : null, afterId === null ? p.afterProposalId : null].filter((x) => x !== null);
  if (beforeId === null || afterId === null) {
    if (ctx.dryRun) return { changed: true, resultType: 'constraint', resultId: null, summary: [`${p.beforeTitle} before ${p.afterTitle}`] };
    throw new AppError('conflict', `${what} refers to engagements not yet in the record: accept proposal ${waiting.join(' and ')} first.`, { details: { waitingFor: waiting } });
  }
  const existing = (await listConstraints(db, actor, { engagementId: beforeId, limit: 500 })).find((c) => c.beforeId === beforeId && c.afterId === afterId);
  if (existing) {
    const rows = await repo.missingProvenance(db, [row(ctx.source, 'constraint', existing.id, 'order', p.span, ctx.proposal.id)]);
    if (!ctx.dryRun) await repo.insertProvenance(db, rows, ctx.now.toISOString());
    return { changed: rows.length > 0, resultType: 'constraint', resultId: existing.id, summary: rows.length > 0 ? ['another source for the ordering'] : [] };
  }
  if (ctx.dryRun) return { changed: true, resultType: 'constraint', resultId: null, summary: [`${p.beforeTitle} before ${p.afterTitle}`] };
  const { constraint } = await addConstraint(db, actor, {
    beforeId,
    afterId,
    minGapDays: ctx.edits.minGapDays ?? p.minGapDays,
    maxGapDays: ctx.edits.maxGapDays ?? null,
    note: ctx.edits.note !== undefined ? ctx.edits.note : p.note,
    force: ctx.edits.force ?? false,
  });
  await repo.insertProvenance(db, [row(ctx.source, 'constraint', constraint.id, 'order', p.span, ctx.proposal.id)], ctx.now.toISOString());
  return { changed: true, resultType: 'constraint', resultId: constraint.id, summary: [`${p.beforeTitle} before ${p.afterTitle}`] };
}

export async function applyInstruction(db: Q, actor: Actor, ctx: Ctx<InstructionPayload, InstructionEdits>): Promise<Applied> {
  const p = ctx.payload;
  const done = await repo.recordFromSpan(db, { recordType: 'instruction', field: 'text', sourceId: ctx.source.id, start: p.span.start, end: p.span.end });
  if (done !== null) return { changed: false, resultType: 'instruction', resultId: done, summary: [] };
  if (ctx.dryRun) return { changed: true, resultType: 'instruction', resultId: null, summary: [`new instruction: ${p.title}`] };
  const engagementId = p.eventProposalId === null ? null : await engagementOfProposal(db, p.eventProposalId, `The instruction "${p.title}"`);
  const input: NewInstruction = {
    title: p.title,
    text: p.text,
    topic: p.topic as NewInstruction['topic'],
    responsibleBodyId: p.responsibleBodyId,
    executorBodyIds: p.executorBodyIds,
    authorIds: p.authorIds,
    issuedOn: p.issuedOn,
    issuedAtEngagementId: engagementId,
    deadline: p.deadline ? { edtf: p.deadline.edtf, text: p.deadline.text, precision: p.deadline.precision } : null,
    ...ctx.edits,
  };
  const created = await createInstruction(db, actor, input, ctx.now);
  await repo.insertProvenance(db, [row(ctx.source, 'instruction', created.id, 'text', p.span, ctx.proposal.id)], ctx.now.toISOString());
  return { changed: true, resultType: 'instruction', resultId: created.id, summary: [`new instruction: ${input.title}`] };
}

export async function applyPerson(db: Q, actor: Actor, ctx: Ctx<PersonPayload, PersonEdits> & { resolver: () => Promise<Resolver> }): Promise<Applied> {
  const name = ctx.edits.name ?? ctx.payload.name;
  const found = (await ctx.resolver()).person(name);
  if (found.personId !== null && found.via === 'alias') return { changed: false, resultType: 'person', resultId: found.personId, summary: [] };
  if (ctx.dryRun) return { changed: true, resultType: 'person', resultId: null, summary: [`new person: ${name}`] };
  const parties = new Set((await listParties(db, actor)).map((x) => x.code));
  const party = ctx.payload.party;
  const positions = ctx.payload.role && party && parties.has(party) ? [{ role: ctx.payload.role, party }] : [];
  const person = await createPerson(db, actor, { name, aliases: ctx.edits.aliases ?? ctx.payload.aliases, positions }, ctx.now);
  if (ctx.payload.span) await repo.insertProvenance(db, [row(ctx.source, 'person', person.id, 'name', ctx.payload.span, ctx.proposal.id)], ctx.now.toISOString());
  return { changed: true, resultType: 'person', resultId: person.id, summary: [`new person: ${name}`] };
}

export async function applyAlias(db: Q, actor: Actor, ctx: Ctx<AliasPayload, AliasEdits>): Promise<Applied> {
  const alias = ctx.edits.alias ?? ctx.payload.alias;
  const person = await getPerson(db, actor, ctx.payload.personId);
  if (person.aliases.some((a) => normalizeName(a) === normalizeName(alias))) return { changed: false, resultType: 'person', resultId: person.id, summary: [] };
  if (ctx.dryRun) return { changed: true, resultType: 'person', resultId: person.id, summary: [`alias ${alias} for ${person.name}`] };
  await updatePerson(db, actor, { id: person.id, expectedVersion: person.version, patch: { aliases: [...person.aliases, alias] } }, ctx.now);
  if (ctx.payload.span) await repo.insertProvenance(db, [row(ctx.source, 'person', person.id, 'alias', ctx.payload.span, ctx.proposal.id)], ctx.now.toISOString());
  return { changed: true, resultType: 'person', resultId: person.id, summary: [`alias ${alias} for ${person.name}`] };
}
