import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { ROLES } from './actor.ts';

export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });
export const PartyCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as BY').meta({ example: 'BY' });
export const IdParam = z.object({ id: decimal(z.number().int().positive()) });

export const UserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    party: z.string().nullable(),
    bodyId: z.number().int().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export const NewUserSchema = z
  .object({
    email: z.email(),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(12).max(200),
    role: RoleSchema,
    party: PartyCode.nullable().optional(),
    bodyId: z.number().int().positive().nullable().optional(),
  })
  .strict();

export const UserPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: RoleSchema,
    party: PartyCode.nullable(),
    bodyId: z.number().int().positive().nullable(),
    disabled: z.boolean(),
    password: z.string().min(12).max(200),
  })
  .partial()
  .strict();

export const LoginSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(200) }).strict();

export const MeSchema = z
  .object({ userId: z.number().int(), name: z.string(), role: RoleSchema, party: z.string().nullable(), bodyId: z.number().int().nullable(), via: z.enum(['session', 'token', 'system']) })
  .meta({ id: 'Me' });

export const TokenSchema = z
  .object({
    id: z.number().int(),
    userId: z.number().int(),
    name: z.string(),
    role: RoleSchema.nullable(),
    party: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const NewTokenSchema = z
  .object({
    userId: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(200),
    role: RoleSchema.nullable().optional(),
    expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
