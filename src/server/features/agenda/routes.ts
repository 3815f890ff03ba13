// HTTP for agendas: read and save an engagement's agenda, propose a control agenda, record decisions per item.
import { actorOf } from '../../http/auth.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { IdParam } from '../accounts/schemas.ts';
import { DecisionSchema } from '../control/schemas.ts';
import { AgendaInputSchema, AgendaProposalSchema, AgendaSchema, ItemDecisionSchema, ItemParams } from './schemas.ts';
import * as agenda from './service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export function agendaRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get('/engagements/:id/agenda', {
    schema: { tags: ['agenda'], summary: "An engagement's agenda: ordered sets of issues with their instructions, documents and decisions", params: IdParam, response: { 200: AgendaSchema, ...errors } },
  }, async (request, reply) => {
    const a = await agenda.getAgenda(k, actorOf(request), request.params.id);
    setEtag(reply, 'engagement', a.engagementId, a.version);
    return a;
  });

  app.put('/engagements/:id/agenda', {
    schema: {
      tags: ['agenda'],
      summary: "Save the agenda as edited, in order (If-Match: the engagement's ETag)",
      params: IdParam,
      body: AgendaInputSchema,
      response: { 200: AgendaSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const version = expectedVersion(request, 'engagement', request.params.id);
    const a = await k.transaction().execute((trx) => agenda.saveAgenda(trx, actor, { engagementId: request.params.id, expectedVersion: version, items: request.body.items }));
    setEtag(reply, 'engagement', a.engagementId, a.version);
    return a;
  });

  app.post('/engagements/:id/agenda/proposal', {
    schema: {
      tags: ['agenda'],
      summary: 'Propose a control agenda: instructions due by the end of the meeting window, overdue, at risk or with reports waiting, grouped by topic, most urgent first (nothing is stored)',
      params: IdParam,
      response: { 200: AgendaProposalSchema, ...errors },
    },
  }, async (request) => agenda.proposeAgenda(k, actorOf(request), request.params.id));

  app.post('/engagements/:id/agenda/:itemId/decisions', {
    schema: { tags: ['agenda'], summary: 'Record a control decision on an instruction of this agenda item', params: ItemParams, body: ItemDecisionSchema, response: { 201: DecisionSchema, ...errors } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const d = await k.transaction().execute((trx) => agenda.decideOnItem(trx, actor, { engagementId: request.params.id, agendaItemId: request.params.itemId, input: request.body }));
    return reply.status(201).send(d);
  });
}
