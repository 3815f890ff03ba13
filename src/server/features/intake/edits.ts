// What a reviewer may change when accepting a proposal, per kind. Validated like a direct create:
// the same field rules (zod here, the services' own checks after), problems named `edits.<field>`.
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { EngagementKindSchema, EngagementStatusSchema, WhenInputSchema } from '../engagements/schemas.ts';
import { NewInstructionSchema } from '../instructions/schemas.ts';
import type { ProposalKind } from './payloads.ts';

const Id = z.number().int().positive();

export const EventEditsSchema = z
  .object({
    /** Apply to this engagement instead of the matched one; null: record a new engagement even if one matches. */
    targetId: Id.nullable(),
    kind: EngagementKindSchema,
    title: z.string().trim().min(1).max(500),
    place: z.string().max(200).nullable(),
    bodyId: Id.nullable(),
    when: WhenInputSchema,
    status: EngagementStatusSchema,
    statusReason: z.string().max(2000).nullable(),
    heldOn: z.iso.date(),
    participants: z
      .array(z.object({ personId: Id.nullable().optional(), bodyId: Id.nullable().optional(), party: z.string().regex(/^[A-Z]{2,8}$/).nullable().optional(), role: z.string().max(100).nullable().optional() }).strict())
      .max(200),
    notes: z.string().max(10000).nullable(),
    force: z.boolean(),
  })
  .partial()
  .strict();
export type EventEdits = z.infer<typeof EventEditsSchema>;

export const ConstraintEditsSchema = z
  .object({ minGapDays: z.number().int().min(0).max(36500), maxGapDays: z.number().int().min(0).max(36500).nullable(), note: z.string().max(2000).nullable(), force: z.boolean() })
  .partial()
  .strict();
export type ConstraintEdits = z.infer<typeof ConstraintEditsSchema>;

export const InstructionEditsSchema = NewInstructionSchema.partial().strict();
export type InstructionEdits = z.infer<typeof InstructionEditsSchema>;

export const PersonEditsSchema = z.object({ name: z.string().trim().min(1).max(200), aliases: z.array(z.string().trim().min(1).max(200)).max(50) }).partial().strict();
export type PersonEdits = z.infer<typeof PersonEditsSchema>;

export const AliasEditsSchema = z.object({ alias: z.string().trim().min(1).max(200) }).partial().strict();
export type AliasEdits = z.infer<typeof AliasEditsSchema>;

function parse<T>(schema: z.ZodType<T>, edits: unknown): T {
  const r = schema.safeParse(edits ?? {});
  if (r.success) return r.data;
  const fields = r.error.issues.map((i) => ({ path: ['edits', ...i.path.map(String)].join('.'), message: i.message }));
  throw new AppError('validation', `The edits are invalid: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, { fields });
}

export type Edits =
  | { kind: 'event'; edits: EventEdits }
  | { kind: 'constraint'; edits: ConstraintEdits }
  | { kind: 'instruction'; edits: InstructionEdits }
  | { kind: 'person'; edits: PersonEdits }
  | { kind: 'alias'; edits: AliasEdits };

export function readEdits(kind: ProposalKind, edits: unknown): Edits {
  switch (kind) {
    case 'new_engagement':
    case 'update_engagement':
      return { kind: 'event', edits: parse(EventEditsSchema, edits) };
    case 'constraint':
      return { kind: 'constraint', edits: parse(ConstraintEditsSchema, edits) };
    case 'new_instruction':
      return { kind: 'instruction', edits: parse(InstructionEditsSchema, edits) };
    case 'new_person':
      return { kind: 'person', edits: parse(PersonEditsSchema, edits) };
    case 'new_alias':
      return { kind: 'alias', edits: parse(AliasEditsSchema, edits) };
  }
}
