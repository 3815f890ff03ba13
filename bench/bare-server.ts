// The baselines for the list benchmark, two bare Fastify routes on the same machine (started by
// bench/run.ts), each with no authentication, no schemas, no hooks:
//  - with BARE_DIALECT set, the route serves the real list: it calls the instructions service's
//    listInstructions on the bench database (the same SQL as Accord, page and parts, and the same
//    cursors), so the ratio against it is what Accord's HTTP layer costs (auth, validation,
//    serialisation through the response schema, security and metrics hooks);
//  - without it, the route returns a page of the same shape and size read from BARE_PAYLOAD, with no
//    database at all: the ceiling of Fastify itself on this machine.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { openDatabase } from '../src/server/db/database.ts';
import { SYSTEM_ACTOR } from '../src/server/features/accounts/actor.ts';
import { listInstructions } from '../src/server/features/instructions/service.ts';
import { databaseTarget, PG_SCHEMA, type BenchDialect } from './targets.ts';

const port = Number(process.env.BARE_PORT ?? 3199);
const dialect = process.env.BARE_DIALECT as BenchDialect | undefined;

const app = Fastify({ logger: false });
app.get('/health', () => ({ status: 'ok' }));
if (dialect === undefined) {
  const page = JSON.parse(readFileSync(process.env.BARE_PAYLOAD ?? '', 'utf8')) as unknown;
  app.get('/api/v1/instructions', () => page);
} else {
  const db = await openDatabase(databaseTarget(dialect), dialect === 'postgres' ? { searchPath: PG_SCHEMA } : {});
  app.get('/api/v1/instructions', async (request) => {
    const q = request.query as { party?: string; limit?: string; cursor?: string };
    return listInstructions(db.kysely, SYSTEM_ACTOR, { party: q.party, limit: Number(q.limit ?? 50), cursor: q.cursor });
  });
  app.addHook('onClose', () => db.close());
}
await app.listen({ port, host: '127.0.0.1' });
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
