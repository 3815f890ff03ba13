import { z } from 'zod';
import { decimal } from '../http/params.ts';

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ userId: z.number().int().nullable(), name: z.string(), role: z.string(), party: z.string().nullable() }),
    operation: z.string(),
    recordType: z.string(),
    recordId: z.string(),
    before: z.unknown().meta({ description: 'the record before the change; null for a creation' }),
    after: z.unknown().meta({ description: 'the record after the change; null for a deletion' }),
    prevHash: Hash,
    hash: Hash,
  })
  .meta({ id: 'AuditEntry' });

export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }).meta({ id: 'AuditPage' });

const Timestamp = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
const Name = z.string().trim().min(1).max(100).regex(/^[a-z_]+(\.[a-z_]+)*$/, 'lower-case words joined by . or _');

export const AuditQuerySchema = z
  .object({
    recordType: Name.optional(),
    recordId: z.string().trim().min(1).max(100).optional(),
    actor: decimal(z.number().int().nonnegative()).optional().meta({ description: 'user id of the actor' }),
    operation: Name.optional(),
    from: Timestamp.optional().meta({ description: 'entries at or after this instant' }),
    to: Timestamp.optional().meta({ description: 'entries before this instant' }),
    cursor: z.string().max(40).optional(),
    limit: decimal(z.number().int().min(1).max(500)).default(100),
  })
  .strict();

export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    lastSeq: z.number().int(),
    lastHash: Hash,
    firstBad: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
    head: z.object({ seq: z.number().int(), hash: Hash }),
    checkedAt: z.string(),
  })
  .meta({ id: 'AuditVerification' });
