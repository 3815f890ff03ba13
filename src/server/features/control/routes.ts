// HTTP for the control meeting's views: the summary and compliance scores at a day.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { ComplianceSchema, SummaryQuery, SummarySchema } from './schemas.ts';
import { compliance, controlSummary } from './summary.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export function controlRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;
  app.get('/control/summary', {
    schema: { tags: ['control'], summary: 'Counts by party × topic × state, compliance, overdue and at-risk lists, review queue, at a day', querystring: SummaryQuery, response: { 200: SummarySchema, ...errors } },
  }, async (request) => controlSummary(k, actorOf(request), request.query));

  app.get('/control/compliance', {
    schema: {
      tags: ['control'],
      summary: 'Compliance scores per party, overall and by topic (G20 Research Group method), at a day',
      querystring: SummaryQuery.omit({ limit: true }),
      response: { 200: z.object({ at: z.string(), parties: z.array(ComplianceSchema) }), ...errors },
    },
  }, async (request) => compliance(k, actorOf(request), request.query));
}
