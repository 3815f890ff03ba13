// Agendas: the ordered "sets of issues" of an engagement, a proposed control agenda built from what
// is due, and control decisions recorded per agenda item.
//
// The proposal looks at the meeting's window: what falls due before the window ends, what is overdue
// or at risk on its first day (the earliest the meeting can take place, with the facts known today),
// and what has reports waiting for review. Execution states come from
// the cycle's SQL rule (control/state-sql.ts), the same one lists and summaries use. Items are
// grouped into one set of issues per topic; sets and the instructions inside them go most urgent
// first: overdue (longest overdue first), at risk, due before the meeting ends, reports only.
import type { Kysely } from 'kysely';
import { toEpochDay } from '../../../domain/days.ts';
import type { ExecutionState } from '../../../domain/execution-state.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound, type FieldProblem } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { decide } from '../control/service.ts';
import type { ControlDecision } from '../control/repository.ts';
import type { NewDecision } from '../control/schemas.ts';
import { todayUtc } from '../control/today.ts';
import * as engagementsRepo from '../engagements/repository.ts';
import { getEngagement, WRITERS } from '../engagements/service.ts';
import * as repo from './repository.ts';
import type { AgendaItem, AgendaItemValues, Candidate, RecordedDecision } from './repository.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

/** The most instructions a proposal considers; a control meeting with more needs a person's triage anyway. */
const PROPOSAL_LIMIT = 500;

export type AgendaReason = 'overdue' | 'at_risk' | 'due_before_meeting' | 'report_waiting';

export interface ProposedInstruction extends Candidate {
  reasons: AgendaReason[];
  /** Days past the deadline on `at` (positive = overdue), null without a deadline. */
  daysLate: number | null;
}

export interface ProposedItem {
  title: string;
  topics: string[];
  instructionIds: number[];
  instructions: ProposedInstruction[];
}

export interface AgendaProposal {
  engagementId: number;
  /** The day the states are computed for: the first day the meeting can take place. */
  at: string;
  /** Instructions due by this day (the window's last day) are on the agenda. */
  dueBy: string;
  items: ProposedItem[];
}

export interface Agenda {
  engagementId: number;
  version: number;
  items: (AgendaItem & { decisions: RecordedDecision[] })[];
}

function rank(state: ExecutionState, reasons: readonly AgendaReason[]): number {
  if (state === 'overdue') return 0;
  if (state === 'at_risk') return 1;
  if (reasons.includes('due_before_meeting')) return 2;
  return 3;
}

