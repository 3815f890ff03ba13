// A small world for the trust tests (permission matrix, fuzzing): BY and RU with a body each, an
// actor per role, and for every operation of the API a recipe that builds a valid request on a fresh
// target record of BY, so that an allowed role gets 2xx and the answer depends on the role alone.
import { generateKeyPairSync } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../src/server/features/accounts/actor.ts';
import { createUser } from '../../src/server/features/accounts/service.ts';
import { submitReport } from '../../src/server/features/reports/service.ts';
import type { TestClient } from '../app.ts';
import type { TestDb } from '../db.ts';
import { createBody, createPerson } from '../factories.ts';

export const ROLE_COLUMNS = ['admin', 'controller', 'executor BY', 'executor RU', 'viewer', 'anonymous'] as const;
export type RoleColumn = (typeof ROLE_COLUMNS)[number];

export interface Req {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** the same request on an id that does not exist, to check a denial does not reveal existence */
  missing?: string;
}

export interface World {
  client: TestClient;
  db: TestDb;
  tokens: Record<RoleColumn, string | null>;
  byBody: number;
  ruBody: number;
  people: { by: number; ru: number };
  password: string;
  counter: number;
  setupToken?: string | undefined;
}

const today = (): string => new Date().toISOString().slice(0, 10);
const MISSING = 987654;

export async function buildWorld(client: TestClient, db: TestDb): Promise<World> {
  const by = await createBody(db.kysely, { party: 'BY', name: 'Ministry of Industry of BY' });
  const ru = await createBody(db.kysely, { party: 'RU', name: 'Ministry of Industry of RU' });
  const pBy = await createPerson(db.kysely, { name: 'Roman Golovchenko' });
  const pRu = await createPerson(db.kysely, { name: 'Mikhail Mishustin' });
  return {
    client,
    db,
    byBody: by.id,
    ruBody: ru.id,
    people: { by: pBy.id, ru: pRu.id },
    password: 'correct horse battery staple',
    counter: 0,
    tokens: {
      admin: client.adminToken,
      controller: await client.as('controller', { party: 'BY' }),
      'executor BY': await client.as('executor', { party: 'BY', bodyId: by.id }),
      'executor RU': await client.as('executor', { party: 'RU', bodyId: ru.id }),
      viewer: await client.as('viewer'),
      anonymous: null,
    },
  };
}

// The world is built with an admin of its own, not the fuzzed admin's token: a fuzz case may well
// revoke that token or disable that user (a legitimate request), and the next recipe must still work.
async function setupToken(w: World): Promise<string> {
  if (w.setupToken === undefined) w.setupToken = await w.client.as('admin', { name: 'world builder' });
  return w.setupToken;
}

