import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { EXECUTION_STATES } from '../../../domain/execution-state.ts';
import { NewDecisionSchema } from '../control/schemas.ts';

const Id = z.number().int().positive();

export const AgendaItemSchema = z
  .object({
    id: z.number().int(),
    position: z.number().int(),
    title: z.string(),
    topics: z.array(z.string()),
    notes: z.string().nullable(),
    instructionIds: z.array(z.number().int()),
    documentIds: z.array(z.number().int()),
    decisions: z.array(z.object({ id: z.number().int(), instructionId: z.number().int(), agendaItemId: z.number().int().nullable(), kind: z.string(), decidedOn: z.string() })),
  })
  .meta({ id: 'AgendaItem' });

export const AgendaSchema = z.object({ engagementId: z.number().int(), items: z.array(AgendaItemSchema) }).meta({ id: 'Agenda' });

export const AgendaInputSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            id: Id.optional().meta({ description: 'keep an existing item and the decisions recorded on it' }),
            title: z.string().trim().min(1).max(500),
            topics: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
            notes: z.string().max(10000).nullable().optional(),
            instructionIds: z.array(Id).max(500).optional(),
            documentIds: z.array(Id).max(100).optional(),
          })
          .strict(),
      )
      .max(100),
  })
  .strict();

const ProposedInstructionSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  topic: z.string(),
  party: z.string().nullable(),
  responsibleBodyId: z.number().int(),
  deadlineLatest: z.string().nullable(),
  state: z.enum(EXECUTION_STATES),
  pendingReports: z.number().int(),
  reasons: z.array(z.enum(['overdue', 'at_risk', 'due_before_meeting', 'report_waiting'])),
  daysLate: z.number().int().nullable(),
});

export const AgendaProposalSchema = z
  .object({
    engagementId: z.number().int(),
    at: z.string().meta({ description: "the day states are computed for: the meeting window's first day" }),
    dueBy: z.string().meta({ description: "instructions due by this day (the window's last day) are included" }),
    items: z.array(z.object({ title: z.string(), topics: z.array(z.string()), instructionIds: z.array(z.number().int()), instructions: z.array(ProposedInstructionSchema) })),
  })
  .meta({ id: 'AgendaProposal' });

export const ItemDecisionSchema = NewDecisionSchema.omit({ engagementId: true, agendaItemId: true }).extend({ instructionId: Id });

export const ItemParams = z.object({ id: decimal(z.number().int().positive()), itemId: decimal(z.number().int().positive()) });
