import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { EXECUTION_STATES } from '../../../domain/execution-state.ts';
import { PRECISIONS } from '../../../domain/window.ts';
import { IsoDay, PartyCodeSchema } from '../registry/schemas.ts';

/** The topics of the intake's extraction schema (shared/intake/extraction.schema.json, $defs.topic). */
export const TOPICS = [
  'economy',
  'trade',
  'energy',
  'finance',
  'industry',
  'agriculture',
  'transport',
  'import_substitution',
  'sanctions',
  'single_market',
  'integration',
  'security',
  'defence',
  'military',
  'conflict',
  'nuclear',
  'politics',
  'foreign_policy',
  'law',
  'elections',
  'migration',
  'humanitarian',
  'health',
  'education',
  'culture',
  'science',
  'technology',
  'space',
  'climate',
  'infrastructure',
  'labour',
  'media',
  'regional',
  'sport',
  'tourism',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TopicSchema = z.enum(TOPICS).meta({ id: 'Topic' });
export const ExecutionStateSchema = z.enum(EXECUTION_STATES as [string, ...string[]]).meta({ id: 'ExecutionState' });

export const WindowSchema = z
  .object({
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    precision: z.enum(PRECISIONS as [string, ...string[]]),
    tentative: z.boolean(),
    text: z.string().nullable(),
  })
  .meta({ id: 'TimeWindow', description: 'Some day between earliest and latest (inclusive); a null side is unbounded.' });

/** A deadline as typed in: the days (precision inferred when absent), and/or `edtf` ("2023-04/2023-05", "2023-12?"). */
export const WindowInputSchema = z
  .object({
    earliest: IsoDay.nullable().optional(),
    latest: IsoDay.nullable().optional(),
    precision: z.enum(PRECISIONS as [string, ...string[]]).optional(),
    tentative: z.boolean().optional(),
    text: z.string().trim().max(500).nullable().optional(),
    edtf: z.string().trim().min(1).max(100).optional().meta({ description: 'EDTF (ISO 8601-2) form; when days are given too they must agree' }),
  })
  .strict()
  .meta({ id: 'DeadlineInput' });

const Money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional().meta({ description: 'integer minor units (kopecks, cents)' });
export const FinancingInputSchema = z
  .object({ party: PartyCodeSchema.nullable().optional(), currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as BYN'), planned: Money, allocated: Money, spent: Money })
  .strict();
export const FinancingSchema = z
  .object({ party: z.string().nullable(), currency: z.string(), planned: z.number().int().nullable(), allocated: z.number().int().nullable(), spent: z.number().int().nullable() })
  .meta({ id: 'Financing' });

const Id = z.number().int().positive();
export const NewInstructionSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    text: z.string().trim().min(1).max(20_000),
    topic: TopicSchema,
    responsibleBodyId: Id,
    executorBodyIds: z.array(Id).max(50).optional(),
    authorIds: z.array(Id).max(20).optional(),
    issuedOn: IsoDay,
    issuedAtEngagementId: Id.nullable().optional(),
    parentId: Id.nullable().optional(),
    deadline: WindowInputSchema.nullable().optional(),
    financing: z.array(FinancingInputSchema).max(20).optional(),
    demo: z.boolean().optional(),
  })
  .strict();

export const InstructionPatchSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    text: z.string().trim().min(1).max(20_000),
    topic: TopicSchema,
    executorBodyIds: z.array(Id).max(50),
    authorIds: z.array(Id).max(20),
    financing: z.array(FinancingInputSchema).max(20),
  })
  .partial()
  .strict();

export const InstructionSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    text: z.string(),
    topic: TopicSchema,
    party: z.string().nullable().meta({ description: "the responsible body's party; null for joint bodies" }),
    responsibleBodyId: z.number().int(),
    executorBodyIds: z.array(z.number().int()),
    authorIds: z.array(z.number().int()),
    issuedOn: z.string(),
    issuedAtEngagementId: z.number().int().nullable(),
    parentId: z.number().int().nullable(),
    deadline: WindowSchema.nullable().meta({ description: 'the deadline as first given' }),
    deadlineEdtf: z.string().nullable(),
    effectiveDeadlineLatest: z.string().nullable().meta({ description: 'latest day of the deadline after extensions (now)' }),
    acceptedProgress: z.number().int(),
    fulfilledOn: z.string().nullable(),
    withdrawnOn: z.string().nullable(),
    state: ExecutionStateSchema,
    stateAt: z.string(),
    financing: z.array(FinancingSchema),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Instruction' });

export const InstructionListQuery = z.object({
  party: PartyCodeSchema.optional(),
  body: decimal(z.number().int().positive()).optional().meta({ description: 'responsible body or co-executor' }),
  topic: TopicSchema.optional(),
  state: ExecutionStateSchema.optional(),
  at: IsoDay.optional().meta({ description: 'the day states are computed for; default today (UTC)' }),
  dueFrom: IsoDay.optional().meta({ description: 'the deadline (after extensions, as of `at`) ends on or after this day' }),
  dueTo: IsoDay.optional().meta({ description: 'the deadline (after extensions, as of `at`) ends on or before this day' }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'case-insensitive substring of title or text' }),
  parent: decimal(z.number().int().positive()).optional(),
  limit: decimal(z.number().int().min(1).max(500)).default(50),
  cursor: z.string().max(300).optional(),
});
export const AtQuery = z.object({ at: IsoDay.optional().meta({ description: 'default today (UTC)' }) });

export type NewInstruction = z.infer<typeof NewInstructionSchema>;
export type InstructionPatch = z.infer<typeof InstructionPatchSchema>;
export type WindowInput = z.infer<typeof WindowInputSchema>;
export type FinancingInput = z.infer<typeof FinancingInputSchema>;
export type InstructionListFilters = z.infer<typeof InstructionListQuery>;
