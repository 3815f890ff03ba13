import { z } from 'zod';
import { decimal } from '../../http/params.ts';

const Id = z.number().int().positive();

export const ConflictSchema = z
  .object({
    constraintIds: z.array(z.number().int()),
    engagementIds: z.array(z.number().int()),
    explanation: z.string(),
    involvesProposed: z.boolean(),
  })
  .meta({ id: 'ScheduleConflict', description: 'The smallest set of constraints and windows that clash, and what clashes in words' });

export const EngagementBoundsSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    own: z.string().meta({ description: 'its own window, EDTF' }),
    allowed: z.string().meta({ description: 'the days the constraints still allow, EDTF' }),
    allowedEarliest: z.string().nullable(),
    allowedLatest: z.string().nullable(),
    narrowed: z.boolean(),
  })
  .meta({ id: 'EngagementBounds' });

export const ScheduleSchema = z
  .object({ consistent: z.boolean(), engagements: z.array(EngagementBoundsSchema), conflict: ConflictSchema.nullable() })
  .meta({ id: 'Schedule' });

export const ScheduleQuery = z.object({ engagementId: decimal(z.number().int().positive()).optional() }).strict();

export const ConstraintSchema = z
  .object({
    id: z.number().int(),
    beforeId: z.number().int(),
    afterId: z.number().int(),
    minGapDays: z.number().int(),
    maxGapDays: z.number().int().nullable(),
    note: z.string().nullable(),
    forced: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Constraint' });

export const NewConstraintSchema = z
  .object({
    beforeId: Id,
    afterId: Id,
    minGapDays: z.number().int().min(0).max(36500).optional().meta({ description: 'default 1 (a later day); 0 allows the same day' }),
    maxGapDays: z.number().int().min(0).max(36500).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
    force: z.boolean().optional().meta({ description: 'store it although it makes the schedule impossible (not for constraints that clash among themselves)' }),
  })
  .strict()
  .meta({ id: 'NewConstraint' });

export const ConstraintCheckSchema = z
  .object({ consistent: z.boolean(), conflict: ConflictSchema.nullable(), narrowed: z.array(EngagementBoundsSchema) })
  .meta({ id: 'ConstraintCheck' });

export const ConstraintListQuery = z
  .object({
    engagementId: decimal(z.number().int().positive()).optional(),
    cursor: z.string().max(200).optional(),
    limit: decimal(z.number().int().min(1).max(1000)).default(200),
  })
  .strict();
