import { z } from 'zod';
import { decimal } from '../../http/params.ts';

export const PARTY_KINDS = ['state', 'organisation'] as const;
export const BODY_KINDS = ['government', 'ministry', 'agency', 'joint_body', 'parliament', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export type BodyKind = (typeof BODY_KINDS)[number];

export const IsoDay = z.iso.date().meta({ description: 'ISO calendar day YYYY-MM-DD', example: '2023-02-17' });
/** States use ISO 3166-1 alpha-2; organisations a short upper-case code (EAEU, CSTO). */
export const PartyCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be an upper-case code: ISO 3166-1 alpha-2 for states (BY), a short code for organisations (EAEU)').meta({ example: 'BY' });

export const PartySchema = z
  .object({ code: z.string(), name: z.string(), kind: z.enum(PARTY_KINDS), demo: z.boolean(), createdAt: z.string() })
  .meta({ id: 'Party' });

export const NewPartySchema = z
  .object({ code: PartyCodeSchema, name: z.string().trim().min(1).max(200), kind: z.enum(PARTY_KINDS), demo: z.boolean().optional() })
  .strict();

export const BodySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(BODY_KINDS),
    party: z.string().nullable().meta({ description: 'NULL for joint (union) bodies' }),
    parentId: z.number().int().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Body' });

const bodyFields = {
  name: z.string().trim().min(1).max(300),
  shortName: z.string().trim().min(1).max(60).nullable(),
  kind: z.enum(BODY_KINDS),
  party: PartyCodeSchema.nullable(),
  parentId: z.number().int().positive().nullable(),
};
export const NewBodySchema = z
  .object({ ...bodyFields, shortName: bodyFields.shortName.optional(), party: bodyFields.party.optional(), parentId: bodyFields.parentId.optional(), demo: z.boolean().optional() })
  .strict();
export const BodyPatchSchema = z.object(bodyFields).partial().strict();

export const BodyListQuery = z.object({
  party: PartyCodeSchema.optional(),
  kind: z.enum(BODY_KINDS).optional(),
  joint: z.enum(['true', 'false']).optional().meta({ description: 'true: only joint bodies (no party)' }),
  q: z.string().trim().min(1).max(200).optional(),
  limit: decimal(z.number().int().min(1).max(500)).default(100),
  cursor: z.string().max(200).optional(),
});

export const PositionSchema = z
  .object({
    role: z.string().trim().min(1).max(200),
    party: PartyCodeSchema.nullable().optional(),
    bodyId: z.number().int().positive().nullable().optional(),
    fromDay: IsoDay.nullable().optional(),
    toDay: IsoDay.nullable().optional(),
  })
  .strict();

export const PersonSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    aliases: z.array(z.string()),
    positions: z.array(
      z.object({ role: z.string(), party: z.string().nullable(), bodyId: z.number().int().nullable(), fromDay: z.string().nullable(), toDay: z.string().nullable() }),
    ),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Person' });

const Alias = z.string().trim().min(1).max(200);
export const NewPersonSchema = z
  .object({ name: z.string().trim().min(1).max(200), aliases: z.array(Alias).max(50).optional(), positions: z.array(PositionSchema).max(50).optional(), demo: z.boolean().optional() })
  .strict();
export const PersonPatchSchema = z
  .object({ name: z.string().trim().min(1).max(200), aliases: z.array(Alias).max(50), positions: z.array(PositionSchema).max(50) })
  .partial()
  .strict();

export const PersonListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'matches the name or any alias, ignoring case and diacritics' }),
  limit: decimal(z.number().int().min(1).max(500)).default(100),
  cursor: z.string().max(200).optional(),
});

export type NewParty = z.infer<typeof NewPartySchema>;
export type NewBody = z.infer<typeof NewBodySchema>;
export type BodyPatch = z.infer<typeof BodyPatchSchema>;
export type NewPerson = z.infer<typeof NewPersonSchema>;
export type PersonPatch = z.infer<typeof PersonPatchSchema>;
export type PositionInput = z.infer<typeof PositionSchema>;
