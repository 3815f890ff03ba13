// HTTP for engagements. Routes only translate; the route owns the transaction.
import { z } from 'zod';
import { invalid } from '../../errors.ts';
import { actorOf } from '../../http/auth.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { IdParam } from '../accounts/schemas.ts';
import { EngagementDetailSchema, EngagementListQuery, EngagementPatchSchema, EngagementSchema, NewEngagementSchema, presentDetail, presentEngagement } from './schemas.ts';
import * as engagements from './service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export function engagementRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get('/engagements', {
    schema: {
      tags: ['engagements'],
      summary: 'List engagements in calendar order, by window overlap, kind, status, party, body or person',
      querystring: EngagementListQuery,
      response: { 200: z.object({ items: z.array(EngagementSchema), nextCursor: z.string().nullable() }), ...errors },
    },
  }, async (request) => {
    const q = request.query;
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, 2);
    if (after && (typeof after[0] !== 'string' || typeof after[1] !== 'number')) throw invalid('query.cursor', 'cursor is not one this server gave out');
    const page = await engagements.listEngagements(k, actorOf(request), {
      limit: q.limit,
      ...(q.window !== undefined && { window: q.window }),
      ...(q.kind !== undefined && { kinds: q.kind }),
      ...(q.status !== undefined && { statuses: q.status }),
      ...(q.party !== undefined && { party: q.party }),
      ...(q.bodyId !== undefined && { bodyId: q.bodyId }),
      ...(q.personId !== undefined && { personId: q.personId }),
      ...(q.demo !== undefined && { demo: q.demo === 'true' }),
      ...(after && { after: { sortDay: after[0] as string, id: after[1] as number } }),
    });
    return { items: page.items.map(presentEngagement), nextCursor: page.next ? encodeCursor([page.next.sortDay, page.next.id]) : null };
  });

  app.post('/engagements', {
    schema: { tags: ['engagements'], summary: 'Record an engagement (its window in EDTF)', body: NewEngagementSchema, response: { 201: EngagementDetailSchema, ...errors } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const detail = await k.transaction().execute(async (trx) => {
      const e = await engagements.createEngagement(trx, actor, request.body);
      return engagements.getEngagementDetail(trx, actor, e.id);
    });
    setEtag(reply, 'engagement', detail.engagement.id, detail.engagement.version);
    return reply.status(201).send(presentDetail(detail));
  });

  app.get('/engagements/:id', {
    schema: { tags: ['engagements'], summary: 'Read an engagement with the history of its window and status, and its outcomes', params: IdParam, response: { 200: EngagementDetailSchema, ...errors } },
  }, async (request, reply) => {
    const detail = await engagements.getEngagementDetail(k, actorOf(request), request.params.id);
    setEtag(reply, 'engagement', detail.engagement.id, detail.engagement.version);
    return presentDetail(detail);
  });

  app.patch('/engagements/:id', {
    schema: {
      tags: ['engagements'],
      summary: 'Change an engagement: narrow or move its window, change its status (with reason), mark it held with outcomes (If-Match required)',
      description: 'A window that makes the schedule impossible is refused with 409 and the clash in words, unless force is true.',
      params: IdParam,
      body: EngagementPatchSchema,
      response: { 200: EngagementDetailSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const version = expectedVersion(request, 'engagement', request.params.id);
    const detail = await k.transaction().execute(async (trx) => {
      await engagements.updateEngagement(trx, actor, { id: request.params.id, expectedVersion: version, patch: request.body });
      return engagements.getEngagementDetail(trx, actor, request.params.id);
    });
    setEtag(reply, 'engagement', detail.engagement.id, detail.engagement.version);
    return presentDetail(detail);
  });
}
