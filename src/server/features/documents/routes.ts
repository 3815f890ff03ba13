// HTTP for documents, under /api/v1/documents. Routes only translate; the route owns the transaction.
//
// Uploads accept JSON {text} or the raw file (PDF, .docx, plain text) up to ACCORD_DOCUMENT_LIMIT
// (default 50 MB), well above the global 1 MB JSON limit. The raw parsers are registered in a scope of
// their own, so no other route accepts files.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../http/auth.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { InstructionDetailSchema } from '../instructions/detail-schema.ts';
import { NewInstructionSchema } from '../instructions/schemas.ts';
import { IsoDay } from '../registry/schemas.ts';
import * as approvals from './approvals.ts';
import { issueInstructionFromDocument } from './issue.ts';
import * as keys from './keys.ts';
import { baseMediaType, extensionOf, isMediaType, MEDIA_TYPES } from './media.ts';
import {
  ApproveSchema,
  DiffQuery,
  DiffSchema,
  DocumentDetailSchema,
  DocumentListQuery,
  DocumentParams,
  DocumentPatchSchema,
  DocumentSchema,
  KeyListQuery,
  KeyParams,
  NewDocumentSchema,
  NewKeySchema,
  PartyKeySchema,
  SignSchema,
  TextVersionSchema,
  UploadQuery,
  UploadResultSchema,
  VerificationSchema,
  VersionParams,
  VersionSchema,
} from './schemas.ts';
import * as documents from './service.ts';
import { verifyDocument } from './verify.ts';

const DocumentInstructionSchema = NewInstructionSchema.omit({ issuedAtEngagementId: true, issuedOn: true })
  .extend({ issuedOn: IsoDay.optional().meta({ description: 'defaults to the signing day' }) })
  .strict()
  .meta({ id: 'DocumentInstruction' });

export const DEFAULT_DOCUMENT_LIMIT = 50 * 1024 * 1024;

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const KIND = 'document';

function documentLimitOf(config: AppDeps['config']): number {
  return 'documentLimit' in config && typeof config.documentLimit === 'number' ? config.documentLimit : DEFAULT_DOCUMENT_LIMIT;
}

/** If-Match is optional on uploads and approvals (they name the version they act on), checked when sent. */
function optionalVersion(headers: Record<string, unknown>, read: () => number): number | undefined {
  return headers['if-match'] === undefined ? undefined : read();
}