async function admin(w: World, method: Req['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<{ json: Record<string, unknown>; etag: string }> {
  let res = await w.client.request(method, url, { token: await setupToken(w), ...(body !== undefined && { body }), ...(headers && { headers }) });
  if (res.statusCode === 401) {
    w.setupToken = undefined;
    res = await w.client.request(method, url, { token: await setupToken(w), ...(body !== undefined && { body }), ...(headers && { headers }) });
  }
  if (res.statusCode >= 300) throw new Error(`world: ${method} ${url} -> ${res.statusCode} ${res.body}`);
  return { json: res.json() as Record<string, unknown>, etag: String(res.headers.etag ?? '') };
}

const id = (r: { json: Record<string, unknown> }): number => Number(r.json.id);

export async function newInstruction(w: World, extra: Record<string, unknown> = {}): Promise<number> {
  w.counter += 1;
  return id(await admin(w, 'POST', '/api/v1/instructions', { title: `Instruction ${w.counter}`, text: 'Prepare the programme.', topic: 'industry', responsibleBodyId: w.byBody, issuedOn: '2023-01-10', deadline: { latest: '2030-12-31' }, ...extra }));
}

async function newEngagement(w: World): Promise<{ id: number; etag: string }> {
  w.counter += 1;
  const r = await admin(w, 'POST', '/api/v1/engagements', { kind: 'talks', title: `Talks ${w.counter}`, when: '2023-02' });
  return { id: id(r), etag: r.etag };
}

async function newDocument(w: World): Promise<{ id: number; etag: string }> {
  w.counter += 1;
  const r = await admin(w, 'POST', '/api/v1/documents', { kind: 'programme', title: `Programme ${w.counter}`, parties: ['BY', 'RU'], text: 'Article 1.\n' });
  return { id: id(r), etag: r.etag };
}

async function approvedDocument(w: World): Promise<number> {
  const d = await newDocument(w);
  await admin(w, 'POST', `/api/v1/documents/${d.id}/approvals`, { version: 1, party: 'BY' });
  await admin(w, 'POST', `/api/v1/documents/${d.id}/approvals`, { version: 1, party: 'RU' });
  return d.id;
}

function signBody(w: World): Record<string, unknown> {
  return { version: 1, signedOn: today(), place: 'Minsk', engagementId: null, signatories: [{ personId: w.people.by, party: 'BY' }, { personId: w.people.ru, party: 'RU' }] };
}

async function newReport(w: World): Promise<number> {
  const ins = await newInstruction(w);
  return (await submitReport(w.db.kysely, SYSTEM_ACTOR, { instructionId: ins, input: { text: 'Done in part.', progress: 40 } })).id;
}

async function newProposal(w: World): Promise<number> {
  w.counter += 1;
  const text = `publisher: BelTA\npublished: 2023-02-05\n---\nAlexander Lukashenko and Vladimir Putin held a telephone conversation on ${w.counter} February. They agreed to meet in Minsk in the near future.`;
  await admin(w, 'POST', '/api/v1/sources', { text });
  const list = await admin(w, 'GET', '/api/v1/proposals?status=pending&limit=500');
  const items = list.json.items as { id: number }[];
  const last = items[items.length - 1];
  if (!last) throw new Error('world: the readout gave no proposal');
  return last.id;
}

async function etagOf(w: World, url: string): Promise<string> {
  return (await admin(w, 'GET', url)).etag;
}

const newPem = (): string => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** One recipe per operation of the OpenAPI document, keyed `METHOD /path/{param}`. */
export const RECIPES: Record<string, (w: World, role: RoleColumn) => Promise<Req>> = {
  'GET /api/v1/health': async () => ({ method: 'GET', url: '/api/v1/health' }),
  'GET /api/v1/ready': async () => ({ method: 'GET', url: '/api/v1/ready' }),
  'POST /api/v1/auth/login': async (w) => {
    w.counter += 1;
    const email = `login${w.counter}@test.local`;
    await createUser(w.db.kysely, SYSTEM_ACTOR, { email, name: 'L', password: w.password, role: 'viewer' });
    return { method: 'POST', url: '/api/v1/auth/login', body: { email, password: w.password } };
  },
  'POST /api/v1/auth/logout': async () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
  'GET /api/v1/auth/me': async () => ({ method: 'GET', url: '/api/v1/auth/me' }),
  'GET /api/v1/users': async () => ({ method: 'GET', url: '/api/v1/users' }),
  'POST /api/v1/users': async (w) => {
    w.counter += 1;
    return { method: 'POST', url: '/api/v1/users', body: { email: `new${w.counter}@test.local`, name: 'New', password: w.password, role: 'viewer' } };
  },
  'GET /api/v1/users/{id}': async () => ({ method: 'GET', url: '/api/v1/users/1', missing: `/api/v1/users/${MISSING}` }),
  'PATCH /api/v1/users/{id}': async (w) => {
    w.counter += 1;
    const u = await createUser(w.db.kysely, SYSTEM_ACTOR, { email: `p${w.counter}@test.local`, name: 'P', password: w.password, role: 'viewer' });
    return { method: 'PATCH', url: `/api/v1/users/${u.id}`, body: { name: 'Renamed' }, headers: { 'if-match': `"user-${u.id}-v1"` }, missing: `/api/v1/users/${MISSING}` };
  },
  'GET /api/v1/tokens': async () => ({ method: 'GET', url: '/api/v1/tokens' }),
  'POST /api/v1/tokens': async () => ({ method: 'POST', url: '/api/v1/tokens', body: { name: 'script' } }),
  'DELETE /api/v1/tokens/{id}': async (w) => {
    const t = await admin(w, 'POST', '/api/v1/tokens', { name: 'to revoke' });
    return { method: 'DELETE', url: `/api/v1/tokens/${Number((t.json.token as { id: number }).id)}`, missing: `/api/v1/tokens/${MISSING}` };
  },
  'GET /api/v1/parties': async () => ({ method: 'GET', url: '/api/v1/parties' }),
  'POST /api/v1/parties': async (w) => {
    w.counter += 1;
    return { method: 'POST', url: '/api/v1/parties', body: { code: `ORG${w.counter}`, name: 'An organisation', kind: 'organisation' } };
  },
  'GET /api/v1/bodies': async () => ({ method: 'GET', url: '/api/v1/bodies?party=BY' }),
  'POST /api/v1/bodies': async () => ({ method: 'POST', url: '/api/v1/bodies', body: { name: 'State Committee', kind: 'ministry', party: 'BY' } }),
  'GET /api/v1/bodies/{id}': async (w) => ({ method: 'GET', url: `/api/v1/bodies/${w.byBody}` }),
  'PATCH /api/v1/bodies/{id}': async (w) => {
    const b = await createBody(w.db.kysely, { party: 'BY' });
    return { method: 'PATCH', url: `/api/v1/bodies/${b.id}`, body: { shortName: 'SC' }, headers: { 'if-match': `"body-${b.id}-v${b.version}"` }, missing: `/api/v1/bodies/${MISSING}` };
  },
  'GET /api/v1/people': async () => ({ method: 'GET', url: '/api/v1/people?q=golovchenko' }),
  'POST /api/v1/people': async () => ({ method: 'POST', url: '/api/v1/people', body: { name: 'Andrei Kobyakov', aliases: ['Kobiakov'] } }),
  'GET /api/v1/people/{id}': async (w) => ({ method: 'GET', url: `/api/v1/people/${w.people.by}` }),
  'PATCH /api/v1/people/{id}': async (w) => {
    const p = await createPerson(w.db.kysely, { name: 'Someone Else' });
    return { method: 'PATCH', url: `/api/v1/people/${p.id}`, body: { aliases: ['S. Else'] }, headers: { 'if-match': `"person-${p.id}-v${p.version}"` }, missing: `/api/v1/people/${MISSING}` };
  },
  'GET /api/v1/engagements': async () => ({ method: 'GET', url: '/api/v1/engagements' }),
  'POST /api/v1/engagements': async () => ({ method: 'POST', url: '/api/v1/engagements', body: { kind: 'phone_call', title: 'A call', when: '2023-02-05' } }),
  'GET /api/v1/engagements/{id}': async (w) => ({ method: 'GET', url: `/api/v1/engagements/${(await newEngagement(w)).id}` }),
  'PATCH /api/v1/engagements/{id}': async (w) => {
    const e = await newEngagement(w);
    return { method: 'PATCH', url: `/api/v1/engagements/${e.id}`, body: { title: 'Talks in Minsk' }, headers: { 'if-match': e.etag }, missing: `/api/v1/engagements/${MISSING}` };
  },
  'GET /api/v1/schedule': async () => ({ method: 'GET', url: '/api/v1/schedule' }),
  'GET /api/v1/constraints': async () => ({ method: 'GET', url: '/api/v1/constraints' }),
  'POST /api/v1/constraints': async (w) => ({ method: 'POST', url: '/api/v1/constraints', body: { beforeId: (await newEngagement(w)).id, afterId: (await newEngagement(w)).id } }),
  'POST /api/v1/constraints/check': async (w) => ({ method: 'POST', url: '/api/v1/constraints/check', body: { beforeId: (await newEngagement(w)).id, afterId: (await newEngagement(w)).id } }),
  'GET /api/v1/constraints/{id}': async (w) => {
    const c = await admin(w, 'POST', '/api/v1/constraints', { beforeId: (await newEngagement(w)).id, afterId: (await newEngagement(w)).id });
    return { method: 'GET', url: `/api/v1/constraints/${Number((c.json.constraint as { id: number }).id)}` };
  },
  'DELETE /api/v1/constraints/{id}': async (w) => {
    const c = await admin(w, 'POST', '/api/v1/constraints', { beforeId: (await newEngagement(w)).id, afterId: (await newEngagement(w)).id });
    return { method: 'DELETE', url: `/api/v1/constraints/${Number((c.json.constraint as { id: number }).id)}`, missing: `/api/v1/constraints/${MISSING}` };
  },
  'GET /api/v1/calendar.ics': async () => ({ method: 'GET', url: '/api/v1/calendar.ics' }),
  'POST /api/v1/calendar/token': async () => ({ method: 'POST', url: '/api/v1/calendar/token', body: {} }),
  'GET /api/v1/engagements/{id}/agenda': async (w) => ({ method: 'GET', url: `/api/v1/engagements/${(await newEngagement(w)).id}/agenda` }),
  'PUT /api/v1/engagements/{id}/agenda': async (w) => {
    const e = await newEngagement(w);
    return { method: 'PUT', url: `/api/v1/engagements/${e.id}/agenda`, body: { items: [{ title: 'Energy', topics: ['energy'] }] }, headers: { 'if-match': e.etag }, missing: `/api/v1/engagements/${MISSING}/agenda` };
  },
  'POST /api/v1/engagements/{id}/agenda/proposal': async (w) => ({ method: 'POST', url: `/api/v1/engagements/${(await newEngagement(w)).id}/agenda/proposal` }),
  'POST /api/v1/engagements/{id}/agenda/{itemId}/decisions': async (w) => {
    const e = await newEngagement(w);
    const ins = await newInstruction(w);
    const agenda = await admin(w, 'PUT', `/api/v1/engagements/${e.id}/agenda`, { items: [{ title: 'Industry', instructionIds: [ins] }] }, { 'if-match': e.etag });
    const item = (agenda.json.items as { id: number }[])[0]?.id ?? 0;
    return { method: 'POST', url: `/api/v1/engagements/${e.id}/agenda/${item}/decisions`, body: { instructionId: ins, kind: 'keep' }, missing: `/api/v1/engagements/${e.id}/agenda/${MISSING}/decisions` };
  },
  'GET /api/v1/instructions': async () => ({ method: 'GET', url: '/api/v1/instructions?party=BY' }),
  'POST /api/v1/instructions': async (w) => ({ method: 'POST', url: '/api/v1/instructions', body: { title: 'Gas balance', text: 'Agree the balance.', topic: 'energy', responsibleBodyId: w.byBody, issuedOn: '2023-01-10' } }),
  'GET /api/v1/instructions/{id}': async (w) => ({ method: 'GET', url: `/api/v1/instructions/${await newInstruction(w)}` }),
  'PATCH /api/v1/instructions/{id}': async (w) => {
    const ins = await newInstruction(w);
    return { method: 'PATCH', url: `/api/v1/instructions/${ins}`, body: { title: 'Retitled' }, headers: { 'if-match': await etagOf(w, `/api/v1/instructions/${ins}`) }, missing: `/api/v1/instructions/${MISSING}` };
  },
  'GET /api/v1/instructions/{id}/reports': async (w) => ({ method: 'GET', url: `/api/v1/instructions/${await newInstruction(w)}/reports` }),
  'POST /api/v1/instructions/{id}/reports': async (w) => ({ method: 'POST', url: `/api/v1/instructions/${await newInstruction(w)}/reports`, body: { text: 'Half done.', progress: 50 }, missing: `/api/v1/instructions/${MISSING}/reports` }),
  'GET /api/v1/reports/{id}': async (w) => ({ method: 'GET', url: `/api/v1/reports/${await newReport(w)}` }),
  'POST /api/v1/reports/{id}/review': async (w) => ({ method: 'POST', url: `/api/v1/reports/${await newReport(w)}/review`, body: { status: 'accepted' }, missing: `/api/v1/reports/${MISSING}/review` }),
  'GET /api/v1/instructions/{id}/decisions': async (w) => ({ method: 'GET', url: `/api/v1/instructions/${await newInstruction(w)}/decisions` }),
  'POST /api/v1/instructions/{id}/decisions': async (w) => ({ method: 'POST', url: `/api/v1/instructions/${await newInstruction(w)}/decisions`, body: { kind: 'keep' }, missing: `/api/v1/instructions/${MISSING}/decisions` }),
  'GET /api/v1/control/summary': async () => ({ method: 'GET', url: '/api/v1/control/summary' }),
  'GET /api/v1/control/compliance': async () => ({ method: 'GET', url: '/api/v1/control/compliance' }),
  'GET /api/v1/documents': async () => ({ method: 'GET', url: '/api/v1/documents' }),
  'POST /api/v1/documents': async () => ({ method: 'POST', url: '/api/v1/documents', body: { kind: 'agreement', title: 'Agreement on energy', parties: ['BY', 'RU'] } }),
  'GET /api/v1/documents/{id}': async (w) => ({ method: 'GET', url: `/api/v1/documents/${(await newDocument(w)).id}` }),
  'PATCH /api/v1/documents/{id}': async (w) => {
    const d = await newDocument(w);
    return { method: 'PATCH', url: `/api/v1/documents/${d.id}`, body: { notes: 'Read again.' }, headers: { 'if-match': d.etag }, missing: `/api/v1/documents/${MISSING}` };
  },
  'POST /api/v1/documents/{id}/versions': async (w) => ({ method: 'POST', url: `/api/v1/documents/${(await newDocument(w)).id}/versions`, body: { text: 'Article 1, as amended.\n' }, missing: `/api/v1/documents/${MISSING}/versions` }),
  'GET /api/v1/documents/{id}/versions': async (w) => ({ method: 'GET', url: `/api/v1/documents/${(await newDocument(w)).id}/versions` }),
  'GET /api/v1/documents/{id}/versions/{number}': async (w) => ({ method: 'GET', url: `/api/v1/documents/${(await newDocument(w)).id}/versions/1` }),
  'GET /api/v1/documents/{id}/versions/{number}/content': async (w) => ({ method: 'GET', url: `/api/v1/documents/${(await newDocument(w)).id}/versions/1/content` }),
  'GET /api/v1/documents/{id}/diff': async (w) => {
    const d = await newDocument(w);
    await admin(w, 'POST', `/api/v1/documents/${d.id}/versions`, { text: 'Article 1 and 2.\n' });
    return { method: 'GET', url: `/api/v1/documents/${d.id}/diff?from=1&to=2` };
  },
  'POST /api/v1/documents/{id}/approvals': async (w) => ({ method: 'POST', url: `/api/v1/documents/${(await newDocument(w)).id}/approvals`, body: { version: 1, party: 'BY' }, missing: `/api/v1/documents/${MISSING}/approvals` }),
  'POST /api/v1/documents/{id}/signing': async (w) => ({ method: 'POST', url: `/api/v1/documents/${await approvedDocument(w)}/signing`, body: signBody(w), missing: `/api/v1/documents/${MISSING}/signing` }),
  'GET /api/v1/documents/{id}/verification': async (w) => ({ method: 'GET', url: `/api/v1/documents/${(await newDocument(w)).id}/verification` }),
  'POST /api/v1/documents/{id}/instructions': async (w) => {
    const d = await approvedDocument(w);
    await admin(w, 'POST', `/api/v1/documents/${d}/signing`, signBody(w));
    return { method: 'POST', url: `/api/v1/documents/${d}/instructions`, body: { title: 'Carry out the programme', text: 'Carry it out.', topic: 'industry', responsibleBodyId: w.byBody }, missing: `/api/v1/documents/${MISSING}/instructions` };
  },
  'GET /api/v1/documents/keys': async () => ({ method: 'GET', url: '/api/v1/documents/keys' }),
  'POST /api/v1/documents/keys': async () => ({ method: 'POST', url: '/api/v1/documents/keys', body: { party: 'BY', publicKey: newPem() } }),
  'POST /api/v1/documents/keys/{keyId}/revocation': async (w) => {
    const k = await admin(w, 'POST', '/api/v1/documents/keys', { party: 'BY', publicKey: newPem() });
    return { method: 'POST', url: `/api/v1/documents/keys/${id(k)}/revocation`, body: {}, missing: `/api/v1/documents/keys/${MISSING}/revocation` };
  },
  'POST /api/v1/sources': async (w) => {
    w.counter += 1;
    return { method: 'POST', url: '/api/v1/sources', body: { text: `Alexander Lukashenko met Vladimir Putin in Minsk on ${(w.counter % 27) + 1} March 2023 (${w.counter}).` } };
  },
  'GET /api/v1/sources': async () => ({ method: 'GET', url: '/api/v1/sources' }),
  'POST /api/v1/sources/upload': async (w) => {
    w.counter += 1;
    return { method: 'POST', url: '/api/v1/sources/upload?publisher=BelTA', body: `Alexander Lukashenko spoke to Vladimir Putin by telephone (${w.counter}).`, headers: { 'content-type': 'text/plain' } };
  },
  'GET /api/v1/sources/{id}': async (w) => {
    w.counter += 1;
    const s = await admin(w, 'POST', '/api/v1/sources', { text: `A readout number ${w.counter}.` });
    return { method: 'GET', url: `/api/v1/sources/${Number((s.json.source as { id: number } | undefined)?.id ?? s.json.id)}` };
  },
  'GET /api/v1/proposals': async () => ({ method: 'GET', url: '/api/v1/proposals' }),
  'GET /api/v1/proposals/{id}': async (w) => ({ method: 'GET', url: `/api/v1/proposals/${await newProposal(w)}` }),
  'POST /api/v1/proposals/{id}/accept': async (w) => ({ method: 'POST', url: `/api/v1/proposals/${await newProposal(w)}/accept`, body: {}, missing: `/api/v1/proposals/${MISSING}/accept` }),
  'POST /api/v1/proposals/{id}/reject': async (w) => ({ method: 'POST', url: `/api/v1/proposals/${await newProposal(w)}/reject`, body: { reason: 'Not about us.' }, missing: `/api/v1/proposals/${MISSING}/reject` }),
  'GET /api/v1/engagements/{id}/sources': async (w) => ({ method: 'GET', url: `/api/v1/engagements/${(await newEngagement(w)).id}/sources` }),
  'GET /api/v1/instructions/{id}/sources': async (w) => ({ method: 'GET', url: `/api/v1/instructions/${await newInstruction(w)}/sources` }),
  'GET /api/v1/audit': async () => ({ method: 'GET', url: '/api/v1/audit?limit=5' }),
  'GET /api/v1/audit/verification': async () => ({ method: 'GET', url: '/api/v1/audit/verification' }),
  'GET /api/v1/audit/export': async () => ({ method: 'GET', url: '/api/v1/audit/export' }),
};
