// The schedule: engagements and ordering constraints form a simple temporal network
// (domain/schedule). This service loads it, asks the domain, and maps the answer back to ids and
// EDTF windows. Checks of a change are made on the changed engagements' connected component only.
//
// A change is refused (409) when it makes the schedule impossible, unless forced. A clash among
// constraints alone (a cycle of "before"s) can never be met whatever the dates, so force does not
// store it. When a component is already impossible (an earlier forced change), a new change is
// refused only if it takes part in the clash found after it, so that fixes stay possible.
import type { Kysely } from 'kysely';
import { toEpochDay } from '../../../domain/days.ts';
import { formatEdtf } from '../../../domain/edtf.ts';
import { checkSchedule } from '../../../domain/schedule/check.ts';
import { checkAddedConstraint } from '../../../domain/schedule/incremental.ts';
import type { DayBounds, OrderingConstraint, ScheduleConflict, ScheduleEngagement, ScheduleResult } from '../../../domain/schedule/types.ts';
import { windowFromDays, type TimeWindow } from '../../../domain/window.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, notFound, type FieldProblem } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import * as repo from './repository.ts';
import type { Constraint, Edge, NetworkNode } from './repository.ts';
import type { CacheTicket, ScheduleCache } from './cache.ts';
import type { ScheduleState } from '../../../domain/schedule/graph.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

const NEW = 'new';

export interface Conflict {
  /** The constraints in the clash (a constraint being added is not stored and has no id: `proposed`). */
  constraintIds: number[];
  /** The engagements whose windows take part in the clash. */
  engagementIds: number[];
  explanation: string;
  /** The clash involves the constraint being added. */
  involvesProposed: boolean;
}

export interface EngagementBounds {
  id: number;
  title: string;
  /** Its own window as EDTF. */
  own: string;
  /** The days the constraints still allow, as EDTF; narrower or equal to `own`. */
  allowed: string;
  allowedEarliest: string | null;
  allowedLatest: string | null;
  narrowed: boolean;
}

export interface ScheduleView {
  consistent: boolean;
  engagements: EngagementBounds[];
  conflict: Conflict | null;
}

function toScheduleEngagement(n: NetworkNode, override?: TimeWindow): ScheduleEngagement {
  const earliest = override ? override.earliest : n.earliest;
  const latest = override ? override.latest : n.latest;
  return { id: String(n.id), label: n.title, earliest: earliest === null ? null : toEpochDay(earliest), latest: latest === null ? null : toEpochDay(latest) };
}

function toOrdering(c: Edge): OrderingConstraint {
  return { id: String(c.id), before: String(c.beforeId), after: String(c.afterId), minGap: c.minGapDays, maxGap: c.maxGapDays };
}

function toConflict(c: ScheduleConflict): Conflict {
  return {
    constraintIds: c.constraints.filter((id) => id !== NEW).map(Number),
    engagementIds: c.windows.map(Number),
    explanation: c.explanation,
    involvesProposed: c.constraints.includes(NEW),
  };
}

function conflictError(message: string, conflict: Conflict, forcible: boolean): AppError {
  return new AppError('conflict', `${message} ${conflict.explanation}`, {
    details: { conflict, forcible, ...(forcible && { hint: 'Change a window or a constraint, or send force: true to store it anyway.' }) },
  });
}

function ownWindow(n: NetworkNode): TimeWindow {
  return windowFromDays(n.earliest === null ? null : toEpochDay(n.earliest), n.latest === null ? null : toEpochDay(n.latest), { tentative: n.tentative });
}

function boundsOf(n: NetworkNode, b: DayBounds | undefined): EngagementBounds {
  const own = ownWindow(n);
  const allowed = b === undefined ? own : windowFromDays(b.earliest, b.latest, { tentative: n.tentative });
  return {
    id: n.id,
    title: n.title,
    own: formatEdtf(own),
    allowed: formatEdtf(allowed),
    allowedEarliest: allowed.earliest,
    allowedLatest: allowed.latest,
    narrowed: allowed.earliest !== own.earliest || allowed.latest !== own.latest,
  };
}

