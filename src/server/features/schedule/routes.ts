// HTTP for the schedule and ordering constraints. Routes only translate; the route owns the transaction.
import { z } from 'zod';
import { invalid } from '../../errors.ts';
import { actorOf } from '../../http/auth.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { IdParam } from '../accounts/schemas.ts';
import { ConstraintCheckSchema, ConstraintListQuery, ConstraintSchema, NewConstraintSchema, ScheduleQuery, ScheduleSchema } from './schemas.ts';
import { ScheduleCache } from './cache.ts';
import * as schedule from './service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export function scheduleRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;
  // One per application, so per database: the last consistent schedule, for incremental checks.
  const cache = new ScheduleCache();

  app.get('/schedule', {
    schema: {
      tags: ['schedule'],
      summary: 'Is the schedule consistent; the window each engagement is still allowed; the clash when it is not',
      querystring: ScheduleQuery,
      response: { 200: ScheduleSchema, ...errors },
    },
  }, async (request) => schedule.getSchedule(k, actorOf(request), { engagementId: request.query.engagementId, cache }));

  app.get('/constraints', {
    schema: { tags: ['schedule'], summary: 'List ordering constraints (of one engagement)', querystring: ConstraintListQuery, response: { 200: z.object({ items: z.array(ConstraintSchema), nextCursor: z.string().nullable() }), ...errors } },
  }, async (request) => {
    const q = request.query;
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, 1)[0];
    if (after !== undefined && typeof after !== 'number') throw invalid('query.cursor', 'cursor is not one this server gave out');
    const items = await schedule.listConstraints(k, actorOf(request), { engagementId: q.engagementId, afterId: after ?? undefined, limit: q.limit + 1 });
    const page = items.slice(0, q.limit);
    const last = page.at(-1);
    return { items: page, nextCursor: items.length > q.limit && last ? encodeCursor([last.id]) : null };
  });

  app.post('/constraints', {
    schema: {
      tags: ['schedule'],
      summary: '"A before B", with optional minimum and maximum gap in days',
      description: 'Refused with 409 and the clash in words when it makes the schedule impossible, unless force is true. A constraint that clashes with other constraints alone (a cycle) is always refused.',
      body: NewConstraintSchema,
      response: { 201: z.object({ constraint: ConstraintSchema, check: ConstraintCheckSchema }), ...errors },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const { ticket, ...created } = await k.transaction().execute((trx) => schedule.addConstraint(trx, actor, request.body, { cache }));
    cache.confirm(ticket); // committed: the next addition starts from this schedule
    setEtag(reply, 'constraint', created.constraint.id, 1);
    return reply.status(201).send(created);
  });

  app.post('/constraints/check', {
    schema: { tags: ['schedule'], summary: 'What adding a constraint would do, without storing it', body: NewConstraintSchema, response: { 200: ConstraintCheckSchema, ...errors } },
  }, async (request) => {
    const { base: _base, ...check } = await schedule.previewConstraint(k, actorOf(request), request.body, { cache });
    return check;
  });

  app.get('/constraints/:id', {
    schema: { tags: ['schedule'], summary: 'Read a constraint', params: IdParam, response: { 200: ConstraintSchema, ...errors } },
  }, async (request, reply) => {
    const c = await schedule.getConstraint(k, actorOf(request), request.params.id);
    setEtag(reply, 'constraint', c.id, 1);
    return c;
  });

  app.delete('/constraints/:id', {
    schema: { tags: ['schedule'], summary: 'Remove a constraint (never refused: it only widens what the schedule allows)', params: IdParam, response: { 200: ConstraintSchema, ...errors } },
  }, async (request) => k.transaction().execute((trx) => schedule.removeConstraint(trx, actorOf(request), request.params.id)));
}
