// Factories for the execution-control cycle. They go through the services (as the system actor), so
// the records they make obey the same rules as real ones.
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { decide } from '../src/server/features/control/service.ts';
import type { NewDecision } from '../src/server/features/control/schemas.ts';
import type { NewInstruction } from '../src/server/features/instructions/schemas.ts';
import { createInstruction as create, type InstructionDetail } from '../src/server/features/instructions/service.ts';
import { findParty } from '../src/server/features/registry/repository.ts';
import type { Body, Party, Person } from '../src/server/features/registry/repository.ts';
import type { NewBody, NewPerson } from '../src/server/features/registry/schemas.ts';
import { createBody as createBodyService, createParty as createPartyService, createPerson as createPersonService } from '../src/server/features/registry/service.ts';
import type { NewReport, ReviewInput } from '../src/server/features/reports/schemas.ts';
import { reviewReport, submitReport } from '../src/server/features/reports/service.ts';
import type { Report } from '../src/server/features/reports/repository.ts';

type Q = Kysely<Database>;

const PARTY_NAMES: Record<string, string> = { BY: 'Belarus', RU: 'Russia', KZ: 'Kazakhstan', AM: 'Armenia', KG: 'Kyrgyzstan' };

/** The party, created when missing. */
export async function createParty(db: Q, code = 'BY'): Promise<Party> {
  return (await findParty(db, code)) ?? createPartyService(db, SYSTEM_ACTOR, { code, name: PARTY_NAMES[code] ?? code, kind: 'state' });
}

let bodyCounter = 0;

/** A body (a ministry of BY unless told otherwise); its party is created when missing. */
export async function createBody(db: Q, overrides: Partial<NewBody> = {}): Promise<Body> {
  bodyCounter += 1;
  const kind = overrides.kind ?? 'ministry';
  const party = overrides.party === undefined ? (kind === 'joint_body' ? null : 'BY') : overrides.party;
  if (party !== null) await createParty(db, party);
  return createBodyService(db, SYSTEM_ACTOR, { name: `Body ${bodyCounter}`, ...overrides, kind, party });
}

export async function createPerson(db: Q, overrides: Partial<NewPerson> = {}): Promise<Person> {
  return createPersonService(db, SYSTEM_ACTOR, { name: 'Alexander Lukashenko', ...overrides });
}

/** The input of a plausible instruction; give at least the responsible body. */
export function buildInstruction(overrides: Partial<NewInstruction> & { responsibleBodyId: number }): NewInstruction {
  return {
    title: 'Ensure the supply of gas at the agreed price',
    text: 'The governments shall agree the price of gas for 2024 and report on the balance of supply.',
    topic: 'energy',
    issuedOn: '2023-01-10',
    deadline: { earliest: '2023-12-01', latest: '2023-12-31' },
    ...overrides,
  };
}

/** An instruction made through the service; the clock defaults to a fixed day after the deadline window. */
export async function createInstruction(db: Q, overrides: Partial<NewInstruction> & { responsibleBodyId: number }, now = new Date('2024-06-01T12:00:00Z')): Promise<InstructionDetail> {
  return create(db, SYSTEM_ACTOR, buildInstruction(overrides), now);
}

export async function createReport(db: Q, instructionId: number, input: Partial<NewReport> = {}, now = new Date('2024-06-01T12:00:00Z')): Promise<Report> {
  return submitReport(db, SYSTEM_ACTOR, { instructionId, input: { text: 'Work is under way.', progress: 50, ...input } }, now);
}

export async function review(db: Q, reportId: number, input: ReviewInput, now = new Date('2024-06-01T12:00:00Z')): Promise<Report> {
  return reviewReport(db, SYSTEM_ACTOR, { reportId, input }, now);
}

export async function createDecision(db: Q, instructionId: number, input: NewDecision, now = new Date('2024-06-01T12:00:00Z')): Promise<void> {
  await decide(db, SYSTEM_ACTOR, { instructionId, input }, now);
}
