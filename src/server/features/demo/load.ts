// Loads the demo (content.ts) into an empty database through the features' services, so it obeys the
// same rules as the API: permissions, validation, denormalised facts, the schedule check. One
// transaction: a failure leaves the database empty. Idempotent: it does nothing when the registry
// already has parties.
import type { Kysely } from 'kysely';
import { PEOPLE_BODIES } from '../../../extraction/gazetteer/data/people-bodies.ts';
import { PEOPLE_CIS } from '../../../extraction/gazetteer/data/people-cis.ts';
import type { GazetteerPerson } from '../../../extraction/gazetteer/types.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR, type Actor } from '../accounts/actor.ts';
import { createUser } from '../accounts/service.ts';
import { decide } from '../control/service.ts';
import { todayUtc } from '../control/today.ts';
import { loadDocumentsDemo } from '../documents/demo.ts';
import { createEngagement, updateEngagement } from '../engagements/service.ts';
import { createInstruction } from '../instructions/service.ts';
import { createBody, createParty, createPerson, listParties } from '../registry/service.ts';
import type { PositionInput } from '../registry/schemas.ts';
import { reviewReport, submitReport } from '../reports/service.ts';
import { addConstraint } from '../schedule/service.ts';
import { DEMO_ACCOUNTS, presentDemoAccounts, type DemoAccount } from './accounts.ts';
import { BODIES, demoInstructions, PEOPLE, type BodyKey, type EngagementKey, type PersonName, type Reporter } from './content.ts';

type Q = Kysely<Database>;

export interface LoadDemoOptions {
  /** the clock (tests pin it); default now */
  now?: Date;
}

export interface DemoResult {
  loaded: boolean;
  /** the demo accounts present in the database (whether loaded now or before) */
  accounts: DemoAccount[];
  counts?: { bodies: number; people: number; instructions: number; reports: number; decisions: number; engagements: number };
}

/** Loads the demo when the registry is empty; otherwise leaves everything as it is. */
export async function loadDemoIfEmpty(db: Db, options: LoadDemoOptions = {}): Promise<DemoResult> {
  const now = options.now ?? new Date();
  return db.kysely.transaction().execute(async (trx) => {
    if ((await listParties(trx, SYSTEM_ACTOR)).length > 0) return { loaded: false, accounts: await presentDemoAccounts(trx) };
    const counts = await loadDemo(trx, now);
    return { loaded: true, accounts: [...DEMO_ACCOUNTS], counts };
  });
}

const GAZETTEER: ReadonlyMap<string, GazetteerPerson> = new Map([...PEOPLE_CIS, ...PEOPLE_BODIES].map((p) => [p.name, p]));

/** A gazetteer position as a registry position: offices of BY, RU and the Union State only. */
function positionOf(p: GazetteerPerson['positions'][number], body: (key: BodyKey) => number): PositionInput | null {
  const span = { fromDay: p.from, toDay: p.to };
  if (p.body === 'Union State') return { role: p.role, party: null, bodyId: body('standing_committee'), ...span };
  if (p.country !== 'BY' && p.country !== 'RU') return null;
  const side = p.country === 'BY' ? 'by' : 'ru';
  const bodyKey: BodyKey | null = p.role === 'Prime Minister' ? `${side}_gov` : p.role === 'Foreign Minister' ? `${side}_foreign` : null;
  return { role: p.role, party: p.country, bodyId: bodyKey === null ? null : body(bodyKey), ...span };
}

