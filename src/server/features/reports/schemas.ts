import { z } from 'zod';
import { IsoDay } from '../registry/schemas.ts';

export const EvidenceSchema = z.object({ url: z.url({ protocol: /^https?$/ }).max(2000), title: z.string().trim().max(300).nullable().optional() }).strict();

export const NewReportSchema = z
  .object({
    text: z.string().trim().min(1).max(20_000),
    progress: z.number().int().min(0).max(100),
    spent: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional().meta({ description: 'integer minor units' }),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as RUB').nullable().optional(),
    evidence: z.array(EvidenceSchema).max(50).optional(),
    submittedOn: IsoDay.optional().meta({ description: 'default today (UTC); earlier days record reports made on paper' }),
    bodyId: z.number().int().positive().optional().meta({ description: "the reporting body; executors report for their own, admins name one (default: the responsible body)" }),
  })
  .strict();

export const ReviewSchema = z
  .object({
    status: z.enum(['accepted', 'returned']),
    comment: z.string().trim().min(1).max(5000).nullable().optional(),
    reviewedOn: IsoDay.optional().meta({ description: 'default today (UTC)' }),
  })
  .strict();

export const ReportSchema = z
  .object({
    id: z.number().int(),
    instructionId: z.number().int(),
    bodyId: z.number().int(),
    authorUserId: z.number().int().nullable(),
    text: z.string(),
    progress: z.number().int(),
    spent: z.number().int().nullable(),
    currency: z.string().nullable(),
    evidence: z.array(z.object({ url: z.string(), title: z.string().nullable() })),
    submittedOn: z.string(),
    submittedAt: z.string(),
    reviewStatus: z.enum(['pending', 'accepted', 'returned']),
    reviewedBy: z.number().int().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedOn: z.string().nullable(),
    reviewComment: z.string().nullable(),
  })
  .meta({ id: 'Report' });

export type NewReport = z.infer<typeof NewReportSchema>;
export type ReviewInput = z.infer<typeof ReviewSchema>;
