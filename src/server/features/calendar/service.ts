// The calendar feed and the tokens calendar applications subscribe with.
//
// Calendar clients (Apple Calendar, Outlook, Google Calendar, Thunderbird) fetch a subscribed URL
// on their own schedule and send no cookies and no Authorization header, so the feed accepts an API
// token in the URL (`?token=`). Such a URL ends up in client settings, proxies and logs, so the
// token must be a viewer token (read-only) and is accepted on this one route only; everywhere else
// tokens travel in the Authorization header. Revoke it with DELETE /api/v1/tokens/{id}.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { actorFromToken, createToken } from '../accounts/service.ts';
import type { ApiToken } from '../accounts/repository.ts';
import type { Engagement, EngagementKind, EngagementStatus } from '../engagements/model.ts';
import { listEngagements } from '../engagements/service.ts';
import { calendar } from './ical.ts';

type Q = Kysely<Database>;

const PAGE = 1000;

/** The actor of a calendar URL's token: a valid, unrevoked viewer token, or 401. */
export async function actorFromCalendarToken(db: Q, secret: string | undefined, now = new Date()): Promise<Actor> {
  if (secret === undefined || secret === '') {
    throw new AppError('unauthenticated', 'Subscribe with the URL from POST /api/v1/calendar/token: calendar applications send no cookies, so the feed needs ?token=.');
  }
  const actor = await actorFromToken(db, secret, now);
  if (!actor) throw new AppError('unauthenticated', 'The calendar token is unknown, expired or revoked.');
  if (actor.role !== 'viewer') {
    throw new AppError('forbidden', 'Only a viewer token may be put in a calendar URL; create one with POST /api/v1/calendar/token.');
  }
  return actor;
}

export async function createCalendarToken(db: Q, actor: Actor, options: { name?: string | undefined; expiresAt?: string | null | undefined } = {}, now = new Date()): Promise<{ secret: string; token: ApiToken }> {
  return createToken(db, actor, { userId: actor.userId, name: options.name ?? 'calendar', role: 'viewer', expiresAt: options.expiresAt ?? null }, now);
}

export interface CalendarFilter {
  kinds?: readonly EngagementKind[] | undefined;
  statuses?: readonly EngagementStatus[] | undefined;
  party?: string | undefined;
  bodyId?: number | undefined;
  demo?: boolean | undefined;
}

/** Every engagement matching the filter, as an iCalendar document. */
export async function calendarFeed(db: Q, actor: Actor, filter: CalendarFilter, options: { host: string }): Promise<string> {
  const all: Engagement[] = [];
  let after: { sortDay: string; id: number } | undefined;
  for (;;) {
    const page = await listEngagements(db, actor, {
      limit: PAGE,
      ...(filter.kinds && { kinds: filter.kinds }),
      ...(filter.statuses && { statuses: filter.statuses }),
      ...(filter.party !== undefined && { party: filter.party }),
      ...(filter.bodyId !== undefined && { bodyId: filter.bodyId }),
      ...(filter.demo !== undefined && { demo: filter.demo }),
      ...(after && { after }),
    });
    all.push(...page.items);
    if (page.next === null) break;
    after = page.next;
  }
  return calendar(all, { host: options.host, name: 'Accord engagements' });
}

/**
 * An entity tag for the feed: changes whenever any engagement is added or changed (every change
 * bumps its version), so polling calendar clients get 304 Not Modified while nothing moved.
 */
export async function feedTag(db: Q, filter: CalendarFilter): Promise<string> {
  const r = await sql<{ n: number | null; m: number | null; v: number | null }>`select count(*) as n, max(id) as m, sum(version) as v from engagements`.execute(db);
  const row = r.rows[0];
  const key = JSON.stringify([row?.n ?? 0, row?.m ?? 0, row?.v ?? 0, filter]);
  return `"cal-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
}