async function loadDemo(db: Q, now: Date): Promise<NonNullable<DemoResult['counts']>> {
  const system = SYSTEM_ACTOR;
  const today = todayUtc(now);
  await createParty(db, system, { code: 'BY', name: 'Republic of Belarus', kind: 'state', demo: true }, now);
  await createParty(db, system, { code: 'RU', name: 'Russian Federation', kind: 'state', demo: true }, now);

  const bodyIds = new Map<BodyKey, number>();
  const body = (key: BodyKey): number => {
    const id = bodyIds.get(key);
    if (id === undefined) throw new Error(`demo: body ${key} is used before it is created`);
    return id;
  };
  for (const b of BODIES) {
    const created = await createBody(db, system, { name: b.name, shortName: b.shortName, kind: b.kind, party: b.party, ...(b.parent && { parentId: body(b.parent) }), demo: true }, now);
    bodyIds.set(b.key, created.id);
  }

  const personIds = new Map<PersonName, number>();
  for (const name of PEOPLE) {
    const g = GAZETTEER.get(name);
    if (!g) throw new Error(`demo: ${name} is not in the gazetteer`);
    const positions = g.positions.flatMap((p) => positionOf(p, body) ?? []);
    const created = await createPerson(db, system, { name: g.name, aliases: [...g.aliases], positions, demo: true }, now);
    personIds.set(name, created.id);
  }
  const person = (name: PersonName): number => personIds.get(name) as number;

  // Accounts: the controller of the Standing Committee's secretariat, an executor in each industry
  // ministry, a viewer. Their actors act below, so reports and reviews carry real authors.
  const actors = new Map<DemoAccount['key'], Actor>();
  for (const a of DEMO_ACCOUNTS) {
    const bodyId = a.body === null ? null : body(a.body);
    const user = await createUser(db, system, { email: a.email, name: a.name, password: a.password, role: a.role, party: a.party, bodyId }, now);
    actors.set(a.key, { userId: user.id, name: user.name, role: user.role, party: user.party, bodyId: user.bodyId, via: 'session' });
  }
  const actor = (key: DemoAccount['key']): Actor => actors.get(key) as Actor;
  const controller = actor('controller');

  const engagementIds = await loadEngagements(db, controller, { body, person }, now);
  const engagement = (key: EngagementKey): number => engagementIds.get(key) as number;

  let reports = 0;
  let decisions = 0;
  const issuedAtTalks: number[] = [];
  const reporter = (by: Reporter): Actor => (by === 'executor_by' ? actor('executor_by') : by === 'executor_ru' ? actor('executor_ru') : system);
  for (const spec of demoInstructions(today)) {
    const instruction = await createInstruction(
      db,
      controller,
      {
        title: spec.title,
        text: spec.text,
        topic: spec.topic,
        responsibleBodyId: body(spec.responsible),
        executorBodyIds: spec.coExecutors.map(body),
        authorIds: spec.authors.map(person),
        issuedOn: spec.issuedOn,
        issuedAtEngagementId: spec.engagement === undefined ? null : engagement(spec.engagement),
        deadline: spec.deadline,
        financing: (spec.financing ?? []).map((f) => ({ party: f.party, currency: f.currency, planned: f.planned * 100, allocated: f.allocated === undefined ? null : f.allocated * 100, spent: f.spent === undefined ? null : f.spent * 100 })),
        demo: true,
      },
      now,
    );
    if (spec.engagement === 'talks') issuedAtTalks.push(instruction.id);
    // Reports and decisions in the order they happened, so each service sees the world as it was.
    const events = [
      ...(spec.reports ?? []).map((r) => ({ day: r.submittedOn, run: async () => {
        const by = reporter(r.by);
        const report = await submitReport(db, by, {
          instructionId: instruction.id,
          input: { text: r.text, progress: r.progress, submittedOn: r.submittedOn, ...(r.spent && { spent: r.spent.amount * 100, currency: r.spent.currency }), ...(r.body && { bodyId: body(r.body) }) },
        }, now);
        reports += 1;
        if (r.review) await reviewReport(db, controller, { reportId: report.id, input: { status: r.review.status, reviewedOn: r.review.on, comment: r.review.comment ?? null } }, now);
      } })),
      ...(spec.decisions ?? []).map((c) => ({ day: c.on, run: async () => {
        await decide(db, controller, { instructionId: instruction.id, input: { kind: c.kind, decidedOn: c.on, reason: c.reason, ...(c.deadline && { deadline: c.deadline }), ...(c.engagement && { engagementId: engagement(c.engagement) }) } }, now);
        decisions += 1;
      } })),
    ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (const e of events) await e.run();
  }

  // The talks of 17 February are held, and what they produced is recorded.
  await updateEngagementOutcomes(db, controller, engagement('talks'), { status: 'held', heldOn: '2023-02-17', outcomes: issuedAtTalks.map((id) => ({ kind: 'instruction_issued' as const, instructionId: id })) }, now);

  // The "Programme on import substitution": two versions, approved by Belarus and Russia with their
  // own keys, signed by the two presidents at the Supreme State Council session (issue 6's story).
  await loadDocumentsDemo(db, {
    engagementId: engagement('ssc'),
    signedOn: '2023-05-15',
    signatories: [
      { party: 'BY', personId: person('Alexander Lukashenko') },
      { party: 'RU', personId: person('Vladimir Putin') },
    ],
    formalisesInstructionIds: issuedAtTalks,
  }, now);
  return { bodies: bodyIds.size, people: personIds.size, instructions: demoInstructions(today).length, reports, decisions, engagements: engagementIds.size };
}

async function updateEngagementOutcomes(db: Q, actor: Actor, id: number, patch: Parameters<typeof updateEngagement>[2]['patch'], now: Date): Promise<number> {
  const current = await db.selectFrom('engagements').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return (await updateEngagement(db, actor, { id, expectedVersion: current.version, patch }, now)).id;
}

/**
 * The seed story (shared/intake/fixtures/seed.txt, by-ru-call-2023-02-05.txt): the call of 5 February
 * 2023, in which the presidents agreed to meet soon; the Moscow talks of 17 February; the Council of
 * Ministers of the Union State in February; the Supreme State Council tentatively in April–May, after it.
 */
async function loadEngagements(db: Q, actor: Actor, ref: { body: (k: BodyKey) => number; person: (n: PersonName) => number }, now: Date): Promise<Map<EngagementKey, number>> {
  const presidents = [
    { personId: ref.person('Alexander Lukashenko'), party: 'BY', role: 'President of Belarus' },
    { personId: ref.person('Vladimir Putin'), party: 'RU', role: 'President of Russia' },
  ];
  const ids = new Map<EngagementKey, number>();
  const talks = await createEngagement(db, actor, {
    kind: 'talks',
    title: 'Talks of the Presidents of Belarus and Russia in Moscow',
    place: 'Moscow',
    when: { edtf: '2023-02-17', text: 'a meeting in the near future' },
    status: 'scheduled',
    participants: presidents,
    notes: 'Main goal: to control the execution by the two governments of the instructions given by the presidents earlier, primarily in import substitution and anti-sanction cooperation.',
    demo: true,
  }, now);
  ids.set('talks', talks.id);
  const call = await createEngagement(db, actor, {
    kind: 'phone_call',
    title: 'Telephone conversation of Alexander Lukashenko and Vladimir Putin',
    when: { edtf: '2023-02-05', text: 'on the evening of February 5th' },
    status: 'held',
    heldOn: '2023-02-05',
    participants: presidents,
    notes: 'Three sets of issues: the general agenda (economy, politics, security within the Union State); control of the execution of earlier instructions (import substitution, anti-sanction cooperation); preparation of the Supreme State Council.',
    demo: true,
  }, now);
  ids.set('call', call.id);
  const com = await createEngagement(db, actor, {
    kind: 'session',
    title: 'Meeting of the Council of Ministers of the Union State',
    bodyId: ref.body('com_us'),
    when: { edtf: '2023-02', text: 'scheduled for February' },
    status: 'scheduled',
    participants: [{ bodyId: ref.body('by_gov') }, { bodyId: ref.body('ru_gov') }],
    demo: true,
  }, now);
  ids.set('com', com.id);
  const ssc = await createEngagement(db, actor, {
    kind: 'session',
    title: 'Session of the Supreme State Council of the Union State',
    bodyId: ref.body('ssc'),
    when: { edtf: '2023-04?/2023-05?', text: 'tentatively scheduled to be held in April-May' },
    status: 'proposed',
    participants: presidents,
    notes: 'Expected to formalise the existing agreements and sign the relevant documents.',
    demo: true,
  }, now);
  ids.set('ssc', ssc.id);
  await addConstraint(db, actor, { beforeId: com.id, afterId: ssc.id, minGapDays: 1, note: 'The Council of Ministers meets in February, so the Supreme State Council follows it (BelTA, 17 February 2023).' });
  await updateEngagementOutcomes(db, actor, call.id, {
    outcomes: [
      { kind: 'engagement_agreed', nextEngagementId: talks.id, note: 'The presidents agreed to fix the date of a meeting in the near future.' },
      { kind: 'engagement_agreed', nextEngagementId: ssc.id, note: 'Preparation of the Supreme State Council session.' },
    ],
  }, now);
  return ids;
}
