import { z } from 'zod';
import { DecisionSchema } from '../control/schemas.ts';
import { ReportSchema } from '../reports/schemas.ts';
import { InstructionSchema, WindowSchema } from './schemas.ts';

export const InstructionDetailSchema = InstructionSchema.extend({
  effectiveDeadline: WindowSchema.nullable().meta({ description: 'the deadline in force after extensions' }),
  deadlineHistory: z.array(z.object({ window: WindowSchema.nullable(), since: z.string(), decisionId: z.number().int().nullable(), reason: z.string().nullable() })),
  reports: z.array(ReportSchema),
  decisions: z.array(DecisionSchema),
}).meta({ id: 'InstructionDetail' });
