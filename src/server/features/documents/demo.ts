// The demo story of a document: the draft "Programme on import substitution" goes through two
// versions, is approved by Belarus and Russia (each signing with its own Ed25519 key), and is signed
// at a session of the Supreme State Council. Called by the demo loader (features/demo) inside its
// transaction, with the registry and the session it created.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { listParties } from '../registry/service.ts';
import { approveVersion, signDocument } from './approvals.ts';
import { generatePartyKeyPair, signedStatement, signStatement } from './crypto.ts';
import { registerPartyKey } from './keys.ts';
import { createDocument, uploadVersion } from './service.ts';

export const DEMO_PROGRAMME_V1 = `PROGRAMME
on import substitution of the Union State for 2024–2026

1. The Parties shall develop joint production of machine tools and tooling.
2. The Parties shall develop the production of microelectronics.
3. The Parties shall coordinate the production of medicines and medical devices.
4. The Governments shall report on progress to the Council of Ministers of the Union State twice a year.
`;

export const DEMO_PROGRAMME_V2 = `PROGRAMME
on import substitution of the Union State for 2024–2026

1. The Parties shall develop joint production of machine tools and tooling.
2. The Parties shall develop the production of microelectronics and electronic components.
3. The Parties shall coordinate the production of medicines and medical devices.
4. The Parties shall create joint capacities for civil aircraft components.
5. The Governments shall report on progress to the Council of Ministers of the Union State twice a year.
`;

export interface DocumentsDemoOptions {
  /** the Supreme State Council session at which the programme is signed */
  engagementId: number;
  /** the session's day (ISO); the earlier steps are dated weeks before it */
  signedOn: string;
  /** one signatory per party, e.g. Lukashenko for BY and Putin for RU; their parties are the document's */
  signatories: readonly { party: string; personId: number }[];
  /** instructions the programme formalises, when the demo has them */
  formalisesInstructionIds?: readonly number[];
  place?: string | null;
}

export interface DocumentsDemo {
  documentId: number;
  keys: { party: string; keyId: number; fingerprint: string }[];
}

const DAY = 86_400_000;

function demoActor(name: string): Actor {
  return { userId: 0, name, role: 'admin', party: null, bodyId: null, via: 'system' };
}

export async function loadDocumentsDemo(db: Kysely<Database>, options: DocumentsDemoOptions, now = new Date()): Promise<DocumentsDemo> {
  const limit = Number.MAX_SAFE_INTEGER;
  // Midday on the session day, or now when the session is today and midday has not come yet.
  const signingAt = new Date(Math.min(Date.parse(`${options.signedOn}T12:00:00Z`), now.getTime()));
  const at = (daysBefore: number): Date => new Date(signingAt.getTime() - daysBefore * DAY);
  const secretariat = demoActor('Secretariat of the Standing Committee of the Union State (demo)');
  const parties = options.signatories.map((s) => s.party);
  const names = new Map((await listParties(db, secretariat)).map((p) => [p.code, p.name]));

  const doc = await createDocument(
    db,
    secretariat,
    {
      kind: 'programme',
      title: 'Programme on import substitution',
      parties,
      engagementId: options.engagementId,
      instructionIds: [...(options.formalisesInstructionIds ?? [])],
      text: DEMO_PROGRAMME_V1,
      demo: true,
    },
    { limit, now: at(40) },
  );

  // Each party's key pair is made here and its private half forgotten at the end of this function:
  // the server keeps public keys only (docs/documents.md).
  const keys = new Map<string, { privateKeyPem: string; keyId: number; fingerprint: string }>();
  for (const party of parties) {
    const pair = generatePartyKeyPair();
    const key = await registerPartyKey(db, secretariat, { party, publicKey: pair.publicKeyPem, label: `${party} demo key`, now: at(40) });
    keys.set(party, { privateKeyPem: pair.privateKeyPem, keyId: key.id, fingerprint: key.fingerprint });
  }
  const approve = async (party: string, version: number, sha256: string, when: Date): Promise<void> => {
    const key = keys.get(party);
    const statement = signedStatement({ act: 'approve', documentId: doc.id, version, party, sha256 });
    await approveVersion(db, demoActor(`${names.get(party) ?? party}: authorised representative (demo)`), {
      documentId: doc.id,
      version,
      party,
      ...(key && { signature: signStatement(key.privateKeyPem, statement), keyId: key.keyId }),
      now: when,
    });
  };

  // The first party approves the first draft; the second answers with amendments, which void it.
  const first = parties[0];
  if (first !== undefined && doc.current) await approve(first, 1, doc.current.sha256, at(30));
  const v2 = await uploadVersion(db, secretariat, {
    documentId: doc.id,
    content: Buffer.from(DEMO_PROGRAMME_V2, 'utf8'),
    mediaType: 'text/plain',
    note: 'amendments agreed at the Council of Ministers: electronic components, civil aircraft',
    limit,
    now: at(20),
  });
  for (const [i, party] of parties.entries()) await approve(party, 2, v2.version.sha256, at(10 - 3 * i));

  await signDocument(db, secretariat, {
    documentId: doc.id,
    version: 2,
    signedOn: options.signedOn,
    ...(options.place !== undefined && { place: options.place }),
    engagementId: options.engagementId,
    signatories: options.signatories.map((s) => {
      const key = keys.get(s.party);
      const statement = signedStatement({ act: 'sign', documentId: doc.id, version: 2, party: s.party, sha256: v2.version.sha256 });
      return { personId: s.personId, party: s.party, ...(key && { signature: signStatement(key.privateKeyPem, statement), keyId: key.keyId }) };
    }),
    now: signingAt,
  });
  return { documentId: doc.id, keys: [...keys].map(([party, k]) => ({ party, keyId: k.keyId, fingerprint: k.fingerprint })) };
}
