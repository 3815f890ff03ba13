// zod schemas for the documents API: validation, types and OpenAPI from one source.
import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { IsoDay, PartyCodeSchema } from '../registry/schemas.ts';
import { APPROVAL_STATES, DOCUMENT_KINDS, DOCUMENT_STATUSES, INSTRUCTION_RELATIONS } from './model.ts';

const Id = decimal(z.number().int().positive());
// Version numbers are 32-bit integer columns; a larger one can only be a version that does not exist.
const VersionNumber = decimal(z.number().int().positive().max(2_147_483_647));
const Sha256 = z.string().meta({ description: 'SHA-256 of the content, lower-case hex', example: '3fa85f64…' });
const Base64Signature = z
  .string()
  .regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 Ed25519 signature (64 bytes)')
  .meta({ description: 'Ed25519 signature (base64) of the statement "accord:v1:<act>:document=<id>:version=<n>:party=<code>:sha256=<hex>"; see docs/documents.md' });

export const DocumentParams = z.object({ id: Id });
export const VersionParams = z.object({ id: Id, number: VersionNumber });
export const KeyParams = z.object({ keyId: Id });

const documentFields = {
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().trim().min(1).max(500),
  parties: z.array(PartyCodeSchema).min(1).max(50),
  engagementId: Id.nullable().meta({ description: 'the engagement at which the document is to be signed' }),
  instructionIds: z.array(Id).max(500).meta({ description: 'instructions the document formalises' }),
  notes: z.string().max(5000).nullable(),
};

export const NewDocumentSchema = z
  .object({
    ...documentFields,
    engagementId: documentFields.engagementId.optional(),
    instructionIds: documentFields.instructionIds.optional(),
    notes: documentFields.notes.optional(),
    text: z.string().min(1).optional().meta({ description: 'the first version, as plain text' }),
    demo: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'NewDocument' });

export const DocumentPatchSchema = z.object(documentFields).partial().strict().meta({ id: 'DocumentPatch' });

export const DocumentListQuery = z.object({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  party: PartyCodeSchema.optional(),
  engagementId: Id.optional(),
  limit: decimal(z.number().int().min(1).max(500)).default(50),
  cursor: z.string().max(200).optional(),
});

// A file name is only a label for downloads: no folders, no '..', no control characters.
const FileName = z
  .string()
  .max(300)
  .refine((v) => !/[/\\]/.test(v) && !/\p{Cc}/u.test(v), 'must be a plain file name, without folders or control characters')
  .refine((v) => !v.includes('..'), 'must not contain ..');

export const TextVersionSchema = z
  .object({ text: z.string().min(1), note: z.string().max(2000).optional(), filename: FileName.optional() })
  .strict()
  .meta({ id: 'TextVersion' });

export const UploadQuery = z.object({
  filename: FileName.optional(),
  note: z.string().max(2000).optional(),
});

export const DiffQuery = z.object({ from: VersionNumber, to: VersionNumber });

export const ApproveSchema = z
  .object({
    version: VersionNumber.meta({ description: 'the version number approved; must be the current one' }),
    party: PartyCodeSchema.optional().meta({ description: 'defaults to your own party; admins name it' }),
    signature: Base64Signature.optional(),
    keyId: Id.optional(),
  })
  .strict()
  .meta({ id: 'Approve' });

export const SignSchema = z
  .object({
    version: VersionNumber,
    signedOn: IsoDay,
    place: z.string().trim().min(1).max(300).nullable().optional().meta({ description: "defaults to the engagement's place" }),
    engagementId: Id.nullable().optional().meta({ description: "defaults to the document's engagement" }),
    signatories: z
      .array(z.object({ personId: Id, party: PartyCodeSchema, signature: Base64Signature.optional(), keyId: Id.optional() }).strict())
      .min(1)
      .max(100),
  })
  .strict()
  .meta({ id: 'Sign' });

export const NewKeySchema = z
  .object({ party: PartyCodeSchema, publicKey: z.string().min(1).max(10_000).meta({ description: 'Ed25519 public key, PEM (SPKI)' }), label: z.string().max(200).nullable().optional() })
  .strict()
  .meta({ id: 'NewPartyKey' });

export const KeyListQuery = z.object({ party: PartyCodeSchema.optional() });