function check(nodes: readonly NetworkNode[], constraints: readonly OrderingConstraint[], override?: { id: number; window: TimeWindow }): ScheduleResult {
  return checkSchedule({
    engagements: nodes.map((n) => toScheduleEngagement(n, override && n.id === override.id ? override.window : undefined)),
    constraints,
  });
}

/** The whole schedule, or the component of one engagement: consistent or not, and the windows it allows. */
export async function getSchedule(db: Q, _actor: Actor, options: { engagementId?: number | undefined; cache?: ScheduleCache | undefined } = {}): Promise<ScheduleView> {
  const whole = options.engagementId === undefined;
  const fingerprint = whole && options.cache ? await repo.networkFingerprint(db) : null;
  const { nodes, constraints } = whole ? await repo.loadNetwork(db) : await repo.loadComponent(db, [options.engagementId as number]);
  const result = check(nodes, constraints.map(toOrdering));
  if (!result.consistent) return { consistent: false, engagements: nodes.map((n) => boundsOf(n, undefined)), conflict: toConflict(result.conflict) };
  if (fingerprint !== null && options.cache) await remember(db, options.cache, fingerprint, result.state);
  return { consistent: true, engagements: nodes.map((n) => boundsOf(n, result.windows.get(String(n.id)))), conflict: null };
}

/** Refuses (409) a new window for an engagement when it makes the schedule impossible, unless forced. */
export async function assertWindowFits(db: Q, options: { engagementId: number; window: TimeWindow; force: boolean }): Promise<void> {
  const { nodes, constraints } = await repo.loadComponent(db, [options.engagementId]);
  if (constraints.length === 0) return;
  const ordering = constraints.map(toOrdering);
  const after = check(nodes, ordering, { id: options.engagementId, window: options.window });
  if (after.consistent || options.force) return;
  const conflict = toConflict(after.conflict);
  if (!conflict.engagementIds.includes(options.engagementId) && !check(nodes, ordering).consistent) return;
  const title = nodes.find((n) => n.id === options.engagementId)?.title ?? `engagement ${options.engagementId}`;
  throw conflictError(`Moving "${title}" to ${formatEdtf(options.window)} makes the schedule impossible.`, conflict, true);
}

export interface NewConstraint {
  beforeId: number;
  afterId: number;
  /** At least this many days between the two (default 1: a later day; 0: the same day or later). */
  minGapDays?: number | undefined;
  /** At most this many days between the two (default: no limit). */
  maxGapDays?: number | null | undefined;
  note?: string | null | undefined;
  force?: boolean | undefined;
}

export interface ConstraintCheck {
  consistent: boolean;
  conflict: Conflict | null;
  /** Engagements whose allowed window the constraint narrows, with their new bounds. */
  narrowed: EngagementBounds[];
}

const DEFAULT_MIN_GAP_DAYS = 1;

async function validateConstraint(db: Q, input: NewConstraint): Promise<{ minGap: number; maxGap: number | null }> {
  const fields: FieldProblem[] = [];
  const minGap = input.minGapDays ?? DEFAULT_MIN_GAP_DAYS;
  const maxGap = input.maxGapDays ?? null;
  if (input.beforeId === input.afterId) fields.push({ path: 'afterId', message: 'a constraint orders two different engagements; this one names the same engagement twice' });
  if (maxGap !== null && maxGap < minGap) fields.push({ path: 'maxGapDays', message: `the largest gap (${maxGap} days) is smaller than the smallest (${minGap} days)` });
  const found = await db.selectFrom('engagements').select(['id', 'status']).where('id', 'in', [input.beforeId, input.afterId]).execute();
  for (const [path, id] of [['beforeId', input.beforeId], ['afterId', input.afterId]] as const) {
    const e = found.find((r) => r.id === id);
    if (!e) fields.push({ path, message: `engagement ${id} does not exist` });
    else if (e.status === 'cancelled') fields.push({ path, message: `engagement ${id} is cancelled: it no longer takes part in the schedule` });
  }
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
  return { minGap, maxGap };
}

/**
 * The consistent schedule of the whole network to add a constraint to: from the cache when nothing
 * changed since, else loaded and checked (and cached). Null when the network is already impossible.
 */
