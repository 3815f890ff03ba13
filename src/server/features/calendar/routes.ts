// HTTP for the calendar feed (RFC 5545) and calendar tokens.
import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { actorOf } from '../../http/auth.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { TokenSchema } from '../accounts/schemas.ts';
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES } from '../engagements/model.ts';
import * as cal from './service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(z.enum(values)));

const CalendarQuery = z
  .object({
    token: z.string().max(200).optional().meta({ description: 'a viewer token from POST /calendar/token; calendar applications send no cookies' }),
    kind: csv(ENGAGEMENT_KINDS).optional(),
    status: csv(ENGAGEMENT_STATUSES).optional(),
    party: z.string().regex(/^[A-Z]{2,8}$/).optional(),
    bodyId: decimal(z.number().int().positive()).optional(),
    demo: z.enum(['true', 'false']).optional(),
  })
  .strict();

export function calendarRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get('/calendar.ics', {
    // The URL carries a token: keep it out of the info-level request log.
    logLevel: 'warn',
    schema: {
      tags: ['calendar'],
      summary: 'Every engagement as an iCalendar feed: tentative windows as all-day events spanning the window',
      description: 'Subscribe from a calendar application with ?token= (a viewer token; calendar clients send no cookies). The token is accepted on this route only.',
      querystring: CalendarQuery,
      response: { 200: z.string().meta({ description: 'text/calendar (RFC 5545)' }), 304: z.null().meta({ description: 'not modified since the ETag sent in If-None-Match' }), ...errors },
    },
  }, async (request, reply) => {
    const q = request.query;
    const actor = request.actor ?? (await cal.actorFromCalendarToken(k, q.token));
    const filter = { kinds: q.kind, statuses: q.status, party: q.party, bodyId: q.bodyId, ...(q.demo !== undefined && { demo: q.demo === 'true' }) };
    const tag = await cal.feedTag(k, filter);
    if (request.headers['if-none-match'] === tag) return reply.status(304).header('etag', tag).send(null);
    const text = await cal.calendarFeed(
      k,
      actor,
      filter,
      // UIDs must not change with the host name a client happens to use, or it would show duplicates.
      { host: 'accord' },
    );
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="accord.ics"')
      .header('cache-control', 'private, max-age=300')
      .header('etag', tag)
      .send(text);
  });

  app.post('/calendar/token', {
    schema: {
      tags: ['calendar'],
      summary: 'Create a read-only (viewer) token and the calendar URL to subscribe with; the secret is shown once',
      body: z.object({ name: z.string().trim().min(1).max(200).optional(), expiresAt: z.iso.datetime({ offset: true }).nullable().optional() }).strict().optional(),
      response: { 201: z.object({ url: z.string(), secret: z.string(), token: TokenSchema }), ...errors },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const created = await k.transaction().execute((trx) => cal.createCalendarToken(trx, actor, request.body ?? {}));
    return reply.status(201).send({ url: `/api/v1/calendar.ics?token=${encodeURIComponent(created.secret)}`, ...created });
  });
}