function topicTitle(topic: string): string {
  const words = topic.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function compareUrgency(a: ProposedInstruction, b: ProposedInstruction): number {
  const r = rank(a.state, a.reasons) - rank(b.state, b.reasons);
  if (r !== 0) return r;
  const da = a.deadlineLatest ?? '9999-12-31';
  const db = b.deadlineLatest ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return a.id - b.id;
}

/** Builds a proposed control agenda; nothing is stored until a person saves it. */
export async function proposeAgenda(db: Q, actor: Actor, engagementId: number, now = new Date()): Promise<AgendaProposal> {
  const engagement = await getEngagement(db, actor, engagementId);
  const at = engagement.window.earliest ?? todayUtc(now);
  const dueBy = engagement.window.latest ?? at;
  const candidates = await repo.controlCandidates(db, at, dueBy, PROPOSAL_LIMIT);
  const proposed = candidates.map((c): ProposedInstruction => {
    const reasons: AgendaReason[] = [];
    if (c.state === 'overdue') reasons.push('overdue');
    if (c.state === 'at_risk') reasons.push('at_risk');
    if (c.deadlineLatest !== null && c.deadlineLatest <= dueBy && c.state !== 'overdue') reasons.push('due_before_meeting');
    if (c.pendingReports > 0) reasons.push('report_waiting');
    return { ...c, reasons, daysLate: c.deadlineLatest === null ? null : toEpochDay(at) - toEpochDay(c.deadlineLatest) };
  });
  const byTopic = new Map<string, ProposedInstruction[]>();
  for (const p of proposed) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
  const groups = [...byTopic.entries()].map(([topic, list]) => {
    list.sort(compareUrgency);
    return { topic, list };
  });
  groups.sort((a, b) => compareUrgency(a.list[0] as ProposedInstruction, b.list[0] as ProposedInstruction) || a.topic.localeCompare(b.topic));
  return {
    engagementId,
    at,
    dueBy,
    items: groups.map(({ topic, list }) => ({ title: topicTitle(topic), topics: [topic], instructionIds: list.map((p) => p.id), instructions: list })),
  };
}

export async function getAgenda(db: Q, actor: Actor, engagementId: number): Promise<Agenda> {
  const engagement = await getEngagement(db, actor, engagementId);
  const items = await repo.listAgenda(db, engagementId);
  const decisions = await repo.decisionsAt(db, engagementId);
  return {
    engagementId,
    version: engagement.version,
    items: items.map((i) => ({ ...i, decisions: decisions.filter((d) => d.agendaItemId === i.id) })),
  };
}

export interface AgendaItemInput {
  /** Keep an existing item (and the decisions recorded on it); omit for a new one. */
  id?: number | undefined;
  title: string;
  topics?: string[] | undefined;
  notes?: string | null | undefined;
  instructionIds?: number[] | undefined;
  documentIds?: number[] | undefined;
}

/** Saves the agenda as the person edited it, in order. Part of the engagement: needs its version. */
export async function saveAgenda(db: Q, actor: Actor, options: { engagementId: number; expectedVersion: number; items: readonly AgendaItemInput[] }, now = new Date()): Promise<Agenda> {
  requireRole(actor, ...WRITERS);
  const { engagementId, expectedVersion, items } = options;
  const engagement = await getEngagement(db, actor, engagementId);
  if (engagement.version !== expectedVersion) {
    throw new AppError('precondition_failed', `Engagement ${engagementId} was changed by someone else (version ${engagement.version}, you sent ${expectedVersion}).`);
  }
  const fields: FieldProblem[] = [];
  const ownItems = await repo.agendaItemIds(db, engagementId);
  const instructions = await repo.existingInstructions(db, items.flatMap((i) => i.instructionIds ?? []));
  const documents = await engagementsRepo.documentsExist(db, items.flatMap((i) => i.documentIds ?? []));
  const values = items.map((item, n): AgendaItemValues & { id?: number | undefined } => {
    (item.documentIds ?? []).forEach((id, k) => {
      if (!documents.has(id)) fields.push({ path: `items.${n}.documentIds.${k}`, message: `document ${id} does not exist` });
    });
    if (item.id !== undefined && !ownItems.has(item.id)) fields.push({ path: `items.${n}.id`, message: `agenda item ${item.id} is not on this engagement's agenda` });
    (item.instructionIds ?? []).forEach((id, k) => {
      if (!instructions.has(id)) fields.push({ path: `items.${n}.instructionIds.${k}`, message: `instruction ${id} does not exist` });
    });
    return {
      id: item.id,
      title: item.title.trim(),
      topics: [...new Set(item.topics ?? [])],
      notes: item.notes?.trim() || null,
      instructionIds: [...new Set(item.instructionIds ?? [])],
      documentIds: [...new Set(item.documentIds ?? [])],
    };
  });
  const ids = values.flatMap((v) => (v.id === undefined ? [] : [v.id]));
  if (new Set(ids).size !== ids.length) fields.push({ path: 'items', message: 'an agenda item appears twice' });
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
  if (!(await engagementsRepo.touchEngagement(db, engagementId, expectedVersion, now.toISOString()))) {
    throw new AppError('precondition_failed', `Engagement ${engagementId} was changed by someone else while you saved.`);
  }
  const before = await getAgenda(db, actor, engagementId);
  await repo.saveAgenda(db, engagementId, values);
  const after = await getAgenda(db, actor, engagementId);
  await appendAudit(db, actor, { operation: 'agenda.save', recordType: 'agenda', recordId: engagementId, before, after }, now);
  return after;
}

export type ItemDecisionInput = Omit<NewDecision, 'engagementId' | 'agendaItemId'> & { instructionId: number };

/**
 * Records a control decision taken at the engagement on one agenda item, through the cycle's
 * decision service (which keeps the instruction's facts). The instruction must be on that item; the
 * decision is dated the day the engagement was held when it has been, else today.
 */
export async function decideOnItem(db: Q, actor: Actor, options: { engagementId: number; agendaItemId: number; input: ItemDecisionInput }, now = new Date()): Promise<ControlDecision> {
  requireRole(actor, ...WRITERS);
  const { engagementId, agendaItemId, input } = options;
  const engagement = await getEngagement(db, actor, engagementId);
  const item = (await repo.listAgenda(db, engagementId)).find((i) => i.id === agendaItemId);
  if (!item) throw notFound(`Agenda item of engagement ${engagementId}`, agendaItemId);
  if (!item.instructionIds.includes(input.instructionId)) {
    throw invalid('instructionId', `instruction ${input.instructionId} is not on agenda item ${agendaItemId} ("${item.title}"); add it to the agenda first`);
  }
  if (engagement.status === 'cancelled') throw new AppError('conflict', `Engagement ${engagementId} was cancelled: no decisions can be recorded at it.`);
  const heldDay = engagement.status === 'held' ? engagement.window.earliest : null;
  const { instructionId, ...decision } = input;
  return decide(db, actor, { instructionId, input: { ...decision, decidedOn: decision.decidedOn ?? heldDay ?? undefined, engagementId, agendaItemId } }, now);
}