/**
 * Caches a state loaded from the database, only when the fingerprint read after loading is the one
 * read before: outside a transaction (or in PostgreSQL's read committed) a change may commit between
 * two statements, and the state must describe exactly the network its key names.
 */
async function remember(db: Q, cache: ScheduleCache, before: repo.Fingerprint, state: ScheduleState): Promise<void> {
  const key = repo.fingerprintKey(before);
  if (repo.fingerprintKey(await repo.networkFingerprint(db)) === key) cache.set(key, state);
}

/**
 * The consistent schedule of the whole network to add a constraint to: from the cache when nothing
 * changed since, else loaded and checked (and cached). Null when the network is already impossible.
 */
async function currentState(db: Q, cache: ScheduleCache): Promise<{ state: ScheduleState; fingerprint: repo.Fingerprint; nodes: ReadonlyMap<string, NetworkNode> | null } | null> {
  const fingerprint = await repo.networkFingerprint(db);
  const cached = cache.get(repo.fingerprintKey(fingerprint));
  if (cached) return { state: cached, fingerprint, nodes: null };
  const { nodes, constraints } = await repo.loadNetwork(db);
  const result = check(nodes, constraints.map(toOrdering));
  if (!result.consistent) return null;
  await remember(db, cache, fingerprint, result.state);
  return { state: result.state, fingerprint, nodes: new Map(nodes.map((n) => [String(n.id), n])) };
}

async function nodesByIds(db: Q, ids: readonly string[]): Promise<Map<string, NetworkNode>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('engagements').select(['id', 'title', 'window_earliest', 'window_latest', 'window_tentative']).where('id', 'in', ids.slice(0, 5000).map(Number)).execute();
  return new Map(rows.map((r) => [String(r.id), { id: r.id, title: r.title, earliest: r.window_earliest, latest: r.window_latest, tentative: r.window_tentative === 1 }]));
}

/**
 * What adding the constraint would do, without storing it: the clash it causes, or the windows it
 * narrows. With a cache, checked incrementally on the whole network's schedule; without one, on the
 * two engagements' connected component.
 */
export async function previewConstraint(db: Q, _actor: Actor, input: NewConstraint, options: { cache?: ScheduleCache | undefined } = {}): Promise<ConstraintCheck & { base?: { state: ScheduleState; fingerprint: repo.Fingerprint } }> {
  const { minGap, maxGap } = await validateConstraint(db, input);
  const added: OrderingConstraint = { id: NEW, before: String(input.beforeId), after: String(input.afterId), minGap, maxGap };
  let base: { state: ScheduleState; fingerprint?: repo.Fingerprint; nodes: ReadonlyMap<string, NetworkNode> | null } | null;
  if (options.cache) {
    base = await currentState(db, options.cache);
  } else {
    const { nodes, constraints } = await repo.loadComponent(db, [input.beforeId, input.afterId]);
    const before = check(nodes, constraints.map(toOrdering));
    base = before.consistent ? { state: before.state, nodes: new Map(nodes.map((n) => [String(n.id), n])) } : null;
  }
  if (base !== null) {
    const result = checkAddedConstraint(base.state, added);
    if (!result.consistent) return { consistent: false, conflict: toConflict(result.conflict), narrowed: [] };
    const byId = base.nodes ?? (await nodesByIds(db, result.changed));
    const narrowed = result.changed.flatMap((id) => {
      const n = byId.get(id);
      return n ? [boundsOf(n, result.windows.get(id))] : [];
    });
    return { consistent: true, conflict: null, narrowed, ...(options.cache && base.fingerprint && { base: { state: base.state, fingerprint: base.fingerprint } }) };
  }
  // The network is already impossible (an earlier forced change): check the component as it would be.
  const { nodes, constraints } = await repo.loadComponent(db, [input.beforeId, input.afterId]);
  const result = check(nodes, [...constraints.map(toOrdering), added]);
  if (result.consistent) return { consistent: true, conflict: null, narrowed: [] };
  return { consistent: false, conflict: toConflict(result.conflict), narrowed: [] };
}

