// The baseline for the list benchmark: a bare Fastify route on the same machine that returns a page of
// the same shape and size as the real list endpoint (read from BARE_PAYLOAD), serialised the default
// way, with no database, no authentication and no schema. Started by bench/run.ts.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const port = Number(process.env.BARE_PORT ?? 3199);
const page = JSON.parse(readFileSync(process.env.BARE_PAYLOAD ?? '', 'utf8')) as unknown;

const app = Fastify({ logger: false });
app.get('/health', () => ({ status: 'ok' }));
app.get('/api/v1/instructions', () => page);
await app.listen({ port, host: '127.0.0.1' });
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
