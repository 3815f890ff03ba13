import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { createEngagement, patchEngagement } from '../engagements/fixtures.ts';
import fc from 'fast-check';
import { escapeText, foldLine } from './ical.ts';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string;
  transp: string;
  location: string | null;
}

function parseFeed(text: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe('vcalendar');
  expect(root.getFirstPropertyValue('version')).toBe('2.0');
  return root.getAllSubcomponents('vevent').map((c) => {
    const ev = new ICAL.Event(c);
    return {
      uid: ev.uid,
      summary: ev.summary,
      start: ev.startDate.toString(),
      end: ev.endDate.toString(),
      allDay: ev.startDate.isDate && ev.endDate.isDate,
      status: String(c.getFirstPropertyValue('status')),
      transp: String(c.getFirstPropertyValue('transp')),
      location: ev.location ?? null,
    };
  });
}

describe('iCalendar text', () => {
  it('escapes TEXT values and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const line = `SUMMARY:${'Заседание Высшего государственного совета '.repeat(4)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('folds and escapes any text so that an iCalendar parser reads back exactly the same', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 120 })), (text) => {
        const folded = foldLine(`SUMMARY:${escapeText(text)}`);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        const doc = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20230101T000000Z', 'DTSTART;VALUE=DATE:20230101', folded, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
        const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(doc)).getFirstSubcomponent('vevent') as ICAL.Component);
        // eslint-disable-next-line no-control-regex
        expect(ev.summary ?? '').toBe(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describeEachDialect('calendar feed', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('shows every engagement: tentative windows as all-day spans, exact days as confirmed events; parsed with ical.js', async () => {
    client = await testClient(getDb());
    const call = await createEngagement(client, { kind: 'phone_call', title: 'Telephone conversation Lukashenko–Putin', when: '2023-02-05', status: 'held' });
    const talks = await createEngagement(client, { kind: 'talks', title: 'Talks in Moscow; security, economy', place: 'Moscow, Novo-Ogaryovo', when: '2023-02-17', status: 'confirmed' });
    const cm = await createEngagement(client, { kind: 'session', title: 'Council of Ministers of the Union State', when: { edtf: '2023-02', text: 'scheduled for February' }, status: 'scheduled' });
    const ssc = await createEngagement(client, { kind: 'session', title: 'Supreme State Council', when: { edtf: '2023-04?/2023-05?', text: 'tentatively in April-May' } });
    const dropped = await createEngagement(client, { kind: 'visit', title: 'Visit', when: '2023-03-01', status: 'scheduled' });
    expect((await patchEngagement(client, dropped.id, { status: 'cancelled', statusReason: 'illness' })).statusCode).toBe(200);
    await createEngagement(client, { kind: 'statement', title: 'Undated', when: 'XXXX' });

    const res = await client.request('GET', '/api/v1/calendar.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(res.body.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const events = parseFeed(res.body);
    const byUid = new Map(events.map((e) => [e.uid.replace(/@.*$/, ''), e]));
    expect(events).toHaveLength(5);
    for (const e of events) expect(e.allDay).toBe(true);
    expect(byUid.get(`engagement-${call.id}`)).toMatchObject({ start: '2023-02-05', end: '2023-02-06', status: 'CONFIRMED', transp: 'OPAQUE', summary: 'Telephone conversation Lukashenko–Putin' });
    expect(byUid.get(`engagement-${talks.id}`)).toMatchObject({ start: '2023-02-17', end: '2023-02-18', status: 'CONFIRMED', summary: 'Talks in Moscow; security, economy', location: 'Moscow, Novo-Ogaryovo' });
    expect(byUid.get(`engagement-${cm.id}`)).toMatchObject({ start: '2023-02-01', end: '2023-03-01', status: 'TENTATIVE', transp: 'TRANSPARENT' });
    expect(byUid.get(`engagement-${ssc.id}`)).toMatchObject({ start: '2023-04-01', end: '2023-06-01', status: 'TENTATIVE', summary: 'Supreme State Council (date not fixed: tentatively in April-May)' });
    expect(byUid.get(`engagement-${dropped.id}`)).toMatchObject({ status: 'CANCELLED' });

    // Polling clients get 304 until something changes.
    const tag = res.headers.etag as string;
    expect((await client.request('GET', '/api/v1/calendar.ics', { headers: { 'if-none-match': tag } })).statusCode).toBe(304);
    expect((await patchEngagement(client, ssc.id, { when: { edtf: '2023-04-20/2023-05-31', text: 'late April or May' } })).statusCode).toBe(200);
    const changed = await client.request('GET', '/api/v1/calendar.ics', { headers: { 'if-none-match': tag } });
    expect(changed.statusCode).toBe(200);
    expect(parseFeed(changed.body).find((e) => e.uid.startsWith(`engagement-${ssc.id}@`))).toMatchObject({ start: '2023-04-20', end: '2023-06-01' });

    const sessions = parseFeed((await client.request('GET', '/api/v1/calendar.ics?kind=session')).body);
    expect(sessions.map((e) => e.uid.replace(/@.*$/, '')).sort()).toEqual([`engagement-${cm.id}`, `engagement-${ssc.id}`].sort());
  });

  it('accepts a viewer token in the URL on the calendar route only', async () => {
    client = await testClient(getDb());
    await createEngagement(client, { kind: 'talks', title: 'Talks', when: '2023-02-17' });
    const controller = await client.as('controller');
    const made = await client.request('POST', '/api/v1/calendar/token', { token: controller, body: {} });
    expect(made.statusCode, made.body).toBe(201);
    const { url, secret, token } = made.json() as { url: string; secret: string; token: { role: string } };
    expect(token.role).toBe('viewer');
    expect(url).toBe(`/api/v1/calendar.ics?token=${encodeURIComponent(secret)}`);

    const feed = await client.request('GET', url, { token: null });
    expect(feed.statusCode).toBe(200);
    expect(parseFeed(feed.body)).toHaveLength(1);

    // Not elsewhere: other routes ignore ?token= (and the strict query refuses it).
    expect((await client.request('GET', `/api/v1/engagements?token=${secret}`, { token: null })).statusCode).not.toBe(200);
    expect((await client.request('GET', `/api/v1/auth/me?token=${secret}`, { token: null })).statusCode).toBe(401);
    // Not without a token, not with a wrong one, not with a token that can write.
    expect((await client.request('GET', '/api/v1/calendar.ics', { token: null })).statusCode).toBe(401);
    expect((await client.request('GET', '/api/v1/calendar.ics?token=acc_wrong', { token: null })).statusCode).toBe(401);
    expect((await client.request('GET', `/api/v1/calendar.ics?token=${controller}`, { token: null })).statusCode).toBe(403);
    // Revoking the token closes the feed.
    const tokens = (await client.request('GET', '/api/v1/tokens', { token: controller })).json() as { items: { id: number; name: string }[] };
    const cal = tokens.items.find((t) => t.name === 'calendar');
    expect((await client.request('DELETE', `/api/v1/tokens/${cal?.id}`, { token: controller })).statusCode).toBe(200);
    expect((await client.request('GET', url, { token: null })).statusCode).toBe(401);
  });
});
