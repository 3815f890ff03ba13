// HTTP for instructions, their reports and control decisions. Routes only translate.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { IdParam } from '../accounts/schemas.ts';
import { DecisionSchema, NewDecisionSchema } from '../control/schemas.ts';
import * as control from '../control/service.ts';
import { NewReportSchema, ReportSchema, ReviewSchema } from '../reports/schemas.ts';
import * as reports from '../reports/service.ts';
import { InstructionDetailSchema } from './detail-schema.ts';
import { AtQuery, InstructionListQuery, InstructionPatchSchema, InstructionSchema, NewInstructionSchema } from './schemas.ts';
import * as instructions from './service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export function instructionRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;
  const tags = ['instructions'];

  app.get('/instructions', {
    schema: {
      tags,
      summary: 'List instructions in deadline order, with their state at `at`; keyset pages (nextCursor)',
      querystring: InstructionListQuery,
      response: { 200: z.object({ items: z.array(InstructionSchema), nextCursor: z.string().nullable(), at: z.string() }), ...errors },
    },
  }, async (request) => instructions.listInstructions(k, actorOf(request), request.query));

  app.post('/instructions', { schema: { tags, summary: 'Issue an instruction (controllers, admins)', body: NewInstructionSchema, response: { 201: InstructionDetailSchema, ...errors } } }, async (request, reply) => {
    const created = await k.transaction().execute((trx) => instructions.createInstruction(trx, actorOf(request), request.body));
    setEtag(reply, 'instruction', created.id, created.version);
    return reply.status(201).send(created);
  });

  app.get('/instructions/:id', {
    schema: { tags, summary: 'Read an instruction with its reports, decisions, deadline history and state at `at`', params: IdParam, querystring: AtQuery, response: { 200: InstructionDetailSchema, ...errors } },
  }, async (request, reply) => {
    const found = await instructions.getInstruction(k, actorOf(request), request.params.id, { at: request.query.at });
    setEtag(reply, 'instruction', found.id, found.version);
    return found;
  });

  app.patch('/instructions/:id', {
    schema: {
      tags,
      summary: 'Change title, text, topic, executors, authors or financing (If-Match). Deadlines move by an extend decision.',
      params: IdParam,
      body: InstructionPatchSchema,
      response: { 200: InstructionDetailSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema },
    },
  }, async (request, reply) => {
    const version = expectedVersion(request, 'instruction', request.params.id);
    const updated = await k.transaction().execute((trx) => instructions.updateInstruction(trx, actorOf(request), { id: request.params.id, expectedVersion: version, patch: request.body }));
    setEtag(reply, 'instruction', updated.id, updated.version);
    return updated;
  });

  app.get('/instructions/:id/reports', { schema: { tags: ['reports'], summary: "An instruction's reports", params: IdParam, response: { 200: z.object({ items: z.array(ReportSchema) }), ...errors } } }, async (request) => ({
    items: await reports.listReports(k, actorOf(request), request.params.id),
  }));

  app.post('/instructions/:id/reports', {
    schema: { tags: ['reports'], summary: 'Report progress (executors of the instruction, admins)', params: IdParam, body: NewReportSchema, response: { 201: ReportSchema, ...errors } },
  }, async (request, reply) => {
    const report = await k.transaction().execute((trx) => reports.submitReport(trx, actorOf(request), { instructionId: request.params.id, input: request.body }));
    setEtag(reply, 'report', report.id, report.version);
    return reply.status(201).send(report);
  });

  app.get('/reports/:id', { schema: { tags: ['reports'], summary: 'Read a report', params: IdParam, response: { 200: ReportSchema, ...errors } } }, async (request, reply) => {
    const report = await reports.getReport(k, actorOf(request), request.params.id);
    setEtag(reply, 'report', report.id, report.version);
    return report;
  });

  app.post('/reports/:id/review', {
    schema: { tags: ['reports'], summary: 'Accept or return a pending report (controllers, admins)', params: IdParam, body: ReviewSchema, response: { 200: ReportSchema, ...errors } },
  }, async (request, reply) => {
    const report = await k.transaction().execute((trx) => reports.reviewReport(trx, actorOf(request), { reportId: request.params.id, input: request.body }));
    setEtag(reply, 'report', report.id, report.version);
    return report;
  });

  app.get('/instructions/:id/decisions', { schema: { tags: ['control'], summary: "An instruction's control decisions", params: IdParam, response: { 200: z.object({ items: z.array(DecisionSchema) }), ...errors } } }, async (request) => ({
    items: await control.listDecisions(k, actorOf(request), request.params.id),
  }));

  app.post('/instructions/:id/decisions', {
    schema: { tags: ['control'], summary: 'Record a control decision: keep, extend, fulfilled, withdraw, escalate (controllers, admins)', params: IdParam, body: NewDecisionSchema, response: { 201: DecisionSchema, ...errors } },
  }, async (request, reply) => {
    const decision = await k.transaction().execute((trx) => control.decide(trx, actorOf(request), { instructionId: request.params.id, input: request.body }));
    return reply.status(201).send(decision);
  });
}