export const PartyKeySchema = z
  .object({
    id: z.number().int(),
    party: z.string(),
    publicKeyPem: z.string(),
    fingerprint: z.string(),
    label: z.string().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'PartyKey' });

export const VersionSchema = z
  .object({
    id: z.number().int(),
    number: z.number().int(),
    sha256: Sha256,
    size: z.number().int(),
    mediaType: z.string(),
    filename: z.string().nullable(),
    note: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'DocumentVersion' });

export const ApprovalSchema = z
  .object({
    id: z.number().int(),
    versionNumber: z.number().int(),
    party: z.string(),
    approvedBy: z.number().int().nullable(),
    approvedByName: z.string(),
    approvedAt: z.string(),
    signature: z.string().nullable(),
    keyId: z.number().int().nullable(),
    voidedAt: z.string().nullable(),
    valid: z.boolean(),
    signed: z.boolean(),
  })
  .meta({ id: 'DocumentApproval' });

export const SigningSchema = z
  .object({
    id: z.number().int(),
    versionNumber: z.number().int(),
    signedOn: z.string(),
    place: z.string().nullable(),
    engagementId: z.number().int().nullable(),
    recordedBy: z.number().int().nullable(),
    recordedByName: z.string(),
    recordedAt: z.string(),
    trailHash: z.string(),
    signatories: z.array(
      z.object({ personId: z.number().int(), personName: z.string(), party: z.string(), position: z.number().int(), signature: z.string().nullable(), keyId: z.number().int().nullable() }),
    ),
  })
  .meta({ id: 'DocumentSigning' });

const documentShape = {
  id: z.number().int(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  engagementId: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
  notes: z.string().nullable(),
  parties: z.array(z.string()),
  demo: z.boolean(),
  version: z.number().int(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const DocumentSchema = z.object(documentShape).meta({ id: 'Document' });

export const DocumentDetailSchema = z
  .object({
    ...documentShape,
    approvalState: z.enum(APPROVAL_STATES),
    partyApprovals: z.array(z.object({ party: z.string(), approval: ApprovalSchema.nullable() })),
    current: VersionSchema.nullable(),
    versions: z.array(VersionSchema),
    approvals: z.array(ApprovalSchema),
    signing: SigningSchema.nullable(),
    engagement: z
      .object({ id: z.number().int(), title: z.string(), place: z.string().nullable(), status: z.string(), windowEarliest: z.string().nullable(), windowLatest: z.string().nullable() })
      .nullable(),
    instructions: z.array(z.object({ instructionId: z.number().int(), title: z.string(), relation: z.enum(INSTRUCTION_RELATIONS), createdAt: z.string() })),
  })
  .meta({ id: 'DocumentDetail' });

export const UploadResultSchema = z
  .object({ version: VersionSchema, voidedApprovals: z.number().int(), documentVersion: z.number().int() })
  .meta({ id: 'DocumentUpload' });

const Line = z.object({ line: z.number().int(), text: z.string() }).nullable();
export const DiffSchema = z
  .object({
    from: VersionSchema,
    to: VersionSchema,
    identical: z.boolean(),
    stats: z.object({ same: z.number().int(), changed: z.number().int(), removed: z.number().int(), added: z.number().int() }),
    rows: z.array(z.object({ kind: z.enum(['same', 'changed', 'removed', 'added']), left: Line, right: Line })),
  })
  .meta({ id: 'DocumentDiff' });

export const VerificationSchema = z
  .object({
    documentId: z.number().int(),
    title: z.string(),
    status: z.enum(DOCUMENT_STATUSES),
    ok: z.boolean(),
    checkedAt: z.string(),
    problems: z.array(z.string()).meta({ description: 'every discrepancy found, the first one first' }),
    versions: z.array(
      z.object({ number: z.number().int(), mediaType: z.string(), size: z.number().int(), recordedSha256: z.string(), storedSha256: z.string().nullable(), ok: z.boolean() }),
    ),
    trail: z.array(
      z.object({
        at: z.string(),
        act: z.enum(['version', 'approval', 'signing', 'signatory']),
        version: z.number().int(),
        party: z.string().nullable(),
        by: z.string().nullable(),
        sha256: z.string(),
        signature: z.enum(['valid', 'invalid', 'none']),
        keyFingerprint: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    trailHash: z.object({ recorded: z.string(), computed: z.string(), ok: z.boolean() }).nullable(),
  })
  .meta({ id: 'DocumentVerification' });
