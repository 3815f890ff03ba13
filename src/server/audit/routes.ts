// HTTP for the audit trail (admins): the entries with filters, the chain's verification, and the
// export for an outside auditor.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { actorOf } from '../http/auth.ts';
import { ProblemSchema } from '../http/problem.ts';
import type { App, AppDeps } from '../http/types.ts';
import { AuditPageSchema, AuditQuerySchema, AuditVerificationSchema } from './schemas.ts';
import * as audit from './service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export function auditRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get('/audit', {
    schema: { tags: ['audit'], summary: 'The audit trail, newest first (admins)', querystring: AuditQuerySchema, response: { 200: AuditPageSchema, ...errors } },
  }, async (request) => {
    const q = request.query;
    return audit.listAudit(k, actorOf(request), { ...q, actor: q.actor });
  });

  app.get('/audit/verification', {
    schema: {
      tags: ['audit'],
      summary: 'Check the hash chain from the first entry to the head; names the first entry that is not as written (admins)',
      response: { 200: AuditVerificationSchema, ...errors },
    },
  }, async (request) => audit.verifyAudit(k, actorOf(request)));

  app.get('/audit/export', {
    schema: {
      tags: ['audit'],
      summary: 'The whole chain as NDJSON for an outside auditor; check it offline with `accord audit verify --file` (admins)',
      // A stream, not serialised: the schema only documents it.
      response: { 200: z.unknown().meta({ description: 'application/x-ndjson: a header line, one {"entry"} line per entry, a {"head"} line' }), ...errors },
    },
  }, async (request, reply) => {
    const lines = audit.exportAudit(k, actorOf(request));
    // The first line is produced before the reply starts, so a refusal (403) is still a problem document.
    const first = await lines.next();
    async function* rest(): AsyncGenerator<string> {
      if (!first.done) yield first.value;
      yield* lines;
    }
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="accord-audit-${new Date().toISOString().slice(0, 10)}.ndjson"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(rest()));
  });
}
