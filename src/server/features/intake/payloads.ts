// What a proposal carries, by kind, as zod schemas: payloads are JSON in the database and are read
// back through these. Offsets count into the source's stored text.
import { z } from 'zod';
import { PRECISIONS, type Precision } from '../../../domain/window.ts';
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES } from '../engagements/model.ts';

export const PROPOSAL_KINDS = ['new_engagement', 'update_engagement', 'constraint', 'new_instruction', 'new_person', 'new_alias'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected', 'superseded'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof SpanSchema>;

const When = z.object({
  edtf: z.string(),
  text: z.string().nullable(),
  precision: z.enum(PRECISIONS as [Precision, ...Precision[]]),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
});

const PersonRef = z.object({ name: z.string(), role: z.string().nullable(), party: z.string().nullable(), personId: z.number().int().nullable() });
const BodyRef = z.object({ name: z.string(), bodyId: z.number().int().nullable() });

export const EventPayloadSchema = z.object({
  /** Index of the event in the source's extraction. */
  event: z.number().int(),
  kind: z.enum(ENGAGEMENT_KINDS),
  title: z.string(),
  place: z.string().nullable(),
  status: z.enum(ENGAGEMENT_STATUSES),
  heldOn: z.string().nullable(),
  /** null when the text gives no time at all. */
  when: When.nullable(),
  people: z.array(PersonRef),
  bodies: z.array(BodyRef),
  topics: z.array(z.string()),
  spans: z.object({ evidence: z.array(SpanSchema), when: SpanSchema.nullable(), participants: z.array(SpanSchema), place: SpanSchema.nullable(), bodies: z.array(SpanSchema) }),
  quotes: z.array(z.object({ speaker: z.string().nullable(), start: z.number().int(), end: z.number().int() })),
  commitments: z.array(SpanSchema),
  /** What accepting would change, in words, as computed when proposed. */
  summary: z.array(z.string()),
});
export type EventPayload = z.infer<typeof EventPayloadSchema>;

export const ConstraintPayloadSchema = z.object({
  beforeProposalId: z.number().int(),
  afterProposalId: z.number().int(),
  beforeTitle: z.string(),
  afterTitle: z.string(),
  minGapDays: z.number().int(),
  note: z.string(),
  span: SpanSchema,
});
export type ConstraintPayload = z.infer<typeof ConstraintPayloadSchema>;

export const InstructionPayloadSchema = z.object({
  title: z.string(),
  text: z.string(),
  topic: z.string(),
  responsibleBodyId: z.number().int(),
  executorBodyIds: z.array(z.number().int()),
  authorIds: z.array(z.number().int()),
  issuedOn: z.string(),
  deadline: When.nullable(),
  /** The event proposal of the engagement it was issued at, if any. */
  eventProposalId: z.number().int().nullable(),
  span: SpanSchema,
});
export type InstructionPayload = z.infer<typeof InstructionPayloadSchema>;

export const PersonPayloadSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  party: z.string().nullable(),
  span: SpanSchema.nullable(),
});
export type PersonPayload = z.infer<typeof PersonPayloadSchema>;

export const AliasPayloadSchema = z.object({ personId: z.number().int(), personName: z.string(), alias: z.string(), span: SpanSchema.nullable() });
export type AliasPayload = z.infer<typeof AliasPayloadSchema>;

export type Payload =
  | { kind: 'new_engagement' | 'update_engagement'; data: EventPayload }
  | { kind: 'constraint'; data: ConstraintPayload }
  | { kind: 'new_instruction'; data: InstructionPayload }
  | { kind: 'new_person'; data: PersonPayload }
  | { kind: 'new_alias'; data: AliasPayload };

export function readPayload(kind: ProposalKind, json: string): Payload {
  const raw: unknown = JSON.parse(json);
  switch (kind) {
    case 'new_engagement':
    case 'update_engagement':
      return { kind, data: EventPayloadSchema.parse(raw) };
    case 'constraint':
      return { kind, data: ConstraintPayloadSchema.parse(raw) };
    case 'new_instruction':
      return { kind, data: InstructionPayloadSchema.parse(raw) };
    case 'new_person':
      return { kind, data: PersonPayloadSchema.parse(raw) };
    case 'new_alias':
      return { kind, data: AliasPayloadSchema.parse(raw) };
  }
}
