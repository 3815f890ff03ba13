import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { formatEdtf } from '../../../domain/edtf.ts';
import { PRECISIONS, type Precision, type TimeWindow } from '../../../domain/window.ts';
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, OUTCOME_KINDS } from './model.ts';
import type { Engagement, Outcome, StatusChange, WindowChange } from './model.ts';
import type { EngagementDetail } from './service.ts';

export const EngagementKindSchema = z.enum(ENGAGEMENT_KINDS).meta({ id: 'EngagementKind' });
export const EngagementStatusSchema = z.enum(ENGAGEMENT_STATUSES).meta({ id: 'EngagementStatus' });
export const PrecisionSchema = z.enum(PRECISIONS as [Precision, ...Precision[]]).meta({ id: 'Precision' });
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD');
const Id = z.number().int().positive();

export const WindowSchema = z
  .object({
    edtf: z.string().meta({ description: 'EDTF (ISO 8601-2 level 1): 2023-02, 2023-04/2023-05, 2023-04?, 2023-02-17' }),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    precision: PrecisionSchema,
    tentative: z.boolean(),
    text: z.string().nullable(),
  })
  .meta({ id: 'EngagementWindow', description: 'The window an engagement may fall in, with its EDTF form' });

export const WhenInputSchema = z
  .union([
    z.string().min(1).max(100),
    z.object({ edtf: z.string().min(1).max(100), text: z.string().max(500).nullable().optional(), precision: PrecisionSchema.optional() }).strict(),
  ])
  .meta({ id: 'EngagementWhen', description: 'An EDTF string, or {edtf, text, precision} to keep the original phrase' });

export const ParticipantSchema = z
  .object({ personId: Id.nullable(), bodyId: Id.nullable(), party: z.string().nullable(), role: z.string().nullable() })
  .meta({ id: 'Participant' });

const ParticipantInputSchema = z
  .object({ personId: Id.nullable().optional(), bodyId: Id.nullable().optional(), party: z.string().regex(/^[A-Z]{2,8}$/).nullable().optional(), role: z.string().max(100).nullable().optional() })
  .strict();

const OutcomeInputSchema = z
  .object({
    kind: z.enum(OUTCOME_KINDS),
    instructionId: Id.nullable().optional(),
    documentId: Id.nullable().optional(),
    nextEngagementId: Id.nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();

export const EngagementSchema = z
  .object({
    id: z.number().int(),
    kind: EngagementKindSchema,
    title: z.string(),
    place: z.string().nullable(),
    bodyId: z.number().int().nullable(),
    status: EngagementStatusSchema,
    statusReason: z.string().nullable(),
    when: WindowSchema,
    notes: z.string().nullable(),
    demo: z.boolean(),
    participants: z.array(ParticipantSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Engagement' });

export const EngagementDetailSchema = EngagementSchema.extend({
  windowHistory: z.array(z.object({ when: WindowSchema, reason: z.string().nullable(), changedBy: z.number().int().nullable(), changedAt: z.string() })),
  statusHistory: z.array(z.object({ status: EngagementStatusSchema, reason: z.string().nullable(), changedBy: z.number().int().nullable(), changedAt: z.string() })),
  outcomes: z.array(
    z.object({ id: z.number().int(), kind: z.enum(OUTCOME_KINDS), instructionId: z.number().int().nullable(), documentId: z.number().int().nullable(), nextEngagementId: z.number().int().nullable(), note: z.string().nullable(), createdAt: z.string() }),
  ),
}).meta({ id: 'EngagementDetail' });

export const NewEngagementSchema = z
  .object({
    kind: EngagementKindSchema,
    title: z.string().trim().min(1).max(500),
    place: z.string().max(200).nullable().optional(),
    bodyId: Id.nullable().optional(),
    when: WhenInputSchema,
    status: EngagementStatusSchema.optional(),
    statusReason: z.string().max(2000).nullable().optional(),
    heldOn: IsoDay.optional(),
    participants: z.array(ParticipantInputSchema).max(200).optional(),
    notes: z.string().max(10000).nullable().optional(),
    demo: z.boolean().optional(),
  })
  .strict();

export const EngagementPatchSchema = z
  .object({
    kind: EngagementKindSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    place: z.string().max(200).nullable().optional(),
    bodyId: Id.nullable().optional(),
    when: WhenInputSchema.optional(),
    whenReason: z.string().max(2000).nullable().optional(),
    status: EngagementStatusSchema.optional(),
    statusReason: z.string().max(2000).nullable().optional(),
    heldOn: IsoDay.optional(),
    outcomes: z.array(OutcomeInputSchema).max(500).optional(),
    participants: z.array(ParticipantInputSchema).max(200).optional(),
    notes: z.string().max(10000).nullable().optional(),
    force: z.boolean().optional(),
  })
  .strict();

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(z.enum(values)));

export const EngagementListQuery = z
  .object({
    window: z.string().max(100).optional().meta({ description: 'EDTF: engagements whose window shares a day with it' }),
    kind: csv(ENGAGEMENT_KINDS).optional().meta({ description: 'comma-separated kinds' }),
    status: csv(ENGAGEMENT_STATUSES).optional().meta({ description: 'comma-separated statuses' }),
    party: z.string().regex(/^[A-Z]{2,8}$/).optional(),
    bodyId: decimal(z.number().int().positive()).optional(),
    personId: decimal(z.number().int().positive()).optional(),
    demo: z.enum(['true', 'false']).optional(),
    cursor: z.string().max(500).optional(),
    limit: decimal(z.number().int().min(1).max(500)).default(100),
  })
  .strict();

export function presentWindow(w: TimeWindow): z.infer<typeof WindowSchema> {
  return { edtf: formatEdtf(w), earliest: w.earliest, latest: w.latest, precision: w.precision, tentative: w.tentative, text: w.text };
}

export function presentEngagement(e: Engagement): z.infer<typeof EngagementSchema> {
  const { window, version: _v, ...rest } = e;
  return { ...rest, when: presentWindow(window) };
}

export function presentDetail(d: EngagementDetail): z.infer<typeof EngagementDetailSchema> {
  return {
    ...presentEngagement(d.engagement),
    windowHistory: d.windowHistory.map((h: WindowChange) => ({ when: presentWindow(h.window), reason: h.reason, changedBy: h.changedBy, changedAt: h.changedAt })),
    statusHistory: d.statusHistory.map((h: StatusChange) => ({ ...h })),
    outcomes: d.outcomes.map((o: Outcome) => ({ ...o })),
  };
}
