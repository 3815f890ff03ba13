// Instructions a signed document carries ("the governments are instructed to …"): issued through the
// instructions service, dated and placed by the signing, and linked back to the document.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import type { NewInstruction } from '../instructions/schemas.ts';
import { createInstruction, type InstructionDetail } from '../instructions/service.ts';
import * as repo from './repository.ts';
import { loadDocument } from './service.ts';

type Q = Kysely<Database>;

export type DocumentInstruction = Omit<NewInstruction, 'issuedOn' | 'issuedAtEngagementId'> & { issuedOn?: string | undefined };

/**
 * Issues an instruction from a signed document. It is issued on the signing day at the signing's
 * engagement, by the signatories unless other authors are named.
 */
export async function issueInstructionFromDocument(db: Q, actor: Actor, options: { documentId: number; instruction: DocumentInstruction; now?: Date }): Promise<InstructionDetail> {
  const doc = await loadDocument(db, options.documentId);
  const signing = await repo.findSigning(db, doc.id);
  if (!signing) throw new AppError('conflict', `Document ${doc.id} is not signed yet; the instructions it carries are issued once it is.`);
  const { issuedOn, authorIds, ...rest } = options.instruction;
  const created = await createInstruction(
    db,
    actor,
    {
      ...rest,
      issuedOn: issuedOn ?? signing.signedOn,
      issuedAtEngagementId: signing.engagementId,
      authorIds: authorIds ?? signing.signatories.map((s) => s.personId),
    },
    options.now,
  );
  await repo.insertInstructionLink(db, { documentId: doc.id, instructionId: created.id, relation: 'creates', now: (options.now ?? new Date()).toISOString() });
  return created;
}
