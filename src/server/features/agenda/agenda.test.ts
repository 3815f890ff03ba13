import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { createBody, createInstruction, createReport, review } from '../../../../test/factories.ts';
import { createEngagement, etagOf } from '../engagements/fixtures.ts';

interface Proposal {
  at: string;
  dueBy: string;
  items: { title: string; topics: string[]; instructionIds: number[]; instructions: { id: number; state: string; reasons: string[]; daysLate: number | null }[] }[];
}

describeEachDialect('agendas and control meetings', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  async function story() {
    const db = getDb().kysely;
    const gov = await createBody(db, { kind: 'government', party: 'BY', name: 'Government of Belarus' });
    const mk = (title: string, topic: 'energy' | 'import_substitution' | 'single_market' | 'security', latest: string | null) =>
      createInstruction(db, { title, topic, responsibleBodyId: gov.id, issuedOn: '2022-09-01', deadline: latest === null ? null : { earliest: latest, latest } });
    const gasPrice = await mk('Agree the gas price', 'energy', '2023-01-31'); // overdue on 1 March
    const gasBalance = await mk('Gas balance for 2023', 'energy', '2023-03-20'); // due in the window, behind → at risk
    const components = await mk('Localise components', 'import_substitution', '2023-03-25'); // due in the window, on track
    const market = await mk('Rules of the single market', 'single_market', '2023-12-31'); // report waiting
    const later = await mk('Far deadline', 'security', '2024-06-30'); // nothing to control
    await review(db, (await createReport(db, components.id, { progress: 95, submittedOn: '2023-02-20' }, new Date('2023-02-20T10:00:00Z'))).id, { status: 'accepted', reviewedOn: '2023-02-21' }, new Date('2023-02-21T10:00:00Z'));
    await createReport(db, market.id, { progress: 20, submittedOn: '2023-02-25' }, new Date('2023-02-25T10:00:00Z'));
    return { gasPrice, gasBalance, components, market, later };
  }

  it('proposes a control agenda from what is due, overdue, at risk or waiting for review, grouped by topic, most urgent first', async () => {
    client = await testClient(getDb());
    const s = await story();
    const meeting = await createEngagement(client, { kind: 'talks', title: 'Control meeting', when: '2023-03' });
    const r = await client.request('POST', `/api/v1/engagements/${meeting.id}/agenda/proposal`);
    expect(r.statusCode, r.body).toBe(200);
    const p = r.json() as Proposal;
    expect(p).toMatchObject({ at: '2023-03-01', dueBy: '2023-03-31' });
    expect(p.items.map((i) => i.topics[0])).toEqual(['energy', 'import_substitution', 'single_market']);
    expect(p.items[0]).toMatchObject({ title: 'Energy', instructionIds: [s.gasPrice.id, s.gasBalance.id] });
    expect(p.items[0]?.instructions[0]).toMatchObject({ state: 'overdue', reasons: ['overdue'], daysLate: 29 });
    expect(p.items[0]?.instructions[1]).toMatchObject({ state: 'at_risk', reasons: ['at_risk', 'due_before_meeting'] });
    expect(p.items[1]?.instructions[0]).toMatchObject({ id: s.components.id, state: 'on_track', reasons: ['due_before_meeting'] });
    expect(p.items[2]?.instructions[0]).toMatchObject({ id: s.market.id, reasons: ['report_waiting'] });
    expect(p.items.flatMap((i) => i.instructionIds)).not.toContain(s.later.id);
    // Nothing is stored by a proposal.
    expect((await client.request('GET', `/api/v1/engagements/${meeting.id}/agenda`)).json()).toMatchObject({ items: [] });
  });

  it('saves the edited agenda in order (If-Match), keeps items by id, records decisions per item through the control service', async () => {
    client = await testClient(getDb());
    const s = await story();
    const meeting = await createEngagement(client, { kind: 'talks', title: 'Control meeting', when: '2023-02-17', status: 'confirmed' });
    const put = (body: unknown, etag?: string) => client!.request('PUT', `/api/v1/engagements/${meeting.id}/agenda`, { body, headers: etag ? { 'if-match': etag } : {} });
    const items = [
      { title: 'Import substitution and anti-sanction co-operation', topics: ['import_substitution', 'sanctions'], instructionIds: [s.components.id] },
      { title: 'Energy resources', topics: ['energy'], instructionIds: [s.gasPrice.id, s.gasBalance.id], notes: 'price first' },
    ];
    expect((await put({ items })).statusCode).toBe(428);
    const bad = await put({ items: [{ title: 'X', instructionIds: [99999], documentIds: [77777] }] }, await etagOf(client, meeting.id));
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['items.0.documentIds.0', 'items.0.instructionIds.0']);
    const saved = await put({ items }, await etagOf(client, meeting.id));
    expect(saved.statusCode, saved.body).toBe(200);
    const agenda = saved.json() as { items: { id: number; position: number; title: string; instructionIds: number[] }[] };
    expect(agenda.items.map((i) => [i.position, i.title])).toEqual([[0, items[0]?.title], [1, 'Energy resources']]);
    const energy = agenda.items[1] as { id: number };

    // The meeting is held; the decision on the gas price is recorded on the energy item, dated the day it was held.
    const held = await client.request('PATCH', `/api/v1/engagements/${meeting.id}`, { body: { status: 'held' }, headers: { 'if-match': await etagOf(client, meeting.id) } });
    expect(held.statusCode, held.body).toBe(200);
    const d = await client.request('POST', `/api/v1/engagements/${meeting.id}/agenda/${energy.id}/decisions`, {
      body: { instructionId: s.gasPrice.id, kind: 'extend', reason: 'the price talks continue', deadline: { earliest: '2023-06-01', latest: '2023-06-30' } },
    });
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json()).toMatchObject({ instructionId: s.gasPrice.id, kind: 'extend', decidedOn: '2023-02-17', engagementId: meeting.id, agendaItemId: energy.id });
    const notOnItem = await client.request('POST', `/api/v1/engagements/${meeting.id}/agenda/${energy.id}/decisions`, { body: { instructionId: s.components.id, kind: 'keep' } });
    expect(notOnItem.statusCode).toBe(400);
    expect(notOnItem.json()).toMatchObject({ errors: [{ field: 'instructionId' }] });

    // Reordering keeps the item (and its decision) by id.
    const reordered = await put({ items: [{ ...items[1], id: energy.id }, items[0]] }, await etagOf(client, meeting.id));
    expect(reordered.statusCode, reordered.body).toBe(200);
    const after = reordered.json() as { items: { id: number; decisions: { instructionId: number }[] }[] };
    expect(after.items[0]).toMatchObject({ id: energy.id, decisions: [{ instructionId: s.gasPrice.id }] });
    const viewer = await client.as('viewer');
    expect((await client.request('GET', `/api/v1/engagements/${meeting.id}/agenda`, { token: viewer })).statusCode).toBe(200);
    expect((await client.request('POST', `/api/v1/engagements/${meeting.id}/agenda/${energy.id}/decisions`, { token: viewer, body: { instructionId: s.gasBalance.id, kind: 'keep' } })).statusCode).toBe(403);
  });
});
