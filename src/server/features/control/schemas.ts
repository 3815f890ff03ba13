import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { IsoDay } from '../registry/schemas.ts';
import { ExecutionStateSchema, TopicSchema, WindowInputSchema, WindowSchema } from '../instructions/schemas.ts';

export const DECISION_KINDS = ['keep', 'extend', 'fulfilled', 'withdraw', 'escalate'] as const;

export const NewDecisionSchema = z
  .object({
    kind: z.enum(DECISION_KINDS),
    decidedOn: IsoDay.optional().meta({ description: 'default today (UTC)' }),
    reason: z.string().trim().min(1).max(5000).nullable().optional().meta({ description: 'required for extend and withdraw' }),
    deadline: WindowInputSchema.optional().meta({ description: "extend only: the new deadline; it must have a latest day" }),
    engagementId: z.number().int().positive().nullable().optional(),
    agendaItemId: z.number().int().positive().nullable().optional(),
  })
  .strict();

export const DecisionSchema = z
  .object({
    id: z.number().int(),
    instructionId: z.number().int(),
    kind: z.enum(DECISION_KINDS),
    decidedOn: z.string(),
    reason: z.string().nullable(),
    newDeadline: WindowSchema.nullable(),
    previousDeadline: WindowSchema.nullable(),
    engagementId: z.number().int().nullable(),
    agendaItemId: z.number().int().nullable(),
    decidedBy: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ControlDecision' });

export const SummaryQuery = z.object({
  at: IsoDay.optional().meta({ description: 'default today (UTC)' }),
  party: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/).optional().meta({ description: 'only this party (lists and counts)' }),
  limit: decimal(z.number().int().min(1).max(200)).default(20).meta({ description: 'length of the overdue and at-risk lists' }),
});

const ScoreSchema = z.object({
  assessed: z.number().int(),
  fulfilled: z.number().int(),
  partial: z.number().int(),
  notComplied: z.number().int(),
  withdrawn: z.number().int(),
  score: z.number().nullable(),
  percent: z.number().nullable(),
});
export const ComplianceSchema = z
  .object({ party: z.string(), overall: ScoreSchema, byTopic: z.array(ScoreSchema.extend({ topic: z.string() })) })
  .meta({ id: 'PartyCompliance' });

const DueItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  topic: TopicSchema,
  party: z.string().nullable(),
  responsibleBody: z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() }),
  issuedOn: z.string(),
  deadlineLatest: z.string().meta({ description: 'latest day of the effective deadline as of `at`' }),
  acceptedProgress: z.number().int(),
  daysOverdue: z.number().int().meta({ description: 'negative: days left' }),
});

export const SummarySchema = z
  .object({
    at: z.string(),
    totals: z.record(ExecutionStateSchema, z.number().int()),
    counts: z.array(z.object({ party: z.string().nullable(), topic: TopicSchema, state: ExecutionStateSchema, count: z.number().int() })),
    compliance: z.array(ComplianceSchema),
    overdue: z.array(DueItemSchema),
    atRisk: z.array(DueItemSchema),
    reviewQueue: z.object({ pending: z.number().int(), oldest: z.object({ reportId: z.number().int(), instructionId: z.number().int(), submittedOn: z.string() }).nullable() }),
  })
  .meta({ id: 'ControlSummary' });

export type NewDecision = z.infer<typeof NewDecisionSchema>;
