import { sql } from 'kysely';
import { z } from 'zod';
import { pendingMigrations } from '../../db/migrate.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { AppError } from '../../errors.ts';

export function healthRoutes(app: App, { db }: AppDeps): void {
  app.get('/health', { schema: { tags: ['operations'], summary: 'Alive', security: [], response: { 200: z.object({ status: z.literal('ok') }) } } }, () => ({ status: 'ok' as const }));

  app.get('/ready', {
    schema: { tags: ['operations'], summary: 'Database reachable and migrations current', security: [], response: { 200: z.object({ status: z.literal('ready'), dialect: z.string() }), 503: ProblemSchema } },
  }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db.kysely);
    } catch {
      return reply.status(503).type('application/problem+json').send({ type: 'about:blank', title: 'Not ready', status: 503, detail: 'The database is not reachable.' });
    }
    const pending = await pendingMigrations(db);
    if (pending.length > 0) throw new AppError('internal', `Migrations pending: ${pending.join(', ')}`);
    return { status: 'ready' as const, dialect: db.dialect };
  });
}
