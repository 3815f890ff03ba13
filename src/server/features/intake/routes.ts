// HTTP for intake: sources in (JSON, or a raw .txt/.html upload), proposals to review, and the
// sources of engagements and instructions with their quoted spans. Routes only translate; each owns
// its transaction.
import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, invalid } from '../../errors.ts';
import { actorOf } from '../../http/auth.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { IdParam } from '../accounts/schemas.ts';
import { AcceptSchema, DecisionSchema, IngestResultSchema, NewSourceSchema, ProposalListQuery, ProposalSchema, RecordSourcesSchema, RejectSchema, SourceDetailSchema, SourceSchema, UploadQuery, presentDecision, presentIngest, presentProposal, presentRecordSources, presentSource } from './schemas.ts';
import * as intake from './service.ts';

const tags = ['intake'];
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const KIND = 'proposal';

function afterId(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const [id] = decodeCursor(cursor, 1);
  if (typeof id !== 'number') throw invalid('query.cursor', 'cursor is not one this server gave out');
  return id;
}

function ifMatch(request: Parameters<typeof expectedVersion>[0], id: number): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : expectedVersion(request, KIND, id);
}

export async function intakeRoutes(app: App, { db, config }: AppDeps): Promise<void> {
  const k = db.kysely;

  app.post('/sources', {
    schema: {
      tags,
      summary: 'Add a readout (JSON); extraction proposes what it implies for the record. The same text twice is one source (200).',
      body: NewSourceSchema,
      response: { 200: IngestResultSchema, 201: IngestResultSchema, ...errors },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const result = await k.transaction().execute((trx) => intake.ingestSource(trx, actor, request.body));
    return reply.status(result.created ? 201 : 200).header('location', `/api/v1/sources/${result.source.id}`).send(presentIngest(result));
  });

  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'string', bodyLimit: config.bodyLimit }, (_request, body, done) => done(null, body));
    scope.post('/sources/upload', {
      schema: {
        tags,
        summary: 'Upload a readout file as the raw body (text/plain or text/html); publisher, title, url and publishedOn in the query',
        querystring: UploadQuery,
        response: { 200: IngestResultSchema, 201: IngestResultSchema, ...errors, 413: ProblemSchema, 415: ProblemSchema },
      },
    }, async (request, reply) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if ((type !== 'text/plain' && type !== 'text/html') || typeof request.body !== 'string') throw new AppError('unsupported_media_type', `A readout is text/plain or text/html, not ${type || 'nothing'}.`);
      const actor = actorOf(request);
      const q = request.query;
      const result = await k.transaction().execute((trx) => intake.ingestSource(trx, actor, { text: request.body as string, mediaType: type, publisher: q.publisher, title: q.title, url: q.url, publishedOn: q.publishedOn }));
      return reply.status(result.created ? 201 : 200).header('location', `/api/v1/sources/${result.source.id}`).send(presentIngest(result));
    });
  });

  app.get('/sources', {
    schema: { tags, summary: 'List sources, newest first', querystring: z.object({ cursor: z.string().max(200).optional(), limit: decimal(z.number().int().min(1).max(500)).default(100) }).strict(), response: { 200: z.object({ items: z.array(SourceSchema), nextCursor: z.string().nullable() }), ...errors } },
  }, async (request) => {
    const items = await intake.listSources(k, actorOf(request), { afterId: afterId(request.query.cursor), limit: request.query.limit });
    const last = items.at(-1);
    return { items: items.map(presentSource), nextCursor: items.length === request.query.limit && last ? encodeCursor([last.id]) : null };
  });

  app.get('/sources/:id', { schema: { tags, summary: 'Read a source with its text', params: IdParam, response: { 200: SourceDetailSchema, ...errors } } }, async (request) => {
    const s = await intake.getSource(k, actorOf(request), request.params.id);
    return { ...presentSource(s), text: s.text };
  });

  app.get('/proposals', {
    schema: { tags, summary: 'List proposals (oldest first), by status, kind or source', querystring: ProposalListQuery, response: { 200: z.object({ items: z.array(ProposalSchema), nextCursor: z.string().nullable() }), ...errors } },
  }, async (request) => {
    const q = request.query;
    const items = await intake.listProposals(k, actorOf(request), { statuses: q.status, kinds: q.kind, sourceId: q.sourceId, afterId: afterId(q.cursor), limit: q.limit });
    const last = items.at(-1);
    return { items: items.map(presentProposal), nextCursor: items.length === q.limit && last ? encodeCursor([last.id]) : null };
  });

  app.get('/proposals/:id', { schema: { tags, summary: 'Read a proposal', params: IdParam, response: { 200: ProposalSchema, ...errors } } }, async (request, reply) => {
    const p = await intake.getProposal(k, actorOf(request), request.params.id);
    setEtag(reply, KIND, p.id, p.version);
    return presentProposal(p);
  });

  app.post('/proposals/:id/accept', {
    schema: {
      tags,
      summary: 'Accept a proposal, optionally with edits: applied in one transaction with the schedule check; accepting an accepted proposal changes nothing',
      description: 'An impossible schedule is refused with 409 and the clash in words. If-Match (the proposal ETag) is checked when sent.',
      params: IdParam,
      body: AcceptSchema,
      response: { 200: DecisionSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const id = request.params.id;
    const expected = ifMatch(request, id);
    const d = await k.transaction().execute((trx) => intake.acceptProposal(trx, actor, { id, edits: request.body.edits, expectedVersion: expected }));
    setEtag(reply, KIND, d.proposal.id, d.proposal.version);
    return presentDecision(d);
  });

  app.post('/proposals/:id/reject', {
    schema: { tags, summary: 'Reject a proposal with a reason (what depends on it is rejected with it)', params: IdParam, body: RejectSchema, response: { 200: DecisionSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const id = request.params.id;
    const expected = ifMatch(request, id);
    const d = await k.transaction().execute((trx) => intake.rejectProposal(trx, actor, { id, reason: request.body.reason, expectedVersion: expected }));
    setEtag(reply, KIND, d.proposal.id, d.proposal.version);
    return presentDecision(d);
  });

  app.get('/engagements/:id/sources', {
    schema: { tags: ['intake', 'engagements'], summary: "An engagement's sources with the quoted spans that set or changed its fields", params: IdParam, response: { 200: RecordSourcesSchema, ...errors } },
  }, async (request) => presentRecordSources(await intake.sourcesOf(k, actorOf(request), 'engagement', request.params.id)));

  app.get('/instructions/:id/sources', {
    schema: { tags: ['intake', 'instructions'], summary: "An instruction's sources with the quoted spans", params: IdParam, response: { 200: RecordSourcesSchema, ...errors } },
  }, async (request) => presentRecordSources(await intake.sourcesOf(k, actorOf(request), 'instruction', request.params.id)));
}