export async function documentRoutes(app: App, { db, config }: AppDeps): Promise<void> {
  const k = db.kysely;
  const tags = ['documents'];
  const limit = documentLimitOf(config);

  app.get('/documents', { schema: { tags, summary: 'List documents, newest first', querystring: DocumentListQuery, response: { 200: z.object({ items: z.array(DocumentSchema), nextCursor: z.string().nullable() }), ...errors } } }, async (request) =>
    documents.listDocuments(k, actorOf(request), request.query),
  );

  app.post('/documents', { bodyLimit: limit, schema: { tags, summary: 'Create a document (controllers, admins)', body: NewDocumentSchema, response: { 201: DocumentDetailSchema, ...errors, 413: ProblemSchema } } }, async (request, reply) => {
    const doc = await k.transaction().execute((trx) => documents.createDocument(trx, actorOf(request), request.body, { limit }));
    setEtag(reply, KIND, doc.id, doc.version);
    return reply.status(201).header('location', `/api/v1/documents/${doc.id}`).send(doc);
  });

  app.get('/documents/:id', { schema: { tags, summary: 'Read a document: versions, approvals, signing, instructions', params: DocumentParams, response: { 200: DocumentDetailSchema, ...errors } } }, async (request, reply) => {
    const doc = await documents.getDocument(k, actorOf(request), request.params.id);
    setEtag(reply, KIND, doc.id, doc.version);
    return doc;
  });

  app.patch('/documents/:id', {
    schema: { tags, summary: 'Change a document (If-Match); a signed one keeps its kind, title, parties and engagement', params: DocumentParams, body: DocumentPatchSchema, response: { 200: DocumentDetailSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema } },
  }, async (request, reply) => {
    const version = expectedVersion(request, KIND, request.params.id);
    const doc = await k.transaction().execute((trx) => documents.updateDocument(trx, actorOf(request), { id: request.params.id, expectedVersion: version, patch: request.body }));
    setEtag(reply, KIND, doc.id, doc.version);
    return doc;
  });

  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Fastify's own text/plain parser keeps a string and the global limit; ours keeps the bytes.
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser(Object.values(MEDIA_TYPES), { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));
    scope.post('/documents/:id/versions', {
      bodyLimit: limit,
      schema: {
        tags,
        summary: 'Upload a new version: JSON {text} or the raw file (application/pdf, .docx, text/plain). Voids earlier approvals.',
        description: `Raw uploads may name the file and a note in the query. The largest file is ${limit} bytes. If-Match (the document's ETag) is checked when sent.`,
        params: DocumentParams,
        querystring: UploadQuery,
        response: { 201: UploadResultSchema, ...errors, 412: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 428: ProblemSchema },
      },
    }, async (request, reply) => {
      const id = request.params.id;
      const type = baseMediaType(request.headers['content-type']);
      let upload: { content: Buffer; mediaType: string; filename?: string | undefined; note?: string | undefined };
      if (Buffer.isBuffer(request.body)) {
        if (!isMediaType(type)) throw new AppError('unsupported_media_type', `A version is a PDF, a .docx or plain text, not ${type}.`);
        upload = { content: request.body, mediaType: type, filename: request.query.filename, note: request.query.note };
      } else {
        const parsed = TextVersionSchema.safeParse(request.body);
        if (!parsed.success) {
          const fields = parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message }));
          throw new AppError('validation', `The request is invalid: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, { fields });
        }
        upload = { content: Buffer.from(parsed.data.text, 'utf8'), mediaType: MEDIA_TYPES.text, filename: parsed.data.filename, note: parsed.data.note };
      }
      const expected = optionalVersion(request.headers, () => expectedVersion(request, KIND, id));
      const result = await k.transaction().execute((trx) => documents.uploadVersion(trx, actorOf(request), { documentId: id, ...upload, expectedVersion: expected, limit }));
      setEtag(reply, KIND, id, result.documentVersion);
      return reply.status(201).header('location', `/api/v1/documents/${id}/versions/${result.version.number}`).send(result);
    });
  });

  app.get('/documents/:id/versions', { schema: { tags, summary: 'List versions', params: DocumentParams, response: { 200: z.object({ items: z.array(VersionSchema) }), ...errors } } }, async (request) => ({
    items: await documents.listVersions(k, actorOf(request), request.params.id),
  }));

  app.get('/documents/:id/versions/:number', { schema: { tags, summary: 'Read a version', params: VersionParams, response: { 200: VersionSchema, ...errors } } }, async (request) => {
    const { documentId: _d, blobHash: _b, ...version } = await documents.getVersion(k, actorOf(request), request.params.id, request.params.number);
    return version;
  });

  app.get('/documents/:id/versions/:number/content', {
    schema: { tags, summary: "Download a version's file as stored", params: VersionParams, response: { 200: z.unknown().meta({ description: "the file's bytes, with its SHA-256 in ETag and Repr-Digest" }), ...errors } },
  }, async (request, reply) => {
    const { version, content } = await documents.getVersionContent(k, actorOf(request), request.params.id, request.params.number);
    const filename = (version.filename ?? `document-${version.documentId}-v${version.number}.${isMediaType(version.mediaType) ? extensionOf(version.mediaType) : 'bin'}`).replace(/["\\\r\n]/g, '_');
    return reply
      .type(version.mediaType === MEDIA_TYPES.text ? 'text/plain; charset=utf-8' : version.mediaType)
      .header('etag', `"sha256-${version.sha256}"`)
      // RFC 9530: the digest recorded at upload, so a client can check what it received.
      .header('repr-digest', `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(content);
  });

  app.get('/documents/:id/diff', { schema: { tags, summary: 'Compare two text versions line by line, side by side', params: DocumentParams, querystring: DiffQuery, response: { 200: DiffSchema, ...errors } } }, async (request) =>
    documents.diffVersions(k, actorOf(request), { documentId: request.params.id, ...request.query }),
  );

  app.post('/documents/:id/approvals', {
    schema: { tags, summary: "Approve the current version for a party (that party's controllers or executors; admins for any)", params: DocumentParams, body: ApproveSchema, response: { 201: DocumentDetailSchema, ...errors, 412: ProblemSchema, 428: ProblemSchema } },
  }, async (request, reply) => {
    const id = request.params.id;
    optionalVersion(request.headers, () => expectedVersion(request, KIND, id));
    const doc = await k.transaction().execute((trx) => approvals.approveVersion(trx, actorOf(request), { documentId: id, ...request.body }));
    setEtag(reply, KIND, doc.id, doc.version);
    return reply.status(201).send(doc);
  });

  app.post('/documents/:id/signing', {
    schema: { tags, summary: 'Record the signing of the current version (controllers, admins); every party must have approved it', params: DocumentParams, body: SignSchema, response: { 201: DocumentDetailSchema, ...errors } },
  }, async (request, reply) => {
    const doc = await k.transaction().execute((trx) => approvals.signDocument(trx, actorOf(request), { documentId: request.params.id, ...request.body }));
    setEtag(reply, KIND, doc.id, doc.version);
    return reply.status(201).send(doc);
  });

  app.get('/documents/:id/verification', { schema: { tags, summary: 'Check every hash and signature and list the trail', params: DocumentParams, response: { 200: VerificationSchema, ...errors } } }, async (request) =>
    verifyDocument(k, actorOf(request), request.params.id),
  );

  app.post('/documents/:id/instructions', {
    schema: {
      tags,
      summary: 'Issue an instruction the signed document carries; it is dated and placed by the signing and linked back to the document',
      params: DocumentParams,
      body: DocumentInstructionSchema,
      response: { 201: InstructionDetailSchema, ...errors },
    },
  }, async (request, reply) => {
    const created = await k.transaction().execute((trx) => issueInstructionFromDocument(trx, actorOf(request), { documentId: request.params.id, instruction: request.body }));
    setEtag(reply, 'instruction', created.id, created.version);
    return reply.status(201).header('location', `/api/v1/instructions/${created.id}`).send(created);
  });

  app.get('/documents/keys', { schema: { tags, summary: "Parties' public keys", querystring: KeyListQuery, response: { 200: z.object({ items: z.array(PartyKeySchema) }), ...errors } } }, async (request) => ({
    items: await keys.listPartyKeys(k, actorOf(request), request.query.party),
  }));

  app.post('/documents/keys', { schema: { tags, summary: "Register a party's Ed25519 public key (admins, the party's controllers)", body: NewKeySchema, response: { 201: PartyKeySchema, ...errors } } }, async (request, reply) => {
    const key = await k.transaction().execute((trx) => keys.registerPartyKey(trx, actorOf(request), request.body));
    return reply.status(201).send(key);
  });

  app.post('/documents/keys/:keyId/revocation', { schema: { tags, summary: 'Revoke a key from now on', params: KeyParams, response: { 200: PartyKeySchema, ...errors } } }, async (request) =>
    k.transaction().execute((trx) => keys.revokePartyKey(trx, actorOf(request), request.params.keyId)),
  );
}