/** Whether the constraints among these engagements clash by themselves, whatever their windows. */
function clashesWithoutWindows(nodes: readonly NetworkNode[], constraints: readonly OrderingConstraint[]): ScheduleConflict | null {
  const r = checkSchedule({ engagements: nodes.map((n) => ({ id: String(n.id), label: n.title, earliest: null, latest: null })), constraints });
  return r.consistent ? null : r.conflict;
}

/**
 * Adds "A before B" after checking it. With a cache, the route confirms the returned ticket once the
 * transaction has committed, so the next addition starts from this one's schedule.
 */
export async function addConstraint(
  db: Q,
  actor: Actor,
  input: NewConstraint,
  options: { now?: Date | undefined; cache?: ScheduleCache | undefined } = {},
): Promise<{ constraint: Constraint; check: ConstraintCheck; ticket?: CacheTicket }> {
  requireRole(actor, 'admin', 'controller');
  const { base, ...preview } = await previewConstraint(db, actor, input, { cache: options.cache });
  if (!preview.consistent && preview.conflict !== null && preview.conflict.involvesProposed) {
    const { nodes, constraints } = await repo.loadComponent(db, [input.beforeId, input.afterId]);
    const { minGap, maxGap } = await validateConstraint(db, input);
    const cycle = clashesWithoutWindows(nodes, [...constraints.map(toOrdering), { id: NEW, before: String(input.beforeId), after: String(input.afterId), minGap, maxGap }]);
    if (cycle !== null && cycle.constraints.includes(NEW)) {
      throw conflictError('This constraint can never be met, whatever the dates:', toConflict(cycle), false);
    }
    if (input.force !== true) throw conflictError('This constraint makes the schedule impossible.', preview.conflict, true);
  }
  const constraint = await repo.insertConstraint(db, {
    beforeId: input.beforeId,
    afterId: input.afterId,
    minGapDays: input.minGapDays ?? DEFAULT_MIN_GAP_DAYS,
    maxGapDays: input.maxGapDays ?? null,
    note: input.note?.trim() || null,
    forced: !preview.consistent,
    createdBy: actor.userId || null,
    now: (options.now ?? new Date()).toISOString(),
  });
  await appendAudit(db, actor, { operation: 'constraint.create', recordType: 'constraint', recordId: constraint.id, before: null, after: constraint }, options.now);
  // The schedule with the stored constraint under its real id (the check above called it 'new'):
  // states branch without copying, so this costs another fraction of a millisecond.
  if (base && options.cache) {
    const after = checkAddedConstraint(base.state, { id: String(constraint.id), before: String(constraint.beforeId), after: String(constraint.afterId), minGap: constraint.minGapDays, maxGap: constraint.maxGapDays });
    // The key is the base network plus this one constraint, computed rather than read: a change
    // someone else commits meanwhile is then a miss, not a state that silently lacks it.
    const f = base.fingerprint;
    const key = repo.fingerprintKey({ ...f, constraints: f.constraints + 1, maxConstraintId: Math.max(f.maxConstraintId, constraint.id) });
    if (after.consistent) return { constraint, check: preview, ticket: options.cache.stage(key, after.state) };
  }
  return { constraint, check: preview };
}

export async function getConstraint(db: Q, _actor: Actor, id: number): Promise<Constraint> {
  const c = await repo.findConstraint(db, id);
  if (!c) throw notFound('Constraint', id);
  return c;
}

export async function listConstraints(db: Q, _actor: Actor, options: { engagementId?: number | undefined; afterId?: number | undefined; limit: number }): Promise<Constraint[]> {
  return repo.listConstraints(db, { limit: options.limit, ...(options.engagementId !== undefined && { engagementId: options.engagementId }), ...(options.afterId !== undefined && { afterId: options.afterId }) });
}

/** Removing a constraint only ever widens what the schedule allows, so it is never refused. */
export async function removeConstraint(db: Q, actor: Actor, id: number): Promise<Constraint> {
  requireRole(actor, 'admin', 'controller');
  const c = await getConstraint(db, actor, id);
  await repo.deleteConstraint(db, id);
  await appendAudit(db, actor, { operation: 'constraint.delete', recordType: 'constraint', recordId: id, before: c, after: null });
  return c;
}

